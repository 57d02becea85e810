import pytest
from django.core import mail
from django.urls import reverse

from immersion.seminars.services import (
    close_seminar,
    mark_seminar_assigned,
    open_seminar,
    start_seminar,
)
from immersion.sites.models import Offer, Tutor
from tests.conftest import page
from tests.factories import (
    SeminarFactory,
    SiteFactory,
    UserFactory,
    bulk_participants,
    make_coordinator,
    make_journey,
    make_tutor_account,
)
from tests.pdfs import assert_tagged_pdf, pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def journey(communes):
    return make_journey()


@pytest.fixture
def caf_client(client, journey):
    client.force_login(make_coordinator(journey.caf, email="referent@caf.example.fr"))
    return client


def offer_data(seminar, site=None, **overrides):
    data = {
        "site": site.pk if site else "",
        "half_day": seminar.half_days.get(half_day="J2-apres-midi").pk,
        "channel": "accueil_telephonique",
        "capacity": "2",
        "rules_notes": "Badge visiteur à l'accueil.",
    }
    data.update(overrides)
    return data


# Access


def test_coordinator_lands_on_their_only_site(caf_client, journey):
    assert caf_client.get("/").url == reverse("site:home")
    response = caf_client.get(reverse("site:home"))
    assert response.url == reverse("site:site_detail", args=[journey.caf.pk])
    text = page(caf_client.get(response.url))
    assert "Caf de Rennes — Colombier" in text and "Mes structures" in text


def test_coordinator_of_several_sites_chooses_one(client, journey):
    user = make_coordinator(journey.caf)
    journey.cpam.coordinator = user
    journey.cpam.save()
    client.force_login(user)
    text = page(client.get(reverse("site:home")))
    assert "Caf de Rennes — Colombier" in text and "Cpam — accueil de Cleunay" in text


def test_coordinator_gets_404_on_another_site(caf_client, journey):
    seminar = journey.seminar
    urls = [
        reverse("site:site_detail", args=[journey.cpam.pk]),
        reverse("site:offer_add", args=[journey.cpam.pk, seminar.pk]),
        reverse("site:offer_edit", args=[journey.cpam.pk, seminar.pk, journey.afternoon.pk]),
        reverse("site:observers", args=[journey.cpam.pk, seminar.pk]),
        reverse("site:brief_pdf", args=[journey.cpam.pk, seminar.pk]),
        reverse("site:tutor_edit", args=[journey.cpam.pk, journey.cpam_tutor.pk]),
    ]
    for address in urls:
        assert caf_client.get(address).status_code == 404, address
    # Another site's offer or tutor through one's own site: 404 too.
    assert (
        caf_client.get(
            reverse("site:offer_edit", args=[journey.caf.pk, seminar.pk, journey.afternoon.pk])
        ).status_code
        == 404
    )
    assert (
        caf_client.post(
            reverse("site:tutor_delete", args=[journey.caf.pk, journey.cpam_tutor.pk])
        ).status_code
        == 404
    )
    assert Tutor.objects.filter(pk=journey.cpam_tutor.pk).exists()


@pytest.mark.parametrize("role", ["participant", "tutor", "organizer", "expert"])
def test_other_roles_are_refused_the_site_space(client, journey, role):
    client.force_login(UserFactory(role=role))
    assert client.get(reverse("site:home")).status_code == 403
    assert client.get(reverse("site:site_detail", args=[journey.caf.pk])).status_code == 403


def test_anonymous_visitor_is_sent_to_sign_in(client, journey):
    response = client.get(reverse("site:site_detail", args=[journey.caf.pk]))
    assert response.url.startswith(reverse("public:login"))


def test_coordinator_is_refused_the_back_office(caf_client):
    assert caf_client.get(reverse("organizer:site_list")).status_code == 403


# Offers


def test_coordinator_declares_an_offer_for_a_seminar_in_preparation(caf_client, journey):
    seminar = journey.seminar
    response = caf_client.post(
        reverse("site:offer_add", args=[journey.caf.pk, seminar.pk]),
        offer_data(seminar, journey.caf, tutor=journey.caf_tutor.pk),
    )
    assert response.status_code == 302
    offer = Offer.objects.get(site=journey.caf, channel="accueil_telephonique")
    assert offer.capacity == 2 and offer.tutor == journey.caf_tutor
    assert offer.rules_notes == "Badge visiteur à l'accueil."
    text = page(caf_client.get(reverse("site:site_detail", args=[journey.caf.pk])))
    assert "Accueil téléphonique" in text and "Badge visiteur à l'accueil." in text


