"""The follow-up's pages: the participant's evaluations and commitments (their own only),
the QR code of the board, the hosts' evaluation, the organizer's results and exports."""

import csv
import datetime as dt
import io

import pytest
import time_machine
from django.urls import reverse

from immersion.evaluations.models import (
    ActionCommitment,
    ColdEvaluation,
    HostEvaluation,
    HotEvaluation,
)
from immersion.evaluations.services import save_commitments, submit_hot_evaluation
from tests.conftest import page
from tests.factories import ParticipantFactory, UserFactory, at_paris, make_participant_account

pytestmark = pytest.mark.django_db

LAST_DAY = at_paris(dt.date(2027, 3, 19), "17:00")
RAW = "Mme Josiane Kerbrat, au 06 12 34 56 78, nous a tout expliqué."


@pytest.fixture
def last_day():
    with time_machine.travel(LAST_DAY, tick=False):
        yield


def hot_data(**extra):
    data = {code: "4" for code in ("users", "knowledge", "practice", "astonished")}
    data.update(sites="5", tutors="5", programme="3", logistics="2", recommend="oui")
    data.update(extra)
    return data


def answer_hot(participant, score=4, recommend="oui"):
    scores = dict.fromkeys(
        ["users", "knowledge", "practice", "astonished", "sites", "tutors"], score
    )
    return submit_hot_evaluation(
        actor=participant.user,
        participant=participant,
        scores=scores,
        texts={"free_text": f"Très instructif ({score})."},
        recommend=recommend,
    )


def test_hot_evaluation_opens_on_the_last_day(client, journey):
    url = reverse("participant:hot_evaluation", args=[journey.helene.pk])
    with time_machine.travel(at_paris(dt.date(2027, 3, 18)), tick=False):
        client.force_login(journey.helene.user)
        response = client.get(url)
        assert "s'ouvre le dernier jour" in page(response)
        client.post(url, hot_data())
    assert not HotEvaluation.objects.exists()


def test_hot_evaluation_is_stored_with_its_texts_redacted(client, journey, last_day):
    helene = journey.helene
    client.force_login(helene.user)
    dashboard = client.get(reverse("participant:dashboard", args=[helene.pk]))
    assert reverse("participant:hot_evaluation", args=[helene.pk]) in page(dashboard)
    url = reverse("participant:hot_evaluation", args=[helene.pk])
    response = client.post(url, hot_data(users_comment=RAW, free_text="Merci !"))
    assert response.status_code == 302
    assert response.url == reverse("participant:commitments", args=[helene.pk])
    evaluation = HotEvaluation.objects.get(participant=helene)
    assert (evaluation.users, evaluation.logistics, evaluation.recommend) == (4, 2, "oui")
    assert "Kerbrat" not in evaluation.users_comment
    assert "06 12 34 56 78" not in evaluation.users_comment
    assert evaluation.free_text == "Merci !"
    # Answering again replaces the answers.
    client.post(url, hot_data(users="2"))
    assert HotEvaluation.objects.get(participant=helene).users == 2


def test_hot_evaluation_refuses_bad_input_with_a_french_message(client, journey, last_day):
    client.force_login(journey.helene.user)
    url = reverse("participant:hot_evaluation", args=[journey.helene.pk])
    response = client.post(url, hot_data(users="9", recommend=""))
    assert response.status_code == 200
    assert "Vos réponses ne sont pas enregistrées" in page(response)
    assert not HotEvaluation.objects.exists()


def test_a_participant_sees_only_their_own_follow_up(client, journey, last_day):
    client.force_login(journey.paul.user)
    for name in ("hot_evaluation", "cold_evaluation", "commitments"):
        response = client.get(reverse(f"participant:{name}", args=[journey.helene.pk]))
        assert response.status_code == 404, name
    # The organizer is no participant.
    client.force_login(journey.organizer)
    response = client.get(reverse("participant:commitments", args=[journey.helene.pk]))
    assert response.status_code in (403, 404)


def test_the_qr_code_leads_each_participant_to_their_own_evaluation(client, journey, last_day):
    client.force_login(journey.organizer)
    board = client.get(reverse("debrief:board", args=[journey.seminar.pk]))
    entry = reverse("participant:evaluation_entry", args=[journey.seminar.pk])
    assert "vmv-board__qr-code" in page(board)
    assert entry in page(board)
    client.force_login(journey.paul.user)
    response = client.get(entry)
    assert response.url == reverse("participant:hot_evaluation", args=[journey.paul.pk])
    stranger = UserFactory(role="participant")
    client.force_login(stranger)
    assert client.get(entry).status_code == 404


def test_commitments_are_recorded_then_reviewed_on_one_page(client, journey, last_day):
    helene = journey.helene
    client.force_login(helene.user)
    url = reverse("participant:commitments", args=[helene.pk])
    response = client.post(
        url,
        {
            "c1-what": "Passer une journée par an à l'accueil de la Caf",
            "c1-due_by": "2027-12-31",
            "c1-organisation": "Préfecture",
            "c2-what": "Relire nos courriers avec des usagers",
            "c3-what": "",
        },
    )
    assert response.status_code == 302
    commitments = list(ActionCommitment.objects.filter(participant=helene))
    assert [c.position for c in commitments] == [1, 2]
    assert commitments[0].due_by == dt.date(2027, 12, 31)
    assert commitments[0].status == ""
    # Three months later, what became of each; the second is dropped.
    with time_machine.travel(at_paris(dt.date(2027, 6, 20)), tick=False):
        client.force_login(helene.user)
        response = client.get(url)
        assert "Relire nos courriers avec des usagers" in page(response)
        client.post(
            url,
            {
                "c1-what": commitments[0].what,
                "c1-status": "fait",
                "c1-review_comment": "Fait en avril.",
                "c2-what": "",
            },
        )
    first = ActionCommitment.objects.get(participant=helene)
    assert (first.status, first.review_comment) == ("fait", "Fait en avril.")
    assert first.reviewed_at is not None


