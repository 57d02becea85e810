"""The shared catalogue of host sites, seen by the organizer of another seminar.

Seminar A's organizer owns the Caf de Rennes, where seminar A has an offer, a coordinator and a
tutor. Seminar B's organizer uses the catalogue too: each test performs what B could do before
sites had owners, and checks that it no longer does harm; then that A (an owner) still can.
"""

from dataclasses import dataclass

import pytest
from django.core import mail
from django.urls import reverse

from immersion.accounts.models import User
from immersion.common.models import AuditEntry
from immersion.notifications.models import OutgoingEmail
from immersion.observation.models import SiteContactMix
from immersion.observation.services import declare_contact_mix
from immersion.sites.models import HostSite, Offer, Tutor
from tests.conftest import page
from tests.factories import (
    SeminarFactory,
    SiteFactory,
    UserFactory,
    make_coordinator,
    make_offer,
    make_tutor,
)
from tests.observation.factories import make_observer
from tests.www.test_notebook_pages import record

pytestmark = pytest.mark.django_db


@dataclass
class World:
    organizer_a: User
    seminar_a: object
    site: HostSite
    offer_a: Offer
    coordinator: User
    tutor: Tutor
    organizer_b: User
    seminar_b: object


@pytest.fixture
def world(communes):
    organizer_a = UserFactory(role="organizer", first_name="Alice", last_name="Owner")
    seminar_a = SeminarFactory(organizers=[organizer_a], title="Séminaire secret de A")
    site = SiteFactory(
        owners=[organizer_a],
        name="Caf de Rennes",
        phone="02 99 00 00 00",
        email="accueil@caf.example.fr",
        accessibility_notes="Accès de plain-pied.",
        access_notes="Entrée du personnel, côté parking.",
    )
    tutor = make_tutor(
        site, first_name="Yannick", email="yannick@caf.example.fr", phone="06 11 22 33 44"
    )
    offer_a = make_offer(seminar_a, site, channel="controle_sur_place", tutor=tutor)
    coordinator = make_coordinator(site, email="referente@caf.example.fr", first_name="Marie")
    organizer_b = UserFactory(role="organizer", first_name="Bruno")
    seminar_b = SeminarFactory(organizers=[organizer_b], title="Séminaire de B")
    return World(organizer_a, seminar_a, site, offer_a, coordinator, tutor, organizer_b, seminar_b)


@pytest.fixture
def b_client(client, world):
    client.force_login(world.organizer_b)
    return client


@pytest.fixture
def a_client(client, world):
    client.force_login(world.organizer_a)
    return client


def assert_refused(response, site):
    """A shared site is in the user's view: refused with the French 403 page, saying why."""
    assert response.status_code == 403
    content = page(response)
    assert "Cette structure ne peut pas être modifiée avec votre compte" in content
    assert f"« {site.name} » fait partie du catalogue partagé" in content


# ------------------------------------------------------------------ the attacks, now harmless


def test_another_seminar_s_organizer_cannot_take_over_the_coordinator(
    b_client, world, django_capture_on_commit_callbacks
):
    url = reverse("organizer:site_coordinator_invite", args=[world.site.pk])
    assert_refused(b_client.get(url), world.site)
    with django_capture_on_commit_callbacks(execute=True):
        for data in (
            {"email": "pirate@example.fr"},
            {"email": "pirate@example.fr", "confirm": str(world.coordinator.pk)},
        ):
            assert_refused(b_client.post(url, data), world.site)
    world.site.refresh_from_db()
    assert world.site.coordinator == world.coordinator
    assert not User.objects.filter(email="pirate@example.fr").exists()
    assert not OutgoingEmail.objects.exists() and mail.outbox == []
    assert not AuditEntry.objects.filter(action__contains="coordinator").exists()