def test_on_site_inspection_defaults_to_one_observer_and_no_journalist(caf_client, journey):
    seminar = journey.seminar
    caf_client.post(
        reverse("site:offer_add", args=[journey.caf.pk, seminar.pk]),
        offer_data(seminar, journey.caf, channel="controle_sur_place", capacity=""),
    )
    offer = Offer.objects.get(site=journey.caf, channel="controle_sur_place")
    assert offer.capacity == 1 and offer.forbidden_categories == ["journaliste"]


def test_on_site_inspection_is_refused_outside_caf_and_cpam(client, journey):
    ccas = SiteFactory(ccas=True)
    client.force_login(make_coordinator(ccas))
    response = client.post(
        reverse("site:offer_add", args=[ccas.pk, journey.seminar.pk]),
        offer_data(journey.seminar, ccas, channel="controle_sur_place"),
    )
    assert response.status_code == 200
    assert "Le contrôle sur place n'est proposé que par une Caf ou une Cpam" in page(response)
    assert not Offer.objects.filter(site=ccas).exists()


def test_coordinator_cannot_attach_another_sites_tutor(caf_client, journey):
    response = caf_client.post(
        reverse("site:offer_add", args=[journey.caf.pk, journey.seminar.pk]),
        offer_data(journey.seminar, journey.caf, tutor=journey.cpam_tutor.pk),
    )
    assert response.status_code == 200
    assert not Offer.objects.filter(site=journey.caf, channel="accueil_telephonique").exists()


def test_coordinator_edits_and_deletes_an_offer(caf_client, journey):
    seminar = journey.seminar
    caf_client.post(
        reverse("site:offer_add", args=[journey.caf.pk, seminar.pk]),
        offer_data(seminar, journey.caf),
    )
    offer = Offer.objects.get(site=journey.caf, channel="accueil_telephonique")
    caf_client.post(
        reverse("site:offer_edit", args=[journey.caf.pk, seminar.pk, offer.pk]),
        offer_data(seminar, journey.caf, capacity="3"),
    )
    offer.refresh_from_db()
    assert offer.capacity == 3
    caf_client.post(reverse("site:offer_delete", args=[journey.caf.pk, seminar.pk, offer.pk]))
    assert not Offer.objects.filter(pk=offer.pk).exists()


def test_offers_are_frozen_once_the_seminar_is_assigned(caf_client, journey):
    seminar = journey.seminar
    open_seminar(actor=journey.organizer, seminar=seminar)
    mark_seminar_assigned(actor=journey.organizer, seminar=seminar)
    assert (
        caf_client.get(reverse("site:offer_add", args=[journey.caf.pk, seminar.pk])).status_code
        == 404
    )
    response = caf_client.post(
        reverse("site:offer_delete", args=[journey.caf.pk, seminar.pk, journey.morning.pk])
    )
    assert response.status_code == 404
    assert Offer.objects.filter(pk=journey.morning.pk).exists()


def test_far_away_seminars_are_not_offered_to_the_site(caf_client, journey):
    marseille = SeminarFactory(city_code="13055", title="Séminaire de Marseille")
    text = page(caf_client.get(reverse("site:site_detail", args=[journey.caf.pk])))
    assert journey.seminar.title in text and "Séminaire de Marseille" not in text
    response = caf_client.get(reverse("site:offer_add", args=[journey.caf.pk, marseille.pk]))
    assert response.status_code == 403


# Tutors


