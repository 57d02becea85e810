"""The seminar page's checklist and its confirmed, undoable status changes."""

import datetime as dt

import pytest
from django.urls import reverse

from immersion.seminars.models import SeminarStatus
from tests.conftest import page
from tests.factories import at_paris, frozen_clock

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _long_sessions(settings):
    """Tests move the clock months ahead (frozen_clock): sessions must outlive the jump."""
    settings.SESSION_COOKIE_AGE = 5 * 365 * 24 * 3600


def set_status(seminar, status):
    seminar.status = status
    seminar.save(update_fields=["status"])


def transition(seminar, name):
    return reverse("organizer:seminar_transition", args=[seminar.pk, name])


def test_the_seminar_page_shows_the_checklist_with_blocked_reasons(organizer_client, seminar):
    content = page(organizer_client.get(seminar.get_absolute_url()))
    assert "Les étapes du séminaire" in content
    assert "0 étape(s) faite(s) sur 9." in content
    assert "Prochaine étape : Ouvrir les inscriptions." in content
    assert "Les invitations attendent l'ouverture des inscriptions." in content
    assert "« Calculer une affectation » attend l'ouverture des inscriptions." in content
    # A blocked step offers no action: no link to the assignment from the checklist.
    checklist = content[content.index('id="checklist"') :]
    checklist = checklist[: checklist.index("</ol>")]
    assert reverse("organizer:assignment_home", args=[seminar.pk]) not in checklist
    assert transition(seminar, "open") in checklist


def test_calculating_an_assignment_is_not_offered_in_draft(organizer_client, seminar):
    content = page(organizer_client.get(reverse("organizer:assignment_home", args=[seminar.pk])))
    assert "« Calculer une affectation » attend l'ouverture des inscriptions" in content
    assert reverse("organizer:assignment_start", args=[seminar.pk]) not in content


def test_starting_months_early_warns_with_the_date_and_the_delay(organizer_client, seminar):
    set_status(seminar, SeminarStatus.ASSIGNED)
    with frozen_clock(at_paris(dt.date(2026, 12, 18))):
        content = page(organizer_client.get(transition(seminar, "start")))
    assert "fr-alert--warning" in content
    assert "Le séminaire commence le jeudi 18 mars 2027 : dans 90 jours." in content
    assert "Vous pourrez annuler le démarrage." in content


def test_starting_on_the_day_has_no_warning(organizer_client, seminar):
    set_status(seminar, SeminarStatus.ASSIGNED)
    with frozen_clock(at_paris(dt.date(2027, 3, 18), "08:00")):
        content = page(organizer_client.get(transition(seminar, "start")))
    assert "fr-alert--warning" not in content


def test_closing_before_the_last_day_warns(organizer_client, seminar):
    set_status(seminar, SeminarStatus.RUNNING)
    with frozen_clock(at_paris(dt.date(2027, 3, 18))):
        content = page(organizer_client.get(transition(seminar, "close")))
    assert "Le séminaire se termine le vendredi 19 mars 2027 : dans 1 jour." in content


@pytest.mark.parametrize(
    ("status", "name", "target"),
    [
        (SeminarStatus.ASSIGNED, "start", SeminarStatus.RUNNING),
        (SeminarStatus.RUNNING, "close", SeminarStatus.CLOSED),
        (SeminarStatus.RUNNING, "unstart", SeminarStatus.ASSIGNED),
        (SeminarStatus.CLOSED, "reopen", SeminarStatus.RUNNING),
    ],
)
def test_each_status_change_needs_its_confirmation(organizer_client, seminar, status, name, target):
    set_status(seminar, status)
    organizer_client.post(transition(seminar, name))  # no confirme=oui
    seminar.refresh_from_db()
    assert seminar.status == status
    organizer_client.post(transition(seminar, name), {"confirme": "non"})
    seminar.refresh_from_db()
    assert seminar.status == status
    organizer_client.post(transition(seminar, name), {"confirme": "oui"})
    seminar.refresh_from_db()
    assert seminar.status == target


def test_the_page_offers_to_undo_start_and_close(organizer_client, seminar):
    set_status(seminar, SeminarStatus.RUNNING)
    content = page(organizer_client.get(seminar.get_absolute_url()))
    assert transition(seminar, "unstart") in content and "Annuler le démarrage" in content
    set_status(seminar, SeminarStatus.CLOSED)
    content = page(organizer_client.get(seminar.get_absolute_url()))
    assert transition(seminar, "reopen") in content and "Rouvrir le séminaire" in content


def test_the_start_confirmation_says_to_whom(organizer_client, seminar):
    from tests.factories import ParticipantFactory

    ParticipantFactory(seminar=seminar)
    ParticipantFactory(seminar=seminar)
    set_status(seminar, SeminarStatus.ASSIGNED)
    content = page(organizer_client.get(transition(seminar, "start")))
    assert "Pour 2 participants : le questionnaire « avant » se ferme" in content


def test_a_confirmation_page_for_an_impossible_transition_says_why(organizer_client, seminar):
    response = organizer_client.get(transition(seminar, "close"), follow=True)
    assert "Cette action n'est pas possible au statut « Brouillon »." in page(response)
    assert response.redirect_chain[-1][0] == seminar.get_absolute_url()
