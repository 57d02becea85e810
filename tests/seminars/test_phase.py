import datetime as dt

import pytest

from immersion.seminars import services
from immersion.seminars.models import Phase, SeminarStatus
from tests.factories import SeminarFactory

START = dt.date(2027, 3, 18)  # the factory's seminar: 18 and 19 March 2027


def with_status(seminar, status):
    seminar.status = status
    seminar.save(update_fields=["status"])
    return seminar


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("status", "today", "phase"),
    [
        (SeminarStatus.RUNNING, dt.date(2026, 12, 18), Phase.BEFORE),  # started 3 months early
        (SeminarStatus.ASSIGNED, START, Phase.DURING),  # "Démarrer" not pressed: dates rule
        (SeminarStatus.RUNNING, dt.date(2027, 3, 19), Phase.DURING),
        (SeminarStatus.OPEN, START, Phase.BEFORE),  # no assignment: nothing to run
        (SeminarStatus.RUNNING, dt.date(2027, 3, 20), Phase.AFTER),
        (SeminarStatus.CLOSED, START, Phase.AFTER),
    ],
)
def test_phase_follows_the_dates_and_the_status(status, today, phase):
    seminar = with_status(SeminarFactory(), status)
    assert seminar.phase(today) == phase


@pytest.mark.django_db
def test_notebook_window_runs_from_first_day_to_last_day_plus_seven():
    seminar = SeminarFactory()
    assert seminar.notebook_window() == (START, dt.date(2027, 3, 26))
    assert not seminar.notebook_is_open(dt.date(2027, 3, 17))
    assert seminar.notebook_is_open(START)
    assert seminar.notebook_is_open(dt.date(2027, 3, 26))
    assert not seminar.notebook_is_open(dt.date(2027, 3, 27))


@pytest.mark.django_db
def test_start_and_close_can_be_undone(organizer):
    seminar = with_status(SeminarFactory(), SeminarStatus.ASSIGNED)
    services.start_seminar(actor=organizer, seminar=seminar)
    seminar = services.unstart_seminar(actor=organizer, seminar=seminar)
    assert seminar.status == SeminarStatus.ASSIGNED
    services.start_seminar(actor=organizer, seminar=seminar)
    services.close_seminar(actor=organizer, seminar=seminar)
    seminar = services.reopen_seminar(actor=organizer, seminar=seminar)
    assert seminar.status == SeminarStatus.RUNNING


@pytest.mark.django_db
def test_undo_refuses_a_seminar_not_in_the_next_status(organizer):
    from django.core.exceptions import ValidationError

    seminar = with_status(SeminarFactory(), SeminarStatus.OPEN)
    with pytest.raises(ValidationError):
        services.unstart_seminar(actor=organizer, seminar=seminar)
    with pytest.raises(ValidationError):
        services.reopen_seminar(actor=organizer, seminar=seminar)
    seminar.refresh_from_db()
    assert seminar.status == SeminarStatus.OPEN
