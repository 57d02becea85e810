"""Development server with the embedded task worker (e-mails, solves, documents)."""

import atexit
import os
import signal
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.core.servers.basehttp import ServerHandler


class Command(BaseCommand):
    help = "Lance le serveur de développement et un worker de tâches en arrière-plan."

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument("--no-worker", action="store_true")

    def handle(self, *args, addrport, no_worker=False, **options):
        # The autoreloader re-runs this command in a child process (RUN_MAIN=true):
        # start the worker once, from the outer process only, and stop it with the server.
        if not no_worker and os.environ.get("RUN_MAIN") != "true":
            worker = subprocess.Popen(  # noqa: S603 - our own manage.py, fixed arguments
                [
                    sys.executable,
                    "manage.py",
                    "task_worker",
                    "--no-reload",
                    "--interval",
                    "1",
                    "--due-every",
                    "300",
                ],
                stdout=sys.stdout,
                stderr=sys.stderr,
            )

            def stop_worker(*_args):
                if worker.poll() is None:
                    worker.terminate()
                    try:
                        worker.wait(timeout=5)
                    except subprocess.TimeoutExpired:
                        worker.kill()

            def on_signal(signum, _frame):
                stop_worker()
                raise SystemExit(128 + signum)

            atexit.register(stop_worker)
            signal.signal(signal.SIGTERM, on_signal)
            signal.signal(signal.SIGHUP, on_signal)
        # The Server header names no Python version.
        ServerHandler.server_software = "immersion"
        # Without DEBUG, runserver serves static files only when asked to.
        call_command("runserver", addrport, insecure_serving=not settings.DEBUG)
