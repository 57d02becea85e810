"""A wide first-name list, precomputed from Faker's person providers (a dev dependency).

``data/prenoms.txt`` is written by hand (about 570 frequent names, with their common-word
and place homonyms marked). Notes also name people whose first name it does not hold:
Sabine, Jürgen, Piotr, Adjoua… ``python -m immersion.privacy rebuild-data`` writes
``data/prenoms_etendus.txt`` from Faker's Latin-script locales that match the people met in
French public services (France, Europe, Turkey, West Africa, Vietnam…), and the rules read
that file at run time (Faker is never imported in production). Each name is marked as the
hand-written list does: ``;mot`` when it is also a French word ("Safari", "Mercedes"…),
``;lieu`` when it is a town or a place. Names of one or two letters, French function words
and verbs, and keep-list terms are left out. A test checks the shipped file is up to date.
"""

from __future__ import annotations

import importlib
from pathlib import Path

EXTENDED_FILE = "prenoms_etendus.txt"
LOCALES = (
    "fr_FR",
    "fr_CA",
    "fr_CH",
    "de_DE",
    "pl_PL",
    "ro_RO",
    "pt_PT",
    "pt_BR",
    "es_ES",
    "it_IT",
    "nl_NL",
    "en_GB",
    "tr_TR",
    "tw_GH",
    "yo_NG",
    "sw",
    "vi_VN",
    "cs_CZ",
    "hr_HR",
    "sk_SK",
    "lt_LT",
)


def _faker_first_names() -> set[str]:
    try:
        import faker  # noqa: F401 - a dev dependency: rebuild-data needs it
    except ModuleNotFoundError as exc:
        raise RuntimeError("rebuild-data a besoin de Faker (dépendance de développement)") from exc
    names: set[str] = set()
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            value = getattr(provider, attribute, ()) or ()
            names.update(value.keys() if isinstance(value, dict) else value)
    return {n.strip() for n in names if n.strip()}


def build_extended() -> list[str]:
    """Sorted lines ``Name`` / ``Name;mot`` / ``Name;lieu``."""
    from immersion.privacy.communes import is_commune
    from immersion.privacy.keep import is_keep_word_strict, is_place
    from immersion.privacy.nlp import is_common_word, is_function_or_verb, stop_words
    from immersion.privacy.resources import fold, hand_first_names

    known = hand_first_names()
    stops = stop_words()
    lines = []
    for name in _faker_first_names():
        if not all(ch.isalpha() or ch in "-'" for ch in name) or not name[0].isupper():
            continue
        if len(name) < 3 or not all(ord(ch) < 0x250 for ch in name):  # Latin script only
            continue
        folded = fold(name)
        if folded in known or folded in stops or is_keep_word_strict(name):
            continue
        if is_place(name) or is_commune(name):
            lines.append(f"{name};lieu")
        elif is_function_or_verb(folded):
            # a verb, adjective or adverb form ("Vit", "Bello"), accents aside since names
            # are looked up folded ("Vít" is "vit"): too ambiguous
            continue
        elif is_common_word(folded):
            lines.append(f"{name};mot")
        else:
            lines.append(name)
    return sorted(set(lines), key=lambda line: (fold(line), line))


def write_extended(directory: Path) -> Path:
    path = directory / EXTENDED_FILE
    header = (
        "# Prénoms supplémentaires (listes de Faker, écritures latines), un par ligne ; "
        "';mot' et ';lieu' comme dans prenoms.txt.\n"
    )
    path.write_text(header + "\n".join(build_extended()) + "\n", "utf-8")
    return path
