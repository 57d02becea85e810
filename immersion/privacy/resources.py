"""Package data files (lexicons), read with importlib.resources."""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources


def fold(word: str) -> str:
    """Lowercase and strip accents: observers often type without them."""
    decomposed = unicodedata.normalize("NFD", word.lower().replace("’", "'"))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def read_lines(name: str) -> list[str]:
    text = resources.files("immersion.privacy").joinpath("data", name).read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def hand_first_names() -> dict[str, str]:
    """The hand-written lexicon (data/prenoms.txt): folded first name -> kind: "" (plain),
    "mot" (also a common word), "lieu" (a place)."""
    names: dict[str, str] = {}
    for line in read_lines("prenoms.txt"):
        name, _, kind = line.partition(";")
        names[fold(name)] = kind
        for part in name.split("-"):  # "Jean-Pierre" also teaches "Jean" and "Pierre"
            names.setdefault(fold(part), kind)
    return names


@cache
def first_names() -> dict[str, str]:
    """The hand-written lexicon and the wide list precomputed from Faker
    (data/prenoms_etendus.txt, see first_names_data.py); the hand-written kind wins. A name
    of the wide list that is also a French word ("Vít", "Canal") gets the strictest kind,
    "lieu": a name only with a civility, a cue or a surname."""
    names = dict(hand_first_names())
    for line in read_lines("prenoms_etendus.txt"):
        name, _, kind = line.partition(";")
        names.setdefault(fold(name), "lieu" if kind == "mot" else kind)
    return names


@cache
def exact_first_names() -> frozenset[str]:
    """First names of the lexicon, lowercased but with their accents."""
    return frozenset(
        part.lower()
        for line in read_lines("prenoms.txt")
        for part in [line.partition(";")[0], *line.partition(";")[0].split("-")]
    )


@cache
def word_surnames() -> frozenset[str]:
    """Frequent French surnames that are also words (data/noms_mots.txt), folded."""
    return frozenset(fold(w) for w in read_lines("noms_mots.txt"))


@cache
def keep_terms() -> tuple[str, ...]:
    return tuple(read_lines("keep.txt"))


@cache
def districts() -> tuple[str, ...]:
    """Districts of French towns (data/quartiers.txt): no one's name, but part of an address."""
    return tuple(read_lines("quartiers.txt"))


@cache
def places() -> frozenset[str]:
    return frozenset(fold(p) for p in read_lines("villes.txt"))


@cache
def countries() -> frozenset[str]:
    """Countries and territories, folded ("moldavie", "cote d'ivoire")."""
    return frozenset(fold(p) for p in read_lines("pays.txt"))
