import pytest
from django.core.exceptions import ValidationError

from immersion.assignment import check_assignment
from immersion.people.services import withdraw_participant
from immersion.placements import services
from immersion.placements.adapter import build_instance, load
from immersion.placements.models import AssignmentRun, Placement, RunStatus, SolveState
from immersion.placements.selectors import moved_condition, moved_count
from immersion.seminars.models import SeminarStatus
from immersion.seminars.services import open_seminar
from immersion.sites.services import update_offer
from tests.factories import ParticipantFactory, SeminarFactory, SiteFactory, make_offer

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_seminar(organizer):
    """Six participants, two half-days, offers at four sites: everyone can be placed twice."""
    seminar = SeminarFactory(organizers=[organizer])
    sites = [
        SiteFactory(name="Caf Rennes", kind="caf", organisation="Caf 35"),
        SiteFactory(name="Cpam Rennes", cpam=True),
        SiteFactory(name="CCAS Rennes", ccas=True),
        SiteFactory(
            name="France Travail Rennes", kind="france_travail", organisation="France Travail"
        ),
    ]
    for site in sites:
        make_offer(seminar, site, "J2-matin", capacity=2)
        make_offer(seminar, site, "J2-apres-midi", capacity=2)
    categories = [
        "elu",
        "journaliste",
        "enseignant",
        "cadre_hopital",
        "chef_entreprise",
        "fonctionnaire_etat",
    ]
    for i, category in enumerate(categories):
        ParticipantFactory(seminar=seminar, category=category, organisation=f"Organisme {i}")
    return open_seminar(actor=organizer, seminar=seminar)


def assignments_are_valid(run):
    instance = load(build_instance(run.seminar).data)
    return check_assignment(instance, services.current_assignments(run)) == []


def test_small_seminar_is_solved_at_once_and_everyone_placed(small_seminar, organizer):
    run = services.start_run(actor=organizer, seminar=small_seminar)
    assert run.state == SolveState.DONE and run.status == RunStatus.DRAFT
    assert run.solver_status == "optimal"
    assert run.placements.count() == 12
    assert run.unplaced == []
    assert assignments_are_valid(run)
    assert sum(p["total"] for p in run.breakdown.values()) == run.objective
    # Diversity: nobody sees the same site twice.
    for participant in small_seminar.participants.all():
        sites = list(
            run.placements.filter(participant=participant).values_list("offer__site", flat=True)
        )
        assert len(sites) == len(set(sites)) == 2


def test_never_places_someone_at_their_own_organisation(small_seminar, organizer):
    caf_agent = small_seminar.participants.first()
    caf_agent.organisation = "CAF 35 "  # case and spaces do not hide the conflict
    caf_agent.save()
    run = services.start_run(actor=organizer, seminar=small_seminar)
    assert not run.placements.filter(
        participant=caf_agent, offer__site__organisation="Caf 35"
    ).exists()


def test_a_draft_seminar_cannot_be_assigned(organizer):
    seminar = SeminarFactory(organizers=[organizer])
    with pytest.raises(ValidationError, match="inscriptions ouvertes"):
        services.start_run(actor=organizer, seminar=seminar)


def test_unplaced_half_days_come_with_french_reasons(small_seminar, organizer):
    ParticipantFactory(seminar=small_seminar, category="elu", email="septieme@example.fr")
    ParticipantFactory(seminar=small_seminar, category="elu", email="huitieme@example.fr")
    ParticipantFactory(seminar=small_seminar, category="elu", email="neuvieme@example.fr")
    run = services.start_run(actor=organizer, seminar=small_seminar)
    assert run.placements.count() == 16  # 8 seats per half-day
    assert len(run.unplaced) == 2
    assert all("complets" in " ".join(u["reasons"]) for u in run.unplaced)
    # Also as rows the review filters and counts by their main reason.
    rows = list(run.unplaced_half_days.values_list("reason", "reasons"))
    assert [reason for reason, _reasons in rows] == ["full", "full"]
    assert sorted(r for _reason, r in rows) == sorted(u["reasons"] for u in run.unplaced)


