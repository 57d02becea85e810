"""The follow-up's permissions, as plain predicates."""

import pytest

from immersion.people.services import withdraw_participant
from tests.factories import UserFactory, make_tutor_account

pytestmark = pytest.mark.django_db


def test_a_participant_answers_and_commits_for_their_own_participation_only(journey):
    helene, paul = journey.helene, journey.paul
    for perm in ("evaluations.answer_evaluation", "evaluations.record_commitments"):
        assert helene.user.has_perm(perm, helene)
        assert not paul.user.has_perm(perm, helene)
        assert not journey.organizer.has_perm(perm, helene)
    withdraw_participant(actor=journey.organizer, participant=helene)
    helene.refresh_from_db()
    assert not helene.user.has_perm("evaluations.answer_evaluation", helene)


def test_only_the_hosts_of_the_seminar_evaluate_their_hosting(journey):
    perm = "evaluations.answer_host_evaluation"
    assert journey.tutor_user.has_perm(perm, journey.seminar)
    assert journey.coordinator.has_perm(perm, journey.seminar)
    # A tutor of the Cpam with an account, but whose site hosted nobody of this seminar.
    assert not UserFactory(role="tutor").has_perm(perm, journey.seminar)
    # The Cpam's tutor hosted Hélène: once they have an account, they may answer.
    assert make_tutor_account(journey.cpam_tutor).has_perm(perm, journey.seminar)
    assert not journey.helene.user.has_perm(perm, journey.seminar)
    assert not journey.organizer.has_perm(perm, journey.seminar)


def test_results_are_for_the_seminars_organizers_and_administrators(journey):
    perm = "evaluations.view_results"
    assert journey.organizer.has_perm(perm, journey.seminar)
    assert UserFactory(admin=True).has_perm(perm, journey.seminar)
    assert not UserFactory(role="organizer").has_perm(perm, journey.seminar)
    assert not UserFactory(role="expert").has_perm(perm, journey.seminar)
    assert not journey.helene.user.has_perm(perm, journey.seminar)