def test_a_commitment_without_what_is_refused_and_nothing_changes(client, journey, last_day):
    helene = journey.helene
    save_commitments(actor=helene.user, participant=helene, rows=[{"what": "Écouter"}])
    client.force_login(helene.user)
    response = client.post(
        reverse("participant:commitments", args=[helene.pk]),
        {"c1-what": "Écouter davantage", "c2-organisation": "Mairie", "c3-due_by": "demain"},
    )
    assert response.status_code == 200
    assert "Indiquez une date." in page(response)
    assert ActionCommitment.objects.get(participant=helene).what == "Écouter"


def test_cold_evaluation_opens_two_months_after(client, journey):
    helene = journey.helene
    url = reverse("participant:cold_evaluation", args=[helene.pk])
    data = {"used_since": RAW, "changed_decision": "oui", "examples": "Un accueil sans RDV."}
    with time_machine.travel(LAST_DAY, tick=False):
        client.force_login(helene.user)
        assert "deux mois après le séminaire" in page(client.get(url))
        client.post(url, data)
    assert not ColdEvaluation.objects.exists()
    with time_machine.travel(at_paris(dt.date(2027, 5, 20)), tick=False):
        client.force_login(helene.user)
        assert client.post(url, data).status_code == 302
    evaluation = ColdEvaluation.objects.get(participant=helene)
    assert evaluation.changed_decision is True
    assert "Kerbrat" not in evaluation.used_since


def test_hosts_evaluate_the_seminar_they_hosted_and_nobody_else(client, journey, last_day):
    url = reverse("site:host_evaluation", args=[journey.seminar.pk])
    data = {"hosting_useful": "5", "observer_prepared": "3", "host_again": "oui"}
    client.force_login(journey.tutor_user)
    assert url in page(client.get(reverse("site:tutor_home")))
    assert client.post(url, data).status_code == 302
    client.force_login(journey.coordinator)
    assert url in page(client.get(reverse("site:site_detail", args=[journey.caf.pk])))
    assert client.post(url, {**data, "host_again": "peut_etre"}).status_code == 302
    roles = dict(HostEvaluation.objects.values_list("user_id", "role"))
    assert roles == {journey.tutor_user.pk: "tuteur", journey.coordinator.pk: "referent"}
    for user in (UserFactory(role="tutor"), journey.helene.user, UserFactory(role="organizer")):
        client.force_login(user)
        assert client.get(url).status_code == 404


def test_results_follow_the_small_count_rule(client, journey, last_day):
    seminar = journey.seminar
    answer_hot(journey.helene, 5)
    answer_hot(journey.paul, 3, recommend="non")
    client.force_login(journey.organizer)
    url = reverse("organizer:evaluation_results", args=[seminar.pk])
    text = page(client.get(url))
    assert "2 / 2" in text
    assert "moins de 3 réponses" in text
    assert "moyenne" not in text
    assert "Très instructif (5)." in text
    third = ParticipantFactory(seminar=seminar)
    make_participant_account(third)
    answer_hot(third, 4)
    text = page(client.get(url))
    assert "3 / 3" in text
    assert "moyenne 4,0 sur 5" in text or "moyenne 4.0 sur 5" in text


def test_results_list_commitments_outcomes(client, journey, last_day):
    for what, participant, status in (
        ("Ouvrir un guichet unique", journey.helene, "fait"),
        ("Supprimer un formulaire", journey.paul, "abandonne"),
    ):
        save_commitments(
            actor=participant.user,
            participant=participant,
            rows=[{"what": what, "status": status, "due_by": dt.date(2027, 9, 30)}],
        )
    client.force_login(journey.organizer)
    text = page(client.get(reverse("organizer:evaluation_results", args=[journey.seminar.pk])))
    assert "Ouvrir un guichet unique" in text
    assert "Abandonné" in text
    assert "2</span> participants engagés" in text.replace("\n", "")
    export = reverse("organizer:evaluation_export", args=[journey.seminar.pk, "csv"])
    rows = list(
        csv.reader(io.StringIO(client.get(export).content.decode("utf-8-sig")), delimiter=";")
    )
    assert ["Engagement 1", "2", "où en est-il ?", "Abandonné"] in rows
    assert ["Engagement 1", "1", "pour quand", "2027-09-30"] in rows
    export = reverse("organizer:evaluation_export", args=[journey.seminar.pk, "xlsx"])
    assert client.get(export).status_code == 200


def test_results_and_exports_are_for_the_seminars_organizers_only(client, journey, last_day):
    answer_hot(journey.helene, 5)
    client.force_login(UserFactory(role="organizer"))
    for url in (
        reverse("organizer:evaluation_results", args=[journey.seminar.pk]),
        reverse("organizer:evaluation_export", args=[journey.seminar.pk, "csv"]),
    ):
        assert client.get(url).status_code == 404
    client.force_login(journey.organizer)
    response = client.get(reverse("organizer:evaluation_export", args=[journey.seminar.pk, "csv"]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Évaluation", "Répondant", "Question", "Réponse"]
    assert ["À chaud", "1", "expression libre", "Très instructif (5)."] in rows
    assert not any("Marchand" in cell for row in rows for cell in row)
    xlsx = client.get(reverse("organizer:evaluation_export", args=[journey.seminar.pk, "xlsx"]))
    assert xlsx.content[:2] == b"PK"
    assert (
        client.get(
            reverse("organizer:evaluation_export", args=[journey.seminar.pk, "pdf"])
        ).status_code
        == 404
    )