def test_a_move_by_hand_rewrites_the_unplaced_rows(small_seminar, organizer):
    ParticipantFactory(seminar=small_seminar, category="elu", email="septieme@example.fr")
    run = services.start_run(actor=organizer, seminar=small_seminar)
    placement = run.placements.filter(pinned=False).first()
    services.move_participant(
        actor=organizer,
        run=run,
        participant=placement.participant,
        half_day=placement.half_day,
        offer=None,
    )
    left = run.unplaced_half_days.filter(
        participant=placement.participant, half_day=placement.half_day
    ).get()
    assert left.reason == "free_seat_available" and "placement possible" in left.reasons[0]


def test_move_by_hand_is_validated_and_pinned(small_seminar, organizer):
    run = services.start_run(actor=organizer, seminar=small_seminar)
    journalist = small_seminar.participants.get(category="journaliste")
    morning = small_seminar.half_days.get(half_day="J2-matin")
    caf = SiteFactory(name="Caf contrôle", kind="caf", organisation="Caf 22")
    inspection = make_offer(small_seminar, caf, "J2-matin", channel="controle_sur_place")
    with pytest.raises(ValidationError) as exc:
        services.move_participant(
            actor=organizer, run=run, participant=journalist, half_day=morning, offer=inspection
        )
    assert "journaliste" in " ".join(exc.value.messages)
    elu = small_seminar.participants.get(category="elu")
    placement = services.move_participant(
        actor=organizer, run=run, participant=elu, half_day=morning, offer=inspection
    )
    assert placement.pinned and placement.manual
    assert run.placements.filter(participant=elu, half_day=morning).count() == 1
    run.refresh_from_db()
    assert sum(p["total"] for p in run.breakdown.values()) == run.objective


def test_move_into_a_full_slot_is_refused_and_changes_nothing(small_seminar, organizer):
    run = services.start_run(actor=organizer, seminar=small_seminar)
    morning = small_seminar.half_days.get(half_day="J2-matin")
    full_offer_id = run.placements.filter(half_day=morning).values_list("offer", flat=True).first()
    full = run.placements.filter(offer_id=full_offer_id)
    if full.count() < 2:
        pytest.skip("no full slot in this solution")
    outsider = next(
        p for p in small_seminar.participants.all() if not full.filter(participant=p).exists()
    )
    before = set(run.placements.values_list("participant", "offer"))
    with pytest.raises(ValidationError, match="complet|capacité"):
        services.move_participant(
            actor=organizer,
            run=run,
            participant=outsider,
            half_day=morning,
            offer=full.first().offer,
        )
    assert set(run.placements.values_list("participant", "offer")) == before


def test_pins_survive_a_new_calculation(small_seminar, organizer):
    run = services.start_run(actor=organizer, seminar=small_seminar)
    placement = run.placements.order_by("pk").first()
    services.set_pinned(actor=organizer, placement=placement, pinned=True)
    again = services.start_run(actor=organizer, seminar=small_seminar, from_run=run)
    kept = again.placements.get(participant=placement.participant, half_day=placement.half_day)
    assert kept.offer_id == placement.offer_id and kept.pinned


def test_publishing_assigns_the_seminar_and_supersedes_the_previous_run(small_seminar, organizer):
    first = services.publish_run(
        actor=organizer, run=services.start_run(actor=organizer, seminar=small_seminar)
    )
    small_seminar.refresh_from_db()
    assert small_seminar.status == SeminarStatus.ASSIGNED
    second = services.publish_run(
        actor=organizer, run=services.start_run(actor=organizer, seminar=small_seminar)
    )
    first.refresh_from_db()
    assert first.status == RunStatus.SUPERSEDED and second.status == RunStatus.PUBLISHED
    assert (
        AssignmentRun.objects.filter(seminar=small_seminar, status=RunStatus.PUBLISHED).count() == 1
    )


def test_a_published_run_cannot_be_edited_or_published_again(small_seminar, organizer):
    run = services.publish_run(
        actor=organizer, run=services.start_run(actor=organizer, seminar=small_seminar)
    )
    with pytest.raises(ValidationError):
        services.publish_run(actor=organizer, run=run)
    with pytest.raises(ValidationError):
        services.set_pinned(actor=organizer, placement=run.placements.first(), pinned=True)


