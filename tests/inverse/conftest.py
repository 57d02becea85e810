import pytest

from tests.factories import ParticipantFactory, make_participant_account
from tests.inverse.factories import make_reverse_offer


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(monkeypatch):
    """The minimum fill time has its own tests; elsewhere the client posts at once."""
    monkeypatch.setattr("immersion.www.public.inverse_forms.MIN_FILL_SECONDS", 0)


@pytest.fixture
def host(seminar):
    participant = ParticipantFactory(
        seminar=seminar, first_name="Claire", last_name="Dirigeante", organisation="Préfecture"
    )
    make_participant_account(participant)
    participant.refresh_from_db()
    return participant


@pytest.fixture
def other_host(seminar):
    participant = ParticipantFactory(seminar=seminar, first_name="Paul", last_name="Autre")
    make_participant_account(participant)
    participant.refresh_from_db()
    return participant


@pytest.fixture
def offer(host):
    return make_reverse_offer(host)
