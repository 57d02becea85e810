"""Logging: filters and the production formatter. No log line keeps a secret or an address.

Sign-in links carry a secret token in their path; exceptions (a database's unique-key error,
an SMTP refusal) may quote an e-mail address. ``RedactSignInTokens`` goes on every handler;
``JsonLinesFormatter`` (production) writes one JSON object per line for the log collector and
masks any e-mail address left in the message or the traceback.
"""

import datetime as dt
import json
import logging
import re

# /connexion/lien/<token>/ — but not the request page (/connexion/lien/) nor its fixed pages.
TOKEN_PATH = re.compile(r"(/connexion/lien/)(?!envoye/|confirmer/)[^/\s\"?]{8,}")
REDACTED = r"\1[jeton]"
EMAIL_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
EMAIL_REDACTED = "[adresse]"


class RedactSignInTokens(logging.Filter):
    """Replace sign-in tokens in a record's message (access lines of the development server,
    request errors…) with « [jeton] ». Put it on every handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "/connexion/lien/" in message:
            record.msg = TOKEN_PATH.sub(REDACTED, message)
            record.args = ()
        return True


def scrub(text: str) -> str:
    """The text without sign-in tokens nor e-mail addresses."""
    if "/connexion/lien/" in text:
        text = TOKEN_PATH.sub(REDACTED, text)
    if "@" in text:
        text = EMAIL_ADDRESS.sub(EMAIL_REDACTED, text)
    return text


class JsonLinesFormatter(logging.Formatter):
    """One JSON object per line: ``time`` (UTC, ISO 8601), ``level``, ``logger``, ``message``,
    and ``exception`` (the traceback's text) when there is one. Extra fields are not copied:
    a record's ``request`` (Django's request errors) would carry cookies and bodies."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": dt.datetime.fromtimestamp(record.created, tz=dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": scrub(record.getMessage()),
        }
        if record.exc_info:
            line["exception"] = scrub(self.formatException(record.exc_info))
        elif record.exc_text:
            line["exception"] = scrub(record.exc_text)
        if getattr(record, "status_code", None):
            line["status"] = record.status_code
        return json.dumps(line, ensure_ascii=False)
