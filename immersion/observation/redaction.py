"""The adapter between the notebook and the anonymiser core (``immersion.privacy``).

One ``Redactor`` per process, created on first use (spaCy loads in a few seconds), shared by
every request under a lock (the live server and production app servers are threaded). Nothing
here logs, prints or keeps the text it is given; a failure of the anonymiser becomes a
``RedactionUnavailable`` that carries no input and no chained exception (error reports list the
frames and locals of chained exceptions).
"""

import threading
from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.utils.translation import ngettext
from django.views.decorators.debug import sensitive_variables

from immersion.privacy import Redactor

_lock = threading.Lock()
_redactor: Redactor | None = None
# The texts of a batch redacted together (``redacted_together``), by their normalised text;
# held in memory for one request only.
_batch: ContextVar[dict | None] = ContextVar("redacted_together", default=None)


class RedactionUnavailable(Exception):  # noqa: N818 - reads better at the call sites
    """The anonymiser could not run: nothing may be stored. The message holds no input."""


@dataclass(frozen=True)
class Redacted:
    """A redacted text, what was masked per label, and the pieces for the preview."""

    text: str
    summary: dict[str, int] = field(default_factory=dict)
    segments: list[dict] = field(default_factory=list)
    spans: list[dict] = field(default_factory=list)


def _get_redactor() -> Redactor:
    global _redactor
    if _redactor is None:
        _redactor = Redactor()
    return _redactor


def warm_up(*, background: bool = True) -> threading.Thread | None:
    """Load the anonymiser at process start (config/wsgi.py), not in an observer's request.

    In the background by default: the server answers at once, and a note sent during the load
    waits for it under the lock instead of loading a second copy."""

    def load():
        try:
            with _lock:
                _get_redactor().redact_many(["Mme Exemple appelle à 9 h."])
        except Exception:  # noqa: BLE001, S110 - the first real note will report it
            pass

    if not background:
        load()
        return None
    thread = threading.Thread(target=load, name="anonymiser-warm-up", daemon=True)
    thread.start()
    return thread


def normalise(text) -> str:
    """Line breaks as ``\\n``, no NUL characters, no blank edges."""
    if not isinstance(text, str):
        return ""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()


def add_summaries(*summaries: dict[str, int]) -> dict[str, int]:
    total: Counter = Counter()
    for summary in summaries:
        total.update(summary)
    return dict(sorted(total.items()))


@contextmanager
@sensitive_variables()
def redacted_together(texts):
    """Inside this block, ``redact_texts`` finds these texts already redacted: a batch of
    notes (a notebook's sync) goes through spaCy in one pass instead of one pass a note.
    Nothing is stored; a failure here is left to each note's own redaction (which then says
    so), and a text not announced is redacted as usual."""
    cleaned = list(dict.fromkeys(t for t in (normalise(t) for t in texts) if t))
    done = {}
    if cleaned:
        try:
            done = dict(zip(cleaned, redact_texts(cleaned), strict=True))
        except RedactionUnavailable:
            done = {}
    token = _batch.set(done)
    try:
        yield
    finally:
        _batch.reset(token)


@sensitive_variables()
def redact_texts(texts: list[str]) -> list[Redacted]:
    """Redact several texts at once (spaCy runs in one batch). Blank texts stay blank."""
    cleaned = [normalise(t) for t in texts]
    ready = _batch.get() or {}
    if ready and all(t in ready or not t for t in cleaned):
        return [ready[t] if t else Redacted("") for t in cleaned]
    todo = [t for t in cleaned if t]
    failed = False
    results = []
    if todo:
        try:
            with _lock:
                results = _get_redactor().redact_many(todo)
        except Exception:  # noqa: BLE001 - any failure means: store nothing
            failed = True
    if failed:
        # Raised outside the handler: no __context__, so no frame of the core is reported.
        raise RedactionUnavailable("l'anonymisation des notes n'a pas pu être faite")
    redacted = iter(results)
    out = []
    for text in cleaned:
        if not text:
            out.append(Redacted(""))
            continue
        result = next(redacted)
        out.append(
            Redacted(
                text=result.text,
                summary=dict(sorted(Counter(str(s.label) for s in result.spans).items())),
                segments=_segments(text, result),
                spans=[s.as_dict() for s in result.spans],
            )
        )
    return out


@sensitive_variables()
def redact_text(text: str) -> Redacted:
    return redact_texts([text])[0]


def _segments(original: str, result) -> list[dict]:
    """The redacted text cut into kept pieces and placeholders, for the preview.

    Spans point into the original text; each placeholder stands where its span stood, so
    the kept pieces are the original's between spans and the placeholders follow in order.
    """
    segments = []
    position = 0  # in the original
    cursor = 0  # in the redacted text
    redacted = result.text
    for span in result.spans:
        kept = original[position : span.start]
        if kept:
            segments.append({"text": kept, "label": None})
        cursor += len(kept)
        end = redacted.find("]", cursor)
        placeholder = redacted[cursor : end + 1] if end >= 0 else redacted[cursor:]
        segments.append({"text": placeholder, "label": str(span.label)})
        cursor += len(placeholder)
        position = span.end
    rest = original[position:]
    if rest:
        segments.append({"text": rest, "label": None})
    if "".join(s["text"] for s in segments) != redacted:
        return [{"text": redacted, "label": None}]
    return segments


def describe(summary: dict[str, int]) -> str:
    """What was masked, in French: "2 noms, 1 numéro de téléphone". Never the values."""
    words = {
        "PERSONNE": lambda n: ngettext("%(n)d nom", "%(n)d noms", n),
        "NIR": lambda n: ngettext(
            "%(n)d numéro de sécurité sociale", "%(n)d numéros de sécurité sociale", n
        ),
        "TELEPHONE": lambda n: ngettext(
            "%(n)d numéro de téléphone", "%(n)d numéros de téléphone", n
        ),
        "EMAIL": lambda n: ngettext("%(n)d adresse e-mail", "%(n)d adresses e-mail", n),
        "IBAN": lambda n: ngettext("%(n)d IBAN", "%(n)d IBAN", n),
        "ADRESSE": lambda n: ngettext("%(n)d adresse", "%(n)d adresses", n),
        "DATE_NAISSANCE": lambda n: ngettext(
            "%(n)d date de naissance", "%(n)d dates de naissance", n
        ),
        "N_ALLOCATAIRE": lambda n: ngettext(
            "%(n)d numéro d'allocataire", "%(n)d numéros d'allocataire", n
        ),
        "ID_FRANCE_TRAVAIL": lambda n: ngettext(
            "%(n)d identifiant France Travail", "%(n)d identifiants France Travail", n
        ),
        "IMMATRICULATION": lambda n: ngettext(
            "%(n)d plaque d'immatriculation", "%(n)d plaques d'immatriculation", n
        ),
        "IDENTIFIANT": lambda n: ngettext("%(n)d identifiant", "%(n)d identifiants", n),
    }
    order = list(words)
    labels = sorted(summary, key=lambda k: order.index(k) if k in order else len(order))
    parts = [
        words[label](summary[label]) % {"n": summary[label]}
        if label in words
        else f"{summary[label]} {label}"
        for label in labels
        if summary[label]
    ]
    return ", ".join(parts)