def test_another_seminar_s_organizer_sees_the_public_description_and_own_offers_only(
    b_client, world
):
    make_offer(world.seminar_b, world.site, half_day="J2-apres-midi")
    content = page(b_client.get(reverse("organizer:site_detail", args=[world.site.pk])))
    # The public description, and B's own offer.
    for shown in (
        "Caf de Rennes",
        world.site.full_address,
        "Accès de plain-pied.",
        "Accueil physique, Contrôle sur place",  # the channels the site offers
        "Séminaire de B",
        reverse("organizer:offer_add", args=[world.seminar_b.pk]),
        "Yannick",  # to choose the tutor of an offer: name and job title
    ):
        assert shown in content, shown
    # Nothing of seminar A, nor the owners' details, nor a way to change the site.
    for hidden in (
        "Séminaire secret de A",
        reverse("organizer:seminar_detail", args=[world.seminar_a.pk]),
        "referente@caf.example.fr",
        "Marie",
        "yannick@caf.example.fr",
        "06 11 22 33 44",
        "accueil@caf.example.fr",
        "Entrée du personnel",
        reverse("organizer:site_edit", args=[world.site.pk]),
        reverse("organizer:site_coordinator_invite", args=[world.site.pk]),
        reverse("organizer:tutor_add", args=[world.site.pk]),
        reverse("organizer:tutor_edit", args=[world.site.pk, world.tutor.pk]),
        reverse("organizer:tutor_invite", args=[world.site.pk, world.tutor.pk]),
    ):
        assert hidden not in content, hidden
    assert "Structure du catalogue partagé" in content


def test_another_seminar_s_organizer_cannot_edit_the_site_or_its_tutors(
    b_client, world, django_capture_on_commit_callbacks
):
    site, tutor = world.site, world.tutor
    edit = reverse("organizer:site_edit", args=[site.pk])
    assert_refused(b_client.get(edit), site)
    data = {
        "name": "Caf piratée",
        "kind": "caf",
        "organisation": "Caf",
        "address": "ailleurs",
        "commune_code": "35238",
    }
    assert_refused(b_client.post(edit, data), site)
    tutor_edit = reverse("organizer:tutor_edit", args=[site.pk, tutor.pk])
    assert_refused(b_client.get(tutor_edit), site)
    tutor_data = {"first_name": "Pirate", "last_name": "X", "job_title": "Y", "email": "p@x.fr"}
    assert_refused(b_client.post(tutor_edit, tutor_data), site)
    assert_refused(b_client.post(reverse("organizer:tutor_add", args=[site.pk]), tutor_data), site)
    assert_refused(b_client.post(reverse("organizer:tutor_delete", args=[site.pk, tutor.pk])), site)
    with django_capture_on_commit_callbacks(execute=True):
        assert_refused(
            b_client.post(reverse("organizer:tutor_invite", args=[site.pk, tutor.pk])), site
        )
    site.refresh_from_db()
    tutor.refresh_from_db()
    assert site.name == "Caf de Rennes"
    assert (tutor.first_name, tutor.email, tutor.user) == (
        "Yannick",
        "yannick@caf.example.fr",
        None,
    )
    assert list(site.tutors.all()) == [tutor]
    assert mail.outbox == []


def test_write_urls_of_a_site_that_does_not_exist_are_404(b_client):
    for name in ("site_edit", "site_coordinator_invite", "tutor_add"):
        assert b_client.get(reverse(f"organizer:{name}", args=[999999])).status_code == 404


def test_another_seminar_s_organizer_never_edits_or_deletes_its_offers(b_client, world):
    offer = world.offer_a
    for seminar in (world.seminar_a, world.seminar_b):
        for name in ("offer_edit", "offer_delete"):
            url = reverse(f"organizer:{name}", args=[seminar.pk, offer.pk])
            assert b_client.get(url).status_code == 404
            assert b_client.post(url, {"capacity": 9}).status_code == 404
    offer.refresh_from_db()
    assert offer.capacity == 1
    # But B offers immersions for seminar B at the shared site: that is what it is for.
    half_day = world.seminar_b.half_days.get(half_day="J2-apres-midi")
    response = b_client.post(
        reverse("organizer:offer_add", args=[world.seminar_b.pk]) + f"?structure={world.site.pk}",
        {
            "site": world.site.pk,
            "fixed_site": world.site.pk,
            "half_day": half_day.pk,
            "channel": "accueil_physique",
            "tutor": world.tutor.pk,
        },
    )
    assert response.status_code == 302
    assert Offer.objects.filter(
        seminar=world.seminar_b, site=world.site, tutor=world.tutor
    ).exists()


