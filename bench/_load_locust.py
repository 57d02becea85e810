"""bench/load.py's traffic: Locust used as a library (gevent, no web UI), in its own process.

``python bench/_load_locust.py --plan plan.json --ports 8301,8302 --seconds S --out result.json``

Simulated people, spread over the app servers' ports on 127.0.0.1 (a load balancer's job):

- observers (every participant of the plan): on arrival, one in two signs the half-day's
  attendance sheet on their phone; then, after each pause (``--pace``, 10 to 30 s), they
  write one to three notes
  (situations, sometimes with a free note, and astonishments) into their device's offline
  queue and synchronise it as notebook.js does: batches of at most 50, the same client ids
  sent again after an error, a timeout or a "retry" answer (pauses doubling up to 5 s), an
  entry leaving the queue only when the server answered "created" or "exists". One sync in
  ten also carries an entry already stored (a second device sending the same queue): the
  answer must be "exists";
- kiosks (an organizer's tablet, the expert's): the half-day's sheet, and the other half of
  the participants signing on it;
- organizers on the follow-up pages (filters, search, page 3), the expert on the debrief
  board and its panels, tutors on their home page.

Bounds: ``--seconds`` of load, then at most ``--drain`` seconds for the queues to empty, and
at most ``--max-requests`` requests in all (the load stops early when reached). Writes the
client ids submitted, the answers and every request's time (ms) by kind to ``--out``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path

import gevent
from gevent.event import Event
from locust import FastHttpUser, between, events, task
from locust.env import Environment

SYNC = "carnet : synchronisation"
OWN_PAGE = "émargement : page (téléphone)"
OWN_SIGN = "émargement : signer (téléphone)"
KIOSK_PAGE = "émargement : feuille (kiosque)"
KIOSK_SIGN = "émargement : signer (kiosque)"
FOLLOWUP = "suivi des participants (organisatrices)"
BOARD = "débriefing : tableau (expert)"
PANEL = "débriefing : panneau (expert)"
TUTOR = "accueil du tuteur"

NOTES = [
    "",
    "",
    "Une dame attend depuis l'ouverture pour une question d'APL ; l'agent prend le temps.",
    "Le monsieur ne comprend pas le courrier d'indu, l'agente lui réexplique deux fois.",
    "Appel coupé après dix minutes d'attente, l'usager rappelle aussitôt.",
    "Borne en panne : trois personnes renvoyées vers le site internet.",
    "M. Exemple-Fictif présente un dossier incomplet, rendez-vous repris jeudi.",
]
ASTONISHMENTS = [
    "Le nombre de personnes qui viennent seulement pour imprimer un document.",
    "La patience des agents face à des situations très tendues.",
    "Tout passe par le téléphone portable, même quand l'usager n'en a pas.",
]
BATCH = 50  # notebook.js's MAX_BATCH
MAX_PAUSE = 5.0
FLUSH_FOR_AT_MOST = 60.0  # then the entries wait for the next round, as on a phone

PLAN: dict = {}
FIRST_NOTE = {"after_observing": True}
BASES: list[str] = []
STOPPING = Event()
STATE = {
    "submitted": set(),  # client ids written into a queue
    "acknowledged": set(),  # answered "created" or "exists"
    "rejected": [],  # answered "invalid" or "forbidden": reasons, never the text
    "resent": 0,  # entries already stored, sent again (second device)
    "resent_created": 0,  # ... and answered "created": must stay 0
    "requests": 0,
}
TIMES: dict[str, list[float]] = defaultdict(list)
STARTS: dict[str, list[float]] = defaultdict(list)
STARTED = [time.monotonic()]
OUTCOMES: dict[str, Counter] = defaultdict(Counter)
QUEUES: list = []


def on_request(request_type, name, response_time, response_length, response=None, **kwargs):
    exception = kwargs.get("exception")
    status = getattr(response, "status_code", 0) or 0
    if status:
        outcome = str(status)
    else:
        text = f"{type(exception).__name__} {exception}".lower() if exception else ""
        if "timeout" in text or "timed out" in text:
            outcome = "délai dépassé"
        elif "refused" in text or "reset" in text:
            outcome = "connexion refusée"
        else:
            outcome = f"erreur réseau ({type(exception).__name__})"
    TIMES[name].append(float(response_time))
    # When it started, in seconds from the start of the load (arrival burst vs steady state).
    STARTS[name].append(round(time.monotonic() - STARTED[0] - response_time / 1000, 2))
    OUTCOMES[name][outcome] += 1
    STATE["requests"] += 1


def failure(response) -> str:
    """Why a request failed, as the stats will classify it (status, or the network error)."""
    if response.status_code:
        return f"HTTP {response.status_code}"
    error = getattr(response, "error", None)
    return f"{type(error).__name__}: {error}"


def headers(person, **extra) -> dict:
    return {"Cookie": person["cookie"], "X-CSRFToken": person["csrf"], **extra}


class Person(FastHttpUser):
    abstract = True
    network_timeout = 10.0
    connection_timeout = 5.0
    roster: list = []
    _counter = itertools.count()

    def on_start(self):
        n = next(self._counter)
        self.person = self.roster[n % len(self.roster)]
        self.base = BASES[n % len(BASES)]

    def get(self, url, name, expect=(200,)):
        with self.client.get(
            self.base + url,
            name=name,
            headers=headers(self.person),
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code in expect:
                response.success()
            else:
                response.failure(failure(response))
            return response

    def post_form(self, url, name, data, expect=(200, 302)):
        body = {"csrfmiddlewaretoken": self.person["csrf"], **data}
        with self.client.post(
            self.base + url,
            name=name,
            data=body,
            headers=headers(self.person),
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code in expect:
                response.success()
            else:
                response.failure(failure(response))
            return response


class Observer(Person):
    wait_time = between(5, 15)
    _counter = itertools.count()

    def on_start(self):
        self.roster = PLAN["participants"]
        super().on_start()
        self.queue: list[dict] = []
        self.stored: list[dict] = []
        self.flushing = False
        QUEUES.append(self)
        if self.person["signs"] == "own":
            self.get(self.person["sign_url"], OWN_PAGE)
            self.post_form(
                self.person["sign_url"],
                OWN_SIGN,
                {"action": "draw", "image": PLAN["signature"]},
                expect=(302,),
            )
        if FIRST_NOTE["after_observing"]:
            # Someone who has just arrived watches before writing: the first note comes one
            # pace after the arrival (the bench's pace is thirty times a real observer's),
            # not in the same second as the signature.
            gevent.sleep(self.wait_time())

    def write(self) -> dict:
        client_id = str(uuid.uuid4())
        if random.random() < 0.7:
            reasons = self.person["reasons"]
            entry = {
                "kind": "situation",
                "fields": {
                    "observed_at": f"{random.randint(9, 16):02d}:{random.randint(0, 59):02d}",
                    "contact_reason": random.choice(reasons),
                    "waiting_minutes": str(random.randint(0, 45)),
                    "outcome": random.choice(["resolue", "reorientee", "a_suivre", ""]),
                    "note": random.choice(NOTES),
                },
            }
        else:
            entry = {"kind": "astonishment", "fields": {"text": random.choice(ASTONISHMENTS)}}
        entry.update(
            client_id=client_id,
            placement=self.person["placement"],
            written_at=int(time.time() * 1000),
        )
        STATE["submitted"].add(client_id)
        return entry

    @task
    def note_and_sync(self):
        if STOPPING.is_set():
            return
        for _ in range(random.choice([1, 1, 2, 3])):
            self.queue.append(self.write())
        self.flush(time.monotonic() + FLUSH_FOR_AT_MOST)

    def flush(self, until: float) -> None:
        """Send the queue until it is empty (or ``until``), as notebook.js's sync() does."""
        if self.flushing:
            return
        self.flushing = True
        failures = 0
        try:
            while self.queue and time.monotonic() < until:
                batch = self.queue[:BATCH]
                again = []
                if self.stored and random.random() < 0.1 and len(batch) < BATCH:
                    again = [random.choice(self.stored)]
                results = self.send(batch + again)
                if results is None:
                    failures += 1
                    pause = min(MAX_PAUSE, 0.5 * 2 ** (failures - 1))
                    gevent.sleep(pause * random.uniform(0.5, 1.0))
                    continue
                failures = 0
                busy = self.settle(batch, again, results)
                if busy:
                    gevent.sleep(random.uniform(0.5, 1.0))
        finally:
            self.flushing = False

    def send(self, entries) -> list | None:
        payload = json.dumps({"owner": str(self.person["user"]), "entries": entries})
        with self.client.post(
            self.base + PLAN["urls"]["sync"],
            name=SYNC,
            data=payload,
            headers=headers(
                self.person, **{"Content-Type": "application/json", "Accept": "application/json"}
            ),
            catch_response=True,
        ) as response:
            if response.status_code != 200:
                response.failure(failure(response))
                return None
            try:
                results = response.json()["results"]
            except (ValueError, KeyError, TypeError):
                response.failure("réponse illisible")
                return None
            response.success()
            return results

    def settle(self, batch, again, results) -> bool:
        """Drop from the queue what the server holds; True when some must be sent again."""
        by_id = {r.get("client_id"): r for r in results if isinstance(r, dict)}
        busy = False
        for entry in again:
            STATE["resent"] += 1
            if by_id.get(entry["client_id"], {}).get("status") == "created":
                STATE["resent_created"] += 1
        for entry in batch:
            status = by_id.get(entry["client_id"], {}).get("status")
            if status in ("created", "exists"):
                STATE["acknowledged"].add(entry["client_id"])
                self.queue.remove(entry)
                self.stored.append(entry)
            elif status in ("invalid", "forbidden"):
                STATE["rejected"].append(
                    {
                        "status": status,
                        "fields": sorted(by_id[entry["client_id"]].get("errors", {})),
                    }
                )
                self.queue.remove(entry)
            else:  # "retry" (the anonymiser was unavailable) or no answer for it
                busy = True
        return busy


