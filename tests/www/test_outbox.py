"""The organizer's outbox: review, preview, send or cancel the e-mails held for review."""

import pytest
from django.core import mail
from django.urls import reverse

from immersion.notifications.attachments import register_attachment
from immersion.notifications.models import EmailStatus, OutgoingEmail
from immersion.notifications.services import compose_email
from tests.conftest import page
from tests.factories import SeminarFactory, UserFactory

pytestmark = pytest.mark.django_db


def url(name, seminar, *args):
    return reverse(f"organizer:{name}", args=[seminar.pk, *args])


def draft(
    seminar, to="anne@example.fr", name="Anne", kind="convocation", attachments=None, to_name=""
):
    return compose_email(
        to_email=to,
        to_name=to_name,
        template="test_message",
        context={"name": name},
        kind=kind,
        seminar=seminar,
        review=True,
        attachments=attachments,
    )


def test_outbox_lists_drafts_first_with_counts_and_filters(organizer_client, seminar):
    sent = compose_email(
        to_email="zoe@example.fr",
        template="test_message",
        context={"name": "Zoé"},
        kind="reminder",
        seminar=seminar,
    )
    OutgoingEmail.objects.filter(pk=sent.pk).update(status=EmailStatus.SENT)
    draft(seminar, to="anne@example.fr")
    draft(SeminarFactory(), to="autre@example.fr")
    content = page(organizer_client.get(url("outbox", seminar)))
    assert (
        "1 courriel à relire" in content and "À relire (1)" in content and "Envoyé (1)" in content
    )
    assert content.index("anne@example.fr") < content.index("zoe@example.fr")
    assert "autre@example.fr" not in content
    filtered = page(organizer_client.get(url("outbox", seminar) + "?statut=sent"))
    assert "zoe@example.fr" in filtered and "anne@example.fr" not in filtered
    by_kind = page(organizer_client.get(url("outbox", seminar) + "?type=convocation"))
    assert "anne@example.fr" in by_kind and "zoe@example.fr" not in by_kind


def test_outbox_query_count_stays_flat(organizer_client, seminar, django_assert_max_num_queries):
    for i in range(30):
        draft(seminar, to=f"p{i}@example.fr")
    # The first request after sign-in starts the inactivity clock (one session write):
    # the page is measured as it is served afterwards.
    organizer_client.get(reverse("organizer:seminar_list"))
    with django_assert_max_num_queries(10):
        organizer_client.get(url("outbox", seminar))


def test_preview_shows_the_text_and_the_html_in_a_sandboxed_frame(organizer_client, seminar):
    email = draft(seminar)
    content = page(organizer_client.get(url("outbox_email", seminar, email.pk)))
    assert "Bonjour Anne," in content  # the text version
    assert 'sandbox=""' in content and url("outbox_email_html", seminar, email.pk) in content
    response = organizer_client.get(url("outbox_email_html", seminar, email.pk))
    assert response["Content-Security-Policy"].startswith("sandbox;")
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "Bonjour Anne," in response.content.decode()


def test_html_with_a_script_is_served_under_a_sandbox_policy(organizer_client, seminar):
    email = draft(seminar)
    OutgoingEmail.objects.filter(pk=email.pk).update(body_html="<p>x</p><script>alert(1)</script>")
    response = organizer_client.get(url("outbox_email_html", seminar, email.pk))
    assert "script-src" not in response["Content-Security-Policy"]  # default-src 'none' applies
    assert "sandbox" in response["Content-Security-Policy"]


def test_send_selected_drafts_then_cancel_others_after_confirmation(
    organizer_client, seminar, django_capture_on_commit_callbacks
):
    anne, bruno, chloe = (
        draft(seminar, to=f"{n}@example.fr", name=n, to_name=f"{n.capitalize()} Martin")
        for n in ("anne", "bruno", "chloe")
    )
    outbox = page(organizer_client.get(url("outbox", seminar)))
    assert "Anne Martin" in outbox and "anne@example.fr" in outbox  # names with addresses
    assert "Annuler la sélection" not in outbox
    assert "Annuler l'envoi des courriels sélectionnés" in outbox
    # The first post only says what will happen, to how many and to whom.
    response = organizer_client.post(
        url("outbox", seminar), {"action": "send", "emails": [anne.pk, bruno.pk]}
    )
    confirmation = page(response)
    assert response.status_code == 200
    assert "Envoyer 2 courriels ?" in confirmation
    assert "Anne Martin" in confirmation and "bruno@example.fr" in confirmation
    assert "chloe@example.fr" not in confirmation
    assert not mail.outbox
    assert set(OutgoingEmail.objects.values_list("status", flat=True)) == {EmailStatus.DRAFT}
    with django_capture_on_commit_callbacks(execute=True):
        response = organizer_client.post(
            url("outbox", seminar),
            {"action": "send", "emails": [anne.pk, bruno.pk], "confirmed": "on"},
            follow=True,
        )
    assert "2 courriel(s) mis en file d'attente" in page(response)
    assert "envoyé(s)" not in page(response)
    assert sorted(m.to[0] for m in mail.outbox) == ["anne@example.fr", "bruno@example.fr"]
    confirmation = page(
        organizer_client.post(url("outbox", seminar), {"action": "cancel", "emails": [chloe.pk]})
    )
    assert "Annuler l'envoi de 1 courriel ?" in confirmation and "Chloe Martin" in confirmation
    chloe.refresh_from_db()
    assert chloe.status == EmailStatus.DRAFT
    response = organizer_client.post(
        url("outbox", seminar),
        {"action": "cancel", "emails": [chloe.pk], "confirmed": "on"},
        follow=True,
    )
    assert "1 courriel(s) annulé(s) : ils ne partiront pas." in page(response)
    chloe.refresh_from_db()
    assert chloe.status == EmailStatus.CANCELLED
    assert len(mail.outbox) == 2


