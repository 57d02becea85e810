"""An assignment run's review as two long lists (by participant, by site): figures from
aggregate queries, pagination, search, filters and sort in the URL, and a number of queries
that does not grow with the seminar."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from immersion.people.models import Participant
from immersion.placements.models import (
    AssignmentRun,
    Placement,
    RunStatus,
    SolveState,
    UnplacedHalfDay,
)
from tests.conftest import page
from tests.factories import ParticipantFactory, SiteFactory, bulk_participants, make_offer
from tests.www.test_large_lists import queries, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def seminar(seminar):
    seminar.status = "open"
    seminar.save(update_fields=["status"])
    return seminar


def run_url(run, query=""):
    return reverse("organizer:assignment_run", args=[run.seminar_id, run.pk]) + query


def make_run(seminar, **fields):
    return AssignmentRun.objects.create(
        seminar=seminar,
        state=SolveState.DONE,
        solver_status="optimal",
        **{"status": RunStatus.DRAFT, **fields},
    )


@pytest.fixture
def review(seminar):
    """Anne (élue) at the CCAS on J2 morning, pinned, and without immersion in the afternoon
    (every slot full); Bruno at the Caf, then at the CCAS; Chloé unavailable in the afternoon and too far
    from every site in the morning."""
    morning = seminar.half_days.get(half_day="J2-matin")
    afternoon = seminar.half_days.get(half_day="J2-apres-midi")
    ccas = SiteFactory(name="CCAS de Rennes", ccas=True)
    caf = SiteFactory(name="Caf de Rennes")
    ccas_morning = make_offer(seminar, ccas, capacity=2)
    caf_morning = make_offer(seminar, caf, capacity=2)
    ccas_afternoon = make_offer(seminar, ccas, half_day="J2-apres-midi", capacity=1)
    anne = ParticipantFactory(
        seminar=seminar, first_name="Anne", last_name="Abgrall", category="elu"
    )
    bruno = ParticipantFactory(
        seminar=seminar,
        first_name="Bruno",
        last_name="Bihan",
        email="bruno.bihan@rennes.example",
        organisation="Rennes Métropole",
        category="fonctionnaire_territorial",
    )
    chloe = ParticipantFactory(seminar=seminar, first_name="Chloé", last_name="Cadiou")
    chloe.unavailable_half_days.add(afternoon)
    run = make_run(
        seminar,
        breakdown={
            f"p{anne.pk}": score(1234),
            f"p{bruno.pk}": score(2345),
        },
    )
    Placement.objects.bulk_create(
        [
            Placement(run=run, participant=anne, offer=ccas_morning, half_day=morning, pinned=True),
            Placement(run=run, participant=bruno, offer=caf_morning, half_day=morning),
            Placement(run=run, participant=bruno, offer=ccas_afternoon, half_day=afternoon),
        ]
    )
    UnplacedHalfDay.objects.bulk_create(
        [
            UnplacedHalfDay(
                run=run,
                participant=anne,
                half_day=afternoon,
                reason="full",
                reasons=["le seul créneau compatible est complet"],
            ),
            UnplacedHalfDay(
                run=run,
                participant=chloe,
                half_day=morning,
                reason="too_far",
                reasons=["aucune structure à moins de 40 km"],
            ),
        ]
    )
    return run, morning, afternoon


def score(total):
    return {
        "total": total,
        "distinct_kinds": 1,
        "distinct_channels": 1,
        "preference": 0,
        "mix_extra": 0,
        "dropped_previous": 0,
    }


def names(response) -> list[str]:
    return list(dict.fromkeys(re.findall(r"(Abgrall|Bihan|Cadiou)", text(response))))


def test_the_review_shows_the_runs_figures_from_the_database(organizer_client, review):
    run, _morning, _afternoon = review
    content = text(organizer_client.get(run_url(run)))
    # Demand: Anne 2 + Bruno 2 + Chloé 1 (unavailable in the afternoon) = 5 half-days.
    assert "Demi-journées pourvues 3 / 5 taux de remplissage 60 % · 1 épinglée" in content
    assert "Sans immersion 2" in content
    assert "créneaux complets : 1" in content and "trop loin : 1" in content
    assert "le seul créneau compatible est complet" in content
    assert "1234" in content and "2345" in content  # the page's scores, read from the JSON
    raw = organizer_client.get(run_url(run)).content.decode()
    assert 'href="?vue=participants&amp;sans_immersion=full"' in raw


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Abgrall", "Bihan", "Cadiou"]),
        ("?sans_immersion=tous", ["Abgrall", "Cadiou"]),
        ("?sans_immersion=full", ["Abgrall"]),
        ("?sans_immersion=too_far", ["Cadiou"]),
        ("?sans_immersion=access", []),
        ("?type_structure=ccas", ["Abgrall", "Bihan"]),
        ("?type_structure=caf", ["Bihan"]),
        ("?epingle=on", ["Abgrall"]),
        ("?categorie=elu", ["Abgrall"]),
        ("?q=rennes.example", ["Bihan"]),
        ("?tri=-nom", ["Cadiou", "Bihan", "Abgrall"]),
        ("?tri=categorie", ["Abgrall", "Cadiou", "Bihan"]),
        ("?sans_immersion=nimporte&tri=motdepasse&page=x", ["Abgrall", "Bihan", "Cadiou"]),
    ],
)
def test_the_review_by_participant_filters_searches_and_sorts_from_the_url(
    organizer_client, review, query, expected
):
    run, _morning, _afternoon = review
    response = organizer_client.get(run_url(run, query))
    assert response.status_code == 200
    assert names(response) == expected


def test_a_half_day_filter_combines_with_the_others(organizer_client, review):
    run, morning, afternoon = review
    available = organizer_client.get(run_url(run, f"?demi_journee={afternoon.pk}"))
    assert names(available) == ["Abgrall", "Bihan"]
    unplaced = organizer_client.get(
        run_url(run, f"?demi_journee={afternoon.pk}&sans_immersion=tous")
    )
    assert names(unplaced) == ["Abgrall"]
    at_caf = organizer_client.get(run_url(run, f"?demi_journee={morning.pk}&type_structure=caf"))
    assert names(at_caf) == ["Bihan"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["CCAS de Rennes", "Caf de Rennes"]),
        ("&type_structure=ccas", ["CCAS de Rennes"]),
        ("&places_libres=on", ["CCAS de Rennes", "Caf de Rennes"]),
        ("&q=ccas", ["CCAS de Rennes"]),
        ("&tri=-nom", ["Caf de Rennes", "CCAS de Rennes"]),
    ],
)
def test_the_review_by_site_is_a_long_list_too(organizer_client, review, query, expected):
    run, _morning, _afternoon = review
    response = organizer_client.get(run_url(run, "?vue=structures" + query))
    content = text(response)
    found = re.findall(r"(Caf de Rennes|CCAS de Rennes) Rennes", content)
    assert found == expected
    if not query:
        assert "2 structures" in content
        assert (
            "Jour 2 — matin, accueil physique (1/2) : Anne Abgrall (Élu local ou national)"
            in content
        )
        assert "Jour 2 — après-midi, accueil physique (1/1) : Bruno Bihan" in content
        assert "Caf de Rennes Rennes Caf 1 / 2" in content
        # The form keeps the view; « Tout afficher » too.
        assert '<input type="hidden" name="vue" value="structures">' in page(response)


def test_the_site_filter_of_full_sites(organizer_client, review, seminar):
    run, _morning, afternoon = review
    full = SiteFactory(name="Cpam pleine", cpam=True)
    offer = make_offer(seminar, full, capacity=1)
    Placement.objects.create(
        run=run,
        participant=Participant.objects.get(last_name="Cadiou"),
        offer=offer,
        half_day=offer.half_day,
    )
    free = text(organizer_client.get(run_url(run, "?vue=structures&places_libres=on")))
    assert "Cpam pleine" not in free and "CCAS de Rennes" in free
    empty = text(organizer_client.get(run_url(run, f"?vue=structures&demi_journee={afternoon.pk}")))
    assert "CCAS de Rennes" in empty and "Caf de Rennes" not in empty


def test_pinning_comes_back_to_the_same_page_of_the_review(organizer_client, review):
    run, _morning, _afternoon = review
    placement = run.placements.get(participant__last_name="Bihan", half_day__half_day="J2-matin")
    response = organizer_client.post(
        reverse("organizer:assignment_pin", args=[run.seminar_id, run.pk, placement.pk]),
        {"retour": "?type_structure=caf&page=1"},
    )
    assert response.url == run_url(run, "?type_structure=caf&page=1")
    placement.refresh_from_db()
    assert placement.pinned
    # Anything but a query string is ignored.
    response = organizer_client.post(
        reverse("organizer:assignment_pin", args=[run.seminar_id, run.pk, placement.pk]),
        {"retour": "https://ailleurs.example/"},
    )
    assert response.url == run_url(run)


def bulk_run(seminar, run, count, start=0):
    """``count`` participants placed on J2 morning at the run's sites and left without an
    immersion in the afternoon (a large seminar, built fast)."""
    morning = seminar.half_days.get(half_day="J2-matin")
    afternoon = seminar.half_days.get(half_day="J2-apres-midi")
    offers = list(seminar.offers.filter(half_day=morning))
    people = bulk_participants(seminar, count, start=start)
    Placement.objects.bulk_create(
        Placement(run=run, participant=p, offer=offers[i % len(offers)], half_day=morning)
        for i, p in enumerate(people)
    )
    UnplacedHalfDay.objects.bulk_create(
        UnplacedHalfDay(run=run, participant=p, half_day=afternoon, reason="full", reasons=["x"])
        for p in people
    )
    breakdown = dict(run.breakdown)
    breakdown.update({f"p{p.pk}": score(10) for p in people})
    AssignmentRun.objects.filter(pk=run.pk).update(breakdown=breakdown)
    run.refresh_from_db()
    for p in people[::5]:
        p.unavailable_half_days.add(afternoon)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?sans_immersion=full&tri=-nom&page=2",
        "?q=masse&epingle=on",
        "?vue=structures",
        "?vue=structures&places_libres=on&q=rennes",
    ],
)
@pytest.mark.parametrize("status", [RunStatus.PUBLISHED, RunStatus.DRAFT])
def test_the_review_takes_as_many_queries_at_200_participants_as_at_20(
    organizer_client, seminar, query, status
):
    for i in range(4):
        make_offer(seminar, SiteFactory(name=f"Site {i}"), capacity=60)
    published = make_run(seminar, status=RunStatus.PUBLISHED)
    run = published if status == RunStatus.PUBLISHED else make_run(seminar, based_on=published)
    bulk_run(seminar, run, 20)
    if run is not published:
        bulk_run(seminar, published, 0)
    organizer_client.get(run_url(run))  # warm the session and caches
    small = queries(organizer_client, run_url(run, query))
    bulk_run(seminar, run, 180, start=20)
    assert queries(organizer_client, run_url(run, query)) == small


def test_the_review_of_200_participants_lists_one_page(organizer_client, seminar):
    make_offer(seminar, SiteFactory(name="Site unique"), capacity=300)
    run = make_run(seminar)
    bulk_run(seminar, run, 200)
    response = organizer_client.get(run_url(run, "?page=4"))
    content = text(response)
    assert "200 participants — page 4 sur 4" in content
    assert "Masse0150" in content and "Masse0149" not in content
    assert "Sans immersion 200" in content


def test_a_proposal_is_checked_again_only_once_offers_or_people_changed(organizer_client, review):
    run, _morning, _afternoon = review
    AssignmentRun.objects.filter(pk=run.pk).update(
        finished_at=timezone.now() - dt.timedelta(minutes=1)
    )
    assert "ne respecte plus toutes les règles" not in text(organizer_client.get(run_url(run)))
    # Anne now works for the CCAS's organisation: her immersion there breaks a rule.
    Participant.objects.filter(last_name="Abgrall").update(
        organisation="Ville de Rennes", updated_at=timezone.now()
    )
    content = text(organizer_client.get(run_url(run)))
    assert "Cette proposition ne respecte plus toutes les règles" in content
    assert "propre organisme" in content