class Kiosk(Person):
    wait_time = between(2, 6)
    _counter = itertools.count()

    def on_start(self):
        self.roster = PLAN["kiosks"]
        super().on_start()
        n = PLAN["kiosks"].index(self.person)
        mine = [p for p in PLAN["participants"] if p["signs"] == "kiosk"]
        self.to_sign = mine[n :: len(PLAN["kiosks"])]

    @task
    def sheet_and_sign(self):
        if STOPPING.is_set():
            return
        self.get(PLAN["urls"]["kiosk_sheet"], KIOSK_PAGE)
        if self.to_sign:
            person = self.to_sign.pop(0)
            self.post_form(
                person["sign_url"],
                KIOSK_SIGN,
                {"action": "draw", "image": PLAN["signature"]},
                expect=(302,),
            )


class Organizer(Person):
    wait_time = between(2, 5)
    _counter = itertools.count()

    def on_start(self):
        self.roster = PLAN["organizers"]
        super().on_start()

    @task
    def followup(self):
        if not STOPPING.is_set():
            self.get(random.choice(PLAN["urls"]["followup"]), FOLLOWUP)


class Expert(Person):
    wait_time = between(3, 8)
    _counter = itertools.count()

    def on_start(self):
        self.roster = PLAN["experts"]
        super().on_start()

    @task
    def board(self):
        if STOPPING.is_set():
            return
        board, *panels = PLAN["urls"]["debrief"]
        self.get(board, BOARD)
        self.get(random.choice(panels), PANEL)


