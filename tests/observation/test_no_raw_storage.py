"""The issue's guarantee: raw notes are never stored, never logged, never in an error report.

Notes full of known personal data go through the real views (the pages' forms, the preview,
the sync API, a double send, an invalid entry); then the whole database is dumped (every app,
sessions decoded, the audit log, task results; on SQLite also the raw bytes of a page-by-page
copy of the database, free pages included) and every log record is captured at DEBUG, SQL
queries with their parameters included. None of the values — nor their digits-only or compact
forms — may be found anywhere.
"""

import io
import json
import logging
import sqlite3
import uuid

import pytest
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.management import call_command
from django.db import OperationalError, connection
from django.urls import reverse
from django.utils.log import AdminEmailHandler

from immersion.observation.models import Astonishment, Situation, TutorExchange
from tests.observation.factories import make_observer
from tests.observation.pii import KEPT, NOTES, VALUES, leaks

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def every_log(caplog):
    """Every record of every logger at DEBUG, SQL with parameters included."""
    caplog.set_level(logging.DEBUG)
    loggers = [
        logger
        for logger in logging.root.manager.loggerDict.values()
        if isinstance(logger, logging.Logger)
    ]
    previous = [(logger, logger.level) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        if not logger.propagate:
            logger.addHandler(caplog.handler)
    connection.force_debug_cursor = True
    yield caplog
    connection.force_debug_cursor = False
    for logger, level in previous:
        logger.setLevel(level)
        if not logger.propagate:
            logger.removeHandler(caplog.handler)


def log_text(caplog) -> str:
    parts = []
    for record in caplog.records:
        parts.append(record.getMessage())
        parts.append(repr(record.args))
        if record.exc_info:
            parts.append(logging.Formatter().formatException(record.exc_info))
    return "\n".join(parts)


def database_text(tmp_path) -> str:
    out = io.StringIO()
    call_command("dumpdata", stdout=out, indent=0)
    dump = out.getvalue()
    parts = [dump, json.dumps(json.loads(dump), ensure_ascii=False)]
    # Session data is signed and base64-encoded: decode it (messages live there too).
    for session in Session.objects.all():
        parts.append(json.dumps(session.get_decoded(), ensure_ascii=False, default=str))
    if connection.vendor == "sqlite":
        copy = tmp_path / "copy.sqlite3"
        target = sqlite3.connect(copy)
        connection.ensure_connection()
        connection.connection.backup(target)
        target.close()
        parts.append(copy.read_bytes().decode("utf-8", errors="ignore"))
    return "\n".join(parts)


def situation_post(note, **extra):
    return {
        "client_id": str(uuid.uuid4()),
        "observed_at": "10:05",
        "contact_reason": "rsa",
        "check_agent_courteous": "oui",
        "note": note,
        **extra,
    }


def test_raw_notes_are_never_stored_nor_logged(client, every_log, tmp_path, communes):
    observer = make_observer(kind="caf", channel="accueil_physique")
    client.force_login(observer.user)
    pk = observer.placement.pk
    immersion = reverse("notebook:immersion", args=[pk])
    assert client.get(immersion).status_code == 200

    # The pages' forms, without JavaScript: preview, then save.
    response = client.post(
        reverse("notebook:situation_add", args=[pk]),
        situation_post(NOTES[0], preview="note"),
    )
    assert "[NIR]" in response.content.decode()
    response = client.post(reverse("notebook:situation_add", args=[pk]), situation_post(NOTES[0]))
    assert response.status_code == 302
    response = client.post(
        reverse("notebook:astonishment_add", args=[pk]),
        {"client_id": str(uuid.uuid4()), "text": NOTES[1]},
    )
    assert response.status_code == 302
    response = client.post(
        reverse("notebook:tutor_exchange", args=[pk]),
        {
            "client_id": str(uuid.uuid4()),
            "representativeness": "4",
            "unusual_situations": NOTES[2],
            "constraints": NOTES[3],
            "interests": NOTES[1],
            "filled_with_tutor": "on",
        },
    )
    assert response.status_code == 302
    # The preview endpoint.
    response = client.post(reverse("notebook:preview"), {"text": NOTES[3]})
    assert response.status_code == 200
    assert "[EMAIL]" in response.json()["text"]

    # The sync API: the offline queue's entries, one sent twice, one invalid.
    twice = str(uuid.uuid4())
    entries = [
        {
            "client_id": twice,
            "kind": "situation",
            "placement": pk,
            "fields": {"observed_at": "10:40", "contact_reason": "aah", "note": NOTES[2]},
        },
        {
            "client_id": str(uuid.uuid4()),
            "kind": "astonishment",
            "placement": pk,
            "fields": {"text": NOTES[3]},
        },
        {
            "client_id": str(uuid.uuid4()),
            "kind": "tutor_exchange",
            "placement": pk,
            "fields": {"representativeness": "2", "constraints": NOTES[0], "interests": NOTES[2]},
        },
        {
            "client_id": str(uuid.uuid4()),
            "kind": "situation",
            "placement": pk,
            "fields": {"observed_at": "10:50", "note": NOTES[1]},  # no reason: invalid
        },
    ]
    for batch in (entries, entries[:1]):
        response = client.post(
            reverse("notebook:sync"),
            json.dumps({"entries": batch}),
            content_type="application/json",
        )
        assert response.status_code == 200
        results = response.json()["results"]
        assert not leaks(json.dumps(results, ensure_ascii=False))
    assert [r["status"] for r in results] == ["exists"]

    assert Situation.objects.count() == 2
    assert Astonishment.objects.count() == 2
    assert TutorExchange.objects.count() == 1
    exchange = TutorExchange.objects.get()
    stored = " ".join(
        [
            *Situation.objects.values_list("note", flat=True),
            *Astonishment.objects.values_list("text", flat=True),
            exchange.unusual_situations,
            exchange.constraints,
            exchange.interests,
        ]
    )
    for kept in KEPT:
        assert kept in stored
    assert "[NIR]" in stored and "[PERSONNE_1]" in stored

    haystack = database_text(tmp_path)
    logs = log_text(every_log)
    # The haystacks are real: the stored (redacted) notes and the SQL that wrote them are there.
    assert "[TÉLÉPHONE]" in haystack
    assert "INSERT INTO" in logs and "observation_situation" in logs
    assert "Préfecture" in haystack  # the participant's organisation, typed by an organizer
    assert leaks(haystack) == []
    assert leaks(logs) == []


def test_each_value_is_seen_as_personal_data_by_the_anonymiser():
    """Guards the test above: every value it looks for is one the anonymiser masks."""
    from immersion.privacy import redact

    masked = set()
    for note in NOTES:
        result = redact(note)
        masked.update((str(s.label), note[s.start : s.end]) for s in result.spans)
    text = " ".join(note for _label, note in masked)
    for label, value in VALUES:
        assert value in text, (label, value)


def test_an_error_report_never_holds_the_notes(client, settings, communes):
    """A database failure while saving: the report mailed to admins (frames, locals, POST)
    shows none of the note's values."""
    settings.ADMINS = [("Admin", "admin@example.fr")]
    observer = make_observer(kind="caf")
    client.force_login(observer.user)
    client.raise_request_exception = False
    handler = AdminEmailHandler(include_html=True)
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)

    def disk_full(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith("INSERT") and "observation_situation" in sql:
            raise OperationalError("database or disk is full")
        return execute(sql, params, many, context)

    try:
        with connection.execute_wrapper(disk_full):
            page = client.post(
                reverse("notebook:situation_add", args=[observer.placement.pk]),
                situation_post(" ".join(NOTES)),
            )
            api = client.post(
                reverse("notebook:sync"),
                json.dumps(
                    {
                        "entries": [
                            {
                                "client_id": str(uuid.uuid4()),
                                "kind": "situation",
                                "placement": observer.placement.pk,
                                "fields": {
                                    "observed_at": "11:00",
                                    "contact_reason": "rsa",
                                    "note": " ".join(NOTES),
                                },
                            }
                        ]
                    }
                ),
                content_type="application/json",
            )
    finally:
        logger.removeHandler(handler)
    # A database that refuses writes is a passing outage (www/errors.py): 503, try again.
    assert page.status_code == 503 and api.status_code == 503
    assert Situation.objects.count() == 0
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        html = message.alternatives[0][0]
        assert "database or disk is full" in message.body
        assert "********************" in html  # locals and POST were cleansed
        assert leaks(message.body) == []
        assert leaks(html) == []
