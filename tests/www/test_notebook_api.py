"""The sync API of the offline queue, the preview endpoint and the service worker."""

import json
import re
import uuid

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from immersion.observation import redaction
from immersion.observation.models import Astonishment, Situation, TutorExchange
from tests.factories import UserFactory
from tests.observation.factories import add_observer, make_observer

pytestmark = pytest.mark.django_db


def situation_entry(observer, client_id=None, **fields):
    values = {"observed_at": "10:15", "contact_reason": "rsa", "note": "Mme Le Goff attend."}
    values.update(fields)
    return {
        "client_id": client_id or str(uuid.uuid4()),
        "kind": "situation",
        "placement": observer.placement.pk,
        "fields": values,
    }


def sync(client, *entries, raw=None):
    body = raw if raw is not None else json.dumps({"entries": list(entries)})
    return client.post(reverse("notebook:sync"), body, content_type="application/json")


@pytest.fixture
def observer(client):
    observer = make_observer(kind="caf", channel="accueil_telephonique")
    client.force_login(observer.user)
    return observer


def test_entries_are_stored_once_and_answered_with_their_redacted_html(client, observer):
    entry = situation_entry(
        observer,
        rings_before_pickup="6",
        check_sent_to_website="oui",
        frictions=["joignabilite"],
        outcome="reorientee",
    )
    first = sync(client, entry).json()["results"][0]
    assert first["status"] == "created"
    assert first["client_id"] == entry["client_id"]
    assert "Mme [PERSONNE_1] attend." in first["html"]
    assert "6 sonneries" in first["html"]
    again = sync(client, entry).json()["results"][0]
    assert again["status"] == "exists" and again["id"] == first["id"]
    stored = Situation.objects.get()
    assert stored.client_id == uuid.UUID(entry["client_id"])
    assert stored.rings_before_pickup == 6 and stored.sent_to_website == "oui"
    assert stored.frictions == ["joignabilite"] and stored.outcome == "reorientee"


def test_a_double_submit_in_one_batch_stores_one_row(client, observer):
    entry = situation_entry(observer)
    results = sync(client, entry, entry).json()["results"]
    assert [r["status"] for r in results] == ["created", "exists"]
    assert Situation.objects.count() == 1


def test_astonishments_and_the_tutor_exchange_sync_too(client, observer):
    pk = observer.placement.pk
    results = sync(
        client,
        {
            "client_id": str(uuid.uuid4()),
            "kind": "astonishment",
            "placement": pk,
            "fields": {"text": "Le 3646 sonne sans arrêt."},
        },
        {
            "client_id": str(uuid.uuid4()),
            "kind": "tutor_exchange",
            "placement": pk,
            "fields": {
                "representativeness": "5",
                "interests": "Aider M. Diallo.",
                "filled_with_tutor": True,
            },
        },
    ).json()["results"]
    assert [r["status"] for r in results] == ["created", "created"]
    assert Astonishment.objects.get().text == "Le 3646 sonne sans arrêt."
    exchange = TutorExchange.objects.get()
    assert exchange.interests == "Aider M. [PERSONNE_1]."
    assert exchange.filled_with_tutor
    assert "Tout à fait représentatives (5/5)" in results[1]["html"]


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ("not an object", "__all__"),
        (
            {"client_id": "pas-un-uuid", "kind": "situation", "placement": 1, "fields": {}},
            "client_id",
        ),
        (
            {"client_id": str(uuid.uuid4()), "kind": "photo", "placement": 1, "fields": {}},
            "__all__",
        ),
        (
            {"client_id": str(uuid.uuid4()), "kind": "situation", "placement": 1, "fields": []},
            "__all__",
        ),
    ],
)
def test_unreadable_entries_are_invalid(client, observer, entry, field):
    result = sync(client, entry).json()["results"][0]
    assert result["status"] == "invalid"
    assert field in result["errors"]


def test_an_entry_the_form_refuses_is_invalid_with_french_messages(client, observer):
    result = sync(
        client, situation_entry(observer, contact_reason="", rings_before_pickup="-2")
    ).json()["results"][0]
    assert result["status"] == "invalid"
    assert result["errors"]["contact_reason"] == ["Ce champ est obligatoire."]
    assert "rings_before_pickup" in result["errors"]
    assert not Situation.objects.exists()


