import pytest

from immersion.debrief.selectors import seminars_led_by
from tests.factories import SeminarFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(seminar, organizer):
    expert = UserFactory(role="expert")
    seminar.experts.add(expert)
    return {
        "organizer": organizer,
        "expert": expert,
        "admin": UserFactory(admin=True),
        "other_organizer": UserFactory(role="organizer"),
        "other_expert": UserFactory(role="expert"),
        "participant": UserFactory(role="participant"),
        "site_coordinator": UserFactory(role="site_coordinator"),
        "tutor": UserFactory(role="tutor"),
    }


LEADERS = {"organizer", "expert", "admin"}


@pytest.mark.parametrize("perm", ["analysis.view_debrief", "debrief.curate_quotes"])
def test_only_the_organizers_experts_and_admins_lead_the_debrief(people, seminar, perm):
    allowed = {name for name, user in people.items() if user.has_perm(perm, seminar)}
    assert allowed == LEADERS


def test_an_organizer_listed_as_expert_needs_the_expert_role(seminar):
    participant = UserFactory(role="participant")
    seminar.experts.add(participant)  # an error of the organizer: the role still decides
    assert not participant.has_perm("analysis.view_debrief", seminar)


def test_the_list_of_seminars_matches_the_rule(people, seminar):
    SeminarFactory(organizers=[people["other_organizer"]])
    for name, user in people.items():
        listed = set(seminars_led_by(user))
        if name == "admin":
            assert seminar in listed and len(listed) == 2
            continue
        expected = {seminar} if name in LEADERS else set()
        if name == "other_organizer":
            expected = set(listed)  # their own seminar only
            assert seminar not in listed and len(listed) == 1
        assert listed == expected, name
        assert all(user.has_perm("analysis.view_debrief", s) for s in listed)


def test_the_debrief_space_is_for_experts_and_organizers(people):
    allowed = {n for n, u in people.items() if u.has_perm("analysis.access_debrief_space")}
    assert allowed == {"organizer", "expert", "admin", "other_organizer", "other_expert"}
