"""Owners of host sites: who owns a site, who may change it, and the coordinator's replacement."""

import importlib

import pytest
from django.apps import apps
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from immersion.common.models import AuditEntry
from immersion.engagement.invitations import invite_site_coordinator
from immersion.notifications.models import OutgoingEmail
from immersion.sites import imports, services
from immersion.sites.models import HostSite
from tests.factories import (
    SeminarFactory,
    SiteFactory,
    UserFactory,
    make_coordinator,
    make_offer,
)

pytestmark = pytest.mark.django_db


def test_the_organizer_who_creates_a_site_owns_it_a_script_gives_it_no_owner(organizer):
    site = SiteFactory(owners=[organizer])
    assert list(site.owners.all()) == [organizer]
    assert AuditEntry.objects.get(action="site.create", object_id=str(site.pk)).data == {
        "owners": [organizer.pk]
    }
    assert not SiteFactory().owners.exists()


def test_the_organizer_who_imports_sites_owns_them(organizer):
    content = (
        b"Nom;Type;Organisme;Adresse;Code commune\n"
        b"Caf de Bruz;caf;Caf d'Ille-et-Vilaine;1 rue de la Gare;35047\n"
        b"CCAS de Bruz;ccas;Ville de Bruz;2 place du Vert Buisson;35047\n"
    )
    created = imports.import_sites(
        actor=organizer, uploaded=SimpleUploadedFile("structures.csv", content)
    )
    assert len(created) == 2
    assert set(HostSite.objects.editable_by(organizer)) == set(HostSite.objects.all())


def test_data_migration_gives_sites_the_organizers_of_the_seminars_offering_there():
    first, second, third = (UserFactory(role="organizer") for _ in range(3))
    seminar_a = SeminarFactory(organizers=[first, second])
    seminar_b = SeminarFactory(organizers=[third])
    shared, used_by_a, unused = SiteFactory(), SiteFactory(), SiteFactory()
    make_offer(seminar_a, shared)
    make_offer(seminar_b, shared)
    make_offer(seminar_a, used_by_a)
    make_offer(seminar_a, used_by_a, channel="accueil_telephonique")
    migration = importlib.import_module("immersion.sites.migrations.0003_owners_from_offers")

    migration.owners_from_offers(apps, None)
    migration.owners_from_offers(apps, None)  # idempotent

    assert set(shared.owners.all()) == {first, second, third}
    assert set(used_by_a.owners.all()) == {first, second}
    assert not unused.owners.exists()  # only administrators change it until they give it owners


def test_who_may_change_a_site_its_coordinator_and_its_tutors(organizer):
    site = SiteFactory(owners=[organizer])
    stranger = UserFactory(role="organizer")
    admin = UserFactory(admin=True)
    coordinator = make_coordinator(site)
    other_coordinator = make_coordinator(SiteFactory())
    for perm in (
        "host_sites.change_hostsite",
        "host_sites.appoint_coordinator",
        "host_sites.manage_tutors",
    ):
        assert organizer.has_perm(perm, site)
        assert admin.has_perm(perm, site)
        assert not stranger.has_perm(perm, site)
        assert not other_coordinator.has_perm(perm, site)
    # The coordinator's own space: tutors and offers, never the details or the coordinator.
    assert coordinator.has_perm("host_sites.manage_tutors", site)
    assert coordinator.has_perm("host_sites.declare_offers", site)
    assert coordinator.has_perm("host_sites.view_observers", site)
    assert not coordinator.has_perm("host_sites.change_hostsite", site)
    assert not coordinator.has_perm("host_sites.appoint_coordinator", site)
    # The catalogue is shared: everybody in the back office sees the site.
    assert stranger.has_perm("host_sites.view_hostsite", site)
    assert not stranger.has_perm("host_sites.view_observers", site)
    assert not organizer.has_perm("host_sites.view_observers", site)
    assert admin.has_perm("host_sites.manage_owners", site)
    assert not organizer.has_perm("host_sites.manage_owners", site)


