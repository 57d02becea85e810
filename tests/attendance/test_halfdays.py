import datetime as dt

import pytest

from immersion.attendance.halfdays import format_duration, training_half_days, training_minutes
from immersion.seminars.services import add_programme_item

pytestmark = pytest.mark.django_db


def test_seed_programme_has_three_training_half_days(seminar):
    half_days = training_half_days(seminar)
    assert [(h.code, h.duration) for h in half_days] == [
        ("J1-apres-midi", "2 h"),
        ("J2-matin", "3 h"),
        ("J2-apres-midi", "4 h 30"),
    ]
    assert half_days[0].date == seminar.start_date
    assert half_days[1].date == seminar.start_date + dt.timedelta(days=1)
    assert half_days[1].label == "Jour 2 — matin"


def test_meals_travel_and_optional_visit_are_not_training_time(seminar):
    titles = [t for h in training_half_days(seminar) for t in h.titles]
    assert not any("Dîner" in t or "Repas" in t or "train" in t for t in titles)
    assert not any("Découverte de la ville" in t for t in titles)
    assert format_duration(training_minutes(seminar)) == "9 h 30"


def test_a_training_item_added_in_the_morning_makes_a_new_half_day(seminar, organizer):
    add_programme_item(
        actor=organizer,
        seminar=seminar,
        day=1,
        start=dt.time(9, 30),
        end=dt.time(11, 0),
        kind="visit",
        title="Visite du quartier de Maurepas",
    )
    half_days = training_half_days(seminar)
    assert half_days[0].code == "J1-matin" and half_days[0].duration == "1 h 30"
    assert format_duration(training_minutes(seminar)) == "11 h"


@pytest.mark.parametrize(
    ("minutes", "label"), [(45, "45 min"), (60, "1 h"), (570, "9 h 30"), (125, "2 h 05")]
)
def test_durations_are_written_the_french_way(minutes, label):
    assert format_duration(minutes) == label