def test_the_site_list_and_export_show_no_other_seminar_s_use_or_contacts(b_client, world):
    make_offer(world.seminar_a, world.site, half_day="J2-apres-midi")
    own = SiteFactory(owners=[world.organizer_b], name="CCAS de B", phone="02 00 00 00 01")
    response = b_client.get(reverse("organizer:site_list"))
    counts = {s.name: s.offer_count for s in response.context["sites"]}
    assert counts == {"Caf de Rennes": 0, "CCAS de B": 0}
    exported = b_client.get(reverse("organizer:site_export", args=["csv"])).content.decode(
        "utf-8-sig"
    )
    assert "Caf de Rennes" in exported and "accueil@caf.example.fr" not in exported
    assert "02 99 00 00 00" not in exported
    assert own.phone in exported


def test_another_seminar_s_organizer_reads_no_contact_mix_count_of_seminar_a(client, communes):
    owner = UserFactory(role="organizer")
    site = SiteFactory(owners=[owner], name="Caf de Rennes")
    observer = make_observer(site=site, organizer=owner)
    record(observer, reason="rsa")
    record(observer, reason="rsa")
    declare_contact_mix(actor=None, site=site, shares={"rsa": 60})
    b = UserFactory(role="organizer")
    SeminarFactory(organizers=[b])
    client.force_login(b)
    url = reverse("notebook:contact_mix", args=[site.pk])
    content = page(client.get(url))
    assert "Situations observées pendant vos séminaires" in content
    assert "60 %" in content  # the site's own declaration describes the site
    assert "(2)" not in content and "100 %" not in content  # not seminar A's situations
    assert 'name="rsa"' not in content  # no form: B does not declare the site's mix
    # Naming seminar A in the address shows nothing of it.
    assert client.get(url + f"?seminaire={observer.seminar.pk}").status_code == 404
    response = client.post(url, {"rsa": "10"})
    assert response.status_code == 403
    assert dict(SiteContactMix.objects.values_list("reason", "share")) == {"rsa": 60}

    client.force_login(owner)
    content = page(client.get(url + f"?seminaire={observer.seminar.pk}"))
    assert "100 % (2)" in content and 'name="rsa"' in content
    client.post(url, {"rsa": "70"})
    assert dict(SiteContactMix.objects.values_list("reason", "share")) == {"rsa": 70}


# ------------------------------------------------------------------------ owners still can


def test_the_owner_sees_and_changes_everything_of_the_site(a_client, world):
    content = page(a_client.get(reverse("organizer:site_detail", args=[world.site.pk])))
    for shown in (
        "Séminaire secret de A",
        "referente@caf.example.fr",
        "accueil@caf.example.fr",
        "Entrée du personnel",
        reverse("organizer:site_edit", args=[world.site.pk]),
        reverse("organizer:site_coordinator_invite", args=[world.site.pk]),
        reverse("organizer:tutor_edit", args=[world.site.pk, world.tutor.pk]),
    ):
        assert shown in content, shown
    response = a_client.post(
        reverse("organizer:site_edit", args=[world.site.pk]),
        {
            "name": "Caf de Rennes — Colombier",
            "kind": "caf",
            "organisation": "Caf d'Ille-et-Vilaine",
            "address": "Cours des Alliés",
            "commune_code": "35238",
        },
    )
    assert response.status_code == 302
    response = a_client.post(
        reverse("organizer:tutor_edit", args=[world.site.pk, world.tutor.pk]),
        {"first_name": "Yannick", "last_name": "Prigent", "job_title": "Contrôleur"},
    )
    assert response.status_code == 302
    world.site.refresh_from_db()
    world.tutor.refresh_from_db()
    assert world.site.name == "Caf de Rennes — Colombier"
    assert world.tutor.job_title == "Contrôleur"


