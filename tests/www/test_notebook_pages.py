import datetime as dt
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone

from immersion.observation import services
from immersion.observation.models import SiteContactMix, Situation, TutorExchange
from tests.conftest import page
from tests.factories import UserFactory
from tests.observation.factories import add_observer, make_observer

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return " ".join(page(response).split())


def notebook_url(observer):
    return reverse("notebook:immersion", args=[observer.placement.pk])


def record(observer, note="", reason="rsa", **kwargs):
    return services.record_situation(
        actor=observer.user,
        placement=observer.placement,
        client_id=uuid.uuid4(),
        observed_at=dt.time(9, 15),
        contact_reason=reason,
        note=note,
        **kwargs,
    )[0]


# ---------------------------------------------------------------------------------- access


def test_anonymous_visitors_are_sent_to_sign_in(client):
    observer = make_observer()
    response = client.get(notebook_url(observer))
    assert response.status_code == 302
    assert response.url.startswith(reverse("public:login"))


def test_another_participant_or_an_organizer_gets_a_404(client):
    observer = make_observer()
    other = add_observer(observer)
    client.force_login(other.user)
    assert client.get(notebook_url(observer)).status_code == 404
    assert client.get(notebook_url(other)).status_code == 200
    client.force_login(observer.seminar.organizers.get())
    assert client.get(notebook_url(observer)).status_code == 404
    response = client.post(
        reverse("notebook:situation_add", args=[observer.placement.pk]),
        {"client_id": str(uuid.uuid4()), "observed_at": "10:00", "contact_reason": "rsa"},
    )
    assert response.status_code == 404
    assert not Situation.objects.exists()


def test_the_notebook_waits_for_the_confidentiality_commitment(client):
    observer = make_observer(signed=False)
    client.force_login(observer.user)
    response = client.get(notebook_url(observer))
    assert response.status_code == 403
    assert "Signez d'abord l'engagement de confidentialité" in page(response)
    home = page(client.get(reverse("notebook:home")))
    assert "Signez d'abord l'engagement de confidentialité" in home
    assert notebook_url(observer) not in home


def test_people_who_neither_observe_nor_organize_are_refused_the_notebook(client):
    client.force_login(UserFactory(role="tutor"))
    assert client.get(reverse("notebook:home")).status_code == 403


# ---------------------------------------------------------------------------------- pages


def test_home_lists_the_immersions_with_what_was_noted(client, django_assert_max_num_queries):
    observer = make_observer(channel="accueil_telephonique")
    record(observer)
    record(observer)
    client.force_login(observer.user)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("notebook:home"))
    content = text(response)
    assert observer.site.name in content
    assert "Accueil téléphonique" in content
    assert "Jour 2 — matin" in content
    assert "2 situations · 0 étonnement" in content
    assert notebook_url(observer) in content


@pytest.mark.parametrize(
    ("kind", "channel", "present", "absent"),
    [
        (
            "caf",
            "accueil_telephonique",
            [
                "Sonneries avant le décroché",
                "L'appelant est seulement renvoyé vers le site internet",
                "La réponse est juste sur le fond",
                "Prime d'activité",
            ],
            ["Les personnes qui attendent peuvent s'asseoir", "Composition du foyer"],
        ),
        (
            "cpam",
            "accueil_physique",
            [
                "Les personnes qui attendent peuvent s'asseoir",
                "L'attente est annoncée (ticket, temps estimé)",
                "Carte Vitale",
                "Complémentaire santé solidaire (CSS)",
            ],
            ["Sonneries avant le décroché", "Prime d'activité"],
        ),
        (
            "caf",
            "controle_sur_place",
            [
                "Composition du foyer (vie maritale…)",
                "La visite a été annoncée à la personne",
                "Les droits de la personne sont rappelés (observations, recours)",
            ],
            ["Sonneries avant le décroché", "Prime d'activité"],
        ),
        (
            "urgences",
            "accueil_physique",
            ["Tri par l'infirmier d'accueil (IOA)", "Adressé par le 15 (SAMU)"],
            ["RSA"],
        ),
    ],
)
def test_the_grid_follows_the_channel_and_the_kind_of_site(client, kind, channel, present, absent):
    observer = make_observer(kind=kind, channel=channel)
    client.force_login(observer.user)
    content = page(client.get(notebook_url(observer)))
    for text in [
        "Nouvelle situation",
        "L'agent est courtois et bienveillant",
        "Une solution sans internet est proposée (guichet, téléphone, accompagnement)",
        "Services Publics+ n° 1",
        "Marianne",
        "Non observé",
        "Dématérialisation",
        "Étonnements",
        "Échange avec le tuteur",
        *present,
    ]:
        assert text in content, text
    for text in absent:
        assert text not in content, text


