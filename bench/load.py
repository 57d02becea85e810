"""Load bench of a national immersion day: the production setup on this machine under the
traffic of a seminar at ten times its usual scale, then an exactly-once check of the notes.

Usage::

    python bench/load.py --users 200 --seconds 120            # the machine's PostgreSQL
    python bench/load.py --users 200 --seconds 120 --pg private
    python bench/load.py --users 200 --seconds 120 --pg postgres://postgres@127.0.0.1:5433/postgres
    python bench/load.py --users 200 --seconds 120 --fault pg-restart   # always a private server

What it starts, and stops again at the end (also on Ctrl-C or an error):

1. a database: ``immersion_load`` on the machine's PostgreSQL (127.0.0.1:5432) by default,
   dropped at the end; with ``--pg private`` (and always with ``--fault pg-restart``) a private
   PostgreSQL server of its own (scripts/pg-own.sh: Debian's packages, a temporary data
   directory, a free port), never the machine's shared server;
2. the migrations, then a seeded seminar running today (bench/_load_django.py): 200
   participants (``--users`` when more) with their immersions and notebooks, host sites and
   their tutors, three organizers, an expert, one session per simulated person;
3. the production setup: two gunicorn app servers (config.settings.prod, a dummy secret,
   SECURE_SSL_REDIRECT=0, bench/gunicorn_load.py) on two loopback ports, and two task
   workers (``manage.py task_worker``);
4. the traffic, Locust as a library in a subprocess (bench/_load_locust.py): ``--users``
   participants syncing their offline queues with retries (one to three notes every 10 to
   30 s each, ``--pace``: some thirty times a real observer's pace), signing the attendance
   sheet on their phone or at the kiosk (their first note comes one pace after they sign:
   someone who arrives watches before writing; ``--first-note-at-arrival`` sends it in the
   same second, the harsher rush of earlier measurements), organizers on the follow-up
   pages, the expert on the debrief board, tutors on their home page; ``--seconds`` of load,
   at most ``--drain`` more seconds for the queues to empty, at most ``--max-requests``
   requests; only to 127.0.0.1.
   With ``--fault pg-restart``, PostgreSQL is restarted (``pg_ctl restart -m fast``) halfway.

Then it prints, per kind of request, the count, p50/p95/p99 (ms) and the answers other than
the expected ones, counts the notebook rows by client id in the database, and ends with::

    submitted N stored N duplicated 0 lost 0 errors 0 p95_sync_ms X p95_pages_ms Y

``p95_pages_ms`` is the organizers' follow-up pages. ``errors`` counts answers that are not
the expected ones (any 5xx — except, with ``--fault``, the 503 "come back in a moment" of the
restart, printed apart —, 4xx, timeouts, refused connections), entries the server refused as
invalid, an entry already stored answered "created", and crashes in the servers' logs
(500s, gunicorn workers lost, tracebacks of task workers).
The exit code is 1 when a note was lost or duplicated or ``errors`` is not 0.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._load_accounting import account, passed, percentile, summary_line  # noqa: E402

DATABASE = "immersion_load"
MACHINE_PG = "postgres://postgres@127.0.0.1:5432/postgres"
LOOPBACK = {"127.0.0.1", "localhost"}
FOLLOWUP = "suivi des participants (organisatrices)"
SYNC = "carnet : synchronisation"
EXPECTED = {  # kind of request -> answers that are not errors
    "émargement : signer (téléphone)": {"302"},
    "émargement : signer (kiosque)": {"302"},
}


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Processes:
    """Every process started here, each in its own process group, stopped in reverse order."""

    def __init__(self):
        self.started: list[tuple[str, subprocess.Popen]] = []

    def start(self, name: str, command: list[str], env: dict, log_path: Path) -> subprocess.Popen:
        out = open(log_path, "wb")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        process.log = out
        self.started.append((name, process))
        return process

    def dead(self) -> list[str]:
        return [name for name, p in self.started if p.poll() is not None]

    def stop_all(self) -> None:
        for _name, process in reversed(self.started):
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
        for _name, process in reversed(self.started):
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
            process.log.close()
        self.started.clear()


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def admin(url: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(
        with_database(url, "postgres").replace("postgres://", "postgresql://", 1),
        autocommit=True,
        connect_timeout=10,
    ) as connection:
        for statement in statements:
            connection.execute(statement)


def run(command: list[str], env: dict, what: str, timeout: float) -> str:
    result = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"{what} a échoué :\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result.stdout


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its children (Linux /proc), in seconds."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / tick
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except (OSError, IndexError, ValueError):
        return total
    return total + sum(cpu_seconds(int(child)) for child in children)


def postgres_cpu_seconds() -> float:
    """CPU time of every PostgreSQL process of the machine (the shared server's backends
    serve the benchmark's connections; other users of the server count too)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            head, tail = stat.read_text().rsplit(")", 1)
        except (OSError, ValueError):
            continue
        if head.split("(", 1)[-1].startswith("postgres"):
            fields = tail.split()
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def machine_busy_seconds() -> float:
    """CPU time the machine's cores spent busy (every process, the kernel's included)."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


class CpuSampler(threading.Thread):
    """Every ``step`` seconds of the load, the CPU time each group of processes took: what
    saturates the machine's cores during the arrival rush (servers, task workers, Locust,
    PostgreSQL)."""

    def __init__(self, groups: dict[str, list[int]], step: float = 5.0):
        super().__init__(daemon=True)
        self.groups, self.step = groups, step
        self.windows: list[dict[str, float]] = []
        self.done = threading.Event()

    def totals(self) -> dict[str, float]:
        totals = {name: sum(cpu_seconds(pid) for pid in pids) for name, pids in self.groups.items()}
        totals["PostgreSQL"] = postgres_cpu_seconds()
        totals["machine"] = machine_busy_seconds()
        return totals

    def run(self) -> None:
        previous = self.totals()
        while not self.done.wait(self.step):
            now = self.totals()
            self.windows.append({name: now[name] - previous[name] for name in now})
            previous = now

    def report(self, windows: int) -> str:
        cells = []
        for i, window in enumerate(self.windows[:windows]):
            window = dict(window)
            machine = window.pop("machine")
            window["autres"] = max(0.0, machine - sum(window.values()))
            parts = ", ".join(f"{name} {seconds:.1f}" for name, seconds in window.items())
            cells.append(f"{i * self.step:.0f}-{(i + 1) * self.step:.0f} s : {parts}")
        return (
            f"CPU (s de cœur par tranche de {self.step:.0f} s, {os.cpu_count()} cœurs) : "
            + " ; ".join(cells)
        )


def wait_ready(ready_dirs: list[Path], per_instance: int, processes: Processes, timeout: float):
    until = time.monotonic() + timeout
    while time.monotonic() < until:
        if processes.dead():
            raise RuntimeError(f"processus arrêtés au démarrage : {', '.join(processes.dead())}")
        if all(len(list(d.iterdir())) >= per_instance for d in ready_dirs):
            return
        time.sleep(0.5)
    raise RuntimeError("les serveurs d'application ne sont pas prêts à temps")


def table(result: dict, fault: bool) -> tuple[int, list[str]]:
    """The per-kind table, and the number of answers that are errors."""
    lines = [
        f"{'requête':<42} {'nombre':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}  "
        "réponses hors attendu"
    ]
    errors = 0
    for name in sorted(result["times"]):
        times = result["times"][name]
        expected = EXPECTED.get(name, {"200"})
        others = {k: v for k, v in result["outcomes"].get(name, {}).items() if k not in expected}
        errors += sum(v for k, v in others.items() if not (fault and k == "503"))
        shown = ", ".join(f"{k}×{v}" for k, v in sorted(others.items())) or "—"
        lines.append(
            f"{name:<42} {len(times):>7} {percentile(times, 0.5):>7.0f} "
            f"{percentile(times, 0.95):>7.0f} {percentile(times, 0.99):>7.0f}  {shown}"
        )
    return errors, lines


# What a crash leaves in the logs: a 500 (Django logs every 5xx; the 503 of a database that
# is away is expected under --fault and counted apart), a gunicorn worker that died or hung,
# an exception that ended a task worker's loop.
CRASH_MARKS = ("Internal Server Error", "WORKER TIMEOUT", "Exception in worker")


def crashes_in(logs: list[Path]) -> int:
    count = 0
    for path in logs:
        text = path.read_text(errors="replace") if path.exists() else ""
        if path.name.startswith("task-worker"):
            count += text.count("Traceback")
        else:
            count += sum(text.count(mark) for mark in CRASH_MARKS)
    return count


def print_timeline(result: dict, until: float, step: float = 5.0) -> None:
    """The start of the day, window by window: requests started (every kind) and how long a
    synchronisation took (p95), to tell a rush that queues from one that does not."""
    cells = []
    start = 0.0
    while start < until:
        end = start + step
        began = [b for name in result["starts"] for b in result["starts"][name] if start <= b < end]
        syncs = [
            t
            for t, b in zip(
                result["times"].get(SYNC, []), result["starts"].get(SYNC, []), strict=True
            )
            if start <= b < end
        ]
        p95 = f"{percentile(syncs, 0.95):.0f}" if syncs else "—"
        cells.append(f"{start:.0f}-{end:.0f} s : {len(began)} req., synchro p95 {p95} ms")
        start = end
    print("début de journée, par tranche de 5 s : " + " ; ".join(cells))


def main() -> int:  # noqa: C901, PLR0912, PLR0915 - one scenario, told in order
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200, help="participants syncing at once")
    parser.add_argument("--seconds", type=float, default=120, help="duration of the load")
    parser.add_argument(
        "--pg",
        default="machine",
        help="machine (127.0.0.1:5432, default), private, or a postgres:// URL on 127.0.0.1",
    )
    parser.add_argument("--fault", choices=["pg-restart"], default=None)
    parser.add_argument("--drain", type=float, default=60, help="max seconds to empty queues")
    parser.add_argument(
        "--pace",
        default="10-30",
        help="seconds between two rounds of notes of a participant (MIN-MAX)",
    )
    parser.add_argument(
        "--first-note-at-arrival",
        action="store_true",
        help="each participant syncs a first note in the second they sign (harsher rush)",
    )
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per server")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    if args.users < 1 or args.seconds <= 0:
        parser.error("--users et --seconds doivent être positifs")
    pg = args.pg
    if args.fault == "pg-restart":
        if pg not in ("machine", "private"):
            parser.error(
                "--fault pg-restart redémarre le serveur : seulement avec un serveur privé"
            )
        pg = "private"  # never restart the machine's shared server
    if pg not in ("machine", "private") and urlsplit(pg).hostname not in LOOPBACK:
        parser.error("--pg : un serveur PostgreSQL de cette machine (127.0.0.1) seulement")

    def interrupted(signum, frame):
        raise KeyboardInterrupt

    # Ctrl-C, a kill or a closed terminal: stop everything started here. (SIGINT is set
    # explicitly: a shell's background job inherits it ignored.)
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, interrupted)
    tmp = Path(tempfile.mkdtemp(prefix="immersion-load-"))
    processes = Processes()
    pg_dir: Path | None = None
    server_url = None
    database_created = False
    logs: list[Path] = []
    ok = False
    try:
        python = sys.executable
        if pg == "private":
            # Its own directory under /tmp: the server runs as ``postgres``, which cannot
            # enter ``tmp`` (private to this user).
            pg_dir = Path(tempfile.mkdtemp(prefix="immersion-load-pg-"))
            server_url = run(
                [str(ROOT / "scripts/pg-own.sh"), "start", str(pg_dir)],
                dict(os.environ),
                "le démarrage du PostgreSQL privé",
                120,
            ).strip()
            log(f"PostgreSQL privé : {server_url}")
        else:
            server_url = MACHINE_PG if pg == "machine" else pg
            # One run at a time on a shared server: the database has a fixed name.
            lock = open(Path(tempfile.gettempdir()) / "immersion-load.lock", "w")  # noqa: SIM115
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise RuntimeError(
                    f"un autre bench/load.py utilise déjà la base {DATABASE} : attendez sa fin "
                    "ou lancez celui-ci avec --pg private"
                ) from None
        admin(
            server_url,
            f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)",
            f"CREATE DATABASE {DATABASE}",
        )
        database_created = True
        database_url = with_database(server_url, DATABASE)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.prod",
            "DJANGO_SECRET_KEY": "bench-load-not-a-secret-" + "x" * 40,
            "SECURE_SSL_REDIRECT": "0",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            # A bench-only key (encrypts the TOTP secrets of the bench's staff accounts).
            "IMMERSION_TOTP_KEYS": "wvVlALEmh3YH6RbRyQB41VY5WSMoTDHYjdS3EEQ9GcE=",
            "DATABASE_URL": database_url,
            "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
            "IMMERSION_VAR_DIR": str(tmp / "var"),
            "DJANGO_STATIC_ROOT": str(tmp / "static"),
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
        }
        env.pop("DJANGO_DEBUG", None)
        log(f"base {DATABASE} : migrations, fichiers statiques")
        run([python, "manage.py", "migrate", "--noinput"], env, "migrate", 600)
        # WhiteNoise's hashed names: the pages need the manifest that collectstatic writes.
        run([python, "manage.py", "collectstatic", "--noinput", "-v0"], env, "collectstatic", 600)
        participants = max(200, args.users)
        log(f"séminaire ×10 : {participants} participants, sessions")
        plan_path = tmp / "plan.json"
        started = time.monotonic()
        run(
            [python, "bench/_load_django.py", "seed", f"--participants={participants}"]
            + [f"--out={plan_path}"],
            env,
            "le peuplement",
            900,
        )
        log(f"peuplé en {time.monotonic() - started:.0f} s")

        ports = [free_port(), free_port()]
        ready_dirs = []
        for i, port in enumerate(ports):
            ready = tmp / f"ready-{i}"
            ready.mkdir()
            ready_dirs.append(ready)
            path = tmp / f"gunicorn-{port}.log"
            logs.append(path)
            processes.start(
                f"gunicorn :{port}",
                [str(Path(python).parent / "gunicorn"), "-c", "bench/gunicorn_load.py"]
                + ["-b", f"127.0.0.1:{port}", "config.wsgi:application"],
                {
                    **env,
                    "LOAD_READY_DIR": str(ready),
                    "LOAD_PLAN": str(plan_path),
                    "LOAD_GUNICORN_WORKERS": str(args.workers),
                    "LOAD_GUNICORN_THREADS": str(args.threads),
                },
                path,
            )
        for i in range(2):
            path = tmp / f"task-worker-{i}.log"
            logs.append(path)
            processes.start(f"task_worker {i}", [python, "manage.py", "task_worker"], env, path)
        log(f"2 serveurs gunicorn ({args.workers} × {args.threads} fils) sur {ports}, 2 workers")
        wait_ready(ready_dirs, args.workers, processes, 300)
        log("serveurs prêts (anonymiseur chargé dans chaque worker)")

        restart: dict = {}
        timer = None
        if args.fault == "pg-restart":

            def restart_pg():
                began = time.monotonic()
                restart["at_s"] = round(args.seconds / 2, 1)
                try:
                    subprocess.run(
                        [str(ROOT / "scripts/pg-own.sh"), "restart", str(pg_dir)],
                        check=True,
                        capture_output=True,
                        timeout=120,
                    )
                    restart["took_s"] = round(time.monotonic() - began, 1)
                except (subprocess.SubprocessError, OSError) as exc:
                    restart["failed"] = type(exc).__name__

            timer = threading.Timer(args.seconds / 2, restart_pg)

        result_path = tmp / "result.json"
        log(f"charge : {args.users} participants pendant {args.seconds:.0f} s")
        locust = processes.start(
            "locust",
            [python, "bench/_load_locust.py", f"--plan={plan_path}"]
            + [f"--ports={','.join(map(str, ports))}", f"--users={args.users}"]
            + [f"--seconds={args.seconds}", f"--drain={args.drain}"]
            + [f"--max-requests={args.max_requests}", f"--pace={args.pace}"]
            + (["--first-note-at-arrival"] if args.first_note_at_arrival else [])
            + [f"--out={result_path}"],
            env,
            tmp / "locust.log",
        )
        servers = [p.pid for name, p in processes.started if name.startswith("gunicorn")]
        sampler = CpuSampler(
            {
                "serveurs": servers,
                "workers": [p.pid for name, p in processes.started if name.startswith("task_")],
                "Locust": [locust.pid],
            }
        )
        sampler.start()
        cpu_before = sum(cpu_seconds(pid) for pid in servers)
        load_before = os.getloadavg()[0]
        if timer:
            timer.start()
        try:
            locust.wait(timeout=args.seconds + args.drain + 180)
        finally:
            if timer:
                timer.cancel()
                if timer.is_alive():
                    timer.join()
        if locust.returncode != 0 or not result_path.exists():
            raise RuntimeError(
                "le générateur de charge a échoué :\n"
                + (tmp / "locust.log").read_text(errors="replace")[-3000:]
            )
        sampler.done.set()
        cpu_servers = sum(cpu_seconds(pid) for pid in servers) - cpu_before
        result = json.loads(result_path.read_text())
        if restart:
            if "failed" in restart:
                raise RuntimeError(f"le redémarrage de PostgreSQL a échoué ({restart['failed']})")
            log(f"PostgreSQL redémarré à {restart['at_s']} s (en {restart['took_s']} s)")
        stored_path = tmp / "stored.json"
        run(
            [python, "bench/_load_django.py", "count", f"--plan={plan_path}"]
            + [f"--out={stored_path}"],
            env,
            "le comptage",
            300,
        )
        stored = json.loads(stored_path.read_text())
        processes.stop_all()  # the servers' logs are complete once they are stopped

        answer_errors, lines = table(result, fault=bool(args.fault))
        print()
        print(
            f"{result['users']} utilisateurs simulés ({result['observers']} participants), "
            f"{result['seconds']:.0f} s de charge (arrêt : {result['stopped_by']}), "
            f"vidage des files {result['drain_seconds']:.0f} s"
        )
        for line in lines:
            print(line)
        unavailable = sum(o.get("503", 0) for o in result["outcomes"].values())
        crashes = crashes_in(logs)
        tally = account(result["submitted"], stored)
        print(
            f"notes : {tally.submitted} écrites, {result['acknowledged']} acquittées, "
            f"{result['left_in_queues']} encore en file, {tally.unexpected} inattendues ; "
            f"renvois d'un second appareil : {result['resent']} "
            f"({result['resent_created']} enregistrés à nouveau) ; refusées : "
            f"{len(result['rejected'])} ; 503 : {unavailable} ; traces d'erreur dans les "
            f"journaux : {crashes}"
        )
        # What the day cost the app servers, whatever the other users of the machine took.
        requests = sum(len(t) for t in result["times"].values())
        print(
            f"CPU des 2 serveurs d'application : {cpu_servers:.1f} s pour {requests} requêtes "
            f"({1000 * cpu_servers / max(1, requests):.0f} ms par requête) ; charge de la "
            f"machine (uptime, 1 min) : {load_before:.1f} avant, {os.getloadavg()[0]:.1f} "
            f"après, pour {os.cpu_count()} cœurs"
        )
        # The same once everyone has arrived and signed the sheet (the first rush is over).
        settled = result["arrival_seconds"] + 20
        if result["seconds"] > settled + 10:
            late = {
                name: [
                    t
                    for t, began in zip(result["times"][name], result["starts"][name], strict=True)
                    if began >= settled
                ]
                for name in (SYNC, FOLLOWUP)
            }
            print(
                f"après les {settled:.0f} premières secondes (arrivées et émargement) : "
                f"p95 synchronisation {percentile(late[SYNC], 0.95):.0f} ms "
                f"({len(late[SYNC])} requêtes), p95 suivi {percentile(late[FOLLOWUP], 0.95):.0f} "
                f"ms ({len(late[FOLLOWUP])} requêtes)"
            )
        print_timeline(result, until=result["arrival_seconds"] + 30)
        print(sampler.report(windows=int((result["arrival_seconds"] + 30) // sampler.step)))
        errors = answer_errors + len(result["rejected"]) + result["resent_created"] + crashes
        times = result["times"]
        line = summary_line(
            tally,
            errors=errors,
            p95_sync_ms=percentile(times.get(SYNC, []), 0.95),
            p95_pages_ms=percentile(times.get(FOLLOWUP, []), 0.95),
        )
        ok = passed(tally, errors=errors)
        if not ok:
            args.keep = True
        print(line, flush=True)
        return 0 if ok else 1
    except KeyboardInterrupt:
        log("interrompu : arrêt de tout ce qui a été démarré")
        return 130
    except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
        log(f"échec : {exc}")
        args.keep = True
        return 2
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # finish cleaning up
        processes.stop_all()
        if database_created and pg_dir is None:
            with contextlib.suppress(Exception):
                admin(server_url, f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        if pg_dir is not None:
            subprocess.run(
                [str(ROOT / "scripts/pg-own.sh"), "stop", str(pg_dir)],
                capture_output=True,
                check=False,
                timeout=120,
            )
        if args.keep:
            print(f"journaux gardés dans {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
