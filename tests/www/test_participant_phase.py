"""The participant's pages follow the seminar's phase; the programme step is done once read."""

import datetime as dt

import pytest
from django.urls import reverse

from immersion.engagement.models import ProgrammeReceipt
from immersion.seminars.models import SeminarStatus
from tests.conftest import page
from tests.factories import at_paris, frozen_clock, make_journey

pytestmark = pytest.mark.django_db

BEFORE_INTRO = "voici ce qu'il vous reste à faire avant le séminaire"


@pytest.fixture(autouse=True)
def _long_sessions(settings):
    settings.SESSION_COOKIE_AGE = 5 * 365 * 24 * 3600


@pytest.fixture
def journey(communes):
    return make_journey(sign=True)


@pytest.fixture
def helene_client(client, journey):
    client.force_login(journey.helene.user)
    return client


def url(name, participant):
    return reverse(name, args=[participant.pk])


def set_status(seminar, status):
    seminar.status = status
    seminar.save(update_fields=["status"])


def dashboard(client, journey, day):
    with frozen_clock(at_paris(day)):
        # Days later the session has expired (inactivity): she signs in again.
        client.force_login(journey.helene.user)
        return page(client.get(url("participant:dashboard", journey.helene)))


def test_the_dashboard_intro_changes_after_the_start_and_after_the_end(helene_client, journey):
    set_status(journey.seminar, SeminarStatus.ASSIGNED)
    assert BEFORE_INTRO in dashboard(helene_client, journey, dt.date(2027, 3, 1))
    during = dashboard(helene_client, journey, dt.date(2027, 3, 18))
    assert BEFORE_INTRO not in during
    assert "le séminaire a commencé" in during
    after = dashboard(helene_client, journey, dt.date(2027, 3, 22))
    assert BEFORE_INTRO not in after
    assert "le séminaire est terminé : merci de votre participation" in after


def test_a_seminar_started_early_still_reads_before_until_its_dates(helene_client, journey):
    set_status(journey.seminar, SeminarStatus.RUNNING)
    assert BEFORE_INTRO in dashboard(helene_client, journey, dt.date(2027, 1, 5))


def test_a_closed_questionnaire_never_says_answers_can_still_be_changed(helene_client, journey):
    from tests.www.test_participant_space import likert_post

    questionnaire = url("participant:questionnaire", journey.helene)
    helene_client.post(questionnaire, likert_post(journey.helene))
    content = page(helene_client.get(questionnaire))
    assert "Vous pouvez modifier vos réponses jusqu'au début du séminaire." in content
    set_status(journey.seminar, SeminarStatus.RUNNING)
    with frozen_clock(at_paris(dt.date(2027, 3, 18))):
        helene_client.force_login(journey.helene.user)  # the session expired meanwhile
        content = page(helene_client.get(questionnaire))
    assert "Ce questionnaire est clos" in content
    assert "Vous pouvez modifier vos réponses" not in content
    assert "Vous avez répondu le" in content


def test_the_before_questionnaire_closes_on_the_first_day_even_without_start(
    helene_client, journey
):
    set_status(journey.seminar, SeminarStatus.ASSIGNED)
    with frozen_clock(at_paris(dt.date(2027, 3, 18))):
        content = page(helene_client.get(url("participant:questionnaire", journey.helene)))
    assert "Ce questionnaire est clos" in content


def programme_badge(client, journey):
    content = page(client.get(url("participant:dashboard", journey.helene)))
    item = content[content.index("Consulter votre programme personnel") :]
    item = item[: item.index("</li>")]
    return "Fait" if "fr-badge--success" in item else "À faire"


def test_the_programme_step_is_done_once_the_programme_is_viewed(helene_client, journey):
    assert programme_badge(helene_client, journey) == "À faire"
    helene_client.get(url("participant:programme", journey.helene))
    helene_client.get(url("participant:programme", journey.helene))  # recorded once
    assert ProgrammeReceipt.objects.filter(participant=journey.helene).count() == 1
    assert programme_badge(helene_client, journey) == "Fait"


@pytest.mark.parametrize(("name", "channel"), [("programme_pdf", "pdf"), ("programme_ics", "ics")])
def test_downloading_the_programme_also_counts(helene_client, journey, name, channel):
    helene_client.get(url(f"participant:{name}", journey.helene))
    assert ProgrammeReceipt.objects.get(participant=journey.helene).channel == channel
    assert programme_badge(helene_client, journey) == "Fait"


def test_viewing_the_programme_before_publication_is_not_a_receipt(client, communes):
    journey = make_journey(publish=False, sign=True)
    client.force_login(journey.helene.user)
    client.get(url("participant:programme", journey.helene))
    assert not ProgrammeReceipt.objects.exists()
