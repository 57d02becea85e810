import re

import pytest
from django.urls import reverse
from icalendar import Calendar

from immersion.engagement.models import Answer, Commitment, Phase, QuestionnaireResponse
from immersion.seminars.services import mark_seminar_assigned
from tests.conftest import page
from tests.factories import UserFactory, make_journey, sign_commitment_for
from tests.pdfs import assert_tagged_pdf, pdf_text

pytestmark = pytest.mark.django_db

PAGES = [
    "participant:dashboard",
    "participant:profile",
    "participant:commitment",
    "participant:questionnaire",
    "participant:programme",
    "participant:programme_pdf",
    "participant:programme_ics",
    "participant:shared_programme",
]


@pytest.fixture
def journey(communes):
    return make_journey()


@pytest.fixture
def helene_client(client, journey):
    client.force_login(journey.helene.user)
    return client


def url(name, participant):
    return reverse(name, args=[participant.pk])


def likert_post(participant, value="4"):
    from immersion.engagement.selectors import questionnaire_items
    from immersion.www.participant.forms import field_name

    data = {}
    for item in questionnaire_items(Phase.BEFORE, participant):
        data[field_name(item)] = value if item.scale == "likert5" else ""
    return data


# Access


@pytest.mark.parametrize("name", PAGES)
def test_anonymous_visitor_is_sent_to_sign_in(client, journey, name):
    response = client.get(url(name, journey.helene))
    assert response.status_code == 302 and response.url.startswith(reverse("public:login"))


@pytest.mark.parametrize("name", PAGES)
def test_participant_gets_404_on_another_participants_pages(client, journey, name):
    sign_commitment_for(journey.paul)
    client.force_login(journey.helene.user)
    assert client.get(url(name, journey.paul)).status_code == 404


@pytest.mark.parametrize("role", ["organizer", "site_coordinator", "tutor", "expert"])
def test_other_roles_are_refused_the_participant_space(client, journey, role):
    client.force_login(UserFactory(role=role))
    assert client.get(reverse("participant:home")).status_code == 403
    assert client.get(url("participant:dashboard", journey.helene)).status_code == 403


def test_participant_is_refused_the_back_office_and_the_site_space(helene_client, journey):
    assert helene_client.get(reverse("organizer:seminar_list")).status_code == 403
    assert helene_client.get(reverse("site:home")).status_code == 403
    assert helene_client.get(reverse("site:site_detail", args=[journey.caf.pk])).status_code == 403


def test_withdrawn_participant_no_longer_reaches_the_seminar(helene_client, journey):
    from immersion.people.services import withdraw_participant

    withdraw_participant(actor=journey.organizer, participant=journey.helene)
    assert helene_client.get(url("participant:dashboard", journey.helene)).status_code == 404


def test_home_goes_straight_to_the_only_seminar(helene_client, journey):
    response = helene_client.get(reverse("participant:home"))
    assert response.url == url("participant:dashboard", journey.helene)


# Dashboard


def test_dashboard_lists_what_is_left_to_do(helene_client, journey):
    text = page(helene_client.get(url("participant:dashboard", journey.helene)))
    assert journey.seminar.title in text
    assert "Étape 1 sur 5" in text
    for step in [
        "Compléter votre profil",
        "Signer l'engagement de confidentialité",
        "Répondre au questionnaire « avant »",
        "Consulter votre programme personnel",
        "Répondre au questionnaire « après »",
    ]:
        assert step in text
    assert "Disponible après la signature de l'engagement de confidentialité" in text
    assert "Mon espace" in text  # the menu entry


# The commitment gate


def test_no_host_site_anywhere_before_the_commitment_is_signed(helene_client, journey):
    names = ["Caf de Rennes", "Cours des Alliés", "Cpam — accueil", "Sandrine"]
    for name in ["participant:dashboard", "participant:shared_programme", "participant:profile"]:
        text = page(helene_client.get(url(name, journey.helene)))
        assert not any(n in text for n in names), name
    for name in ["participant:programme", "participant:programme_pdf", "participant:programme_ics"]:
        response = helene_client.get(url(name, journey.helene))
        assert response.status_code == 302
        assert response.url == url("participant:commitment", journey.helene)
    text = page(helene_client.get(url("participant:programme", journey.helene), follow=True))
    assert "Signez d'abord l'engagement de confidentialité" in text
    assert not any(n in text for n in names)