class Tutor(Person):
    wait_time = between(5, 15)
    _counter = itertools.count()

    def on_start(self):
        self.roster = PLAN["tutors"]
        super().on_start()

    @task
    def home(self):
        if not STOPPING.is_set():
            self.get(PLAN["urls"]["tutor_home"], TUTOR)


def run(args) -> dict:
    users = args.users
    low, _sep, high = args.pace.partition("-")
    Observer.wait_time = between(float(low), float(high or low))
    Observer.fixed_count = users
    Kiosk.fixed_count = len(PLAN["kiosks"])
    Organizer.fixed_count = max(2, users // 40)
    Expert.fixed_count = max(1, users // 100)
    Tutor.fixed_count = max(2, users // 40)
    classes = [Observer, Kiosk, Organizer, Expert, Tutor]
    total = sum(c.fixed_count for c in classes)
    env = Environment(user_classes=classes, events=events, host=BASES[0])
    env.events.request.add_listener(on_request)
    runner = env.create_local_runner()
    started = STARTED[0] = time.monotonic()
    runner.start(total, spawn_rate=args.spawn_rate)
    deadline = started + args.seconds
    reason = "durée"
    while time.monotonic() < deadline:
        if STATE["requests"] >= args.max_requests:
            reason = "nombre de requêtes"
            break
        gevent.sleep(0.2)
    STOPPING.set()
    loaded = time.monotonic() - started
    # Drain: the queues still holding entries are sent until empty (or the drain's end).
    drain_until = time.monotonic() + args.drain
    drainers = [
        gevent.spawn(observer.flush, drain_until)
        for observer in QUEUES
        if observer.queue and not observer.flushing
    ]
    while time.monotonic() < drain_until and any(o.queue for o in QUEUES):
        gevent.sleep(0.2)
    gevent.joinall(drainers, timeout=1)
    runner.quit()
    return {
        "users": total,
        "observers": users,
        "seconds": round(loaded, 1),
        "stopped_by": reason,
        "drain_seconds": round(time.monotonic() - started - loaded, 1),
        "left_in_queues": sum(len(o.queue) for o in QUEUES),
        "submitted": sorted(STATE["submitted"]),
        "acknowledged": len(STATE["acknowledged"]),
        "rejected": STATE["rejected"],
        "resent": STATE["resent"],
        "resent_created": STATE["resent_created"],
        "times": dict(TIMES),
        "starts": dict(STARTS),
        "arrival_seconds": round(total / args.spawn_rate, 1),
        "outcomes": {name: dict(c) for name, c in OUTCOMES.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plan", required=True)
    parser.add_argument("--ports", required=True)
    parser.add_argument("--users", type=int, required=True)
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--drain", type=float, default=60)
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--spawn-rate", type=float, default=20)
    parser.add_argument("--pace", default="10-30")
    parser.add_argument("--first-note-at-arrival", action="store_true")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    PLAN.update(json.loads(Path(args.plan).read_text()))
    FIRST_NOTE["after_observing"] = not args.first_note_at_arrival
    # Traffic goes to this machine's loopback only.
    BASES.extend(f"http://127.0.0.1:{int(port)}" for port in args.ports.split(","))
    Path(args.out).write_text(json.dumps(run(args)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