def test_the_page_is_built_for_a_phone_and_says_where_the_notes_stay(client):
    observer = make_observer()
    client.force_login(observer.user)
    before = timezone.localtime().strftime("%H:%M")
    content = page(client.get(notebook_url(observer)))
    after = timezone.localtime().strftime("%H:%M")
    assert 'name="viewport"' in content
    # The time is pre-filled to now (Paris).
    assert f'value="{before}"' in content or f'value="{after}"' in content
    assert "notebook/notebook.js" in content
    assert f'data-sync-url="{reverse("notebook:sync")}"' in content
    assert (
        "vos notes restent sur cet appareil jusqu'à la synchronisation ; elles sont "
        "anonymisées à l'envoi"
    ) in content
    assert "Tuteur : Sandrine, Conseillère" in content
    # Each form has its own field ids.
    assert content.count('id="situation_client_id"') == 1
    assert content.count('id="etonnement_client_id"') == 1


def test_recorded_entries_are_listed_redacted(client):
    observer = make_observer()
    record(
        observer,
        note="M. Le Goff repart avec un rendez-vous.",
        outcome="a_suivre",
        waiting_minutes=25,
        frictions=["piece_manquante"],
        checks={"agent_courteous": "oui", "confidentiality_respected": "non"},
    )
    services.record_astonishment(
        actor=observer.user, placement=observer.placement, client_id=uuid.uuid4(), text="Calme."
    )
    client.force_login(observer.user)
    content = page(client.get(notebook_url(observer)))
    assert "M. [PERSONNE_1] repart avec un rendez-vous." in content
    assert "Le Goff" not in content
    assert "À suivre" in content
    assert "Attente 25 min" in content
    assert "Pièce manquante" in content
    assert "La confidentialité de l'échange est préservée" in content
    assert "Calme." in content


# ---------------------------------------------------------------------------------- no JavaScript


def test_a_situation_posted_without_javascript_is_saved_once(client):
    observer = make_observer()
    client.force_login(observer.user)
    data = {
        "client_id": str(uuid.uuid4()),
        "observed_at": "10:05",
        "contact_reason": "prime_activite",
        "waiting_minutes": "12",
        "outcome": "resolue",
        "user_state": "presse",
        "frictions": ["attente", "langue"],
        "check_agent_gave_name": "non",
        "check_waiting_seated": "oui",
        "note": "Tout va vite.",
    }
    url = reverse("notebook:situation_add", args=[observer.placement.pk])
    response = client.post(url, data, follow=True)
    assert "Situation enregistrée." in page(response)
    client.post(url, data)  # the same form sent again (back button, double click)
    stored = Situation.objects.get()
    assert stored.observed_at == dt.time(10, 5)
    assert stored.agent_gave_name == "non"
    assert stored.channel_checks == {"waiting_seated": "oui"}
    assert stored.frictions == ["attente", "langue"]
    assert stored.user_state == "presse"


def test_an_invalid_situation_is_shown_again_and_nothing_is_stored(client):
    observer = make_observer()
    client.force_login(observer.user)
    response = client.post(
        reverse("notebook:situation_add", args=[observer.placement.pk]),
        {"client_id": str(uuid.uuid4()), "observed_at": "", "note": "Brouillon à garder."},
    )
    content = page(response)
    assert response.status_code == 200
    assert "Le formulaire contient des erreurs" in content
    assert "Brouillon à garder." in content
    assert not Situation.objects.exists()


def test_the_preview_without_javascript_shows_the_redacted_note_and_keeps_the_form(client):
    observer = make_observer()
    client.force_login(observer.user)
    response = client.post(
        reverse("notebook:situation_add", args=[observer.placement.pk]),
        {
            "client_id": str(uuid.uuid4()),
            "observed_at": "10:05",
            "contact_reason": "aah",
            "check_agent_courteous": "oui",
            "frictions": ["langue"],
            "note": "Mme Le Goff, 06 12 34 56 78.",
            "preview": "note",
        },
    )
    content = page(response)
    assert '<mark class="vmv-mask">[PERSONNE_1]</mark>' in content
    assert "Masqué : 1 nom, 1 numéro de téléphone." in content
    assert "Mme Le Goff, 06 12 34 56 78." in content  # still in the textarea, to correct
    assert 'value="aah" selected' in content
    assert "Le formulaire contient des erreurs" not in content
    assert not Situation.objects.exists()


