import pytest
from django.urls import reverse

from immersion.placements import services
from immersion.placements.models import RunStatus
from immersion.seminars.services import open_seminar
from tests.conftest import page
from tests.factories import ParticipantFactory, SeminarFactory, SiteFactory, UserFactory, make_offer

pytestmark = pytest.mark.django_db


@pytest.fixture
def open_seminar_with_offers(organizer):
    seminar = SeminarFactory(organizers=[organizer])
    for i, kind in enumerate(["caf", "ccas", "chrs"]):
        site = SiteFactory(name=f"Structure {kind}", kind=kind, organisation=f"Org {i}")
        make_offer(seminar, site, "J2-matin", capacity=2)
        make_offer(seminar, site, "J2-apres-midi", capacity=2)
    ParticipantFactory(seminar=seminar, last_name="Quéré", category="elu")
    ParticipantFactory(seminar=seminar, last_name="Vidal", category="journaliste")
    ParticipantFactory(
        seminar=seminar, last_name="Texier", category="enseignant", organisation="Org 0"
    )
    return open_seminar(actor=organizer, seminar=seminar)


def test_organizer_calculates_then_reviews_by_participant_and_by_site(
    organizer_client, open_seminar_with_offers
):
    seminar = open_seminar_with_offers
    response = organizer_client.post(
        reverse("organizer:assignment_start", args=[seminar.pk]), follow=True
    )
    text = page(response)
    assert "Proposition d'affectation" in text
    assert "Optimale (prouvée)" in text
    assert "6 / 6" in text
    assert "Quéré" in text and "Structure caf" in text
    run = seminar.assignment_runs.get()
    by_site = page(
        organizer_client.get(
            reverse("organizer:assignment_run", args=[seminar.pk, run.pk]) + "?vue=structures"
        )
    )
    assert "Structure chrs" in by_site and "Jour 2 — matin, accueil physique" in by_site


def test_move_page_refuses_a_conflict_of_interest_with_a_french_message(
    organizer_client, open_seminar_with_offers
):
    seminar = open_seminar_with_offers
    run = services.start_run(actor=None, seminar=seminar)
    texier = seminar.participants.get(last_name="Texier")
    morning = seminar.half_days.get(half_day="J2-matin")
    own = seminar.offers.get(site__organisation="Org 0", half_day=morning)
    url = reverse("organizer:assignment_move", args=[seminar.pk, run.pk, texier.pk, morning.pk])
    response = organizer_client.post(url, {"offer": own.pk})
    text = page(response)
    assert response.status_code == 200
    assert "Déplacement refusé" in text and "propre organisme" in text


def test_publish_from_the_page(organizer_client, open_seminar_with_offers):
    seminar = open_seminar_with_offers
    run = services.start_run(actor=None, seminar=seminar)
    url = reverse("organizer:assignment_publish", args=[seminar.pk, run.pk])
    confirmation = page(organizer_client.get(url))
    assert "Le séminaire passe au statut « Affectation publiée »" in confirmation
    response = organizer_client.post(url, follow=True)  # not confirmed: nothing changes
    assert "Rien n'a changé" in page(response)
    run.refresh_from_db()
    assert run.status == RunStatus.DRAFT
    response = organizer_client.post(url, {"confirme": "oui"}, follow=True)
    assert "Affectation publiée" in page(response)
    run.refresh_from_db()
    assert run.status == RunStatus.PUBLISHED


def test_withdrawal_after_publication_leads_to_a_new_proposal(
    organizer_client, open_seminar_with_offers
):
    seminar = open_seminar_with_offers
    services.publish_run(actor=None, run=services.start_run(actor=None, seminar=seminar))
    vidal = seminar.participants.get(last_name="Vidal")
    response = organizer_client.post(
        reverse("organizer:participant_withdraw", args=[seminar.pk, vidal.pk]), follow=True
    )
    text = page(response)
    assert "Désistement de" in text and "Personnes déplacées" in text
    proposal = seminar.assignment_runs.get(status=RunStatus.DRAFT)
    assert proposal.based_on.status == RunStatus.PUBLISHED


def test_progress_fragment_asks_for_a_refresh_when_done(organizer_client, open_seminar_with_offers):
    seminar = open_seminar_with_offers
    run = services.start_run(actor=None, seminar=seminar)
    response = organizer_client.get(
        reverse("organizer:assignment_status", args=[seminar.pk, run.pk])
    )
    assert response.status_code == 204 and response["HX-Refresh"] == "true"


def test_another_organizer_cannot_see_the_assignment(client, open_seminar_with_offers):
    run = services.start_run(actor=None, seminar=open_seminar_with_offers)
    client.force_login(UserFactory(role="organizer"))
    url = reverse("organizer:assignment_run", args=[open_seminar_with_offers.pk, run.pk])
    assert client.get(url).status_code == 404


def test_run_page_query_count_stays_flat(
    organizer_client, open_seminar_with_offers, django_assert_max_num_queries
):
    seminar = open_seminar_with_offers
    for i in range(8):
        ParticipantFactory(seminar=seminar, category="cadre_hopital", email=f"extra{i}@example.fr")
    run = services.start_run(actor=None, seminar=seminar)
    with django_assert_max_num_queries(30):
        organizer_client.get(reverse("organizer:assignment_run", args=[seminar.pk, run.pk]))


def test_move_page_says_for_each_offer_whether_the_move_is_allowed(
    organizer_client, open_seminar_with_offers
):
    seminar = open_seminar_with_offers
    make_offer(
        seminar,
        SiteFactory(name="France Travail", kind="france_travail", organisation="FT"),
        "J2-matin",
    )
    run = services.start_run(actor=None, seminar=seminar)
    texier = seminar.participants.get(last_name="Texier")
    morning = seminar.half_days.get(half_day="J2-matin")
    url = reverse("organizer:assignment_move", args=[seminar.pk, run.pk, texier.pk, morning.pk])
    text = page(organizer_client.get(url))
    assert "Refusé : " in text and "propre organisme" in text
    assert "Possible : toutes les règles sont respectées." in text


def test_move_page_names_sites_not_internal_ids(organizer_client, open_seminar_with_offers):
    seminar = open_seminar_with_offers
    run = services.start_run(actor=None, seminar=seminar)
    texier = seminar.participants.get(last_name="Texier")
    morning = seminar.half_days.get(half_day="J2-matin")
    url = reverse("organizer:assignment_move", args=[seminar.pk, run.pk, texier.pk, morning.pk])
    text = page(organizer_client.get(url))
    own = seminar.offers.get(site__organisation="Org 0", half_day=morning).site
    assert f"{own.name} relève de son propre organisme" in text
    assert f"s{own.pk} " not in text and "le créneau o" not in text
