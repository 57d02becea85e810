import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from immersion.seminars.models import ItemKind
from tests.factories import SeminarFactory

PARIS = ZoneInfo("Europe/Paris")
pytestmark = pytest.mark.django_db


def local(item_time):
    return timezone.localtime(item_time, PARIS).strftime("%H:%M") if item_time else None


def test_new_seminar_gets_the_seed_programme_in_order():
    seminar = SeminarFactory(start_date=dt.date(2027, 3, 18))
    items = list(seminar.programme_items.order_by("starts_at"))
    assert [(i.day, local(i.starts_at), local(i.ends_at), i.kind) for i in items] == [
        (1, "14:00", "16:00", ItemKind.VISIT),
        (1, "16:00", "16:30", ItemKind.PLENARY),
        (1, "16:30", "18:00", ItemKind.PLENARY),
        (1, "20:00", "22:00", ItemKind.MEAL),
        (2, "08:30", "11:00", ItemKind.IMMERSION),
        (2, "11:00", "11:30", ItemKind.TUTOR_EXCHANGE),
        (2, "11:45", "12:45", ItemKind.MEAL),
        (2, "13:00", "15:00", ItemKind.IMMERSION),
        (2, "15:00", "15:30", ItemKind.TUTOR_EXCHANGE),
        (2, "16:00", "18:00", ItemKind.SHARED_ANALYSIS),
        (2, "18:35", None, ItemKind.TRAVEL),
    ]


def test_seed_programme_names_the_four_sequences_and_the_meals():
    seminar = SeminarFactory()
    titles = {i.sequence: i.title for i in seminar.programme_items.exclude(sequence=None)}
    assert set(titles) == {1, 2, 3, 4}
    assert "expert" in titles[1]
    assert "tuteur" in titles[3]
    assert "Analyse partagée" in titles[4]
    meals = list(seminar.programme_items.filter(kind=ItemKind.MEAL).values_list("title", flat=True))
    assert "Dîner avec des élus locaux" in meals
    assert "Repas commun avec les tuteurs" in meals


def test_only_the_discovery_visit_is_optional():
    seminar = SeminarFactory()
    optional = list(seminar.programme_items.filter(is_optional=True))
    assert len(optional) == 1
    assert optional[0].kind == ItemKind.VISIT
    assert local(optional[0].starts_at) == "14:00"


def test_immersion_half_days_are_coded_by_day_and_moment():
    seminar = SeminarFactory()
    assert [h.half_day for h in seminar.half_days] == ["J2-matin", "J2-apres-midi"]
    assert seminar.half_days.first().half_day_label == "Jour 2 — matin"


def test_times_are_stored_timezone_aware_in_paris_time_across_dst():
    # 27 March 2027: the night France moves to summer time (UTC+1 → UTC+2).
    seminar = SeminarFactory(start_date=dt.date(2027, 3, 27))
    welcome = seminar.programme_items.get(title="Accueil des participants")
    immersion = seminar.half_days.first()
    assert timezone.is_aware(welcome.starts_at)
    assert welcome.starts_at == dt.datetime(2027, 3, 27, 15, 0, tzinfo=dt.UTC)  # 16:00 UTC+1
    assert immersion.starts_at == dt.datetime(2027, 3, 28, 6, 30, tzinfo=dt.UTC)  # 08:30 UTC+2


def test_return_train_is_on_day_two_at_18_35():
    seminar = SeminarFactory(start_date=dt.date(2027, 3, 18))
    train = seminar.programme_items.get(kind=ItemKind.TRAVEL)
    assert timezone.localtime(train.starts_at, PARIS) == dt.datetime(
        2027, 3, 19, 18, 35, tzinfo=PARIS
    )
    assert train.ends_at is None