def test_editable_by_and_counts_are_scoped_to_the_user(organizer, seminar):
    mine, theirs = SiteFactory(owners=[organizer]), SiteFactory()
    other = SeminarFactory(organizers=[UserFactory(role="organizer")])
    make_offer(other, mine)
    make_offer(other, mine, channel="accueil_telephonique")
    make_offer(seminar, mine)
    assert list(HostSite.objects.editable_by(organizer)) == [mine]
    assert set(HostSite.objects.editable_by(UserFactory(admin=True))) == {mine, theirs}
    assert not HostSite.objects.editable_by(make_coordinator(mine)).exists()
    counts = {s: s.offer_count for s in HostSite.objects.with_counts_for(organizer)}
    assert counts == {mine: 1, theirs: 0}
    admin_counts = {
        s: s.offer_count for s in HostSite.objects.with_counts_for(UserFactory(admin=True))
    }
    assert admin_counts[mine] == 3


def test_only_organizers_and_admins_become_owners(organizer):
    site = SiteFactory()
    with pytest.raises(ValidationError):
        services.add_site_owners(
            actor=None, site=site, users=[UserFactory(role="site_coordinator")]
        )
    services.add_site_owners(actor=None, site=site, users=[organizer])
    assert list(site.owners.all()) == [organizer]
    assert AuditEntry.objects.filter(action="site.add_owners").exists()


def test_replacing_a_coordinator_must_be_confirmed_then_is_logged_and_notified(
    organizer, communes, django_capture_on_commit_callbacks
):
    site = SiteFactory(owners=[organizer])
    previous = make_coordinator(site, email="ancien@caf.example.fr", first_name="Paul")

    with pytest.raises(ValidationError) as exc:
        invite_site_coordinator(actor=organizer, site=site, email="nouveau@caf.example.fr")
    assert "confirmez d'abord son remplacement" in str(exc.value)
    site.refresh_from_db()
    assert site.coordinator == previous
    assert not OutgoingEmail.objects.exists()

    # A confirmation given for someone else (the coordinator changed meanwhile) is refused.
    with pytest.raises(ValidationError):
        invite_site_coordinator(
            actor=organizer,
            site=site,
            email="nouveau@caf.example.fr",
            confirmed_replacement_of=previous.pk + 1000,
        )

    with django_capture_on_commit_callbacks(execute=True):
        user = invite_site_coordinator(
            actor=organizer,
            site=site,
            email="nouveau@caf.example.fr",
            confirmed_replacement_of=previous.pk,
        )
    site.refresh_from_db()
    assert site.coordinator == user
    entry = AuditEntry.objects.get(action="site.replace_coordinator")
    assert entry.actor == organizer and entry.object_id == str(site.pk)
    assert entry.data == {"previous": previous.pk, "user": user.pk}
    notice = next(m for m in mail.outbox if m.to == ["ancien@caf.example.fr"])
    assert site.name in notice.subject and "vous n'êtes plus référent" in notice.subject
    assert "Bonjour Paul," in notice.body
    assert organizer.email in notice.body
    assert "nouveau@caf.example.fr" not in notice.body  # the new person is not named
    assert [m.to for m in mail.outbox if m is not notice] == [["nouveau@caf.example.fr"]]


def test_resending_the_link_to_the_same_coordinator_needs_no_confirmation(
    organizer, communes, django_capture_on_commit_callbacks
):
    site = SiteFactory(owners=[organizer])
    with django_capture_on_commit_callbacks(execute=True):
        user = invite_site_coordinator(actor=organizer, site=site, email="referent@caf.example.fr")
        again = invite_site_coordinator(actor=organizer, site=site, email="REFERENT@caf.example.fr")
    assert user == again
    assert not AuditEntry.objects.filter(action="site.replace_coordinator").exists()
    assert [m.to for m in mail.outbox] == [["referent@caf.example.fr"]] * 2
