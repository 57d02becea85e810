"""The outside world for the worker-fault scenarios: a mail server that records every message
it accepts in a directory (one file each), and is slow on the first one, so that the test can
kill the worker while it sends.

FAULT_MAIL_DIR: where messages are recorded (subject, then body); FAULT_MAIL_PHASE: none (no
fault), ``before`` (the worker is
killed before the server accepted the message) or ``after`` (accepted, but the worker dies
before it could record it as sent). The marker file ``sending`` says the slow send began.
"""

import os
import time
import uuid
from pathlib import Path

from django.core.mail.backends.base import BaseEmailBackend

SLOW_SECONDS = 60


class RecordingBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        folder = Path(os.environ["FAULT_MAIL_DIR"])
        phase = os.environ.get("FAULT_MAIL_PHASE", "")
        for message in email_messages:
            slow = False
            try:
                if phase not in ("before", "after"):
                    raise FileExistsError  # no fault: every message is fast
                (folder / "slow-taken").touch(exist_ok=False)
                slow = True
            except FileExistsError:
                pass
            if slow and phase == "before":
                (folder / "sending").touch()
                time.sleep(SLOW_SECONDS)
            record = folder / f"accepted-{uuid.uuid4().hex}.txt"
            record.write_text(f"{message.subject}\n{message.body}", "utf-8")
            if slow and phase == "after":
                (folder / "sending").touch()
                time.sleep(SLOW_SECONDS)
        return len(email_messages)


def accepted(folder: Path) -> list[str]:
    """The subjects of the messages the server accepted."""
    return sorted(p.read_text("utf-8").split("\n", 1)[0] for p in folder.glob("accepted-*.txt"))


def accepted_bodies(folder: Path) -> list[str]:
    return [p.read_text("utf-8").split("\n", 1)[1] for p in folder.glob("accepted-*.txt")]
