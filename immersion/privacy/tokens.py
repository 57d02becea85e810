"""A small word tokenizer for the rule layers (offsets in the original text)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from immersion.privacy.nlp import is_common_word
from immersion.privacy.resources import fold, hand_first_names

WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
ELISIONS = frozenset({"l", "d", "j", "s", "c", "m", "t", "n", "qu", "jusqu", "lorsqu", "puisqu"})
SENTENCE_END = ".!?\n…"
OPENERS = '"«“:–—-(['


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    folded: str
    sent_start: bool  # first word of a sentence
    opener: bool  # right after a quote, colon, dash or bracket

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper() and not self.is_upper

    @property
    def is_upper(self) -> bool:
        letters = [ch for ch in self.text if ch.isalpha()]
        return len(letters) >= 2 and all(ch.isupper() for ch in letters)

    @property
    def is_lower(self) -> bool:
        return self.text[0].islower()


def _context(text: str, start: int) -> tuple[bool, bool]:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i < 0:
        return True, False
    ch = text[i]
    return ch in SENTENCE_END, ch in OPENERS


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for m in WORD_RE.finditer(text):
        start, word = m.start(), m.group(0)
        cut = max(word.find("'"), word.find("’"))
        if cut > 0:
            prefix, rest = word[:cut], word[cut + 1 :]
            # "n'guessan", "N'diaye", "d'almeida": a surname, not "n'importe", "D'abord", nor
            # "d'Abdou" (a first name after the elided "de": "la recette d'Abdou")
            surname = (
                len(rest) > 3
                and not is_common_word(rest)
                and not (prefix == "d" and fold(rest) in hand_first_names())
            )
            keep_whole = (prefix in ("N", "O", "D") and (rest[:1].isupper() or surname)) or (
                prefix in ("n", "d") and surname
            )
            if prefix.lower() in ELISIONS and not keep_whole and rest:
                start += cut + 1
                word = rest
        sent_start, opener = _context(text, start)
        tokens.append(Token(start, start + len(word), word, fold(word), sent_start, opener))
    return tokens


def only_spaces(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is made of spaces (no newline, no punctuation)."""
    return start <= end and all(ch in " \t\u00a0" for ch in text[start:end])


def capitals(text: str) -> str:
    """``text`` in capitals, letter by letter, offsets unchanged (a letter whose capital is two,
    "ß", stays): to read a value typed in lowercase with the patterns written for capitals."""
    return "".join(ch.upper() if len(ch.upper()) == 1 else ch for ch in text)