def test_signing_the_commitment_opens_the_programme(helene_client, journey):
    text = page(helene_client.get(url("participant:commitment", journey.helene)))
    assert "secret professionnel" in text and "Je m'engage" in text
    response = helene_client.post(url("participant:commitment", journey.helene), {})
    assert "Cochez la case pour confirmer" in page(response)
    assert not Commitment.objects.exists()
    response = helene_client.post(
        url("participant:commitment", journey.helene), {"accepted": "on"}, follow=True
    )
    assert "votre engagement de confidentialité est signé" in page(response)
    commitment = Commitment.objects.get()
    assert commitment.participant == journey.helene and commitment.version
    text = page(helene_client.get(url("participant:programme", journey.helene)))
    assert "Caf de Rennes — Colombier" in text
    assert "Cours des Alliés" in text
    assert "Sandrine, Conseillère service à l'usager" in text
    assert "Le Bihan" not in text
    assert "Étape" not in page(helene_client.get(url("participant:commitment", journey.helene)))


# Programme


def test_programme_downloads_as_pdf_and_ics(helene_client, journey):
    sign_commitment_for(journey.helene)
    response = helene_client.get(url("participant:programme_pdf", journey.helene))
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="programme-helene-marchand.pdf"' in response["Content-Disposition"]
    assert_tagged_pdf(response.content, title="Programme personnel — Hélène Marchand")
    text = pdf_text(response.content)
    assert "Caf de Rennes — Colombier" in text and "08:30" in text
    response = helene_client.get(url("participant:programme_ics", journey.helene))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert calendar.walk("VTIMEZONE")
    starts = sorted(
        e["DTSTART"].dt.strftime("%H:%M")
        for e in calendar.walk("VEVENT")
        if "Immersion" in str(e["SUMMARY"])
    )
    assert starts == ["08:30", "13:00"]


def test_programme_before_publication_says_it_is_coming(client, communes):
    journey = make_journey(publish=False, sign=True)
    client.force_login(journey.helene.user)
    text = page(client.get(url("participant:programme", journey.helene)))
    assert "Affectation à venir" in text
    assert "Télécharger en PDF" not in text
    assert "Caf de Rennes" not in text


def test_shared_programme_shows_the_seminar_items(helene_client, journey):
    text = page(helene_client.get(url("participant:shared_programme", journey.helene)))
    assert "Séquence 4 — Analyse partagée" in text and "18:35" in text


def test_participant_does_not_see_other_participants_immersions(helene_client, journey):
    sign_commitment_for(journey.helene)
    text = page(helene_client.get(url("participant:programme", journey.helene)))
    assert "Paul" not in text and "Rouxel" not in text


# Profile


def profile_data(journey, **overrides):
    data = {
        "category": "fonctionnaire_etat",
        "organisation": "Préfecture d'Ille-et-Vilaine",
        "function": "Sous-préfète",
        "home_commune_code": "35238",
        "max_km": "30",
        "available_half_days": [h.pk for h in journey.seminar.half_days],
        "pref_caf": "3",
        "pref_urgences": "1",
        "accessibility_needs": "",
        "diet": "vegetarien",
        "dietary_needs": "",
        "arrival_travel": "TGV 8611, gare de Rennes, 14 h 28",
        "departure_travel": "TGV 8648, 18 h 35",
    }
    data.update(overrides)
    return data


def test_participant_completes_the_profile(helene_client, journey):
    helene = journey.helene
    morning = journey.seminar.half_days.get(half_day="J2-matin")
    response = helene_client.post(
        url("participant:profile", helene), profile_data(journey, available_half_days=[morning.pk])
    )
    assert response.status_code == 302
    helene.refresh_from_db()
    assert helene.profile_confirmed_at is not None
    assert helene.preferences == {"caf": 3, "urgences": 1}
    assert helene.arrival_travel == "TGV 8611, gare de Rennes, 14 h 28"
    assert (helene.diet, helene.diet_display) == ("vegetarien", "Végétarien")
    assert helene.home_commune_name == "Rennes"
    assert [h.half_day for h in helene.unavailable_half_days.all()] == ["J2-apres-midi"]
    text = page(helene_client.get(url("participant:dashboard", helene)))
    assert "Étape 2 sur 5" in text


