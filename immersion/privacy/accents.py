"""Patterns that tolerate missing accents: observers type on phones, often without them.

``tolerant(pattern)`` rewrites a regular expression so that each accented letter written in
it also matches its plain letter: "née" matches "nee", "à" matches "a", "[ée]" stays as it
is. A letter that must keep its accent is written as an escape ("\\u00e9"), which is left
alone: "né" alone must not become "ne", the negation.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_MARKED = frozenset("àâäéèêëîïôöùûüçÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ")


def _plain(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[0]


@lru_cache(maxsize=4096)  # bounded: a note's own values make patterns too
def tolerant(pattern: str) -> str:
    """``pattern`` where each literal accented letter also matches its plain letter (in a
    set too: "[ée]"; not in a negated set: "[^é]" still takes "e")."""
    out: list[str] = []
    members: list[str] | None = None  # the letters of the set being read, None outside
    negated = False
    opened = 0  # where the set's members start in ``out``
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":  # an escape is copied as it is, with the character it escapes
            out.append(pattern[i : i + 2])
            if members is not None:
                members.append(pattern[i : i + 2])
            i += 2
            continue
        if members is not None:
            if ch == "]" and members:
                plain = "".join(
                    dict.fromkeys(
                        _plain(c) for c in members if c in _MARKED and _plain(c) not in members
                    )
                )
                if plain and not negated:  # first in the set, where no range can take them
                    at = opened + (members[0] == "]")
                    out.insert(at, plain)
                members = None
            else:
                members.append(ch)
            out.append(ch)
        elif ch == "[":
            negated = pattern.startswith("[^", i)
            out.append(pattern[i : i + 1 + negated])
            opened = len(out)
            members = []
            i += 1 + negated
            continue
        elif ch in _MARKED:
            out.append(f"[{ch}{_plain(ch)}]")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re's own name
    """``re.compile`` of the :func:`tolerant` pattern."""
    return re.compile(tolerant(pattern), flags)
