"""The observatory's full-text search: accents, stemming (PostgreSQL) or prefixes (SQLite),
highlighted and escaped matches, filters, pages, and only the programme's publishable texts;
the index follows every write of its sources."""

import datetime as dt
import re
import uuid

import pytest
from django.db import connection
from django.urls import reverse

from immersion.contributions.services import hide_contribution, post_contribution, show_contribution
from immersion.debrief.services import set_quote_hidden, set_quote_publishable
from immersion.observation import grid
from immersion.observation.models import Situation
from immersion.observation.services import record_astonishment, record_situation
from immersion.search.indexing import rebuild
from immersion.search.models import SearchText
from immersion.search.query import fts5_expression, parse, segments
from immersion.search.selectors import Filters, search_texts
from immersion.seminars.services import attach_to_programme, create_programme
from tests.analysis.factories import make_debrief_seminar
from tests.conftest import page
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
POSTGRESQL = connection.vendor == "postgresql"


class World:
    def __init__(self, name="Programme 2027"):
        self.manager = UserFactory(role="programme_manager")
        self.programme = create_programme(actor=None, name=name, year=2027, managers=[self.manager])
        self.debrief = make_debrief_seminar(
            participants=6,
            situations_each=0,
            note_every=0,
            astonishment_every=0,
            questionnaires=False,
            exchanges=False,
        )
        self.seminar = self.debrief.seminar
        attach_to_programme(actor=None, seminar=self.seminar, programme=self.programme)

    def placement(self, kind="caf"):
        return next(p for p in self.debrief.placements if p.offer.site.kind == kind)

    def note(self, text, *, publish=True, kind="caf", seminar=None):
        placement = self.placement(kind)
        reason = grid.codes(grid.contact_reasons(kind, placement.offer.channel))[0]
        situation, _created = record_situation(
            actor=None,
            placement=placement,
            client_id=uuid.uuid4(),
            observed_at=dt.time(9, 30),
            contact_reason=reason,
            note=text,
            check_window=False,
        )
        if publish:
            self.publish("situation", situation.pk)
        return situation

    def publish(self, kind, pk, publishable=True):
        set_quote_publishable(
            actor=self.debrief.expert,
            seminar=self.seminar,
            source_kind=kind,
            source_id=pk,
            publishable=publishable,
        )

    def search(self, text, **filters):
        results = search_texts(self.programme, text, Filters(**filters))
        return results[: results.count()] if results is not None else None


@pytest.fixture
def world():
    return World()


def found(hits) -> list[str]:
    return ["".join(t for t, _m in h.segments) for h in hits]


@pytest.mark.parametrize("query", ["telephone", "téléphone", "TÉLÉPHONE", "Telephone"])
def test_accents_and_case_do_not_matter(world, query):
    world.note("Longue attente avant que le téléphone soit décroché.")
    hits = world.search(query)
    assert len(hits) == 1
    assert ("téléphone", True) in hits[0].segments


def test_the_words_of_an_unaccented_text_are_found_with_accents(world):
    world.note("Le dossier est incomplet, la personne doit revenir.")
    assert len(world.search("incomplèt")) == 1


@pytest.mark.skipif(not POSTGRESQL, reason="French stemming: PostgreSQL only")
def test_postgresql_finds_the_other_forms_of_a_word(world):
    world.note("Les agents ont orienté les usagers vers la borne.")
    assert len(world.search("orienter")) == 1  # stem « orient »
    assert len(world.search("agent bornes")) == 1


@pytest.mark.skipif(POSTGRESQL, reason="SQLite: prefixes instead of stemming")
def test_sqlite_searches_words_as_prefixes(world):
    world.note("Les agents orientent les usagers vers la borne.")
    assert len(world.search("orient")) == 1
    assert len(world.search("agent usager")) == 1


def test_phrases_exclusions_and_alternatives(world):
    world.note("Attente au guichet, puis rendez-vous donné.")
    world.note("Le guichet est fermé le mercredi.")
    assert len(world.search('"attente au guichet"')) == 1
    assert len(world.search("guichet -mercredi")) == 1
    assert len(world.search("mercredi or rendez")) == 2


def test_only_the_programmes_publishable_texts_are_searched(world):
    shown = world.note("La borne numérique est en panne depuis lundi.")
    world.note("La borne numérique refuse la carte vitale.", publish=False)
    other = World("Autre programme")  # another programme, with a publishable text
    other.note("La borne numérique affiche une erreur.")
    assert found(world.search("borne")) == ["La borne numérique est en panne depuis lundi."]
    # Hidden by the expert: never publishable, gone from the search.
    set_quote_hidden(
        actor=world.debrief.expert,
        seminar=world.seminar,
        source_kind="situation",
        source_id=shown.pk,
        hidden=True,
    )
    assert world.search("borne") == []


def test_the_mark_taken_back_removes_the_text(world):
    situation = world.note("Un interprète est venu en dix minutes.")
    assert len(world.search("interprete")) == 1
    world.publish("situation", situation.pk, publishable=False)
    assert world.search("interprete") == []


def test_too_short_or_empty_queries_search_nothing(world):
    world.note("On y va.")
    assert world.search("va") is None
    assert world.search("-attente") is None
    assert world.search("") is None