def test_profile_refuses_a_bad_commune_code(helene_client, journey):
    response = helene_client.post(
        url("participant:profile", journey.helene), profile_data(journey, home_commune_code="99999")
    )
    assert response.status_code == 200
    assert "n'est pas un code commune INSEE valide" in page(response)


def test_assignment_fields_are_locked_once_published(helene_client, journey):
    from immersion.seminars.services import open_seminar

    open_seminar(actor=journey.organizer, seminar=journey.seminar)
    mark_seminar_assigned(actor=journey.organizer, seminar=journey.seminar)
    text = page(helene_client.get(url("participant:profile", journey.helene)))
    # Every locked field says why, in its own hint tied to it by aria-describedby.
    locked = re.findall(r"<(?:input|select)[^>]*\bdisabled\b[^>]*>", text)
    names = {re.search(r'name="(\w+)"', tag).group(1) for tag in locked}
    assert {"category", "organisation", "home_commune_code", "max_km", "pref_caf"} <= names
    hint = re.escape(
        "Verrouillé : l'affectation est publiée. Pour changer ceci, écrivez à l'organisateur."
    ).replace("'", "(?:'|&#x27;)")
    # Groups of checkboxes carry their hint on their fieldset.
    groups = {"available_half_days", "access_needs"}
    for name in names - groups:
        assert re.search(rf'id="id_{name}_helptext">{hint}</span>', text), name
        tag = next(t for t in locked if f'name="{name}"' in t)
        assert f'aria-describedby="id_{name}_helptext"' in tag, name
    for name in groups:
        assert re.search(rf'id="id_{name}_helptext">{hint}', text), name
    response = helene_client.post(
        url("participant:profile", journey.helene),
        profile_data(journey, category="journaliste", organisation="Ouest-France"),
    )
    assert response.status_code == 302
    journey.helene.refresh_from_db()
    assert journey.helene.category == "fonctionnaire_etat"  # unchanged
    assert journey.helene.diet == "vegetarien"  # still editable


def test_typed_text_is_escaped_on_the_pages(helene_client, journey):
    evil = '<script>alert("x")</script>'
    helene_client.post(
        url("participant:profile", journey.helene),
        profile_data(journey, dietary_needs=evil, function=evil),
    )
    raw = helene_client.get(url("participant:profile", journey.helene)).content.decode()
    assert evil not in raw
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in raw
    data = likert_post(journey.helene)
    data["q_attentes__avant"] = evil
    helene_client.post(url("participant:questionnaire", journey.helene), data)
    raw = helene_client.get(url("participant:questionnaire", journey.helene)).content.decode()
    assert evil not in raw and "&lt;script&gt;" in raw


# Questionnaire


def test_questionnaire_page_groups_the_items_by_site_kind(helene_client, journey):
    text = page(helene_client.get(url("participant:questionnaire", journey.helene)))
    for heading in ["Caf", "Cpam", "CCAS", "Urgences hospitalières", "Selon le canal d'accueil"]:
        assert f">{heading}</h2>" in text
    assert text.count('value="nsp"') == 33
    assert "Qu'attendez-vous de voir pendant vos immersions ?" in text


def test_participant_answers_the_before_questionnaire(helene_client, journey):
    data = likert_post(journey.helene)
    data["q_perception__caf__attente"] = "nsp"
    data["q_perception__cpam__information"] = "1"
    data["q_attentes__avant"] = "Comprendre les files d'attente."
    response = helene_client.post(url("participant:questionnaire", journey.helene), data)
    assert response.status_code == 302
    answers = {
        a.item.code: a
        for a in Answer.objects.filter(response__phase=Phase.BEFORE).select_related("item")
    }
    assert len(answers) == 34
    assert answers["perception.caf.attente"].value is None
    assert answers["perception.cpam.information"].value == 1
    assert answers["perception.chrs.conditions_travail"].value == 4
    assert answers["attentes.avant"].free_text == "Comprendre les files d'attente."
    text = page(helene_client.get(url("participant:questionnaire", journey.helene)))
    assert "Vous avez répondu le" in text
    assert re.search(r'name="q_perception__cpam__information" value="1"[^>]*checked', text)
    assert re.search(r'name="q_perception__caf__attente" value="nsp"[^>]*checked', text)


