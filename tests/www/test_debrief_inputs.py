"""The participants' inputs to the shared analysis (the "after" questionnaire, constraints,
levers and innovations from their phone) and the moderation page of the seminar's experts
and organizers."""

import pytest
from django.urls import reverse

from immersion.contributions.models import Contribution, Status
from immersion.contributions.services import create_group, post_contribution
from immersion.engagement.models import Phase, QuestionnaireResponse
from immersion.engagement.selectors import questionnaire_items
from immersion.seminars.services import start_seminar
from immersion.www.participant.forms import field_name
from tests.conftest import page
from tests.factories import (
    UserFactory,
    make_coordinator,
    make_journey,
    make_tutor_account,
    sign_commitment_for,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def journey(communes):
    journey = make_journey(sign=True)
    journey.seminar.status = "assigned"
    journey.seminar.save()
    start_seminar(actor=journey.organizer, seminar=journey.seminar)
    journey.seminar.refresh_from_db()
    journey.expert = UserFactory(role="expert")
    journey.seminar.experts.add(journey.expert)
    return journey


def post_as(participant, text, kind="levier"):
    return post_contribution(
        actor=participant.user, participant=participant, kind=kind, field="etat", text=text
    )


def moderate_url(journey):
    return reverse("contributions:moderate", args=[journey.seminar.pk])


def action_url(journey, contribution, action):
    return reverse(
        "contributions:contribution_action", args=[journey.seminar.pk, contribution.pk, action]
    )


# The "after" questionnaire


def test_after_questionnaire_page_stores_answers_and_redacted_free_texts(client, journey):
    helene = journey.helene
    client.force_login(helene.user)
    url = reverse("participant:after_questionnaire", args=[helene.pk])
    text = page(client.get(url))
    assert "Ce qui vous a le plus étonné" in text and "Ce que vous changeriez en premier" in text
    assert "Vous n'avez pas répondu au questionnaire « avant »" in text
    data = {
        field_name(i): "2" for i in questionnaire_items(Phase.AFTER, helene) if i.scale == "likert5"
    }
    data[field_name(type("I", (), {"code": "apres.etonnement"}))] = (
        "M. Gérard Lebrun, 06 11 22 33 44, attendait debout."
    )
    response = client.post(url, data)
    assert response.status_code == 302
    answers = QuestionnaireResponse.objects.get(participant=helene, phase=Phase.AFTER).answers
    stored = answers.get(item__code="apres.etonnement").free_text
    assert "Lebrun" not in stored and "06 11 22 33 44" not in stored
    dashboard = page(client.get(reverse("participant:dashboard", args=[helene.pk])))
    assert reverse("participant:after_questionnaire", args=[helene.pk]) in dashboard
    assert reverse("participant:contributions", args=[helene.pk]) in dashboard


def test_after_questionnaire_waits_for_the_shared_analysis(client, communes):
    journey = make_journey(sign=True)  # draft seminar, upcoming
    client.force_login(journey.helene.user)
    url = reverse("participant:after_questionnaire", args=[journey.helene.pk])
    assert "s'ouvre au début de l'analyse partagée" in page(client.get(url))
    dashboard = page(client.get(reverse("participant:dashboard", args=[journey.helene.pk])))
    assert url not in dashboard
    assert reverse("participant:contributions", args=[journey.helene.pk]) not in dashboard


# Posting from the phone


def test_participant_posts_with_the_field_of_their_category_preselected(client, journey):
    paul = journey.paul  # an elected official
    client.force_login(paul.user)
    url = reverse("participant:contributions", args=[paul.pk])
    text = page(client.get(url))
    assert '<option value="elu" selected>Mandat électif</option>' in text
    response = client.post(
        url, {"kind": "innovation", "field": "elu", "text": "Un guichet unique itinérant."}
    )
    assert response.status_code == 302
    contribution = Contribution.objects.get()
    assert (contribution.author, contribution.kind, contribution.field) == (
        paul,
        "innovation",
        "elu",
    )
    assert "Un guichet unique itinérant." in page(client.get(url))


def test_participants_see_only_their_own_contributions(client, journey):
    post_as(journey.helene, "L'idée d'Hélène.")
    client.force_login(journey.paul.user)
    assert "L'idée d'Hélène." not in page(
        client.get(reverse("participant:contributions", args=[journey.paul.pk]))
    )
    # Another participant's page is a 404.
    url = reverse("participant:contributions", args=[journey.helene.pk])
    assert client.get(url).status_code == 404


def test_posting_is_refused_before_the_shared_analysis(client, communes):
    journey = make_journey(sign=True)
    client.force_login(journey.helene.user)
    url = reverse("participant:contributions", args=[journey.helene.pk])
    client.post(url, {"kind": "levier", "field": "etat", "text": "Trop tôt."})
    assert not Contribution.objects.exists()


# Moderation


@pytest.mark.parametrize("who", ["expert", "organizer"])
def test_experts_and_organizers_of_the_seminar_moderate(client, journey, who):
    one = post_as(journey.helene, "Des permanences communes dans les quartiers.")
    two = post_as(journey.paul, "Des permanences partagées entre organismes.")
    client.force_login(getattr(journey, who))
    text = page(client.get(moderate_url(journey)))
    assert "Des permanences communes dans les quartiers." in text
    client.post(action_url(journey, one, "masquer"))
    one.refresh_from_db()
    assert one.status == Status.HIDDEN and Contribution.objects.count() == 2
    client.post(action_url(journey, one, "afficher"))
    response = client.post(action_url(journey, two, "fusionner"), {"into": one.pk})
    assert response.status_code == 302
    two.refresh_from_db()
    assert two.merged_into == one
    client.post(
        reverse("contributions:group_create", args=[journey.seminar.pk]),
        {"title": "Accueil de proximité"},
    )
    group = journey.seminar.contribution_groups.get()
    client.post(action_url(journey, one, "classer"), {"group": group.pk})
    one.refresh_from_db()
    assert one.group == group
    client.post(
        reverse("contributions:group_action", args=[journey.seminar.pk, group.pk, "renommer"]),
        {"title": "Proximité"},
    )
    group.refresh_from_db()
    assert group.title == "Proximité"


def test_htmx_actions_return_the_moderation_area_in_place(client, journey):
    one = post_as(journey.helene, "Une idée à masquer.")
    client.force_login(journey.expert)
    response = client.post(action_url(journey, one, "masquer"), HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    text = page(response)
    assert text.lstrip().startswith('<div id="moderation-status"')
    assert 'id="moderation"' in text and "Contribution masquée" in text
    assert "<html" not in text


def test_a_refused_action_says_why(client, journey):
    create_group(actor=journey.expert, seminar=journey.seminar, title="Accueil")
    client.force_login(journey.expert)
    url = reverse("contributions:group_create", args=[journey.seminar.pk])
    text = page(client.post(url, {"title": "Accueil"}, HTTP_HX_REQUEST="true"))
    assert "Un groupe porte déjà ce titre." in text
    assert journey.seminar.contribution_groups.count() == 1


def test_moderation_page_query_count(client, journey, django_assert_max_num_queries):
    group = create_group(actor=journey.expert, seminar=journey.seminar, title="Accueil")
    for i in range(10):
        c = post_as(journey.helene, f"Contribution {i}.")
        if i % 2:
            c.group = group
            c.save()
    client.force_login(journey.expert)
    with django_assert_max_num_queries(14):
        assert client.get(moderate_url(journey)).status_code == 200


def test_host_sites_tutors_participants_and_other_seminars_get_404(client, journey):
    contribution = post_as(journey.helene, "Une idée.")
    outsiders = [
        make_coordinator(journey.caf),
        make_tutor_account(journey.caf_tutor),
        journey.helene.user,
        UserFactory(role="expert"),
        UserFactory(role="organizer"),
    ]
    for user in outsiders:
        client.force_login(user)
        assert client.get(moderate_url(journey)).status_code == 404, user.role
        assert client.post(action_url(journey, contribution, "masquer")).status_code == 404
        if user.role != "participant":
            url = reverse("participant:contributions", args=[journey.helene.pk])
            assert client.get(url).status_code == 404, user.role
    contribution.refresh_from_db()
    assert contribution.status == Status.VISIBLE


def test_organizers_find_the_moderation_page_from_the_seminar(client, journey):
    client.force_login(journey.organizer)
    text = page(client.get(reverse("organizer:seminar_detail", args=[journey.seminar.pk])))
    assert moderate_url(journey) in text


def test_unsigned_participant_still_reaches_contributions(client, journey):
    sign_commitment_for(journey.paul)
    client.force_login(journey.paul.user)
    assert (
        client.get(reverse("participant:contributions", args=[journey.paul.pk])).status_code == 200
    )