def test_cancellation_after_publication_moves_as_few_people_as_possible(small_seminar, organizer):
    published = services.publish_run(
        actor=organizer, run=services.start_run(actor=organizer, seminar=small_seminar)
    )
    leaving = small_seminar.participants.order_by("pk").first()
    withdraw_participant(actor=organizer, participant=leaving)
    proposal = services.propose_resolve_after_change(
        actor=organizer, seminar=small_seminar, reason="Désistement"
    )
    assert proposal.based_on == published
    assert not proposal.placements.filter(participant=leaving).exists()
    assert services.moved_participants(proposal) == []
    assert proposal.placements.count() == 10


def test_offer_shrunk_after_publication_is_repaired_with_minimal_changes(small_seminar, organizer):
    published = services.publish_run(
        actor=organizer, run=services.start_run(actor=organizer, seminar=small_seminar)
    )
    crowded = next(
        p.offer
        for p in published.placements.all()
        if published.placements.filter(offer=p.offer).count() == 2
    )
    update_offer(actor=organizer, offer=crowded, capacity=1)
    assert any("capacité" in v or "complet" in v for v in services.violations_of(published))
    proposal = services.propose_resolve_after_change(
        actor=organizer, seminar=small_seminar, reason="Offre réduite"
    )
    assert proposal.placements.filter(offer=crowded).count() == 1
    assert len(services.moved_participants(proposal)) == 1
    # The review counts and marks them in the database, the same ones.
    assert moved_count(proposal) == 1
    moved = small_seminar.participants.filter(moved_condition(proposal))
    assert list(moved.values_list("pk", flat=True)) == services.moved_participants(proposal)


def test_publishing_is_refused_when_the_offers_changed_since(small_seminar, organizer):
    run = services.start_run(actor=organizer, seminar=small_seminar)
    crowded = next(
        p.offer for p in run.placements.all() if run.placements.filter(offer=p.offer).count() == 2
    )
    update_offer(actor=organizer, offer=crowded, capacity=1)
    with pytest.raises(ValidationError, match="ne respecte plus"):
        services.publish_run(actor=organizer, run=run)


def test_large_seminar_is_solved_in_the_background(
    small_seminar, organizer, settings, django_capture_on_commit_callbacks
):
    settings.IMMERSION_INLINE_SOLVE_MAX_PARTICIPANTS = 2
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        run = services.start_run(actor=organizer, seminar=small_seminar)
    assert run.state == SolveState.PENDING and not Placement.objects.exists()
    for callback in callbacks:
        callback()  # the task queue runs the solve (immediate backend in tests)
    run.refresh_from_db()
    assert run.state == SolveState.DONE and run.placements.count() == 12


def test_solving_is_deterministic_for_a_seed(small_seminar, organizer):
    a = services.start_run(actor=organizer, seminar=small_seminar, seed=3)
    b = services.start_run(actor=organizer, seminar=small_seminar, seed=3)
    assert set(a.placements.values_list("participant", "offer")) == set(
        b.placements.values_list("participant", "offer")
    )


def test_a_run_whose_worker_died_is_solved_again_when_its_task_is_taken_again(
    small_seminar, organizer, settings, django_capture_on_commit_callbacks
):
    """Issue 12, faults: the worker died mid-solve (the run stayed « running »); the task,
    put back in the queue by another worker, solves it from the start, once."""
    settings.IMMERSION_INLINE_SOLVE_MAX_PARTICIPANTS = 2
    with django_capture_on_commit_callbacks(execute=False):
        run = services.start_run(actor=organizer, seminar=small_seminar)
    AssignmentRun.objects.filter(pk=run.pk).update(state=SolveState.RUNNING)
    services.execute_run(run.pk)
    run.refresh_from_db()
    assert run.state == SolveState.DONE and run.placements.count() == 12
    services.execute_run(run.pk)  # a late second attempt changes nothing
    assert run.placements.count() == 12
