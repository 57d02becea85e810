"""What the demo contains. The tests only read it: the demo is built once for the module, in
a transaction rolled back at its end (each test adds a savepoint on top of it). load_demo's
own semantics (existing data, ``--if-empty``) are in tests/demo/test_load_demo.py."""

import datetime as dt

import pytest
from django.db import transaction

from immersion.common.choices import SEED_SITE_KINDS, Category, Channel
from immersion.demo.services import DEMO_TITLE, load_demo
from immersion.logistics.selectors import meal_lists
from immersion.seminars.models import SeminarStatus
from immersion.sites.models import HostSite, Offer
from immersion.territory.selectors import figures_for, territory_for
from tests.conftest import load_reference_data

# One worker builds the demo for the whole module (``--dist loadgroup``).
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo")]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        load_reference_data()
        yield load_demo(today=dt.date(2026, 11, 30))
        transaction.set_rollback(True)


def test_demo_seminar_matches_the_seed(demo):
    seminar = demo
    assert seminar.title == DEMO_TITLE
    assert (seminar.city_code, seminar.city_name) == ("35238", "Rennes")
    assert seminar.status == SeminarStatus.ASSIGNED
    run = seminar.assignment_runs.get(status="published")
    assert run.placements.count() == 35 and run.unplaced == []
    participants = list(seminar.participants.all())
    assert len(participants) == 18
    assert {p.category for p in participants} == set(Category.values)
    offers = Offer.objects.filter(seminar=seminar).select_related("site")
    assert {o.site.kind for o in offers} == {k.value for k in SEED_SITE_KINDS}
    assert {o.channel for o in offers} == set(Channel.values)
    assert all(o.site.latitude for o in offers)
    inspections = [o for o in offers if o.channel == "controle_sur_place"]
    assert inspections and all(
        o.capacity == 1 and "journaliste" in o.forbidden_categories for o in inspections
    )
    assert all(o.site.kind in ("caf", "cpam") for o in inspections)
    assert all(o.site.tutors.exists() for o in offers)
    assert seminar.programme_items.count() == 11
    # The reverse immersion: two participants offer a day after the seminar.
    reverse_offers = seminar.reverse_offers.select_related("host").order_by("date")
    assert [o.host.last_name for o in reverse_offers] == ["Marchand", "Lambert"]
    assert all(o.status == "open" and o.date > seminar.end_date for o in reverse_offers)


def test_demo_places_everyone_within_reach_and_the_wheelchair_user_step_free(demo):
    seminar = demo
    run = seminar.assignment_runs.get(status="published")
    placements = list(run.placements.select_related("participant", "offer__site", "half_day"))
    sites = {p.offer.site for p in placements}
    assert any(s.step_free_access is False for s in HostSite.objects.all())
    assert any(s.step_free_access is None for s in HostSite.objects.all())
    yves = [p for p in placements if p.participant.access_needs == ["plain_pied"]]
    assert len(yves) == 2 and all(p.offer.site.step_free_access for p in yves)
    # Saint-Malo is two hours away: never between the lunch and the afternoon immersion.
    assert "Caf d'Ille-et-Vilaine — point d'accueil de Saint-Malo" not in {s.name for s in sites}


def test_demo_has_an_expert_before_and_after_answers_and_contributions(demo):
    from immersion.contributions.models import Contribution, Status
    from immersion.contributions.selectors import contribution_counts, grouped_contributions
    from immersion.engagement.models import Phase, QuestionnaireResponse
    from immersion.engagement.selectors import after_free_texts, paired_answers

    seminar = demo
    expert = seminar.experts.get()
    assert expert.email == "expert@demo.vivez-ma-vie-usager.fr" and expert.role == "expert"
    assert expert.check_password("demo-expert")
    participants = list(seminar.participants.all())
    after = QuestionnaireResponse.objects.filter(participant__seminar=seminar, phase=Phase.AFTER)
    assert after.count() >= len(participants) * 3 // 4
    # Someone answered "after" without "before"; the shifts show something.
    assert after.exclude(participant__questionnaire_responses__phase=Phase.BEFORE).exists()
    shifts = [
        a.value - b.value
        for p in participants
        for _item, b, a in paired_answers(p)
        if a.value and b.value
    ]
    assert len(shifts) > 300 and sum(shifts) / len(shifts) < -0.3
    assert len(set(shifts)) > 3
    quotes = after_free_texts(seminar)
    assert len(quotes) >= 20 and len(set(quotes)) == len(quotes)
    contributions = Contribution.objects.filter(seminar=seminar)
    assert 15 <= contributions.count() <= 20
    assert len(set(contributions.values_list("text", flat=True))) == contributions.count()
    assert contributions.filter(status=Status.HIDDEN).exists()
    assert contributions.filter(merged_into__isnull=False).exists()
    assert all(count >= 3 for count in contribution_counts(seminar).values())
    board = grouped_contributions(seminar)
    assert sum(1 for title, _c in board if title) >= 2 and board[-1][0] is None
    # The follow-up: half the participants evaluated "à chaud", three took commitments.
    from immersion.analysis.evaluations import evaluation_results

    results = evaluation_results(seminar)
    assert results.hot.answers == (len(participants) + 1) // 2
    assert all(q.shown and q.mean for q in results.objectives)
    assert results.commitment_participants == 3 and len(results.commitments) == 6


def test_demo_notebooks_give_the_board_varied_redacted_observations(demo):
    from immersion.analysis.observed import observed_summary
    from immersion.observation.models import Astonishment, Situation, TutorExchange

    seminar = demo
    situations = Situation.objects.filter(placement__run__seminar=seminar)
    assert situations.count() >= 2 * 30
    notes = set(situations.values_list("note", flat=True))
    assert len(notes) >= 10
    assert not any("Le Goff" in n or "Diallo" in n or "Kerbrat" in n for n in notes)
    assert any("[PERSONNE_1]" in n for n in notes)
    assert Astonishment.objects.filter(placement__run__seminar=seminar).count() >= 20
    assert TutorExchange.objects.filter(placement__run__seminar=seminar).count() >= 30
    summary = observed_summary(seminar)
    assert len(summary.groups) >= 6 and summary.situations == situations.count()


def test_demo_seminar_shows_real_figures_for_rennes_its_department_and_france(demo):
    territory = territory_for(demo.city_code)
    assert (territory.commune_name, territory.department_name) == ("Rennes", "Ille-et-Vilaine")
    rows = {row.indicator: row for row in figures_for(demo.city_code)}
    assert rows["population"].commune.value == 225081
    assert rows["population"].department.value == 1098325
    assert rows["population"].france.value == 67406310
    assert rows["rsa_allocataires"].department.year == 2019
    assert all(row.source and row.year for row in rows.values())


def test_demo_dinner_has_two_elected_officials_as_guests(demo):
    dinner = meal_lists(demo)[0]
    assert dinner.item.title == "Dîner avec des élus locaux"
    assert [(g.name, g.detail) for g in dinner.guests] == [
        ("Gaëlle Le Moal", "Adjointe au maire déléguée aux solidarités, Ville de Rennes"),
        (
            "Thierry Caradec",
            "Vice-président chargé de l'insertion, Conseil départemental d'Ille-et-Vilaine",
        ),
    ]
    assert dinner.headcount == 18 + 2 + 2