def test_immersions_that_are_not_the_observer_s_are_forbidden(client, observer):
    other = add_observer(observer)
    unsigned = add_observer(observer, signed=False)
    results = sync(
        client,
        situation_entry(other),
        {**situation_entry(observer), "placement": True},
        {**situation_entry(observer), "placement": str(observer.placement.pk)},
    ).json()["results"]
    assert [r["status"] for r in results] == ["forbidden"] * 3
    client.force_login(unsigned.user)
    assert sync(client, situation_entry(unsigned)).json()["results"][0]["status"] == "forbidden"
    assert not Situation.objects.exists()


def test_when_the_anonymiser_is_unavailable_entries_are_to_be_sent_again(
    client, observer, monkeypatch
):
    def broken(*args, **kwargs):
        raise RuntimeError("modèle absent")

    monkeypatch.setattr(redaction.Redactor, "redact_many", broken)
    results = sync(client, situation_entry(observer), situation_entry(observer)).json()["results"]
    assert [r["status"] for r in results] == ["retry", "retry"]
    preview = client.post(reverse("notebook:preview"), {"text": "Mme Le Goff"})
    assert preview.status_code == 503
    assert not Situation.objects.exists()


def test_the_api_answers_json_to_bad_requests(client, observer):
    assert sync(client, raw="{pas du json").status_code == 400
    assert sync(client, raw=json.dumps({"entries": "non"})).status_code == 400
    too_many = [situation_entry(observer) for _ in range(51)]
    response = sync(client, *too_many)
    assert response.status_code == 400
    assert "50 entrées au plus" in response.json()["error"]
    assert client.get(reverse("notebook:sync")).status_code == 405
    client.logout()
    response = sync(client, situation_entry(observer))
    assert response.status_code == 401
    assert "reconnectez-vous" in response.json()["error"]
    assert client.post(reverse("notebook:preview"), {"text": "x"}).status_code == 401


