"""The host site's space as a coordinator and a tutor use it (issue 10, "Host sites and
tutors"): current offers, nearby seminars, practical info, the brief's practical side, change
notices, tutors who leave, the contact mix."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from immersion.accounts.models import Role
from immersion.engagement.invitations import invite_tutor
from immersion.observation.models import SiteContactMix
from immersion.people.services import withdraw_participant
from immersion.placements.models import AssignmentRun, Placement, RunStatus, SolveState
from immersion.placements.selectors import assignment_changes, last_change_at
from immersion.placements.services import publish_run
from immersion.seminars.services import mark_seminar_assigned, open_seminar
from immersion.sites import services
from immersion.sites.models import Tutor
from immersion.sites.selectors import seminars_open_to
from tests.conftest import page
from tests.factories import (
    SeminarFactory,
    SiteFactory,
    UserFactory,
    make_coordinator,
    make_journey,
    make_offer,
    make_tutor,
    make_tutor_account,
)
from tests.pdfs import pdf_text
from tests.www.test_participant_space import profile_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def journey(communes):
    journey = make_journey()
    journey.coordinator = make_coordinator(
        journey.caf, email="referent@caf.example.fr", first_name="Yann"
    )
    return journey


@pytest.fixture
def caf_client(client, journey):
    client.force_login(journey.coordinator)
    return client


def assign(journey):
    open_seminar(actor=journey.organizer, seminar=journey.seminar)
    mark_seminar_assigned(actor=journey.organizer, seminar=journey.seminar)


# 1. Current offers, seminars to offer to, practical info


def test_coordinator_sees_current_offers_after_publication(caf_client, journey):
    # The demo's cause: once the assignment is published the seminar is no longer "in
    # preparation", and the site's offers disappeared with it.
    assign(journey)
    text = page(caf_client.get(reverse("site:site_detail", args=[journey.caf.pk])))
    assert "Vos offres en cours" in text
    assert journey.seminar.title in text and "Affectation publiée" in text
    assert "vendredi 19 mars 2027" in text and "Jour 2 — matin" in text
    assert "Sandrine Le Bihan" in text
    assert "Publiée : 2 observateurs attendus" in text
    assert "Changer de tuteur" in text
    assert "Aucun séminaire en préparation" not in text


def test_nearby_and_farther_seminars_are_offered_in_two_groups(caf_client, journey):
    nantes = SeminarFactory(city_code="44109", title="Séminaire de Nantes")
    SeminarFactory(city_code="13055", title="Séminaire de Marseille")
    near = SeminarFactory(title="Séminaire de Rennes bis")
    groups = seminars_open_to(journey.caf)
    assert near in groups.near and journey.seminar in groups.near
    assert groups.farther == [nantes]
    text = page(caf_client.get(reverse("site:site_detail", args=[journey.caf.pk])))
    assert "Plus loin (de 80 à 250 km)" in text and "Séminaire de Nantes" in text
    assert "Séminaire de Marseille" not in text
    # A farther seminar still takes offers.
    response = caf_client.post(
        reverse("site:offer_add", args=[journey.caf.pk, nantes.pk]),
        {
            "site": journey.caf.pk,
            "half_day": nantes.half_days.get(half_day="J2-matin").pk,
            "channel": "accueil_telephonique",
            "capacity": "2",
        },
    )
    assert response.status_code == 302
    assert journey.caf.offers.filter(seminar=nantes).count() == 1


def test_a_site_already_offering_keeps_its_seminar_whatever_the_distance(journey):
    far = SeminarFactory(city_code="13055", title="Séminaire de Marseille")
    assert far not in seminars_open_to(journey.caf)
    make_offer(far, journey.caf)
    assert far in seminars_open_to(journey.caf).near


def test_coordinator_edits_practical_info(caf_client, journey):
    url = reverse("site:practical_info", args=[journey.caf.pk])
    response = caf_client.post(
        url,
        {
            "step_free_access": "true",
            "aids": ["boucle_magnetique"],
            "accessibility_notes": "Rampe côté parking.",
            "access_notes": "Se présenter à l'accueil du personnel.",
            "phone": "02 99 00 00 09",
            "email": "accueil@caf.example.fr",
        },
    )
    assert response.status_code == 302
    site = journey.caf
    site.refresh_from_db()
    assert site.step_free_access is True and site.aids == ["boucle_magnetique"]
    assert site.access_notes == "Se présenter à l'accueil du personnel."
    assert site.email == "accueil@caf.example.fr"
    # The identity of the site is not the coordinator's to change.
    assert site.name == "Caf de Rennes — Colombier"
    text = page(caf_client.get(reverse("site:site_detail", args=[site.pk])))
    assert url in text


def test_practical_info_refuses_bad_input_and_changes_nothing(caf_client, journey):
    response = caf_client.post(
        reverse("site:practical_info", args=[journey.caf.pk]),
        {"email": "pas-une-adresse", "access_notes": "Nouvelle consigne"},
    )
    assert response.status_code == 200
    assert "Le formulaire contient des erreurs" in page(response)
    assert response.context["form"].errors["email"]
    journey.caf.refresh_from_db()
    assert journey.caf.access_notes == "Entrée du personnel, côté parking."


def test_practical_info_permission(journey):
    site = journey.caf
    assert journey.coordinator.has_perm("host_sites.change_practical_info", site)
    other = make_coordinator(SiteFactory(), email="autre@example.fr")
    assert not other.has_perm("host_sites.change_practical_info", site)
    assert not UserFactory(role=Role.ORGANIZER).has_perm("host_sites.change_practical_info", site)
    owner = UserFactory(role=Role.ORGANIZER)
    site.owners.add(owner)
    assert owner.has_perm("host_sites.change_practical_info", site)
    with pytest.raises(TypeError):
        services.update_site_practical_info(actor=owner, site=site, name="Autre nom")


def test_another_coordinator_cannot_reach_the_practical_info(client, journey):
    client.force_login(make_coordinator(SiteFactory(), email="autre@example.fr"))
    response = client.get(reverse("site:practical_info", args=[journey.caf.pk]))
    assert response.status_code == 404


# 2-3. The observers' page and the tutor brief


def test_observers_page_gives_the_day_the_needs_and_whom_to_call(caf_client, journey):
    journey.helene.access_needs = ["plain_pied", "boucle_magnetique"]
    journey.helene.save()
    services.update_offer(actor=None, offer=journey.morning, needs_authorisation=True)
    url = reverse("site:observers", args=[journey.caf.pk, journey.seminar.pk])
    text = page(caf_client.get(url))
    assert "vendredi 19 mars 2027" in text
    assert "08:30 – 11:00" in text and "Échange : 11:00 – 11:30" in text
    assert "Repas commun avec les tuteurs" in text and "11:45 – 12:45" in text
    assert "Autorisation préalable" in text
    assert journey.organizer.email in text
    assert "Besoins d'accessibilité des observateurs" in text
    assert "Fauteuil roulant ou mobilité réduite" in text and "Boucle magnétique" in text
    # Guidance for the Caf's channel only (accueil physique).
    assert "Au guichet" in text and "double écoute" not in text
    assert reverse("notebook:contact_mix", args=[journey.caf.pk]) in text
    pdf = pdf_text(
        caf_client.get(reverse("site:brief_pdf", args=[journey.caf.pk, journey.seminar.pk])).content
    )
    for expected in ("vendredi 19 mars 2027", "Repas commun", "Au guichet", "Boucle magnétique"):
        assert expected in pdf
    assert journey.organizer.email in pdf


def test_participant_declares_access_needs_that_the_site_then_sees(client, journey):
    helene = journey.helene  # the seminar is in preparation: the profile is open
    client.force_login(helene.user)
    profile = reverse("participant:profile", args=[helene.pk])
    assert "Aménagements nécessaires" in page(client.get(profile))
    response = client.post(
        profile,
        profile_data(
            journey,
            access_needs=["plain_pied", "boucle_magnetique"],
            accessibility_needs="Je me déplace en fauteuil.",
        ),
    )
    assert response.status_code == 302
    helene.refresh_from_db()
    assert helene.access_needs == ["plain_pied", "boucle_magnetique"]
    client.force_login(journey.coordinator)
    text = page(client.get(reverse("site:observers", args=[journey.caf.pk, journey.seminar.pk])))
    assert "Fauteuil roulant ou mobilité réduite" in text and "Boucle magnétique" in text
    # The free text stays the organizers': never on the site's side.
    assert "Je me déplace en fauteuil." not in text


def test_unknown_access_need_is_refused(client, journey):
    client.force_login(journey.helene.user)
    response = client.post(
        reverse("participant:profile", args=[journey.helene.pk]),
        {"category": "elu", "organisation": "X", "access_needs": ["jetpack"]},
    )
    assert response.status_code == 200
    journey.helene.refresh_from_db()
    assert journey.helene.access_needs == []


def test_tutor_page_has_the_guidance_of_their_channel_and_the_contact_mix(client, journey):
    SiteContactMix.objects.create(site=journey.cpam, reason="autre", share=20)
    client.force_login(make_tutor_account(journey.cpam_tutor))
    text = page(client.get(reverse("site:tutor_home")))
    assert "En contrôle sur place" in text and "Au guichet" not in text
    assert "Repas commun avec les tuteurs" in text
    assert reverse("site:tutor_contact_mix") in text
    text = page(client.get(reverse("site:tutor_contact_mix")))
    assert journey.cpam.name in text and "20 %" in text


# 4. Change notices


def test_withdrawal_notifies_the_coordinator_and_the_tutor(
    caf_client, journey, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        withdraw_participant(actor=journey.organizer, participant=journey.paul)
    to = sorted(m.to[0] for m in mail.outbox)
    assert to == ["referent@caf.example.fr", "sandrine.lebihan@caf.example.fr"]
    body = mail.outbox[0].body
    assert "S'est désisté : Paul Rouxel" in body and "vendredi 19 mars 2027" in body
    assert "Caf de Rennes" in mail.outbox[0].subject
    assert last_change_at(journey.seminar, site=journey.caf) is not None
    assert last_change_at(journey.seminar, site=journey.cpam) is None
    text = page(
        caf_client.get(reverse("site:observers", args=[journey.caf.pk, journey.seminar.pk]))
    )
    assert "Modifié le" in text and "Paul Rouxel" not in text


def test_a_new_assignment_notifies_the_sites_it_changes(
    journey, django_capture_on_commit_callbacks
):
    run = AssignmentRun.objects.create(
        seminar=journey.seminar, status=RunStatus.DRAFT, state=SolveState.DONE
    )
    # Paul leaves the Caf's morning for the Cpam's afternoon; Hélène stays where she was.
    Placement.objects.bulk_create(
        Placement(run=run, participant=p, offer=o, half_day=o.half_day)
        for p, o in [
            (journey.helene, journey.morning),
            (journey.helene, journey.afternoon),
            (journey.paul, journey.afternoon),
        ]
    )
    changes = assignment_changes(journey.run, run)
    assert [(c.kind, c.placement.participant.last_name) for c in changes] == [
        ("out", "Rouxel"),
        ("in", "Rouxel"),
    ]
    journey.afternoon.capacity = 2
    journey.afternoon.save()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish_run(actor=journey.organizer, run=run)
    bodies = {m.to[0]: m.body for m in mail.outbox}
    assert "N'est plus attendu : Paul Rouxel" in bodies["referent@caf.example.fr"]
    assert "N'est plus attendu : Paul Rouxel" in bodies["sandrine.lebihan@caf.example.fr"]
    assert "Hélène" not in bodies["referent@caf.example.fr"]


def test_first_publication_sends_no_change_notice(journey):
    assert assignment_changes(None, journey.run) == []
    assert last_change_at(journey.seminar, site=journey.caf) is None


# 5. Tutors who host a published immersion


def test_a_tutor_hosting_observers_cannot_be_removed_without_a_replacement(
    caf_client, journey, django_capture_on_commit_callbacks
):
    url = reverse("site:tutor_delete", args=[journey.caf.pk, journey.caf_tutor.pk])
    text = page(caf_client.get(url))
    assert "Ce tuteur accueille des observateurs" in text
    response = caf_client.post(url, {})
    assert response.status_code == 200
    assert Tutor.objects.filter(pk=journey.caf_tutor.pk).exists()
    replacement = make_tutor(
        journey.caf, first_name="Loïc", last_name="Perrin", email="loic.perrin@caf.example.fr"
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = caf_client.post(url, {"replacement": replacement.pk})
    assert response.status_code == 302
    assert not Tutor.objects.filter(pk=journey.caf_tutor.pk).exists()
    journey.morning.refresh_from_db()
    assert journey.morning.tutor == replacement
    assert "loic.perrin@caf.example.fr" in [m.to[0] for m in mail.outbox]


def test_remove_tutor_service_refuses_without_replacement(journey):
    with pytest.raises(ValidationError):
        services.remove_tutor(actor=None, tutor=journey.caf_tutor)
    other_site_tutor = journey.cpam_tutor
    with pytest.raises(ValidationError):
        services.remove_tutor(actor=None, tutor=journey.caf_tutor, replacement=other_site_tutor)
    assert Tutor.objects.filter(pk=journey.caf_tutor.pk).exists()


def test_coordinator_reassigns_the_tutor_of_a_published_offer(caf_client, journey):
    seminar = journey.seminar
    # In preparation, a published offer's full form sends to the tutor form.
    edit = reverse("site:offer_edit", args=[journey.caf.pk, seminar.pk, journey.morning.pk])
    tutor_url = reverse("site:offer_tutor", args=[journey.caf.pk, seminar.pk, journey.morning.pk])
    assert caf_client.get(edit).url == tutor_url
    delete = reverse("site:offer_delete", args=[journey.caf.pk, seminar.pk, journey.morning.pk])
    response = caf_client.post(delete, follow=True)
    assert "elle ne peut plus être supprimée" in page(response)
    assert journey.caf.offers.filter(pk=journey.morning.pk).exists()
    assign(journey)
    other = make_tutor(journey.caf, first_name="Loïc", last_name="Perrin")
    response = caf_client.post(tutor_url, {"tutor": other.pk})
    assert response.status_code == 302
    journey.morning.refresh_from_db()
    assert journey.morning.tutor == other and journey.morning.capacity == 2
    # Another site's tutor is refused.
    response = caf_client.post(tutor_url, {"tutor": journey.cpam_tutor.pk})
    assert response.status_code == 200
    journey.morning.refresh_from_db()
    assert journey.morning.tutor == other


# 6. The new tutor's e-mail


def test_new_tutor_without_observers_is_not_told_they_will_host_some(
    journey, django_capture_on_commit_callbacks
):
    newcomer = make_tutor(
        journey.caf, first_name="Loïc", last_name="Perrin", email="loic.perrin@caf.example.fr"
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        invite_tutor(actor=journey.coordinator, tutor=newcomer)
        invite_tutor(actor=journey.coordinator, tutor=journey.caf_tutor)
    by_to = {m.to[0]: m.body for m in mail.outbox}
    assert "Vous accueillerez" not in by_to["loic.perrin@caf.example.fr"]
    assert "Aucun observateur ne vous est encore attribué" in by_to["loic.perrin@caf.example.fr"]
    assert "Vous accueillerez des observateurs" in by_to["sandrine.lebihan@caf.example.fr"]


# 7. Phone layout


def test_observers_table_carries_labels_for_the_card_layout(caf_client, journey):
    text = page(
        caf_client.get(reverse("site:observers", args=[journey.caf.pk, journey.seminar.pk]))
    )
    assert 'class="fr-table vmv-cards"' in text
    assert 'data-label="Observateur"' in text