def test_the_owner_replaces_the_coordinator_after_a_confirmation(
    a_client, world, django_capture_on_commit_callbacks
):
    url = reverse("organizer:site_coordinator_invite", args=[world.site.pk])
    data = {"email": "nouveau@caf.example.fr", "first_name": "Jean", "last_name": "Nouvel"}
    response = a_client.post(url, data)
    content = " ".join(page(response).split())
    assert response.status_code == 200
    assert "Confirmer le changement de référent" in content
    assert "Marie" in content and "(referente@caf.example.fr) sera remplacé par" in content
    assert "nouveau@caf.example.fr" in content
    assert "les noms des observateurs attendus dans la structure" in content
    assert f'name="confirm" value="{world.coordinator.pk}"' in content
    world.site.refresh_from_db()
    assert world.site.coordinator == world.coordinator  # nothing done before confirmation
    assert not OutgoingEmail.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = a_client.post(url, {**data, "confirm": str(world.coordinator.pk)}, follow=True)
    assert "nouveau@caf.example.fr remplace referente@caf.example.fr" in page(response)
    world.site.refresh_from_db()
    assert world.site.coordinator.email == "nouveau@caf.example.fr"
    assert AuditEntry.objects.filter(
        action="site.replace_coordinator", actor=world.organizer_a
    ).exists()
    notice = next(m for m in mail.outbox if m.to == ["referente@caf.example.fr"])
    assert "vous n'êtes plus référent de Caf de Rennes" in notice.subject
    assert "Bonjour Marie," in notice.body and world.organizer_a.email in notice.body
    assert any(m.to == ["nouveau@caf.example.fr"] for m in mail.outbox)

    # The previous coordinator no longer opens the site's space.
    a_client.force_login(world.coordinator)
    assert a_client.get(reverse("site:site_detail", args=[world.site.pk])).status_code == 404


def test_an_administrator_changes_a_site_without_owners(client, communes):
    site = SiteFactory()
    client.force_login(UserFactory(admin=True))
    assert client.get(reverse("organizer:site_edit", args=[site.pk])).status_code == 200
    response = client.post(
        reverse("organizer:tutor_add", args=[site.pk]),
        {"first_name": "Sandrine", "last_name": "Le Bihan", "job_title": "Conseillère"},
    )
    assert response.status_code == 302 and site.tutors.exists()


def test_the_coordinator_still_manages_the_tutors_of_their_site(client, world):
    client.force_login(world.coordinator)
    response = client.post(
        reverse("site:tutor_edit", args=[world.site.pk, world.tutor.pk]),
        {"first_name": "Yannick", "last_name": "Prigent", "job_title": "Contrôleur assermenté"},
    )
    assert response.status_code == 302
    world.tutor.refresh_from_db()
    assert world.tutor.job_title == "Contrôleur assermenté"
    # …but not from the back office, nor the site's details.
    assert client.get(reverse("organizer:site_edit", args=[world.site.pk])).status_code == 403


def test_the_coordinator_reads_every_seminar_s_counts_at_their_site_only(client, communes):
    observer = make_observer()
    record(observer, reason="rsa")
    coordinator = make_coordinator(observer.site)
    client.force_login(coordinator)
    url = reverse("notebook:contact_mix", args=[observer.site.pk])
    content = page(client.get(url))
    assert "Situations observées, tous séminaires" in content and "100 % (1)" in content
    # A seminar that sent nobody to the site: not even its title.
    elsewhere = SeminarFactory(organizers=[UserFactory(role="organizer")])
    assert client.get(url + f"?seminaire={elsewhere.pk}").status_code == 404
    assert client.get(url + f"?seminaire={observer.seminar.pk}").status_code == 200


def test_the_seminar_s_notebooks_offer_to_declare_the_mix_of_owned_sites_only(client, communes):
    owner = UserFactory(role="organizer")
    observer = make_observer(organizer=owner)
    record(observer, reason="rsa")
    declare_link = reverse("notebook:contact_mix", args=[observer.site.pk])
    client.force_login(owner)
    content = page(client.get(reverse("notebook:seminar", args=[observer.seminar.pk])))
    assert "100 % (1)" in content and declare_link not in content
    observer.site.owners.add(owner)
    content = page(client.get(reverse("notebook:seminar", args=[observer.seminar.pk])))
    assert declare_link in content
