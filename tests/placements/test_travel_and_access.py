"""Travel time within the programme's gaps and accessibility needs, from models to solver."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from immersion.assignment.model import ACCESS_CODES
from immersion.common.choices import AccessNeed
from immersion.placements import services
from immersion.placements.adapter import build_instance, site_key
from immersion.placements.travel import estimate_minutes, programme_windows
from immersion.seminars.services import open_seminar
from immersion.sites.models import HostSite
from tests.conftest import page
from tests.factories import ParticipantFactory, SeminarFactory, SiteFactory, make_offer

pytestmark = pytest.mark.django_db


def test_django_access_codes_are_the_cores():
    assert tuple(AccessNeed.values) == ACCESS_CODES


def test_windows_follow_the_seed_programme():
    seminar = SeminarFactory()
    windows = programme_windows(seminar.programme_items.all())
    # Morning: first item of day 2, then the tutor exchange at the site until 11:30, lunch 11:45.
    assert (windows["J2-matin"].before, windows["J2-matin"].after) == (None, 15)
    # Afternoon: lunch with the tutors ends 12:45, immersion 13:00; exchange until 15:30, shared
    # analysis at 16:00.
    assert (windows["J2-apres-midi"].before, windows["J2-apres-midi"].after) == (15, 30)
    assert windows["J2-apres-midi"].previous.title == "Repas commun avec les tuteurs"


def test_instance_carries_travel_minutes_budgets_and_access_codes():
    seminar = SeminarFactory()
    declared = SiteFactory(name="Déclaré", travel_minutes=60, step_free_access=True)
    # Saint-Malo, about 65 km from Rennes as the crow flies: estimated.
    estimated = SiteFactory(name="Estimé", commune_code="35288", aids=["lsf", "boucle_magnetique"])
    make_offer(seminar, declared, "J2-apres-midi")
    make_offer(seminar, estimated, "J2-apres-midi")
    ParticipantFactory(seminar=seminar, access_needs=["plain_pied"])
    data = build_instance(seminar).data
    assert data["travel_budgets"] == {
        "J2-matin": {"before": None, "after": 15},
        "J2-apres-midi": {"before": 15, "after": 30},
    }
    sites = {s["id"]: s for s in data["sites"]}
    assert sites[site_key(declared.pk)]["travel_minutes"] == 60
    assert sites[site_key(declared.pk)]["access"] == ["plain_pied"]
    assert sites[site_key(estimated.pk)]["travel_minutes"] > 100
    assert sites[site_key(estimated.pk)]["access"] == ["boucle_magnetique", "lsf"]
    assert data["participants"][0]["needs"] == ["plain_pied"]
    assert "accessibility_needs" not in data["participants"][0]  # never the free text


@pytest.fixture
def far_and_near(organizer):
    """Afternoon only: a site 60 minutes from the venue with room, one 10 minutes away."""
    seminar = SeminarFactory(organizers=[organizer])
    far = SiteFactory(name="Caf de Vitré", organisation="Caf A", travel_minutes=60)
    near = SiteFactory(
        name="Caf de Rennes", organisation="Caf B", travel_minutes=10, step_free_access=True
    )
    stairs = SiteFactory(name="CCAS du centre", ccas=True, travel_minutes=5, step_free_access=False)
    make_offer(seminar, far, "J2-apres-midi", capacity=5)
    make_offer(seminar, near, "J2-apres-midi", capacity=1)
    make_offer(seminar, stairs, "J2-apres-midi", capacity=1)
    for i in range(3):
        ParticipantFactory(seminar=seminar, last_name=f"Marchand{i}", organisation=f"Org {i}")
    return open_seminar(actor=organizer, seminar=seminar)


def test_solver_never_uses_a_site_too_far_for_the_programme_gaps(far_and_near, organizer):
    run = services.start_run(actor=organizer, seminar=far_and_near)
    afternoon = run.placements.filter(half_day__half_day="J2-apres-midi")
    assert {p.offer.site.name for p in afternoon} == {"Caf de Rennes", "CCAS du centre"}
    unplaced = [u for u in run.unplaced if u["half_day"] == "J2-apres-midi"]
    (left,) = unplaced
    assert "full" in left["codes"] and "travel_time" in left["codes"]
    assert "1 trop loin(s) en temps de trajet" in left["reasons"][-1]


def test_review_page_explains_the_travel_time_and_refuses_a_move_there(
    far_and_near, organizer, organizer_client
):
    seminar = far_and_near
    run = services.start_run(actor=organizer, seminar=seminar)
    text = page(
        organizer_client.get(reverse("organizer:assignment_run", args=[seminar.pk, run.pk]))
    )
    assert "trop loin(s) en temps de trajet" in text
    person = seminar.participants.first()
    afternoon = seminar.half_days.get(half_day="J2-apres-midi")
    far_offer = seminar.offers.get(site__name="Caf de Vitré")
    with pytest.raises(ValidationError) as exc:
        services.move_participant(
            actor=organizer, run=run, participant=person, half_day=afternoon, offer=far_offer
        )
    assert (
        "Caf de Vitré est à 60 min de trajet du lieu du séminaire : 15 min seulement avant le "
        "créneau du Jour 2 — après-midi"
    ) in " ".join(exc.value.messages)


def test_when_every_site_is_too_far_in_time_the_reason_says_so(organizer):
    seminar = SeminarFactory(organizers=[organizer])
    make_offer(seminar, SiteFactory(name="Caf de Vitré", travel_minutes=60), "J2-apres-midi")
    ParticipantFactory(seminar=seminar)
    run = services.start_run(
        actor=organizer, seminar=open_seminar(actor=organizer, seminar=seminar)
    )
    assert run.placements.count() == 0
    (reason,) = [u for u in run.unplaced if u["half_day"] == "J2-apres-midi"]
    assert reason["codes"][0] == "travel_time"
    assert reason["reasons"][0] == (
        "aucune structure n'est joignable à temps le Jour 2 — après-midi (temps libre : 15 min avant "
        "le créneau, 30 min après) : la plus proche en temps, Caf de Vitré, est à 60 min de trajet"
    )


def test_wheelchair_user_is_never_placed_without_step_free_access(far_and_near, organizer):
    seminar = far_and_near
    wheelchair = ParticipantFactory(
        seminar=seminar, last_name="Roulant", organisation="Org R", access_needs=["plain_pied"]
    )
    HostSite.objects.filter(name="Caf de Rennes").update(step_free_access=None)  # unknown
    run = services.start_run(actor=organizer, seminar=seminar)
    assert not run.placements.filter(participant=wheelchair).exists()
    (reason,) = [
        u
        for u in run.unplaced
        if u["participant"] == f"p{wheelchair.pk}" and u["half_day"] == "J2-apres-midi"
    ]
    assert reason["codes"][0] == "access"  # the far site aside, no site is step-free
    assert reason["reasons"][0] == (
        "aucune des 2 offres restantes n'offre l'accessibilité requise "
        "(accès de plain-pied (fauteuil roulant))"
    )
    assert reason["reasons"][1] == (
        "sur 3 créneaux le Jour 2 — après-midi : 1 trop loin(s) en temps de trajet, "
        "2 sans accès de plain-pied (fauteuil roulant)"
    )

    HostSite.objects.filter(name="Caf de Rennes").update(step_free_access=True)
    run = services.start_run(actor=organizer, seminar=seminar)
    placement = run.placements.get(participant=wheelchair)
    assert placement.offer.site.name == "Caf de Rennes"


def test_wheelchair_reason_names_the_missing_access_when_sites_are_near(organizer):
    seminar = SeminarFactory(organizers=[organizer])
    make_offer(seminar, SiteFactory(name="CCAS", ccas=True, step_free_access=False), "J2-matin")
    make_offer(seminar, SiteFactory(name="Caf", travel_minutes=5), "J2-matin")
    person = ParticipantFactory(seminar=seminar, access_needs=["plain_pied"])
    run = services.start_run(
        actor=organizer, seminar=open_seminar(actor=organizer, seminar=seminar)
    )
    (reason,) = [u for u in run.unplaced if u["half_day"] == "J2-matin"]
    assert reason["participant"] == f"p{person.pk}"
    assert reason["reasons"][0] == (
        "aucune des 2 offres restantes n'offre l'accessibilité requise "
        "(accès de plain-pied (fauteuil roulant))"
    )


def test_estimate_grows_with_distance():
    assert estimate_minutes(1.0) < estimate_minutes(5.0) < estimate_minutes(50.0)
