import pytest
from django.core.exceptions import ValidationError

from immersion.common.models import AuditEntry
from immersion.debrief import services
from immersion.debrief.models import QuoteGroup, QuoteMark, SourceKind
from immersion.observation.models import Situation
from tests.analysis.helpers import astonishment, situation
from tests.factories import UserFactory
from tests.observation.factories import make_observer

pytestmark = pytest.mark.django_db


@pytest.fixture
def noted():
    observer = make_observer()
    return observer, situation(observer, note="L'agent se présente et explique le délai.")


def target(observer, entry, kind=SourceKind.SITUATION):
    return {"seminar": observer.seminar, "source_kind": kind, "source_id": entry.pk}


def test_pinning_creates_one_mark_and_logs_it(noted):
    observer, entry = noted
    expert = UserFactory(role="expert")
    mark = services.set_quote_pinned(actor=expert, **target(observer, entry), pinned=True)
    again = services.set_quote_pinned(actor=expert, **target(observer, entry), pinned=True)
    assert mark.pk == again.pk and QuoteMark.objects.count() == 1
    assert mark.pinned and not mark.hidden
    log = AuditEntry.objects.filter(action="debrief.quote.pin").first()
    assert log.actor == expert
    assert log.data == {
        "seminar": observer.seminar.pk,
        "source_kind": "situation",
        "source_id": entry.pk,
    }
    services.set_quote_pinned(actor=expert, **target(observer, entry), pinned=False)
    assert not QuoteMark.objects.get().pinned
    assert AuditEntry.objects.filter(action="debrief.quote.unpin").exists()


def test_hiding_never_deletes_and_can_be_undone(noted):
    observer, entry = noted
    services.set_quote_pinned(actor=None, **target(observer, entry), pinned=True)
    mark = services.set_quote_hidden(actor=None, **target(observer, entry), hidden=True)
    assert mark.hidden and not mark.pinned  # a hidden quote is not pinned
    assert Situation.objects.filter(pk=entry.pk, note__startswith="L'agent").exists()
    mark = services.set_quote_hidden(actor=None, **target(observer, entry), hidden=False)
    assert not mark.hidden
    assert AuditEntry.objects.filter(action="debrief.quote.show").exists()


def test_pinning_a_hidden_quote_shows_it_again(noted):
    observer, entry = noted
    services.set_quote_hidden(actor=None, **target(observer, entry), hidden=True)
    mark = services.set_quote_pinned(actor=None, **target(observer, entry), pinned=True)
    assert mark.pinned and not mark.hidden


def test_a_quote_of_another_seminar_or_without_text_cannot_be_marked(noted):
    observer, entry = noted
    other = make_observer()
    silent = situation(observer, note="")
    with pytest.raises(ValidationError):
        services.set_quote_pinned(
            actor=None,
            seminar=other.seminar,
            source_kind=SourceKind.SITUATION,
            source_id=entry.pk,
            pinned=True,
        )
    with pytest.raises(ValidationError):
        services.set_quote_pinned(actor=None, **target(observer, silent), pinned=True)
    with pytest.raises(ValidationError):  # the id of a situation, the kind of an astonishment
        services.set_quote_pinned(
            actor=None, **target(observer, entry, SourceKind.ASTONISHMENT), pinned=True
        )
    with pytest.raises(ValidationError):  # the id of a situation, the kind of a free answer
        services.set_quote_pinned(
            actor=None, **target(observer, entry, SourceKind.AFTER_TEXT), pinned=True
        )
    assert not QuoteMark.objects.exists()


def test_groups_are_created_in_order_and_quotes_grouped_within_the_seminar(noted):
    observer, entry = noted
    note = astonishment(observer, "Tant de démarches en ligne.")
    first = services.create_quote_group(actor=None, seminar=observer.seminar, title=" Attente ")
    second = services.create_quote_group(actor=None, seminar=observer.seminar, title="Numérique")
    assert (first.title, first.position, second.position) == ("Attente", 1, 2)
    mark = services.set_quote_group(
        actor=None, **target(observer, note, SourceKind.ASTONISHMENT), group=second
    )
    assert mark.group == second
    assert AuditEntry.objects.filter(action="debrief.quote.group").first().data["group"] == (
        second.pk
    )
    foreign = services.create_quote_group(
        actor=None, seminar=make_observer().seminar, title="Ailleurs"
    )
    with pytest.raises(ValidationError):
        services.set_quote_group(actor=None, **target(observer, entry), group=foreign)
    ungrouped = services.set_quote_group(
        actor=None, **target(observer, note, SourceKind.ASTONISHMENT), group=None
    )
    assert ungrouped.group is None


def test_a_group_needs_a_title(noted):
    observer, _entry = noted
    with pytest.raises(ValidationError):
        services.create_quote_group(actor=None, seminar=observer.seminar, title="   ")
    assert not QuoteGroup.objects.exists()


def test_deleting_a_group_keeps_its_quotes_and_their_marks(noted):
    observer, entry = noted
    group = services.create_quote_group(actor=None, seminar=observer.seminar, title="Attente")
    services.set_quote_group(actor=None, **target(observer, entry), group=group)
    services.set_quote_pinned(actor=None, **target(observer, entry), pinned=True)
    group_pk = group.pk
    services.delete_quote_group(actor=None, group=group)
    mark = QuoteMark.objects.get()
    assert mark.group is None and mark.pinned
    assert not QuoteGroup.objects.exists()
    assert AuditEntry.objects.filter(action="debrief.group.delete", object_id=str(group_pk))


def test_only_a_visible_quote_is_publishable_and_hiding_withdraws_it(noted):
    observer, entry = noted
    mark = services.set_quote_publishable(actor=None, **target(observer, entry), publishable=True)
    assert mark.publishable
    assert AuditEntry.objects.filter(action="debrief.quote.publishable").exists()
    mark = services.set_quote_hidden(actor=None, **target(observer, entry), hidden=True)
    assert mark.hidden and not mark.publishable
    with pytest.raises(ValidationError) as error:
        services.set_quote_publishable(actor=None, **target(observer, entry), publishable=True)
    assert "masquée" in str(error.value)
    assert not QuoteMark.objects.get().publishable
