"""Turning a diet typed freely (« Végétarienne », « vegetarien », « allergie aux noix »)
into one of the usual choices plus a precision.

Plain Python, no model: the data migrations of ``people`` and ``logistics`` and the
participants' import both call ``parse_diet``."""

import re
import unicodedata

# Codes of immersion.common.choices.Diet, written out so that migrations never depend on
# the choices' later changes.
AUCUN, ALLERGIE, AUTRE = "aucun", "allergie", "autre"

SYNONYMS = {
    "aucun": [
        "aucun",
        "aucune",
        "rien",
        "non",
        "neant",
        "ras",
        "normal",
        "standard",
        "classique",
        "omnivore",
        "pas de regime",
        "sans regime",
        "aucun regime",
        "aucune restriction",
    ],
    "vegetarien": ["vegetarien", "vegetarienne", "vegetariens", "vegetarian", "vege", "veggie"],
    "vegetalien": ["vegetalien", "vegetalienne", "vegan", "vegane", "vegetalien vegan"],
    "sans_porc": ["sans porc", "pas de porc", "no pork", "porc exclu"],
    "halal": ["halal", "hallal"],
    "casher": ["casher", "cacher", "kasher", "kosher", "cachere", "cashere"],
    "sans_gluten": [
        "sans gluten",
        "gluten free",
        "coeliaque",
        "celiaque",
        "intolerance au gluten",
        "intolerant au gluten",
        "intolerante au gluten",
    ],
    "sans_lactose": [
        "sans lactose",
        "lactose free",
        "intolerance au lactose",
        "intolerant au lactose",
        "intolerante au lactose",
        "sans lait",
    ],
}
_EXACT = {word: code for code, words in SYNONYMS.items() for word in words}
_HEADS = {"allergie": ALLERGIE, "allergies": ALLERGIE, "autre": AUTRE}
_LABELLED = re.compile(r"^(?P<head>[^:()]+?)\s*(?::\s*(?P<colon>.+)|\((?P<paren>[^()]+)\))$")


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold().replace("œ", "oe"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def parse_diet(text: str) -> tuple[str, str]:
    """(diet code, precision) for what someone typed.

    Nothing typed gives ("", ""): not said. A known way of writing a diet gives its code and
    no precision. A text that names one diet among other words keeps the text as the
    precision (« végétarien, poisson accepté »); an allergy is ``allergie`` with the text;
    anything else is ``autre`` with the text, so that nothing typed is ever lost."""
    original = " ".join((text or "").split())
    key = _key(original)
    if not key:
        return "", ""
    if key in _EXACT:
        return _EXACT[key], ""
    # What the platform writes itself: « Allergie : arachides », « Sans porc (gélatine) ».
    split = _LABELLED.match(original)
    if split:
        head = _key(split["head"])
        code = _HEADS.get(head) or _EXACT.get(head)
        precision = (split["colon"] or split["paren"] or "").strip()
        if code and precision:
            return code, precision
    if "allerg" in key:
        return ALLERGIE, original
    padded = f" {key} "
    found = {
        code
        for code, words in SYNONYMS.items()
        if code != AUCUN and any(f" {w} " in padded for w in words)
    }
    if len(found) == 1:
        return found.pop(), original
    return AUTRE, original