def test_send_all_drafts(organizer_client, seminar, django_capture_on_commit_callbacks):
    for n in range(3):
        draft(seminar, to=f"p{n}@example.fr")
    assert "Envoyer 3 courriels ?" in page(
        organizer_client.post(url("outbox", seminar), {"action": "send_all"})
    )
    assert not mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        organizer_client.post(url("outbox", seminar), {"action": "send_all", "confirmed": "on"})
    assert len(mail.outbox) == 3
    assert set(OutgoingEmail.objects.values_list("status", flat=True)) == {EmailStatus.SENT}


def test_queued_emails_are_not_called_sent(organizer_client, seminar):
    email = draft(seminar, to="dan@example.fr")
    response = organizer_client.post(
        url("outbox", seminar), {"action": "send_all", "confirmed": "on"}, follow=True
    )
    # No worker has run (on_commit callbacks are not executed here): still queued.
    email.refresh_from_db()
    assert email.status == EmailStatus.QUEUED
    text = page(response)
    assert "1 courriel(s) mis en file d'attente" in text
    assert "En file d'envoi (1)" in text and "Envoyé (0)" in text


def test_recipient_name_comes_from_the_account_when_not_given(seminar):
    user = UserFactory(role="participant", first_name="Élise", last_name="Bréhat")
    email = compose_email(
        to_email=user.email,
        template="test_message",
        context={"name": "Élise"},
        kind="reminder",
        seminar=seminar,
        recipient=user,
        review=True,
    )
    assert email.to_name == "Élise Bréhat"


def test_nothing_selected_is_refused_in_french(organizer_client, seminar):
    draft(seminar)
    response = organizer_client.post(url("outbox", seminar), {"action": "send"}, follow=True)
    assert "Cochez au moins un courriel." in page(response)
    assert OutgoingEmail.objects.get().status == EmailStatus.DRAFT


def test_send_or_cancel_one_from_its_preview(
    organizer_client, seminar, django_capture_on_commit_callbacks
):
    first, second = draft(seminar, to="a@example.fr"), draft(seminar, to="b@example.fr")
    with django_capture_on_commit_callbacks(execute=True):
        organizer_client.post(url("outbox_action", seminar, first.pk, "envoyer"))
    organizer_client.post(url("outbox_action", seminar, second.pk, "annuler"))
    assert [m.to for m in mail.outbox] == [["a@example.fr"]]
    second.refresh_from_db()
    assert second.status == EmailStatus.CANCELLED
    response = organizer_client.post(
        url("outbox_action", seminar, second.pk, "envoyer"), follow=True
    )
    assert "Ce courriel n'est plus à relire." in page(response)


def test_attachment_is_generated_for_checking(organizer_client, seminar):
    register_attachment(
        "test_outbox_doc", lambda ref: ("note.txt", b"contenu de la note", "text/plain")
    )
    email = draft(seminar, attachments=[{"kind": "test_outbox_doc"}, {"kind": "inconnu"}])
    response = organizer_client.get(url("outbox_attachment", seminar, email.pk, 0))
    assert response.content == b"contenu de la note"
    assert organizer_client.get(url("outbox_attachment", seminar, email.pk, 1)).status_code == 404
    assert organizer_client.get(url("outbox_attachment", seminar, email.pk, 2)).status_code == 404


def test_another_seminars_email_is_a_404(organizer_client, seminar):
    other = draft(SeminarFactory(organizers=[UserFactory(role="organizer")]))
    for name in ("outbox_email", "outbox_email_html"):
        assert organizer_client.get(url(name, seminar, other.pk)).status_code == 404
    assert (
        organizer_client.post(url("outbox_action", seminar, other.pk, "envoyer")).status_code == 404
    )
    organizer_client.post(url("outbox", seminar), {"action": "send", "emails": [other.pk]})
    other.refresh_from_db()
    assert other.status == EmailStatus.DRAFT


def test_organizer_of_another_seminar_gets_404s(client, seminar):
    email = draft(seminar)
    client.force_login(UserFactory(role="organizer"))
    assert client.get(url("outbox", seminar)).status_code == 404
    assert client.get(url("outbox_email", seminar, email.pk)).status_code == 404
    assert client.post(url("outbox", seminar), {"action": "send_all"}).status_code == 404


@pytest.mark.parametrize("role", ["participant", "tutor", "site_coordinator", "expert"])
def test_other_roles_are_refused_the_outbox(client, seminar, role):
    email = draft(seminar)
    client.force_login(UserFactory(role=role))
    assert client.get(url("outbox", seminar)).status_code == 403
    assert client.get(url("outbox_email_html", seminar, email.pk)).status_code == 403
