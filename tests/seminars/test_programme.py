import pytest
from django.core.exceptions import ValidationError

from immersion.seminars.models import Programme, Seminar
from immersion.seminars.services import (
    attach_to_programme,
    create_programme,
    set_programme_managers,
)
from tests.factories import SeminarFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager():
    return UserFactory(role="programme_manager")


@pytest.fixture
def programme(manager):
    return create_programme(
        actor=UserFactory(admin=True),
        name="Vivez ma vie d'usager 2027",
        year=2027,
        managers=[manager],
    )


def test_programme_owns_its_seminars(programme):
    seminar = SeminarFactory()
    attach_to_programme(actor=None, seminar=seminar, programme=programme)
    assert list(programme.seminars.all()) == [seminar]
    attach_to_programme(actor=None, seminar=seminar, programme=None)
    assert not programme.seminars.exists()


def test_regional_programme_needs_its_region_and_national_has_none():
    with pytest.raises(ValidationError) as error:
        create_programme(actor=None, name="Bretagne 2027", year=2027, scope="regional")
    assert "région" in str(error.value)
    with pytest.raises(ValidationError):
        create_programme(actor=None, name="France 2027", year=2027, region_code="53")
    regional = create_programme(
        actor=None, name="Bretagne 2027", year=2027, scope="regional", region_code="53"
    )
    assert regional.get_scope_display() == "Régional"


def test_only_programme_managers_or_admins_manage_a_programme(programme):
    organizer = UserFactory(role="organizer")
    with pytest.raises(ValidationError) as error:
        set_programme_managers(actor=None, programme=programme, users=[organizer])
    assert organizer.email in str(error.value)
    assert list(programme.managers.all()) != [organizer]


def test_manager_reads_their_programme_aggregates_only(programme, manager):
    other = create_programme(actor=None, name="Autre 2027", year=2027)
    assert manager.has_perm("seminars.view_programme", programme)
    assert not manager.has_perm("seminars.view_programme", other)
    assert manager.has_perm("seminars.access_observatory")
    assert list(Programme.objects.visible_to(manager)) == [programme]


def test_manager_never_sees_a_seminar_of_their_programme(programme, manager):
    seminar = SeminarFactory()
    attach_to_programme(actor=None, seminar=seminar, programme=programme)
    assert not manager.has_perm("seminars.view_seminar", seminar)
    assert not manager.has_perm("analysis.view_debrief", seminar)
    assert not manager.has_perm("accounts.access_organizer_space")
    assert not Seminar.objects.visible_to(manager).exists()


def test_organizer_keeps_seeing_only_their_own_seminars(programme):
    mine, theirs = UserFactory(role="organizer"), UserFactory(role="organizer")
    own = SeminarFactory(organizers=[mine])
    SeminarFactory(organizers=[theirs])
    for seminar in Seminar.objects.all():
        attach_to_programme(actor=None, seminar=seminar, programme=programme)
    assert list(Seminar.objects.visible_to(mine)) == [own]
    assert not mine.has_perm("seminars.view_programme", programme)
    assert not mine.has_perm("seminars.access_observatory")
    assert list(Programme.objects.visible_to(mine)) == []


def test_admin_reads_every_programme(programme):
    admin = UserFactory(admin=True)
    assert admin.has_perm("seminars.view_programme", programme)
