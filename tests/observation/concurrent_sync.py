"""Several observers syncing their notebooks at the same instant, just after a server start
(the anonymiser not loaded yet). Used by test_concurrent_sync.py: in the test process on
PostgreSQL, and in a fresh process on a SQLite file for SQLite (the test suite's in-memory
SQLite locks whole tables, which is not how the real file database behaves).

    python -m tests.observation.concurrent_sync   # prints one JSON line: statuses and counts
    python -m tests.observation.concurrent_sync two-devices   # one queue sent from two devices
"""

import json
import sys
import threading
import uuid


def sync_at_once(observers, *, entries_each: int = 2) -> dict:
    """Every observer POSTs its entries to /carnet/sync/ at the same moment."""
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from immersion.observation.models import Astonishment, Situation

    barrier = threading.Barrier(len(observers))
    statuses, results, errors = [], [], []

    def send(observer):
        try:
            client = Client()
            client.force_login(observer.user)
            entries = [
                {
                    "client_id": str(uuid.uuid4()),
                    "kind": "situation",
                    "placement": observer.placement.pk,
                    "fields": {
                        "observed_at": "10:15",
                        "contact_reason": "rsa",
                        "note": f"Mme Le Goff attend depuis {n} minutes.",
                    },
                }
                for n in range(entries_each)
            ] + [
                {
                    "client_id": str(uuid.uuid4()),
                    "kind": "astonishment",
                    "placement": observer.placement.pk,
                    "fields": {"text": "M. Diallo connaît mieux le site que l'agent."},
                }
            ]
            barrier.wait()
            response = client.post(
                reverse("notebook:sync"),
                json.dumps({"entries": entries}),
                content_type="application/json",
            )
            statuses.append(response.status_code)
            if response.status_code == 200:
                results.extend(r["status"] for r in response.json()["results"])
        except Exception as exc:  # noqa: BLE001 - reported to the test
            errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=(o,)) for o in observers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {
        "statuses": sorted(statuses),
        "results": sorted(results),
        "errors": errors,
        "situations": Situation.objects.count(),
        "astonishments": Astonishment.objects.count(),
        "leaked": Situation.objects.filter(note__contains="Le Goff").count(),
    }


def same_queue_from_two_devices(observer, *, devices: int = 2, rounds: int = 5) -> dict:
    """One participant's offline queue sent from ``devices`` devices (each its own session)
    at the same instant, ``rounds`` times with new entries: each entry must be stored once,
    answered « created » on one device and « exists » on the others."""
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from immersion.observation.models import Astonishment, Situation

    clients = []
    for _ in range(devices):
        client = Client()
        client.force_login(observer.user)
        clients.append(client)
    statuses, errors, answers = [], [], {}
    submitted = 0
    for round_ in range(rounds):
        entries = [
            {
                "client_id": str(uuid.uuid4()),
                "kind": "situation",
                "placement": observer.placement.pk,
                "fields": {
                    "observed_at": "10:15",
                    "contact_reason": "rsa",
                    "note": f"Mme Le Goff attend depuis {round_}{n} minutes.",
                },
            }
            for n in range(3)
        ] + [
            {
                "client_id": str(uuid.uuid4()),
                "kind": "astonishment",
                "placement": observer.placement.pk,
                "fields": {"text": "M. Diallo connaît mieux le site que l'agent."},
            }
        ]
        submitted += len(entries)
        body = json.dumps({"entries": entries})
        barrier = threading.Barrier(devices)

        def send(client, body, barrier):
            try:
                barrier.wait()
                response = client.post(
                    reverse("notebook:sync"), body, content_type="application/json"
                )
                statuses.append(response.status_code)
                if response.status_code == 200:
                    for result in response.json()["results"]:
                        answers.setdefault(result["client_id"], []).append(result["status"])
            except Exception as exc:  # noqa: BLE001 - reported to the test
                errors.append(f"{type(exc).__name__}: {exc}")
            finally:
                connection.close()

        threads = [threading.Thread(target=send, args=(c, body, barrier)) for c in clients]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    return {
        "submitted": submitted,
        "stored": Situation.objects.count() + Astonishment.objects.count(),
        "statuses": sorted(statuses),
        "errors": errors,
        "answers": sorted({",".join(sorted(a)) for a in answers.values()}),
        "answered": len(answers),
    }


def main() -> None:
    import django

    django.setup()
    from django.core.management import call_command

    from immersion.observation import redaction
    from tests.observation.factories import make_observer

    call_command("migrate", verbosity=0)
    if sys.argv[1:] == ["two-devices"]:
        print(json.dumps(same_queue_from_two_devices(make_observer())))
        return
    redaction._redactor = None  # as after a server start
    first = make_observer()
    observers = [first, *(make_observer(seminar=first.seminar) for _ in range(3))]
    print(json.dumps(sync_at_once(observers)))


if __name__ == "__main__":
    main()
