"""Constraints, levers and innovations: posting, moderation (never deleting), grouping,
the board's selectors, and who may do what."""

import pytest
from django.core.exceptions import ValidationError

from immersion.common.models import AuditEntry
from immersion.contributions.models import Contribution, Status
from immersion.contributions.selectors import (
    contribution_counts,
    grouped_contributions,
    moderation_sections,
    own_contributions,
)
from immersion.contributions.services import (
    create_group,
    hide_contribution,
    merge_contribution,
    move_group,
    post_contribution,
    put_in_group,
    rename_group,
    show_contribution,
    unmerge_contribution,
)
from immersion.seminars.services import mark_seminar_assigned, open_seminar, start_seminar
from tests.factories import (
    ParticipantFactory,
    SeminarFactory,
    UserFactory,
    make_participant_account,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def running(seminar, organizer):
    open_seminar(actor=organizer, seminar=seminar)
    mark_seminar_assigned(actor=organizer, seminar=seminar)
    start_seminar(actor=organizer, seminar=seminar)
    seminar.refresh_from_db()
    return seminar


@pytest.fixture
def participant(running):
    participant = ParticipantFactory(seminar=running, category="cadre_hopital")
    make_participant_account(participant)
    return participant


@pytest.fixture
def expert(running):
    expert = UserFactory(role="expert")
    running.experts.add(expert)
    return expert


def post(participant, text="Les horaires d'ouverture ferment à 16 h.", kind="contrainte"):
    return post_contribution(
        actor=participant.user, participant=participant, kind=kind, field="hopital", text=text
    )


def test_posting_redacts_the_text_and_logs_without_it(participant):
    contribution = post(participant, "Mme Josiane Kerbrat (06 12 34 56 78) attend depuis 3 h.")
    contribution.refresh_from_db()
    assert "Kerbrat" not in contribution.text and "06 12 34 56 78" not in contribution.text
    assert (contribution.author, contribution.seminar) == (participant, participant.seminar)
    assert contribution.status == Status.VISIBLE
    entry = AuditEntry.objects.get(action="contribution.post")
    assert "Kerbrat" not in str(entry.data) and entry.data["kind"] == "contrainte"


def test_posting_refuses_empty_too_long_unknown_kind_and_before_the_shared_analysis(
    participant, seminar, organizer
):
    with pytest.raises(ValidationError):
        post(participant, "   ")
    with pytest.raises(ValidationError):
        post(participant, "x" * 501)
    with pytest.raises(ValidationError):
        post(participant, kind="opinion")
    upcoming = ParticipantFactory(seminar=SeminarFactory(organizers=[organizer]))
    make_participant_account(upcoming)
    with pytest.raises(ValidationError):
        post(upcoming)
    assert Contribution.objects.count() == 0


def test_hiding_keeps_the_row_and_showing_brings_it_back(participant, expert):
    contribution = post(participant)
    hide_contribution(actor=expert, contribution=contribution)
    assert Contribution.objects.filter(pk=contribution.pk, status=Status.HIDDEN).exists()
    assert grouped_contributions(participant.seminar) == []
    assert own_contributions(participant) == [contribution]  # the author still sees it
    show_contribution(actor=expert, contribution=contribution)
    assert grouped_contributions(participant.seminar) == [(None, [contribution])]
    actions = list(AuditEntry.objects.values_list("action", flat=True))
    assert "contribution.hide" in actions and "contribution.show" in actions


def test_merging_keeps_the_duplicate_and_counts_it_on_the_original(participant, expert):
    original = post(participant, "Des permanences communes dans les quartiers.", "levier")
    duplicate = post(participant, "Des permanences partagées entre organismes.", "levier")
    third = post(participant, "Permanences communes, encore.", "levier")
    merge_contribution(actor=expert, duplicate=third, into=duplicate)
    # Merging into a duplicate merges into its original; its own duplicates follow.
    merge_contribution(actor=expert, duplicate=duplicate, into=original)
    assert Contribution.objects.count() == 3
    duplicate.refresh_from_db()
    third.refresh_from_db()
    assert duplicate.merged_into == original and third.merged_into == original
    [(title, [shown])] = grouped_contributions(participant.seminar)
    assert (title, shown, shown.merged_count) == (None, original, 2)
    ungrouped = moderation_sections(participant.seminar)[-1]
    assert ungrouped.group is None and ungrouped.contributions[0].merged == [duplicate, third]
    unmerge_contribution(actor=expert, contribution=third)
    assert len(grouped_contributions(participant.seminar)[0][1]) == 2


def test_merging_refuses_itself_another_seminar_and_a_hidden_target(participant, expert, organizer):
    one, two = post(participant), post(participant, "Autre chose.")
    with pytest.raises(ValidationError):
        merge_contribution(actor=expert, duplicate=one, into=one)
    hide_contribution(actor=expert, contribution=two)
    with pytest.raises(ValidationError):
        merge_contribution(actor=expert, duplicate=one, into=two)
    elsewhere = ParticipantFactory(seminar=SeminarFactory(organizers=[organizer]))
    foreign = Contribution.objects.create(
        seminar=elsewhere.seminar, author=elsewhere, kind="levier", field="etat", text="Ailleurs."
    )
    with pytest.raises(ValidationError):
        merge_contribution(actor=expert, duplicate=one, into=foreign)


def test_groups_order_the_board_and_their_contributions_by_kind(participant, expert):
    innovation = post(participant, "Rappel automatique.", "innovation")
    constraint = post(participant, "Guichets fermés à 16 h.", "contrainte")
    lever = post(participant, "Permanences le samedi.", "levier")
    loose = post(participant, "Sans groupe.", "levier")
    accueil = create_group(actor=expert, seminar=participant.seminar, title="Accueil")
    outils = create_group(actor=expert, seminar=participant.seminar, title="Outils")
    create_group(actor=expert, seminar=participant.seminar, title="Vide")
    for c in (innovation, constraint):
        put_in_group(actor=expert, contribution=c, group=accueil)
    put_in_group(actor=expert, contribution=lever, group=outils)
    board = grouped_contributions(participant.seminar)
    assert board == [("Accueil", [constraint, innovation]), ("Outils", [lever]), (None, [loose])]
    move_group(actor=expert, group=outils, offset=-1)
    rename_group(actor=expert, group=accueil, title="  Accueil   physique ")
    assert [title for title, _c in grouped_contributions(participant.seminar)] == [
        "Outils",
        "Accueil physique",
        None,
    ]
    move_group(actor=expert, group=outils, offset=-1)  # already first: nothing moves
    assert grouped_contributions(participant.seminar)[0][0] == "Outils"
    assert contribution_counts(participant.seminar) == {
        "contrainte": 1,
        "levier": 2,
        "innovation": 1,
    }
    with pytest.raises(ValidationError):
        create_group(actor=expert, seminar=participant.seminar, title="Outils")
    put_in_group(actor=expert, contribution=lever, group=None)
    assert grouped_contributions(participant.seminar)[-1] == (None, [lever, loose])


def test_a_contribution_cannot_join_another_seminars_group(participant, expert, organizer):
    other = SeminarFactory(organizers=[organizer])
    group = create_group(actor=organizer, seminar=other, title="Ailleurs")
    with pytest.raises(ValidationError):
        put_in_group(actor=expert, contribution=post(participant), group=group)


def test_board_selector_runs_in_few_queries(participant, expert, django_assert_max_num_queries):
    group = create_group(actor=expert, seminar=participant.seminar, title="Accueil")
    for i in range(12):
        c = post(participant, f"Contribution {i}.")
        if i % 2:
            put_in_group(actor=expert, contribution=c, group=group)
    with django_assert_max_num_queries(2):
        grouped_contributions(participant.seminar)
    with django_assert_max_num_queries(2):
        moderation_sections(participant.seminar)


# Permissions


def test_participants_post_only_from_their_own_participation(participant):
    other = ParticipantFactory(seminar=participant.seminar)
    make_participant_account(other)
    assert participant.user.has_perm("contributions.post_contribution", participant)
    assert not participant.user.has_perm("contributions.post_contribution", other)
    assert not participant.user.has_perm(
        "contributions.moderate_contributions", participant.seminar
    )


def test_withdrawn_participants_no_longer_post(participant, organizer):
    from immersion.people.services import withdraw_participant

    withdraw_participant(actor=organizer, participant=participant)
    participant.refresh_from_db()
    assert not participant.user.has_perm("contributions.post_contribution", participant)


def test_the_seminars_experts_and_organizers_moderate_nobody_else(running, organizer, expert):
    perm = "contributions.moderate_contributions"
    assert organizer.has_perm(perm, running) and expert.has_perm(perm, running)
    assert UserFactory(admin=True).has_perm(perm, running)
    for outsider in (
        UserFactory(role="expert"),
        UserFactory(role="organizer"),
        UserFactory(role="tutor"),
        UserFactory(role="site_coordinator"),
        UserFactory(role="participant"),
    ):
        assert not outsider.has_perm(perm, running)
        assert not outsider.has_perm("contributions.view_contributions", running)
    # A tutor of the seminar's host site stays out even if wrongly listed as an expert.
    tutor = UserFactory(role="tutor")
    running.experts.add(tutor)
    assert not tutor.has_perm(perm, running)
