import pytest

from immersion.seminars.models import Seminar, SeminarStatus
from tests.factories import make_coordinator, make_journey, make_tutor_account


@pytest.fixture
def journey(db):
    """A seminar (18-19 March 2027) that took place: Hélène and Paul were placed at the Caf
    (tutor Sandrine, with an account; a coordinator) and Hélène also at the Cpam (its tutor
    has no account)."""
    journey = make_journey()
    Seminar.objects.filter(pk=journey.seminar.pk).update(status=SeminarStatus.CLOSED)
    journey.seminar.refresh_from_db()
    journey.tutor_user = make_tutor_account(journey.caf_tutor)
    journey.coordinator = make_coordinator(journey.caf, email="referente@caf.example.fr")
    return journey