def test_unanswered_items_are_flagged_and_nothing_is_stored(helene_client, journey):
    data = likert_post(journey.helene)
    del data["q_perception__urgences__contact"]
    response = helene_client.post(url("participant:questionnaire", journey.helene), data)
    assert response.status_code == 200
    text = page(response)
    assert "Certaines questions sont sans réponse" in text
    assert "Choisissez une réponse (ou « je ne sais pas »)." in text
    assert not QuestionnaireResponse.objects.exists()


def test_error_summary_links_each_missing_item_to_its_fieldset(helene_client, journey):
    data = likert_post(journey.helene)
    for name in ["q_perception__urgences__contact", "q_perception__caf__attente"]:
        del data[name]
    text = page(helene_client.post(url("participant:questionnaire", journey.helene), data))
    summary = text[text.index("Certaines questions sont sans réponse") :]
    summary = summary[: summary.index("</ul>")]
    links = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', summary)
    assert [anchor for anchor, _label in links] == [
        "radio-id_q_perception__caf__attente",
        "radio-id_q_perception__urgences__contact",
    ]
    assert links[0][1].startswith("Caf : ")
    for anchor, _label in links:
        assert f'<fieldset class="fr-fieldset fr-fieldset--error"\n          id="{anchor}"' in text
    assert "31 réponses sur 33" in text


def test_questionnaire_shows_progress(helene_client, journey):
    text = page(helene_client.get(url("participant:questionnaire", journey.helene)))
    assert re.search(r">\s*0 réponses? sur 33\s*</p>", text)
    assert '<progress class="vmv-questionnaire-progress__bar"' in text and 'value="0"' in text
    data = likert_post(journey.helene)
    for name in list(data)[:21]:
        data[name] = "" if name != "q_attentes__avant" else data[name]
    data = {name: value for name, value in data.items() if value}
    response = helene_client.post(url("participant:questionnaire", journey.helene), data)
    assert "12 réponses sur 33" in page(response)


def test_before_open_answer_is_redacted_before_it_is_stored(helene_client, journey):
    data = likert_post(journey.helene)
    data["q_attentes__avant"] = (
        "Voir comment Mme Kerbrat, joignable au 06 12 34 56 78, est reçue au guichet."
    )
    response = helene_client.post(url("participant:questionnaire", journey.helene), data)
    assert response.status_code == 302
    stored = Answer.objects.get(item__code="attentes.avant").free_text
    assert "Kerbrat" not in stored and "06 12 34 56 78" not in stored
    assert "est reçue au guichet" in stored
    text = page(helene_client.get(url("participant:questionnaire", journey.helene)))
    assert re.search("masqués automatiquement avant l(?:'|&#x27;)enregistrement", text)
    assert "Kerbrat" not in text


def test_dashboard_links_to_the_attendance_sheets_once_assigned(client, db):
    from immersion.seminars.models import SeminarStatus
    from tests.factories import ParticipantFactory, SeminarFactory, UserFactory

    seminar = SeminarFactory()
    user = UserFactory(role="participant")
    participant = ParticipantFactory(seminar=seminar)
    participant.user = user
    participant.save()
    client.force_login(user)
    url = reverse("participant:dashboard", args=[participant.pk])
    assert "Émarger" not in client.get(url).content.decode()
    seminar.status = SeminarStatus.RUNNING
    seminar.save()
    assert reverse("attendance:mine") in client.get(url).content.decode()


def test_dashboard_links_to_the_notebook_once_committed_and_assigned(client, db):
    from immersion.seminars.models import SeminarStatus
    from tests.factories import ParticipantFactory, SeminarFactory

    seminar = SeminarFactory()
    user = UserFactory(role="participant")
    participant = ParticipantFactory(seminar=seminar)
    participant.user = user
    participant.save()
    seminar.status = SeminarStatus.ASSIGNED
    seminar.save()
    client.force_login(user)
    url = reverse("participant:dashboard", args=[participant.pk])

    def main_content():  # the menu always offers the notebook, which says what is missing
        html = client.get(url).content.decode()
        return html[html.index("<main") :]

    assert reverse("notebook:home") not in main_content()
    sign_commitment_for(participant)
    assert reverse("notebook:home") in main_content()