def test_coordinator_names_edits_invites_and_removes_a_tutor(
    caf_client, journey, django_capture_on_commit_callbacks
):
    site = journey.caf
    caf_client.post(
        reverse("site:tutor_add", args=[site.pk]),
        {
            "first_name": "Yannick",
            "last_name": "Prigent",
            "job_title": "Contrôleur",
            "email": "yannick@caf.example.fr",
            "phone": "",
        },
    )
    tutor = site.tutors.get(last_name="Prigent")
    caf_client.post(
        reverse("site:tutor_edit", args=[site.pk, tutor.pk]),
        {
            "first_name": "Yannick",
            "last_name": "Prigent",
            "job_title": "Contrôleur assermenté",
            "email": "yannick@caf.example.fr",
            "phone": "",
        },
    )
    tutor.refresh_from_db()
    assert tutor.job_title == "Contrôleur assermenté"
    with django_capture_on_commit_callbacks(execute=True):
        response = caf_client.post(
            reverse("site:tutor_invite", args=[site.pk, tutor.pk]), follow=True
        )
    assert "Un lien de connexion a été envoyé à Yannick" in page(response)
    assert mail.outbox[0].to == ["yannick@caf.example.fr"]
    tutor.refresh_from_db()
    assert tutor.user.role == "tutor"
    caf_client.post(reverse("site:tutor_delete", args=[site.pk, tutor.pk]))
    assert not site.tutors.filter(pk=tutor.pk).exists()


# Observers and the tutor brief


def test_site_sees_only_its_own_observers_after_publication(caf_client, journey):
    text = page(caf_client.get(reverse("site:site_detail", args=[journey.caf.pk])))
    assert "Observateurs attendus" in text
    response = caf_client.get(reverse("site:observers", args=[journey.caf.pk, journey.seminar.pk]))
    text = page(response)
    assert "Hélène Marchand" in text and "Paul Rouxel" in text
    assert "Sous-préfète" in text and "Fonctionnaire d'État" in text
    assert "Préfecture d'Ille-et-Vilaine" in text and "Maire adjoint" in text
    assert "Jour 2 — matin" in text and "Accueil physique" in text
    assert "Sandrine Le Bihan" in text
    # Nothing else about the participants.
    for private in ["helene.marchand@example.fr", "06 12 34 56 78", "paul.rouxel@example.fr"]:
        assert private not in text
    # Not the observers of other sites' half-days (Hélène's afternoon at the Cpam).
    assert "Contrôle sur place" not in text.split("Les règles du séminaire")[0]
    assert "Guide de l'échange de 30 minutes" in text
    assert "Les situations d'aujourd'hui étaient-elles représentatives ?" in text


def test_observers_page_waits_for_the_published_assignment(client, communes):
    journey = make_journey(publish=False)
    client.force_login(make_coordinator(journey.caf))
    response = client.get(reverse("site:observers", args=[journey.caf.pk, journey.seminar.pk]))
    assert response.status_code == 404  # like any seminar that sends no observer here
    assert "Observateurs attendus" not in page(
        client.get(reverse("site:site_detail", args=[journey.caf.pk]))
    )


def test_withdrawn_observer_disappears_from_the_brief(caf_client, journey):
    from immersion.people.services import withdraw_participant

    withdraw_participant(actor=journey.organizer, participant=journey.paul)
    text = page(
        caf_client.get(reverse("site:observers", args=[journey.caf.pk, journey.seminar.pk]))
    )
    assert "Paul Rouxel" not in text and "Hélène Marchand" in text


