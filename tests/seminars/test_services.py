import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from immersion.common.models import AuditEntry
from immersion.seminars import services
from immersion.seminars.models import ItemKind, SeminarStatus
from tests.factories import SeminarFactory, SiteFactory, make_offer

pytestmark = pytest.mark.django_db


def test_create_seminar_takes_city_name_from_the_referential(organizer):
    seminar = services.create_seminar(
        actor=organizer, title="Immersion", city_code="35238", start_date=dt.date(2027, 1, 14)
    )
    assert seminar.city_name == "Rennes"
    assert seminar.end_date == dt.date(2027, 1, 15)
    assert seminar.status == SeminarStatus.DRAFT
    assert list(seminar.organizers.all()) == [organizer]
    assert AuditEntry.objects.filter(action="seminar.create", object_id=str(seminar.pk)).exists()


def test_create_seminar_refuses_a_malformed_commune_code(organizer):
    with pytest.raises(ValidationError) as exc:
        services.create_seminar(
            actor=organizer, title="X", city_code="99999", start_date=dt.date(2027, 1, 1)
        )
    assert "city_code" in exc.value.message_dict


def test_create_seminar_outside_the_referential_needs_the_city_name(organizer):
    with pytest.raises(ValidationError):
        services.create_seminar(
            actor=organizer, title="X", city_code="29019", start_date=dt.date(2027, 1, 1)
        )
    seminar = services.create_seminar(
        actor=organizer,
        title="X",
        city_code="29019",
        city_name="Brest",
        start_date=dt.date(2027, 1, 1),
    )
    assert seminar.city_name == "Brest"


def test_seminar_goes_through_every_state_in_order(organizer):
    seminar = SeminarFactory()
    seminar = services.open_seminar(actor=organizer, seminar=seminar)
    assert seminar.status == SeminarStatus.OPEN
    seminar = services.mark_seminar_assigned(actor=organizer, seminar=seminar)
    seminar = services.start_seminar(actor=organizer, seminar=seminar)
    seminar = services.close_seminar(actor=organizer, seminar=seminar)
    assert seminar.status == SeminarStatus.CLOSED
    statuses = list(
        AuditEntry.objects.filter(action="seminar.status")
        .order_by("id")
        .values_list("data__status", flat=True)
    )
    assert statuses == ["open", "assigned", "running", "closed"]


@pytest.mark.parametrize(
    "transition",
    [services.mark_seminar_assigned, services.start_seminar, services.close_seminar],
)
def test_a_draft_seminar_cannot_skip_states(organizer, transition):
    seminar = SeminarFactory()
    with pytest.raises(ValidationError, match="Impossible de passer"):
        transition(actor=organizer, seminar=seminar)
    seminar.refresh_from_db()
    assert seminar.status == SeminarStatus.DRAFT


def test_cannot_open_a_seminar_twice(organizer):
    seminar = services.open_seminar(actor=organizer, seminar=SeminarFactory())
    with pytest.raises(ValidationError):
        services.open_seminar(actor=organizer, seminar=seminar)


def test_cannot_open_a_seminar_without_immersion_half_day(organizer):
    seminar = services.create_seminar(
        actor=organizer,
        title="Vide",
        city_code="35238",
        start_date=dt.date(2027, 1, 1),
        from_template=False,
    )
    with pytest.raises(ValidationError, match="demi-journée d'immersion"):
        services.open_seminar(actor=organizer, seminar=seminar)


def test_moving_the_first_day_moves_the_programme_keeping_local_times(organizer):
    seminar = SeminarFactory(start_date=dt.date(2027, 3, 18))
    services.update_seminar(actor=organizer, seminar=seminar, start_date=dt.date(2027, 4, 1))
    seminar.refresh_from_db()
    assert seminar.end_date == dt.date(2027, 4, 2)
    welcome = seminar.programme_items.get(title="Accueil des participants")
    local = timezone.localtime(welcome.starts_at)
    assert (local.date(), local.strftime("%H:%M")) == (dt.date(2027, 4, 1), "16:00")


def test_add_an_immersion_half_day_on_day_one(organizer):
    seminar = SeminarFactory()
    item = services.add_programme_item(
        actor=organizer,
        seminar=seminar,
        day=1,
        start=dt.time(9, 0),
        end=dt.time(11, 30),
        kind=ItemKind.IMMERSION,
        title="Immersion du matin",
    )
    assert item.half_day == "J1-matin"
    assert [h.half_day for h in seminar.half_days] == ["J1-matin", "J2-matin", "J2-apres-midi"]


def test_two_immersions_on_the_same_half_day_are_refused(organizer):
    seminar = SeminarFactory()
    with pytest.raises(ValidationError, match="déjà une immersion"):
        services.add_programme_item(
            actor=organizer,
            seminar=seminar,
            day=2,
            start=dt.time(9, 0),
            end=dt.time(10, 0),
            kind=ItemKind.IMMERSION,
            title="Doublon",
        )


def test_programme_item_must_end_after_it_starts(organizer):
    seminar = SeminarFactory()
    with pytest.raises(ValidationError):
        services.add_programme_item(
            actor=organizer,
            seminar=seminar,
            day=1,
            start=dt.time(10, 0),
            end=dt.time(9, 0),
            kind=ItemKind.PLENARY,
            title="À l'envers",
        )


def test_programme_item_day_must_be_within_the_seminar(organizer):
    seminar = SeminarFactory()
    with pytest.raises(ValidationError) as exc:
        services.add_programme_item(
            actor=organizer,
            seminar=seminar,
            day=3,
            start=dt.time(10, 0),
            end=None,
            kind=ItemKind.PLENARY,
            title="Jour 3",
        )
    assert "day" in exc.value.message_dict


def test_edit_a_programme_item_time(organizer):
    seminar = SeminarFactory()
    dinner = seminar.programme_items.get(kind=ItemKind.MEAL, title__startswith="Dîner")
    services.update_programme_item(
        actor=organizer,
        item=dinner,
        day=1,
        start=dt.time(19, 30),
        end=dt.time(21, 30),
        title="Dîner avec des élus locaux",
        location="Hôtel de ville",
    )
    dinner.refresh_from_db()
    assert timezone.localtime(dinner.starts_at).strftime("%H:%M") == "19:30"
    assert dinner.location == "Hôtel de ville"


def test_a_half_day_with_offers_cannot_be_deleted(organizer):
    seminar = SeminarFactory()
    make_offer(seminar, SiteFactory())
    with pytest.raises(ValidationError, match="offres"):
        services.delete_programme_item(
            actor=organizer, item=seminar.half_days.get(half_day="J2-matin")
        )
    assert seminar.half_days.count() == 2
