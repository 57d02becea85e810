"""gunicorn settings of bench/load.py's app servers (``gunicorn -c bench/gunicorn_load.py``).

Each worker loads the anonymiser before taking requests (config/wsgi.py starts loading it;
here the worker waits for the end), opens each page of the plan once in-process (imports,
compiled templates, translations: a cold worker answers its first pages in seconds), then
drops a file in $LOAD_READY_DIR: the bench starts the traffic once every worker is ready, so
the load measures the day, not the processes' start-up.
"""

import json
import os
from pathlib import Path

worker_class = "gthread"
workers = int(os.environ.get("LOAD_GUNICORN_WORKERS", "2"))
threads = int(os.environ.get("LOAD_GUNICORN_THREADS", "4"))
timeout = 60
graceful_timeout = 10
keepalive = 5
# LOAD_ACCESS_LOG=FILE: one line per request with the server's own time (µs), to tell the
# time a request waits for a thread from the time it is served.
accesslog = os.environ.get("LOAD_ACCESS_LOG") or None
access_log_format = '%(t)s "%(r)s" %(s)s %(D)s'
loglevel = "warning"


def post_worker_init(worker):
    from immersion.observation.redaction import warm_up

    warm_up(background=False)
    plan = os.environ.get("LOAD_PLAN")
    if plan:
        open_pages(json.loads(Path(plan).read_text()))
    ready = os.environ.get("LOAD_READY_DIR")
    if ready:
        Path(ready, f"worker-{os.getpid()}").touch()


def open_pages(plan: dict) -> None:
    """Each kind of request of the load once, through Django's test client (no network)."""
    from django.test import Client

    def client(person):
        c = Client(HTTP_HOST="127.0.0.1", HTTP_COOKIE=person["cookie"])
        return c

    urls = plan["urls"]
    participant = plan["participants"][0]
    client(participant).post(
        urls["sync"], json.dumps({"entries": []}), content_type="application/json"
    )
    client(participant).get(participant["sign_url"])
    organizer = client(plan["kiosks"][0])
    organizer.get(urls["kiosk_sheet"])
    for url in urls["followup"]:
        client(plan["organizers"][0]).get(url)
    for url in urls["debrief"]:
        client(plan["experts"][0]).get(url)
    client(plan["tutors"][0]).get(urls["tutor_home"])