def test_tutor_brief_pdf_has_who_comes_when_the_rules_and_the_guide(caf_client, journey):
    journey.morning.rules_notes = "Pas de téléphone dans l'espace d'accueil."
    journey.morning.save()
    response = caf_client.get(reverse("site:brief_pdf", args=[journey.caf.pk, journey.seminar.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert_tagged_pdf(response.content, title=f"Fiche tuteur — {journey.caf.name}")
    text = " ".join(pdf_text(response.content).split())
    for expected in [
        "Fiche tuteur",
        "Caf de Rennes — Colombier",
        "Hélène Marchand",
        "Paul Rouxel",
        "Sous-préfète",
        "Élu local ou national",
        "08:30 – 11:00",
        "Aucune photo",
        "Pas de téléphone dans l'espace d'accueil.",
        "Guide de l'échange de 30 minutes",
        "Qu'est-ce qui fait l'intérêt du métier ?",
    ]:
        assert expected in text, expected
    assert "helene.marchand@example.fr" not in text


def test_tutor_sees_their_observers_and_the_exchange_guide(client, journey):
    client.force_login(make_tutor_account(journey.caf_tutor))
    assert client.get("/").url == reverse("site:tutor_home")
    text = page(client.get(reverse("site:tutor_home")))
    assert "Hélène Marchand" in text and "Paul Rouxel" in text
    assert "Guide de l'échange de 30 minutes" in text
    assert "Mes observateurs" in text
    assert "helene.marchand@example.fr" not in text
    response = client.get(reverse("site:tutor_brief_pdf", args=[journey.seminar.pk]))
    assert "Hélène Marchand" in pdf_text(response.content)


def test_tutor_sees_only_the_observers_placed_with_them(client, journey):
    client.force_login(make_tutor_account(journey.cpam_tutor))
    text = page(client.get(reverse("site:tutor_home")))
    assert "Hélène Marchand" in text and "Paul Rouxel" not in text


def test_tutor_without_observers_is_told_they_come_later(client, communes):
    journey = make_journey(publish=False)
    client.force_login(make_tutor_account(journey.caf_tutor))
    text = page(client.get(reverse("site:tutor_home")))
    assert "Aucun observateur ne vous est encore attribué" in text
    assert "Guide de l'échange de 30 minutes" in text


def test_tutor_is_refused_other_spaces_and_other_seminars_briefs(client, journey):
    client.force_login(make_tutor_account(journey.caf_tutor))
    assert client.get(reverse("site:site_detail", args=[journey.caf.pk])).status_code == 403
    assert client.get(reverse("participant:home")).status_code == 403
    other = SeminarFactory()
    assert client.get(reverse("site:tutor_brief_pdf", args=[other.pk])).status_code == 404


def test_tutor_space_needs_a_tutor_record(client, journey):
    client.force_login(UserFactory(role="tutor"))
    assert client.get(reverse("site:tutor_home")).status_code == 404


def test_closed_seminar_observers_stay_visible(caf_client, journey):
    seminar = journey.seminar
    open_seminar(actor=journey.organizer, seminar=seminar)
    mark_seminar_assigned(actor=journey.organizer, seminar=seminar)
    start_seminar(actor=journey.organizer, seminar=seminar)
    close_seminar(actor=journey.organizer, seminar=seminar)
    response = caf_client.get(reverse("site:observers", args=[journey.caf.pk, seminar.pk]))
    assert response.status_code == 200


def test_typed_text_is_escaped_in_the_site_space(caf_client, journey):
    journey.morning.rules_notes = "<img src=x onerror=alert(1)>"
    journey.morning.save()
    raw = caf_client.get(
        reverse("site:observers", args=[journey.caf.pk, journey.seminar.pk])
    ).content.decode()
    assert "<img src=x" not in raw and "&lt;img src=x onerror=alert(1)&gt;" in raw


def tutor_home_queries(client, observers: int) -> int:
    """The tutor's home with ``observers`` observers placed with them (a seminar ×10)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import make_offer, make_published_assignment, make_tutor

    seminar = SeminarFactory(organizers=[UserFactory(role="organizer")])
    site = SiteFactory()
    tutor = make_tutor(site, email="tuteur.charge@example.fr")
    offers = [
        make_offer(seminar, site, half_day, tutor=tutor, capacity=observers)
        for half_day in ("J2-matin", "J2-apres-midi")
    ]
    people = bulk_participants(seminar, observers, name="Observateur")
    make_published_assignment(seminar, [(p, offers[i % 2]) for i, p in enumerate(people)])
    client.force_login(make_tutor_account(tutor))
    client.get(reverse("site:tutor_contact_mix"))  # the session's first stamp (inactivity)
    with CaptureQueriesContext(connection) as captured:
        text = page(client.get(reverse("site:tutor_home")))
    assert f"Observateur{observers - 1:04d}".upper() in text.upper()
    return len(captured)


@pytest.mark.parametrize("observers", [20, 200])
def test_tutor_home_takes_as_many_queries_at_200_observers_as_at_20(client, communes, observers):
    # Session, user, tutor; the seminars, their placements, exchanges and meals, organizers,
    # published run and changes; the hosted seminars. The menu reads no permission table.
    assert tutor_home_queries(client, observers) == 12
