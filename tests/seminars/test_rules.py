import pytest

from tests.factories import SeminarFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_organizer_can_change_only_the_seminars_they_organize():
    mine, other = UserFactory(role="organizer"), UserFactory(role="organizer")
    seminar = SeminarFactory(organizers=[mine])
    assert mine.has_perm("seminars.change_seminar", seminar)
    assert not other.has_perm("seminars.change_seminar", seminar)


def test_admin_can_change_any_seminar():
    assert UserFactory(admin=True).has_perm("seminars.change_seminar", SeminarFactory())


@pytest.mark.parametrize("role", ["participant", "tutor", "site_coordinator"])
def test_other_roles_cannot_see_seminars_in_the_back_office(role):
    user = UserFactory(role=role)
    seminar = SeminarFactory()
    assert not user.has_perm("seminars.view_seminar", seminar)
    assert not user.has_perm("accounts.access_organizer_space")


def test_expert_of_a_seminar_can_view_it_but_not_change_it():
    expert = UserFactory(role="expert")
    seminar = SeminarFactory()
    seminar.experts.add(expert)
    assert expert.has_perm("seminars.view_seminar", seminar)
    assert not expert.has_perm("seminars.change_seminar", seminar)
