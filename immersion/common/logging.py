"""Logging filters. Sign-in links carry a secret token in their path: no log line keeps it."""

import logging
import re

# /connexion/lien/<token>/ — but not the request page (/connexion/lien/) nor its fixed pages.
TOKEN_PATH = re.compile(r"(/connexion/lien/)(?!envoye/|confirmer/)[^/\s\"?]{8,}")
REDACTED = r"\1[jeton]"


class RedactSignInTokens(logging.Filter):
    """Replace sign-in tokens in a record's message (access lines of the development server,
    request errors…) with « [jeton] ». Put it on every handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "/connexion/lien/" in message:
            record.msg = TOKEN_PATH.sub(REDACTED, message)
            record.args = ()
        return True
