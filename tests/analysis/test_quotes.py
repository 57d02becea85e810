import pytest

from immersion.analysis.quotes import quote_wall
from immersion.debrief import services
from immersion.debrief.models import SourceKind
from tests.analysis.helpers import astonishment, situation
from tests.observation.factories import make_observer

pytestmark = pytest.mark.django_db


def pin(seminar, kind, pk, pinned=True):
    return services.set_quote_pinned(
        actor=None, seminar=seminar, source_kind=kind, source_id=pk, pinned=pinned
    )


def hide(seminar, kind, pk, hidden=True):
    return services.set_quote_hidden(
        actor=None, seminar=seminar, source_kind=kind, source_id=pk, hidden=hidden
    )


def test_an_empty_seminar_has_an_empty_wall(seminar):
    wall = quote_wall(seminar)
    assert wall.empty and wall.total == 0 and wall.groups == []


def test_notes_and_astonishments_are_quoted_newest_first_without_naming_the_site():
    observer = make_observer(kind="cpam", channel="accueil_telephonique")
    situation(observer, note="")  # no note: no quote
    first = situation(observer, note="L'attente au téléphone dépasse vingt minutes.")
    second = astonishment(observer, "La part des appels pour la carte Vitale.")
    wall = quote_wall(observer.seminar)
    assert [(q.kind, q.source_id) for q in wall.others] == [
        (SourceKind.ASTONISHMENT, second.pk),
        (SourceKind.SITUATION, first.pk),
    ]
    quote = wall.others[1]
    assert quote.text == "L'attente au téléphone dépasse vingt minutes."
    assert quote.context == "Cpam — Accueil téléphonique"
    assert quote.kind_label == "Situation observée"
    assert observer.site.name not in quote.context
    assert wall.total == 2


def test_the_notes_are_quoted_as_stored_anonymised():
    observer = make_observer()
    situation(observer, note="Mme Dupont donne son numéro 06 12 34 56 78 au guichet.")
    (quote,) = quote_wall(observer.seminar).others
    assert "Dupont" not in quote.text and "06 12" not in quote.text


def test_pinned_quotes_come_first_and_hidden_ones_only_in_the_experts_view():
    observer = make_observer()
    old = situation(observer, note="Première note.")
    hidden = situation(observer, note="Note à ne pas projeter.")
    situation(observer, note="Dernière note.")
    pin(observer.seminar, SourceKind.SITUATION, old.pk)
    hide(observer.seminar, SourceKind.SITUATION, hidden.pk)
    wall = quote_wall(observer.seminar)
    assert [q.text for q in wall.pinned] == ["Première note."]
    assert wall.pinned[0].pinned
    assert [q.text for q in wall.others] == ["Dernière note."]
    assert wall.hidden == []
    expert_view = quote_wall(observer.seminar, include_hidden=True)
    assert [q.text for q in expert_view.hidden] == ["Note à ne pas projeter."]
    assert expert_view.hidden[0].hidden
    assert wall.total == 3  # hiding deletes nothing


def test_grouped_quotes_are_shown_under_their_group_in_group_order():
    observer = make_observer()
    a = situation(observer, note="Sur l'attente.")
    b = astonishment(observer, "Sur le numérique.")
    c = situation(observer, note="Encore l'attente.")
    seminar = observer.seminar
    waiting = services.create_quote_group(actor=None, seminar=seminar, title="Attente")
    digital = services.create_quote_group(actor=None, seminar=seminar, title="Numérique")
    for kind, pk, group in (
        (SourceKind.SITUATION, a.pk, waiting),
        (SourceKind.ASTONISHMENT, b.pk, digital),
        (SourceKind.SITUATION, c.pk, waiting),
    ):
        services.set_quote_group(
            actor=None, seminar=seminar, source_kind=kind, source_id=pk, group=group
        )
    pin(seminar, SourceKind.SITUATION, a.pk)
    wall = quote_wall(seminar)
    assert [(g.title, [q.text for q in g.quotes]) for g in wall.groups] == [
        ("Attente", ["Sur l'attente.", "Encore l'attente."]),  # pinned first
        ("Numérique", ["Sur le numérique."]),
    ]
    assert wall.pinned == [] and wall.others == []


def test_the_wall_shows_the_latest_unmarked_quotes_and_every_marked_one():
    observer = make_observer()
    notes = [situation(observer, note=f"Note {n}.") for n in range(5)]
    pin(observer.seminar, SourceKind.SITUATION, notes[0].pk)
    wall = quote_wall(observer.seminar, latest=2)
    assert [q.text for q in wall.pinned] == ["Note 0."]
    assert [q.text for q in wall.others] == ["Note 4.", "Note 3."]
    assert wall.total == 5


def test_another_seminars_notes_are_not_on_the_wall():
    observer = make_observer()
    other = make_observer()
    situation(other, note="Ailleurs.")
    assert quote_wall(observer.seminar).empty
