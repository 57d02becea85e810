import datetime as dt

import pytest
from django.core.management import call_command

from immersion.common.choices import SEED_SITE_KINDS, Category, Channel
from immersion.demo.services import DEMO_TITLE, load_demo, next_demo_start
from immersion.seminars.models import Seminar, SeminarStatus
from immersion.sites.models import HostSite, Offer

pytestmark = pytest.mark.django_db


def test_demo_seminar_matches_the_seed():
    seminar = load_demo(today=dt.date(2026, 11, 30))
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


def test_demo_organizer_owns_the_demo_sites_even_when_they_already_exist():
    from immersion.sites.models import HostSite
    from immersion.sites.services import create_site

    # A site of the demo already in the catalogue, created by a script (no owner).
    create_site(
        actor=None,
        name="Caf d'Ille-et-Vilaine — accueil de Rennes",
        kind="caf",
        organisation="Caf d'Ille-et-Vilaine",
        address="Cours des Alliés",
        commune_code="35238",
    )
    seminar = load_demo(today=dt.date(2026, 11, 30))
    organizer = seminar.organizers.get()
    sites = HostSite.objects.filter(offers__seminar=seminar).distinct()
    assert sites.count() > 1
    assert all(organizer.has_perm("host_sites.change_hostsite", site) for site in sites)
    assert set(HostSite.objects.editable_by(organizer)) == set(sites)


def test_demo_starts_on_a_thursday_ahead():
    start = next_demo_start(dt.date(2026, 11, 30))
    assert start.weekday() == 3 and start >= dt.date(2027, 1, 11)


def test_load_demo_if_empty_keeps_existing_data(capsys):
    # --sans-programme: without the synthetic seminars (tests/demo/test_demo_programme.py).
    call_command("load_demo", "--if-empty", "--sans-programme")
    call_command("load_demo", "--if-empty", "--sans-programme")
    assert Seminar.objects.count() == 1
    assert Seminar.objects.get().programme.managers.filter(role="programme_manager").exists()
    assert "déjà" in capsys.readouterr().out


def test_demo_places_everyone_within_reach_and_the_wheelchair_user_step_free():
    seminar = load_demo(today=dt.date(2026, 11, 30))
    run = seminar.assignment_runs.get(status="published")
    placements = list(run.placements.select_related("participant", "offer__site", "half_day"))
    sites = {p.offer.site for p in placements}
    assert any(s.step_free_access is False for s in HostSite.objects.all())
    assert any(s.step_free_access is None for s in HostSite.objects.all())
    yves = [p for p in placements if p.participant.access_needs == ["plain_pied"]]
    assert len(yves) == 2 and all(p.offer.site.step_free_access for p in yves)
    # Saint-Malo is two hours away: never between the lunch and the afternoon immersion.
    assert "Caf d'Ille-et-Vilaine — point d'accueil de Saint-Malo" not in {s.name for s in sites}


def test_demo_has_an_expert_before_and_after_answers_and_contributions():
    from immersion.contributions.models import Contribution, Status
    from immersion.contributions.selectors import contribution_counts, grouped_contributions
    from immersion.engagement.models import Phase, QuestionnaireResponse
    from immersion.engagement.selectors import after_free_texts, paired_answers

    seminar = load_demo(today=dt.date(2026, 11, 30))
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


def test_demo_notebooks_give_the_board_varied_redacted_observations():
    from immersion.analysis.observed import observed_summary
    from immersion.observation.models import Astonishment, Situation, TutorExchange

    seminar = load_demo(today=dt.date(2026, 11, 30))
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