def test_filters_by_source_kind_and_site_kind(world):
    world.note("Accueil chaleureux à la caf.", kind="caf")
    world.note("Accueil chaleureux à la cpam.", kind="cpam")
    astonishment, _created = record_astonishment(
        actor=None,
        placement=world.placement("ccas"),
        client_id=uuid.uuid4(),
        text="Un accueil chaleureux malgré la foule.",
        check_window=False,
    )
    world.publish("astonishment", astonishment.pk)
    assert len(world.search("chaleureux")) == 3
    assert len(world.search("chaleureux", site_kind="cpam")) == 1
    hits = world.search("chaleureux", kind="astonishment")
    assert [h.kind for h in hits] == ["astonishment"]
    assert len(world.search("chaleureux", department="35")) == 3
    assert world.search("chaleureux", department="75") == []


def test_the_index_follows_deletions_and_a_rebuild_writes_the_same_rows(world):
    kept = world.note("Attente de vingt minutes au guichet.")
    gone = world.note("Attente de cinq minutes au guichet.")
    Situation.objects.filter(pk=gone.pk).delete()
    assert found(world.search("attente")) == ["Attente de vingt minutes au guichet."]

    def rows():
        fields = ("kind", "source_id", "seminar_id", "site_kind", "channel", "department")
        return sorted(SearchText.objects.values_list(*fields, "text", "publishable"))

    before = rows()
    assert [r[1] for r in before] == [kept.pk]
    assert rebuild(world.programme) == 1
    assert rows() == before
    assert len(world.search("attente")) == 1  # the full-text index follows the rebuild


def test_contributions_are_indexed_while_on_the_board_and_never_shown(world):
    participant = world.debrief.participants[0]
    contribution = post_contribution(
        actor=None,
        participant=participant,
        kind="levier",
        field="etat",
        text="Un numéro unique pour les aidants.",
        check_open=False,
    )
    assert SearchText.objects.filter(kind="contribution", source_id=contribution.pk).exists()
    assert world.search("aidants") == []  # no publishable mark for contributions
    hide_contribution(actor=None, contribution=contribution)
    assert not SearchText.objects.filter(kind="contribution").exists()
    show_contribution(actor=None, contribution=contribution)
    assert SearchText.objects.filter(kind="contribution").count() == 1


def test_the_query_syntax_becomes_a_safe_fts5_expression():
    assert fts5_expression(parse('attente "au guichet" -mercredi')) == (
        '(("attente"* AND "au guichet") NOT "mercredi"*)'
    )
    # Quotes, operators and parentheses of the user are only words.
    assert fts5_expression(parse('NEAR(a b) AND "x* OR')) == (
        '("NEAR"* AND "a" AND "b" AND "AND"* AND "x OR")'
    )


def test_segments_mark_only_between_markers():
    assert segments("a \ue000b\ue001 c\ue001") == [("a ", False), ("b", True), (" c", False)]


# --- the page ---------------------------------------------------------------------------------


def url(world, **params):
    return reverse("observatory:search", args=[world.programme.pk]), params


def test_the_page_highlights_escapes_counts_and_pages(client, world):
    world.note("<b>Attente</b> au guichet <script>alert(1)</script>")
    for n in range(24):
        world.note(f"Attente numéro {n} devant la porte.")
    client.force_login(world.manager)
    path, params = url(world, q="attente")
    response = client.get(path, params)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>Attente</mark>" in html
    alone = client.get(path, {"q": "guichet"}).content.decode()
    assert "<script>alert" not in alone and "&lt;script&gt;alert(1)&lt;/script&gt;" in alone
    assert "&lt;b&gt;Attente&lt;/b&gt;" in alone and "<mark>guichet</mark>" in alone
    assert re.search(r'role="status"[^>]*>\s*<p[^>]*>\s*25 textes trouvés', html)
    assert html.count("<mark>") >= 20
    assert len(response.context["page"].object_list) == 20
    second = client.get(path, {**params, "page": 2})
    assert len(second.context["page"].object_list) == 5
    assert "Page 2 sur 2" in page(second)
    for participant in world.debrief.participants:
        assert participant.last_name not in page(response)
    assert world.seminar.title not in page(response)


def test_the_page_says_when_the_query_is_too_short_or_finds_nothing(client, world):
    client.force_login(world.manager)
    path, _params = url(world)
    assert "au moins un mot de 3 lettres" in page(client.get(path, {"q": "le"}))
    assert "Aucun texte publiable" in page(client.get(path, {"q": "introuvable"}))
    response = client.get(path, {"q": "attente", "type": "inconnu"})
    assert "La recherche n'est pas valide" in page(response)
    assert response.context["page"] is None
    empty = client.get(path)
    assert empty.context["page"] is None and "textes trouvés" not in page(empty)


def test_the_programme_page_links_to_the_search(client, world):
    client.force_login(world.manager)
    response = client.get(reverse("observatory:programme", args=[world.programme.pk]))
    assert reverse("observatory:search", args=[world.programme.pk]) in page(response)


def test_a_common_word_lists_the_newest_texts_up_to_the_limit(client, world, monkeypatch):
    from immersion.search import selectors

    monkeypatch.setattr(selectors, "MAX_COUNTED", 3)
    for n in range(5):
        world.note(f"Attente numéro {n} au guichet.")
    client.force_login(world.manager)
    path, _params = url(world)
    response = client.get(path, {"q": "attente"})
    assert "Plus de 3 textes trouvés" in page(response)
    hits = response.context["page"].object_list
    assert [found([h])[0] for h in hits] == [f"Attente numéro {n} au guichet." for n in (4, 3, 2)]
