"""Placeholders written in place of personal data, and the numbering of persons.

Numbers are consistent inside one text: the same person gets the same ``[PERSONNE_n]``,
including a later mention by surname or first name alone when it matches exactly one
person already seen. Nothing links a number to a name outside the function call.
"""

from __future__ import annotations

import re

from immersion.privacy.detectors.names import name_units
from immersion.privacy.types import PLACEHOLDERS, Label, Span

_EXISTING = re.compile(r"\[PERSONNE_(\d+)\]")


def number_persons(text: str, spans: list[Span]) -> dict[Span, int]:
    """Person number for each PERSONNE span of ``text`` (spans sorted by position)."""
    first = max((int(n) for n in _EXISTING.findall(text)), default=0) + 1
    people: list[set[str]] = []
    numbers: dict[Span, int] = {}
    for span in spans:
        if span.label != Label.PERSONNE:
            continue
        units = set(name_units(text[span.start : span.end])) or {text[span.start : span.end]}
        exact = [k for k, p in enumerate(people) if p == units]
        close = [k for k, p in enumerate(people) if units <= p or p <= units]
        if exact:
            index = exact[0]
        elif len(close) == 1:
            index = close[0]
            people[index] |= units
        else:
            people.append(set(units))
            index = len(people) - 1
        numbers[span] = first + index
    return numbers


def render(text: str, spans: list[Span]) -> str:
    """Replace every span by its placeholder."""
    numbers = number_persons(text, spans)
    out: list[str] = []
    last = 0
    for span in spans:
        out.append(text[last : span.start])
        word = PLACEHOLDERS[span.label]
        if span.label == Label.PERSONNE:
            word = f"{word}_{numbers[span]}"
        out.append(f"[{word}]")
        last = span.end
    out.append(text[last:])
    return "".join(out)