def test_the_tutor_exchange_form_shows_what_was_saved(client):
    observer = make_observer()
    client.force_login(observer.user)
    url = reverse("notebook:tutor_exchange", args=[observer.placement.pk])
    response = client.post(
        url,
        {
            "client_id": str(uuid.uuid4()),
            "representativeness": "4",
            "constraints": "Les écrans gèlent, M. Le Goff attend.",
            "filled_with_tutor": "on",
        },
        follow=True,
    )
    content = page(response)
    assert "Échange avec le tuteur enregistré." in content
    assert "Plutôt représentatives (4/5)" in content
    assert "Les écrans gèlent, M. [PERSONNE_1] attend." in content
    assert "Mettre à jour l'échange" in content
    exchange = TutorExchange.objects.get()
    assert exchange.filled_with_tutor and exchange.representativeness == 4


def test_an_astonishment_posted_without_javascript(client):
    observer = make_observer()
    client.force_login(observer.user)
    url = reverse("notebook:astonishment_add", args=[observer.placement.pk])
    response = client.post(url, {"client_id": str(uuid.uuid4()), "text": ""})
    assert "Le formulaire contient des erreurs" in page(response)
    response = client.post(
        url, {"client_id": str(uuid.uuid4()), "text": "Personne ne lève la tête."}, follow=True
    )
    assert "Étonnement noté." in page(response)
    assert "Personne ne lève la tête." in page(response)


# ---------------------------------------------------------------------------------- organizers


def test_organizers_read_the_seminar_s_notebooks(client, django_assert_max_num_queries):
    observer = make_observer(kind="caf")
    colleague = add_observer(observer)
    record(observer, note="Mme Kerleroux pleure.")
    record(colleague, reason="aah")
    services.declare_contact_mix(actor=None, site=observer.site, shares={"rsa": 60, "aah": 10})
    organizer = observer.seminar.organizers.get()
    client.force_login(organizer)
    # The first request after sign-in starts the inactivity clock (one session write):
    # the page is measured as it is served afterwards.
    client.get(reverse("organizer:seminar_list"))
    with django_assert_max_num_queries(15):
        response = client.get(reverse("notebook:seminar", args=[observer.seminar.pk]))
    content = page(response)
    assert "2 situations observées" in content
    assert observer.participant.full_name in content
    assert colleague.participant.full_name in content
    assert "Motifs de contact : déclarés et observés" in content
    assert "60 %" in content and "50 % (1)" in content
    assert "Peu de situations : la comparaison est indicative." in content
    read = page(client.get(reverse("notebook:placement_read", args=[observer.placement.pk])))
    assert "Mme [PERSONNE_1] pleure." in read
    assert "Kerleroux" not in read
    assert "<form" not in read.split('id="content"')[1]


def test_other_organizers_and_participants_cannot_read_them(client):
    observer = make_observer()
    client.force_login(UserFactory(role="organizer"))
    assert client.get(reverse("notebook:seminar", args=[observer.seminar.pk])).status_code == 404
    assert (
        client.get(reverse("notebook:placement_read", args=[observer.placement.pk])).status_code
        == 404
    )
    client.force_login(observer.user)
    assert client.get(reverse("notebook:seminar", args=[observer.seminar.pk])).status_code == 404


def test_the_site_declares_its_usual_mix_and_sees_it_beside_the_observations(client):
    observer = make_observer(kind="caf")
    record(observer, reason="rsa")
    coordinator = UserFactory(role="site_coordinator")
    observer.site.coordinator = coordinator
    observer.site.save()
    client.force_login(coordinator)
    url = reverse("notebook:contact_mix", args=[observer.site.pk]) + (
        f"?seminaire={observer.seminar.pk}"
    )
    content = page(client.get(url))
    assert "Motifs habituels de contact" in content
    assert "Composition du foyer (vie maritale…)" in content  # all the kind's reasons
    assert 'name="rsa" class="fr-input"' in content
    assert "100 % (1)" in content
    response = client.post(url, {"rsa": "70", "prime_activite": "40"})
    assert "le total ne peut dépasser 100 %" in page(response)
    assert not SiteContactMix.objects.exists()
    response = client.post(url, {"rsa": "70", "prime_activite": "20"}, follow=True)
    assert "Motifs habituels de contact enregistrés." in page(response)
    assert dict(SiteContactMix.objects.values_list("reason", "share")) == {
        "rsa": 70,
        "prime_activite": 20,
    }
    assert "+30" in page(response)
    # Another site's coordinator, a participant: the site is outside their scope.
    client.force_login(UserFactory(role="site_coordinator"))
    assert client.get(url).status_code == 404
    client.force_login(observer.user)
    assert client.get(url).status_code == 404
