"""A search box's words, read the way PostgreSQL's ``websearch_to_tsquery`` reads them:
words (all required), "a phrase" in double quotes, -word to exclude, ``or`` between
alternatives. Plain Python (no Django): the SQLite expression (FTS5) is built from it, and
both databases check the same rules (at least one word of ``MIN_LETTERS`` letters or more).
"""

import re
from dataclasses import dataclass, field

MIN_LETTERS = 3
MAX_LENGTH = 200
TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)(\w+)')
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    phrase: bool = False
    negated: bool = False


@dataclass
class Query:
    groups: list[list[Term]] = field(default_factory=list)  # alternatives (or) of terms (and)

    @property
    def usable(self) -> bool:
        """At least one alternative with a required word of ``MIN_LETTERS`` letters."""
        return any(
            any(len(w) >= MIN_LETTERS for t in g if not t.negated for w in t.words)
            for g in self.groups
        )


def parse(text: str) -> Query:
    query = Query()
    group: list[Term] = []
    for match in TOKEN.finditer((text or "")[:MAX_LENGTH]):
        phrase_neg, phrase, word_neg, word = match.groups()
        if word is not None:
            if word.lower() == "or":
                if group:
                    query.groups.append(group)
                group = []
                continue
            group.append(Term((word,), negated=bool(word_neg)))
        else:
            words = tuple(WORD.findall(phrase))
            if words:
                group.append(Term(words, phrase=len(words) > 1, negated=bool(phrase_neg)))
    if group:
        query.groups.append(group)
    return query


def _fts5_term(term: Term) -> str:
    # Words are \w+ only: nothing to escape inside the double quotes.
    quoted = '"' + " ".join(term.words) + '"'
    if not term.phrase and len(term.words[0]) >= MIN_LETTERS:
        quoted += "*"  # no French stemming in SQLite: « attente » finds « attentes »
    return quoted


def fts5_expression(query: Query) -> str:
    """The FTS5 MATCH expression of ``query`` ("" when nothing is required)."""
    alternatives = []
    for group in query.groups:
        required = [_fts5_term(t) for t in group if not t.negated]
        if not required:
            continue
        expression = "(" + " AND ".join(required) + ")"
        for term in group:
            if term.negated:
                expression = f"({expression} NOT {_fts5_term(term)})"
        alternatives.append(expression)
    return " OR ".join(alternatives)


MARK_START, MARK_END = "\ue000", "\ue001"
SEGMENT = re.compile(f"{MARK_START}(.*?){MARK_END}", re.DOTALL)


def segments(fragment: str) -> list[tuple[str, bool]]:
    """(text, matched) pieces of a highlighted fragment; stray markers are dropped. The
    template escapes every piece and wraps the matched ones in <mark>."""
    out: list[tuple[str, bool]] = []
    position = 0
    for match in SEGMENT.finditer(fragment):
        if match.start() > position:
            out.append((fragment[position : match.start()], False))
        out.append((match.group(1), True))
        position = match.end()
    out.append((fragment[position:], False))
    clean = [(t.replace(MARK_START, "").replace(MARK_END, ""), m) for t, m in out]
    return [(t, m) for t, m in clean if t]