def test_the_sync_needs_the_csrf_token(observer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(observer.user)
    client.get(reverse("notebook:immersion", args=[observer.placement.pk]))
    body = json.dumps({"entries": [situation_entry(observer)]})
    url = reverse("notebook:sync")
    assert client.post(url, body, content_type="application/json").status_code == 403
    token = client.cookies["csrftoken"].value
    response = client.post(url, body, content_type="application/json", HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 200
    assert Situation.objects.count() == 1


def test_entries_written_under_another_account_are_left_alone(client, observer):
    body = {"owner": str(observer.user.pk + 1000), "entries": [situation_entry(observer)]}
    response = sync(client, raw=json.dumps(body))
    assert response.status_code == 409
    assert "Un autre compte est connecté sur cet appareil" in response.json()["error"]
    assert not Situation.objects.exists()
    body["owner"] = str(observer.user.pk)
    assert sync(client, raw=json.dumps(body)).json()["results"][0]["status"] == "created"


def test_other_roles_sync_nothing(client, observer):
    client.force_login(UserFactory(role="organizer"))
    result = sync(client, situation_entry(observer)).json()["results"][0]
    assert result["status"] == "forbidden"


# ---------------------------------------------------------------------------------- offline


def test_the_service_worker_is_served_from_the_notebook_with_its_assets(client):
    client.logout()
    response = client.get(reverse("notebook:service_worker"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert response["Service-Worker-Allowed"] == "/carnet/"
    assert response["Cache-Control"] == "no-cache"
    body = response.content.decode()
    config = json.loads(re.match(r"self\.NOTEBOOK = (.*);\n", body).group(1))
    assert config["scope"] == "/carnet/"
    assert config["offlinePage"] == reverse("notebook:offline")
    assert re.fullmatch(r"[0-9a-f]{16}", config["version"])
    for asset in [
        "/static/notebook/notebook.js",
        "/static/dsfr/dist/dsfr/dsfr.min.css",
        "/static/dsfr/dist/fonts/Marianne-Regular.woff2",
    ]:
        assert asset in config["assets"]
    for asset in config["assets"]:
        assert finders.find(asset.removeprefix("/static/")), asset
    pages = [re.compile(p) for p in config["pages"]]
    assert any(p.match("/carnet/immersions/12/") for p in pages)
    assert not any(p.match("/carnet/organisation/immersions/12/") for p in pages)
    assert not any(p.match("/carnet/sync/") for p in pages)
    assert 'addEventListener("fetch"' in body


def test_the_offline_page_names_nobody(client):
    client.logout()
    response = client.get(reverse("notebook:offline"))
    assert response.status_code == 200
    assert "Vous êtes hors connexion" in response.content.decode()


@pytest.mark.parametrize("value", [{"h": 10}, ["10:15"], 1015, 10.25, True, [["x"]], [{"a": 1}]])
def test_fields_of_the_wrong_json_type_are_invalid_not_a_server_error(client, observer, value):
    """Security finding (low): observed_at as a dict, list or number answered 500."""
    result = sync(client, situation_entry(observer, observed_at=value)).json()["results"][0]
    assert result["status"] == "invalid"
    assert "observed_at" in result["errors"]
    assert not Situation.objects.exists()


def test_a_list_where_a_list_is_expected_still_works(client, observer):
    entry = situation_entry(observer, frictions=["joignabilite"], waiting_minutes=12)
    assert sync(client, entry).json()["results"][0]["status"] == "created"
    assert Situation.objects.get().waiting_minutes == 12


def test_without_cookies_the_api_answers_its_json_401_not_an_html_403(observer):
    client = Client(enforce_csrf_checks=True)
    body = json.dumps({"entries": [situation_entry(observer)]})
    response = client.post(reverse("notebook:sync"), body, content_type="application/json")
    assert response.status_code == 401
    assert "reconnectez-vous" in response.json()["error"]
    response = client.post(reverse("notebook:preview"), {"text": "x"})
    assert response.status_code == 401 and "reconnectez-vous" in response.json()["error"]
    # Signed in but without the token: a JSON 403 in French.
    client.force_login(observer.user)
    response = client.post(reverse("notebook:sync"), body, content_type="application/json")
    assert response.status_code == 403
    assert "rechargez la page" in response.json()["error"]
    # Ordinary pages keep the French HTML page.
    response = client.post(reverse("public:request_link"), {"email": "a@example.fr"})
    assert response.status_code == 403 and "Formulaire expiré" in response.content.decode()


def test_a_body_over_ten_megabytes_gets_a_french_json_answer(client, observer):
    raw = json.dumps({"entries": [], "padding": "x" * (10 * 1024 * 1024 + 10)})
    response = sync(client, raw=raw)
    assert response.status_code == 413
    assert "trop volumineux" in response.json()["error"]
    assert not Situation.objects.exists()


def test_an_astonishment_keeps_the_time_it_was_written_offline(client, observer):
    """Finding (issue 8): an "étonnement" got the sync time instead of its writing time."""
    import datetime as dt

    from django.utils import timezone

    written = timezone.now() - dt.timedelta(hours=3)
    entry = {
        "client_id": str(uuid.uuid4()),
        "kind": "astonishment",
        "placement": observer.placement.pk,
        "fields": {"text": "Le guichet ferme à midi."},
        "written_at": int(written.timestamp() * 1000),
    }
    result = sync(client, entry).json()["results"][0]
    stored = Astonishment.objects.get()
    assert abs((stored.when - written).total_seconds()) < 1
    assert timezone.localtime(written).strftime("%H:%M") in result["html"]
    # A device clock far in the future (or weeks behind) is not believed.
    for wrong in (timezone.now() + dt.timedelta(days=2), timezone.now() - dt.timedelta(days=30)):
        entry = {
            **entry,
            "client_id": str(uuid.uuid4()),
            "written_at": int(wrong.timestamp() * 1000),
        }
        sync(client, entry)
    assert Astonishment.objects.filter(written_at__isnull=True).count() == 2


def test_a_batch_reads_its_immersion_once_and_costs_the_same_per_entry(client, observer):
    """The offline queue sends up to 50 entries at once: each costs a fixed number of queries
    (the insert in its savepoint, the audit entry); the immersion is read once, and the
    batch's client ids are looked up in one query (services.stored_together)."""

    def queries_for(count):
        entries = [situation_entry(observer, note="") for _ in range(count)]
        with CaptureQueriesContext(connection) as queries:
            results = sync(client, *entries).json()["results"]
        assert [r["status"] for r in results] == ["created"] * count
        return queries

    one, eleven = queries_for(1), queries_for(11)
    per_entry = (len(eleven) - len(one)) / 10
    assert per_entry <= 4, [q["sql"][:80] for q in eleven.captured_queries]
    lookups = [
        q
        for q in eleven.captured_queries
        if q["sql"].startswith('SELECT "observation_situation"') and '"client_id"' in q["sql"]
    ]
    assert len(lookups) == 1 and '"client_id" IN (' in lookups[0]["sql"]
    placement_reads = [
        q for q in eleven.captured_queries if q["sql"].startswith('SELECT "placements_placement"')
    ]
    assert len(placement_reads) == 1
    assert Situation.objects.filter(placement=observer.placement).count() == 12


def test_a_batch_is_written_in_one_transaction_and_an_invalid_entry_leaves_the_others(
    client, observer
):
    """One transaction for the batch's notes (not one per note); an entry the form or the
    service refuses (here: a client id another immersion already holds) is answered
    "invalid" and the others of the batch are stored."""
    other = add_observer(observer)
    taken = situation_entry(other)
    client.force_login(other.user)
    assert sync(client, taken).json()["results"][0]["status"] == "created"
    client.force_login(observer.user)
    first, second = situation_entry(observer), situation_entry(observer)
    clash = situation_entry(observer, client_id=taken["client_id"])
    astonishment = {
        "client_id": str(uuid.uuid4()),
        "kind": "astonishment",
        "placement": observer.placement.pk,
        "fields": {"text": "Tout se fait en ligne."},
    }
    with CaptureQueriesContext(connection) as queries:
        results = sync(client, first, clash, second, astonishment).json()["results"]
    assert [r["status"] for r in results] == ["created", "invalid", "created", "created"]
    assert "client_id" in results[1]["errors"]
    assert Situation.objects.filter(placement=observer.placement).count() == 2
    assert Astonishment.objects.filter(placement=observer.placement).count() == 1
    # The test runs inside a transaction: each transaction of the sync is a savepoint here.
    # The batch's opens before its first note and closes after its last.
    sqls = [q["sql"] for q in queries.captured_queries]
    inserts = [i for i, sql in enumerate(sqls) if sql.startswith('INSERT INTO "observation_')]
    assert len(inserts) == 3
    opened = [sql for sql in sqls[: inserts[0]] if sql.startswith("SAVEPOINT")]
    assert len(opened) == 2  # the batch's transaction, then the first insert's own savepoint
    batch = opened[0].split(" ", 1)[1]
    released = [i for i, sql in enumerate(sqls) if sql == f"RELEASE SAVEPOINT {batch}"]
    assert len(released) == 1 and released[0] > inserts[-1]


def test_a_batch_reaches_the_search_index_once_with_every_note(client, observer):
    """The batch's notes are announced together at its end: all of them indexed (anonymised),
    the index's receiver called once for the batch, not once per note."""
    from immersion.common.signals import texts_written
    from immersion.search.models import SearchText

    calls = []

    def count(sender, source_kind, ids, **kwargs):
        calls.append((source_kind, list(ids)))

    texts_written.connect(count)
    try:
        entries = [
            situation_entry(observer, note=f"Attente numéro {i}, Mme Le Goff.") for i in range(4)
        ]
        results = sync(client, *entries).json()["results"]
    finally:
        texts_written.disconnect(count)
    assert [r["status"] for r in results] == ["created"] * 4
    assert len(calls) == 1 and calls[0][0] == "situation" and len(calls[0][1]) == 4
    texts = list(SearchText.objects.filter(kind="situation").values_list("text", flat=True))
    assert len(texts) == 4
    assert all("Le Goff" not in text and "Attente" in text for text in texts)


def test_a_batch_goes_through_the_anonymiser_in_one_pass(client, observer, monkeypatch):
    """The batch's texts (notes, étonnements, the tutor exchange's) are redacted together,
    once, before any entry is stored; each stored text is the one redacted for it."""
    redactor = redaction._get_redactor()
    passes = []
    original = redactor.redact_many

    def counted(texts):
        passes.append(len(texts))
        return original(texts)

    monkeypatch.setattr(redactor, "redact_many", counted)
    entries = [
        situation_entry(observer, note="Mme Le Goff attend."),
        situation_entry(observer, note="M. Kerbrat rappelle."),
        {
            "client_id": str(uuid.uuid4()),
            "kind": "astonishment",
            "placement": observer.placement.pk,
            "fields": {"text": "Mme Le Goff connaît le guichet par cœur."},
        },
        situation_entry(observer, note=""),
    ]
    results = sync(client, *entries).json()["results"]
    assert [r["status"] for r in results] == ["created"] * 4
    assert passes == [3]
    notes = set(Situation.objects.values_list("note", flat=True))
    assert notes == {"Mme [PERSONNE_1] attend.", "M. [PERSONNE_1] rappelle.", ""}
    assert Astonishment.objects.get().text == "Mme [PERSONNE_1] connaît le guichet par cœur."


def test_a_batch_whose_first_pass_fails_stores_nothing_and_asks_for_a_retry(
    client, observer, monkeypatch
):
    redactor = redaction._get_redactor()

    def broken(texts):
        raise RuntimeError("modèle absent")

    monkeypatch.setattr(redactor, "redact_many", broken)
    results = sync(client, situation_entry(observer), situation_entry(observer)).json()["results"]
    assert [r["status"] for r in results] == ["retry", "retry"]
    assert not Situation.objects.exists()
