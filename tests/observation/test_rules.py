import pytest

from immersion.observation import rules
from immersion.people.services import withdraw_participant
from tests.factories import UserFactory
from tests.observation.factories import add_observer, make_observer

pytestmark = pytest.mark.django_db


def test_only_the_placed_participant_records_in_an_immersion():
    observer = make_observer()
    other = add_observer(observer)
    assert rules.is_placed_observer(observer.user, observer.placement)
    assert not rules.is_placed_observer(other.user, observer.placement)
    assert observer.user.has_perm("observation.record_observation", observer.placement)
    organizer = observer.seminar.organizers.get()
    assert not organizer.has_perm("observation.record_observation", observer.placement)
    withdraw_participant(actor=None, participant=observer.participant)
    observer.placement.refresh_from_db()
    assert not rules.is_placed_observer(observer.user, observer.placement)


def test_organizers_read_the_notebooks_of_their_seminars_only():
    observer = make_observer()
    organizer = observer.seminar.organizers.get()
    stranger = UserFactory(role="organizer")
    assert organizer.has_perm("observation.view_observations", observer.placement)
    assert organizer.has_perm("observation.view_seminar_observations", observer.seminar)
    assert not stranger.has_perm("observation.view_observations", observer.placement)
    assert not stranger.has_perm("observation.view_seminar_observations", observer.seminar)
    assert UserFactory(admin=True).has_perm("observation.view_observations", observer.placement)
    assert observer.user.has_perm("observation.view_observations", observer.placement)
    assert not UserFactory(role="expert").has_perm(
        "observation.view_observations", observer.placement
    )


def test_the_site_coordinator_declares_the_mix_of_their_site():
    observer = make_observer()
    coordinator = UserFactory(role="site_coordinator")
    assert not coordinator.has_perm("observation.declare_contact_mix", observer.site)
    observer.site.coordinator = coordinator
    observer.site.save()
    assert coordinator.has_perm("observation.declare_contact_mix", observer.site)
    # Another seminar's organizer reads the mix but does not declare it; the site's owner does.
    stranger = UserFactory(role="organizer")
    assert stranger.has_perm("observation.view_contact_mix", observer.site)
    assert not stranger.has_perm("observation.declare_contact_mix", observer.site)
    observer.site.owners.add(stranger)
    assert stranger.has_perm("observation.declare_contact_mix", observer.site)
    assert UserFactory(admin=True).has_perm("observation.declare_contact_mix", observer.site)
    assert not observer.user.has_perm("observation.declare_contact_mix", observer.site)
