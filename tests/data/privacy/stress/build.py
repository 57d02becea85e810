# ruff: noqa: E501, RUF001  (templates read better on one line; French typography)
"""Build a large, varied synthetic stress corpus for the anonymiser (``stress.jsonl``).

Run: ``.venv/bin/python tests/data/privacy/stress/build.py`` (deterministic for a given Faker
version; Faker is a dev dependency, never used at run time).

Why: the rules were tuned on notes someone looked at; this corpus checks that what they learnt
holds for *classes* (a name of any origin, an identifier in any shape, an address in any
form), not for the examples. It is written from the labelling guide
(``docs/privacy-labelling-guide.md``) only.

Held-out part: ids ``holdout-…`` (the bench never prints their errors). They use other name
pools (other Faker locales, other hand-written origins) and their own templates, so a fix
that learnt the dev part's names or sentences shows up as a gap between the two parts.

Markup in templates: ``{LABEL|value}`` is personal data, ``⟨term⟩`` a term to keep. Slots
``<slot>`` are filled by the functions of ``SLOTS``.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

from stdnum import iban as std_iban
from stdnum.fr import nir as std_nir

HERE = Path(__file__).resolve().parent
OUT = HERE / "stress.jsonl"
SEED = 20261203
N_DEV = 260
N_HOLDOUT = 180

# -- name pools ---------------------------------------------------------------------------------
# Faker locales split in two: names of the dev part come from DEV_LOCALES, names of the
# held-out part from HOLDOUT_LOCALES (plus hand-written pools below, split the same way).
DEV_LOCALES = (
    "fr_FR",
    "pt_PT",
    "pl_PL",
    "tr_TR",
    "yo_NG",
    "vi_VN",
    "es_ES",
    "ro_RO",
    "de_DE",
    "it_IT",
)
HOLDOUT_LOCALES = (
    "fr_BE",
    "fr_CH",
    "pt_BR",
    "hu_HU",
    "fi_FI",
    "sv_SE",
    "ig_NG",
    "ha_NG",
    "id_ID",
    "es_MX",
    "en_IE",
    "hr_HR",
    "lt_LT",
    "sw",
)

# Transliterated names of origins Faker writes in other scripts (Maghreb, Middle East,
# Horn of Africa, Comoros, Madagascar, Caucasus, South Asia), written for this corpus.
DEV_HAND_FIRST = "Yacine Mehdi Nassima Houria Bilal Souad Abdelkader Fatoumata Moussa Aïssatou Kadiatou Ousmane Idrissa Mariam Anouar Zineb Hamza Djamila Soufiane Chaïma Rachida Nabil Amina Ibrahima Salimata Ruslan Zelimkhan Aslan Madina Faïza Rayan Kaïs Ilyes Imane Sabrina Lamine Boubacar Dalila Farid Hocine Mamadou Oumou Ahmadou".split()
DEV_HAND_LAST = "Benali Bensaïd Haddad Meziane Bouzid Cherifi Belkacem Traoré Diallo Coulibaly Keïta Camara Sissoko Diop Ndiaye N'Diaye Fofana Konaté Ouattara Kaboré Ouédraogo Mbemba Kabila Nkounkou Tshibanda Rakotomalala Randrianarisoa Abdallah Saïd M'Madi Dadaev Magomedov Bakhtiari Rahimi Ahmadzaï Benyamina Amrani El Idrissi Ben Salah Aït Ahmed Boudjemaa Lahlou".split()
HOLDOUT_HAND_FIRST = "Walid Samira Khadija Younes Malika Redouane Loubna Karima Tarek Naïma Seydou Aminata Mariama Adama Djeneba Sekou Bintou Awa Youssouf Halima Kamel Ali Omar Yasmina Lounès Sarah Aziz Rokia Habib Zaïd Timur Aslanbek Zarina Farida Shirin Parwana Nadir Wassim Ikram Anissa".split()
HOLDOUT_HAND_LAST = "Bouchareb Hamidi Zerrouki Khelifi Saadi Mansouri Boukhari Kouyaté Sangaré Touré Cissé Bamba Koné Doumbia Sow Barry Bah Diakité Kouassi Yao N'Guessan Kouamé Ekra Mabiala Loemba Ramanantsoa Rasoanaivo Andriamihaja Soilihi Attoumani Youssouf Ahmadov Tsarnaev Karimi Hosseini Nouri Ben Youssef El Amrani Aït Kaci Bouaziz Chaouch Abdelli".split()

CIVILITIES = (
    "Mme",
    "M.",
    "Madame",
    "Monsieur",
    "mme",
    "mr",
    "Mr",
    "Mlle",
    "Dr",
    "MME",
    "Me",
    "mr.",
    "Mr.",
    "madame",
    "monsieur",
)


def _faker_pool(locales: tuple[str, ...]) -> tuple[list[str], list[str]]:
    import importlib

    firsts: set[str] = set()
    lasts: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            value = getattr(provider, attribute, ()) or ()
            firsts.update(value.keys() if isinstance(value, dict) else value)
        value = getattr(provider, "last_names", ()) or ()
        lasts.update(value.keys() if isinstance(value, dict) else value)

    def ok(name: str) -> bool:
        # Latin script only (no Cyrillic, Greek…), capitalised, letters, spaces, dashes
        return (
            len(name) >= 3
            and name[0].isupper()
            and all(ch.isalpha() or ch in "-' " for ch in name)
            and all(ord(ch) < 0x250 for ch in name)
        )

    return sorted(n for n in firsts if ok(n)), sorted(n for n in lasts if ok(n))


# -- keep terms ---------------------------------------------------------------------------------
HOMONYMS = (
    "une ⟨fontaine à eau⟩",
    "la ⟨Rose des Vents⟩",
    "la ⟨prime de Noël⟩",
    "un ⟨pull bleu marine⟩",
    "un ⟨olivier⟩ en pot",
    "la ⟨rose⟩ sur le comptoir",
    "une ⟨pierre⟩ posée sur les papiers",
    "le ⟨sapin de Noël⟩ du hall",
    "la ⟨Croix-Rouge⟩",
    "les ⟨Restos du cœur⟩",
    "le ⟨Secours populaire⟩",
    "un ⟨bouquet de lilas⟩",
    "le ⟨bureau Jasmin⟩",
    "la ⟨salle Victor Hugo⟩",
    "le quartier ⟨Villejean⟩",
    "le ⟨Blosne⟩",
    "à ⟨Lorient⟩",
    "vers ⟨Quimper⟩",
    "le ⟨Leclerc⟩ d'à côté",
    "chez ⟨Lidl⟩",
    "la ⟨marine nationale⟩",
    "une ⟨martine⟩ (la machine à tickets)",
    "un ⟨gros dossier rose⟩",
)
#: Capitalised words that are not persons (brands, services, places, apps, programmes), in
#: the contexts where notes use them: a precision check for every rule that trusts context.
#: The held-out part has its own list.
DEV_NOT_PERSONS = (
    "il bosse chez ⟨Amazon⟩",
    "devis ⟨Optical Center⟩ pour ses lunettes",
    "formation chez ⟨AFPA⟩",
    "elle paie avec ⟨Western Union⟩",
    "RDV pris sur ⟨Doctolib⟩",
    "courses au ⟨Carrefour Market⟩",
    "programme ⟨Housing First⟩",
    "appli ⟨Uber Eats⟩ pour livrer",
    "via ⟨WhatsApp⟩",
    "compteur ⟨Linky⟩",
    "hôpital ⟨Pontchaillou⟩",
    "quartier ⟨Maurepas⟩",
    "annonce sur ⟨Leboncoin⟩",
    "la ⟨Banque Postale⟩",
    "son forfait ⟨Free Mobile⟩",
    "il a lu ⟨Victor Hugo⟩ en prison",
    "foyer ⟨Saint-Benoît Labre⟩",
    "ticket ⟨Star⟩ (bus)",
    "chez ⟨Emmaüs⟩ pour un frigo",
    "le logiciel ⟨Cristal⟩ plante",
)
HOLDOUT_NOT_PERSONS = (
    "il travaille chez ⟨Lactalis⟩",
    "facture ⟨Bouygues Telecom⟩",
    "stage chez ⟨Decathlon⟩",
    "virement ⟨Wise⟩ refusé",
    "RDV sur ⟨Maiia⟩",
    "courses chez ⟨Intermarché⟩",
    "dispositif ⟨Un chez-soi d'abord⟩",
    "livreur ⟨Deliveroo⟩",
    "groupe ⟨Facebook⟩ du quartier",
    "box ⟨Orange⟩ en panne",
    "clinique ⟨Sévigné⟩",
    "quartier ⟨Cleunay⟩",
    "vendu sur ⟨Vinted⟩",
    "compte ⟨Nickel⟩",
    "son abonnement ⟨Red by SFR⟩",
    "fan de ⟨Kylian Mbappé⟩",
    "association ⟨Coallia⟩",
    "carte ⟨KorriGo⟩",
    "chez ⟨Action⟩ pour des draps",
    "le logiciel ⟨Pléiade⟩ rame",
)
INSTITUTIONS = (
    "⟨Caf⟩",
    "⟨CPAM⟩",
    "⟨CCAS⟩",
    "⟨France Travail⟩",
    "⟨SIAO⟩",
    "⟨MDPH⟩",
    "⟨115⟩",
    "⟨3949⟩",
    "⟨ameli⟩",
    "⟨RSA⟩",
    "⟨APL⟩",
    "⟨AAH⟩",
    "⟨prime d'activité⟩",
    "⟨CSS⟩",
    "⟨Pôle emploi⟩",
)


def time_(r: random.Random) -> str:
    return f"⟨{r.randint(8, 18)}h{r.choice(['', '05', '10', '15', '30', '45', '50'])}⟩"


def amount(r: random.Random) -> str:
    return f"⟨{r.randint(12, 900)} €⟩"


def duration(r: random.Random) -> str:
    return f"⟨{r.randint(2, 55)} {r.choice(['min', 'minutes', 'mn'])}⟩"


def age(r: random.Random) -> str:
    return f"⟨{r.randint(18, 92)} ans⟩"


# -- personal values ----------------------------------------------------------------------------
class Pools:
    def __init__(self, firsts: list[str], lasts: list[str]) -> None:
        self.firsts, self.lasts = firsts, lasts


def _case(r: random.Random, name: str, mode: str | None = None) -> str:
    mode = mode or r.choices(["keep", "lower", "upper"], [7, 2, 1])[0]
    return {"keep": name, "lower": name.lower(), "upper": name.upper()}[mode]


def per(v: str) -> str:
    return "{PERSONNE|" + v + "}"


def civ_name(r: random.Random, p: Pools) -> str:
    civ = r.choice(CIVILITIES)
    last = r.choice(p.lasts)
    if civ.islower():
        last = _case(r, last, r.choice(["keep", "lower"]))
    elif r.random() < 0.15:
        last = last.upper()
    return f"{civ} {per(last)}"


def full_name(r: random.Random, p: Pools) -> str:
    first, last = r.choice(p.firsts), r.choice(p.lasts)
    shape = r.choice(["fl", "fl", "LF", "lf_lower", "Lf", "fL"])
    if shape == "fl":
        return per(f"{first} {last}")
    if shape == "LF":
        return per(f"{last.upper()} {first}")
    if shape == "lf_lower":
        return per(f"{first.lower()} {last.lower()}")
    if shape == "Lf":
        return per(f"{last} {first}")
    return per(f"{first} {last.upper()}")


def first_alone(r: random.Random, p: Pools) -> str:
    cue = r.choice(
        [
            "son fils",
            "sa fille",
            "l'agente",
            "l'agent",
            "le conseiller",
            "la conseillère",
            "sa femme",
            "son mari",
            "la petite",
            "son frère",
            "sa copine",
            "l'assistante sociale",
            "le collègue",
            "la cheffe",
            "son neveu",
        ]
    )
    return f"{cue} {per(_case(r, r.choice(p.firsts), r.choice(['keep', 'keep', 'lower'])))}"


def family(r: random.Random, p: Pools) -> str:
    """After "chez": "chez X", "chez les X", "chez la famille X"."""
    last = r.choice(p.lasts)
    return r.choice(["", "les ", "la famille "]) + per(
        _case(r, last, r.choice(["keep", "lower", "upper"]))
    )


def family_alone(r: random.Random, p: Pools) -> str:
    last = r.choice(p.lasts)
    return r.choice(["famille ", "la famille ", "les "]) + per(
        _case(r, last, r.choice(["keep", "lower", "upper"]))
    )


def form_fields(r: random.Random, p: Pools) -> str:
    first, last = r.choice(p.firsts), r.choice(p.lasts)
    return r.choice(
        [
            f"Nom : {per(last.upper())} Prénom : {per(first)}",
            f"nom: {per(last.lower())} / prénom: {per(first.lower())}",
            f"NOM {per(last.upper())} - PRENOM {per(first.upper())}",
            f"Nom de naissance : {per(last)}, prénom {per(first)}",
        ]
    )


def name_list(r: random.Random, p: Pools) -> str:
    names = [r.choice(p.lasts).upper() for _ in range(r.randint(3, 4))]
    if r.random() < 0.5:
        return ", ".join(per(n) for n in names)
    firsts = [r.choice(p.firsts) for _ in range(r.randint(2, 3))]
    return ", ".join(per(f) for f in firsts[:-1]) + " et " + per(firsts[-1])


def nir(r: random.Random) -> str:
    sex = r.choice("12")
    body = f"{sex}{r.randint(40, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 95):02d}{r.randint(1, 990):03d}{r.randint(1, 990):03d}"
    key = f"{97 - int(body) % 97:02d}"
    assert std_nir.is_valid(body + key)
    full = body + key
    v = r.choice(
        [
            full,
            f"{full[0]} {full[1:3]} {full[3:5]} {full[5:7]} {full[7:10]} {full[10:13]} {full[13:]}",
            f"{full[:13]} {full[13:]}",
        ]
    )
    return f"{r.choice(['NIR', 'n° sécu', 'num secu', 'numéro de sécurité sociale', 'n° SS'])} {{NIR|{v}}}"


def phone(r: random.Random) -> str:
    digits = "0" + r.choice("67") + "".join(str(r.randint(0, 9)) for _ in range(8))
    v = r.choice(
        [
            " ".join(digits[i : i + 2] for i in range(0, 10, 2)),
            ".".join(digits[i : i + 2] for i in range(0, 10, 2)),
            digits,
            "+33 " + digits[1] + " " + " ".join(digits[i : i + 2] for i in range(2, 10, 2)),
            "-".join(digits[i : i + 2] for i in range(0, 10, 2)),
        ]
    )
    return f"{r.choice(['tél', 'tel', 'portable', 'joignable au', 'son 06 :', 'numéro', 'tél.'])} {{TELEPHONE|{v}}}"


def email(r: random.Random, p: Pools) -> str:
    first = _ascii(r.choice(p.firsts)).lower().replace(" ", "")
    last = _ascii(r.choice(p.lasts)).lower().replace(" ", "").replace("'", "")
    local = r.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}{r.randint(1, 99)}",
            f"{first}_{last}",
            f"{first}-{last}{r.randint(70, 99)}",
        ]
    )
    domain = r.choice(
        [
            "gmail.com",
            "hotmail.fr",
            "laposte.net",
            "orange.fr",
            "free.fr",
            "yahoo.fr",
            "outlook.com",
            "sfr.fr",
            "wanadoo.fr",
        ]
    )
    name, tld = domain.rsplit(".", 1)
    v = r.choice(
        [
            f"{local}@{domain}",
            f"{local} @ {domain}",
            f"{local} [at] {domain}",
            f"{local}(at){domain}",
            f"{local} arobase {domain}",
            f"{local} at {name} point {tld}",
            f"{local} arobase {name} point {tld}",
            f"{local}[@]{domain}",
            f"{local} (arobase) {name}[.]{tld}",
            f"{local.upper()}@{domain.upper()}",
        ]
    )
    return f"{r.choice(['mail', 'e-mail', 'courriel', 'adresse mail', 'son mail :', 'mel'])} {{EMAIL|{v}}}"


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def iban(r: random.Random) -> str:
    bban = "".join(str(r.randint(0, 9)) for _ in range(23))
    raw = "FR00" + bban
    check = 98 - _iban_num(raw[4:] + raw[:4]) % 97
    full = f"FR{check:02d}{bban}"
    assert std_iban.is_valid(full)
    v = r.choice([" ".join(full[i : i + 4] for i in range(0, len(full), 4)), full])
    return f"{r.choice(['IBAN', 'RIB', 'iban'])} {{IBAN|{v}}}"


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


STREETS = (
    "rue",
    "avenue",
    "av.",
    "bd",
    "boulevard",
    "allée",
    "impasse",
    "chemin",
    "place",
    "square",
    "quai",
    "route",
    "rte",
    "cours",
    "résidence",
    "lotissement",
    "lieu-dit",
    "hameau",
)
STREET_NAMES = (
    "des Lilas",
    "Jean Jaurès",
    "du Général Leclerc",
    "de la Paix",
    "des Glénan",
    "Pasteur",
    "de Brest",
    "des Acacias",
    "Victor Hugo",
    "du Moulin",
    "de la Gare",
    "des Peupliers",
    "Saint-Exupéry",
    "de Kerguélen",
    "des Tilleuls",
    "Anatole France",
    "de la Libération",
    "du Stade",
    "Les Hortensias",
    "Le Clos Fleuri",
    "du Bois Joli",
    "de Kerlann",
    "des Mimosas",
    "Gambetta",
)
CITIES = (
    ("35000", "Rennes"),
    ("29200", "Brest"),
    ("56100", "Lorient"),
    ("22000", "Saint-Brieuc"),
    ("29000", "Quimper"),
    ("44000", "Nantes"),
    ("35400", "Saint-Malo"),
    ("93200", "Saint-Denis"),
    ("69008", "Lyon"),
    ("13003", "Marseille"),
    ("59000", "Lille"),
    ("31000", "Toulouse"),
)


def address(r: random.Random) -> str:
    number = f"{r.randint(1, 180)}{r.choice(['', '', '', ' bis', ' ter', 'bis', 'B', ' Bis'])}"
    street = r.choice(STREETS)
    name = r.choice(STREET_NAMES)
    pc, city = r.choice(CITIES)
    if street in ("résidence", "lotissement", "lieu-dit", "hameau"):
        core = f"{street} {name}"
        if street == "résidence":
            core += r.choice(
                [
                    "",
                    f", bât {r.choice('ABCDE')}",
                    f", bâtiment {r.choice('ABC')}, appt {r.randint(1, 80)}",
                    f" esc {r.randint(1, 4)} apt {r.randint(1, 90)}",
                ]
            )
    else:
        core = f"{number} {street} {name}"
        if r.random() < 0.3:
            core += r.choice(
                [
                    f", appt {r.randint(1, 90)}",
                    f", {r.randint(1, 9)}e étage",
                    f", bât {r.choice('ABC')}",
                ]
            )
    tail = r.choice(["", f", {pc} {city}", f" {pc} {city}", f" à {city}", f", {city}"])
    cue = r.choice(["habite", "domicilié", "adresse :", "vit", "hébergée", "adresse", "habite au"])
    if tail and not core[0].isdigit() and not re.search(r"\d", tail):
        # "résidence Les Lilas à Rennes", "lieu-dit X, Brest": the town of a named place
        # stays, as the detector keeps a district
        return f"{cue} {{ADRESSE|{core}}}{tail}"
    return f"{cue} {{ADRESSE|{core}{tail}}}"


MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def birthdate(r: random.Random) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1935, 2006)
    v = r.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}/{m:02d}/{y % 100:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d} {m:02d} {y}",
            f"{d:02d}-{m:02d}-{y}",
        ]
    )
    return f"{r.choice(['né le', 'née le', 'DDN', 'date de naissance :', 'ddn:', 'née le', 'né(e) le'])} {{DATE_NAISSANCE|{v}}}"


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def caf(r: random.Random) -> str:
    d = _digits(r, 7)
    v = r.choice(
        [
            d,
            f"{d[:4]} {d[4:]}",
            f"{d[:1]} {d[1:4]} {d[4:]}",
            f"{d[:3]} {d[3:5]} {d[5:]}",
            f"{d[:2]}.{d[2:5]}.{d[5:]}",
            d,
        ]
    )
    cue = r.choice(
        [
            "n° alloc",
            "num allocataire",
            "n° allocataire :",
            "numéro d'allocataire",
            "alloc",
            "n° CAF",
            "dossier Caf",
            "matricule Caf",
            "num alloc.",
            "N° ALLOCATAIRE",
            "no allocataire",
        ]
    )
    return f"{cue} {{N_ALLOCATAIRE|{v}}}"


def france_travail(r: random.Random) -> str:
    d = _digits(r, 7)
    letter = r.choice("ABCDEFGHJKLMNPRSTXYZ")
    v = r.choice(
        [
            f"{d}{letter}",
            f"{d} {letter}",
            f"{d[:3]} {d[3:]} {letter}",
            f"{d}{letter.lower()}",
            f"{d[:4]} {d[4:]}{letter}",
        ]
    )
    cue = r.choice(
        [
            "identifiant FT",
            "id France Travail",
            "identifiant Pôle emploi",
            "son identifiant",
            "n° FT",
            "id pole emploi",
            "identifiant :",
            "num identifiant",
            "son id FT c'est",
        ]
    )
    return f"{cue} {{ID_FRANCE_TRAVAIL|{v}}}"


def plate(r: random.Random) -> str:
    L = "ABCDEFGHJKLMNPQRSTVWXYZ"

    def ls(n: int) -> str:
        return "".join(r.choice(L) for _ in range(n))

    v = r.choice(
        [
            f"{ls(2)}-{_digits(r, 3)}-{ls(2)}",
            f"{ls(2)} {_digits(r, 3)} {ls(2)}",
            f"{ls(2)}{_digits(r, 3)}{ls(2)}",
            f"{ls(2)}-{_digits(r, 3)}-{ls(2)}".lower(),
            f"{ls(2)} {_digits(r, 3)} {ls(2)}".lower(),
            f"{r.randint(1, 9999)} {ls(r.choice([2, 3]))} {r.choice(['35', '29', '56', '22', '75', '93'])}",
            f"1-{ls(3)}-{_digits(r, 3)}",
            f"{ls(1)} {_digits(r, 3)} {ls(3)}",
            f"{ls(2)} {_digits(r, 4)}{ls(1)}",
            f"{_digits(r, 4)} {ls(3)}",
            f"{ls(1)}-{ls(2)} {_digits(r, 4)}",
        ]
    )
    cue = r.choice(
        [
            "plaque",
            "immat",
            "immatriculée",
            "véhicule",
            "sa voiture",
            "le camion",
            "la plaque c'est",
            "son scooter",
            "voiture immatriculée",
            "immatriculation :",
        ]
    )
    return f"{cue} {{IMMATRICULATION|{v}}}"


def other_id(r: random.Random) -> str:
    kind = r.choice(
        [
            "passport",
            "cni",
            "titre",
            "agdref",
            "aps",
            "ipp",
            "mutuelle",
            "client",
            "siao",
            "mdph",
            "dossier",
            "handle",
            "locataire",
            "adherent",
            "fiscal",
            "matricule",
        ]
    )
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == "passport":
        v = r.choice(
            [
                f"{r.randint(10, 99)}{r.choice(L)}{r.choice(L)}{_digits(r, 5)}",
                f"{r.choice(L)}{_digits(r, 8)}",
                _digits(r, 9),
            ]
        )
        cue = r.choice(
            [
                "passeport",
                "n° passeport",
                "passeport algérien n°",
                "num de passeport",
                "passeport :",
            ]
        )
    elif kind == "cni":
        v = r.choice(
            [
                _digits(r, 12),
                f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
                f"{r.choice(L)}{r.choice(L)}{_digits(r, 7)}",
            ]
        )
        cue = r.choice(["CNI", "carte d'identité n°", "n° CNI", "carte nationale d'identité"])
    elif kind == "titre":
        v = r.choice([_digits(r, 10), f"{_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)}"])
        cue = r.choice(["titre de séjour", "titre de séjour n°", "n° de titre", "carte de séjour"])
    elif kind == "agdref":
        v = r.choice([_digits(r, 10), f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 4)}"])
        cue = r.choice(["AGDREF", "n° AGDREF", "numéro AGDREF :", "num étranger (AGDREF)"])
    elif kind == "aps":
        v = f"{r.choice(L)}{r.choice(L)}{_digits(r, 7)}"
        cue = r.choice(["APS", "récépissé", "récépissé n°"])
    elif kind == "ipp":
        v = r.choice(
            [
                _digits(r, 9),
                f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
                f"{_digits(r, 2)}-{_digits(r, 6)}",
            ]
        )
        cue = r.choice(["IPP", "n° IPP", "ipp", "numéro patient", "n° de patient"])
    elif kind == "mutuelle":
        v = r.choice(
            [
                _digits(r, 8),
                f"{_digits(r, 4)} {_digits(r, 4)}",
                f"{r.choice(L)}{_digits(r, 7)}",
                f"{_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 3)}",
            ]
        )
        cue = r.choice(
            [
                "n° adhérent mutuelle",
                "mutuelle n°",
                "num adhérent",
                "numéro d'adhérent :",
                "carte mutuelle",
            ]
        )
    elif kind == "client":
        v = r.choice(
            [
                _digits(r, 10),
                f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 4)}",
                f"{r.choice(L)}{r.choice(L)}{_digits(r, 8)}",
            ]
        )
        cue = r.choice(
            [
                "réf client EDF",
                "référence client",
                "n° client Engie",
                "ref. client",
                "numéro client",
            ]
        )
    elif kind == "siao":
        v = f"SIAO-{r.randint(2019, 2026)}-{_digits(r, 5)}"
        cue = r.choice(["dossier", "réf", "n° dossier", "demande"])
    elif kind == "mdph":
        v = f"MDPH{r.choice(['35', '29', '56'])}-{_digits(r, 7)}"
        cue = r.choice(["dossier", "réf", "n°"])
    elif kind == "dossier":
        v = r.choice(
            [
                f"{r.randint(2019, 2026)}/{_digits(r, 6)}",
                f"{r.choice(L)}{r.choice(L)}-{_digits(r, 6)}",
                _digits(r, 8),
            ]
        )
        cue = r.choice(["dossier", "n° dossier", "réf dossier", "num de dossier"])
    elif kind == "handle":
        v = r.choice(
            [
                f"@{_ascii(r.choice(STREET_NAMES).split()[-1]).lower()}_{r.randint(10, 99)}",
                f"@k{_digits(r, 2)}_{r.choice(['du', 'la', 'le'])}{_digits(r, 2)}",
            ]
        )
        cue = r.choice(["insta", "son insta", "sur tiktok", "pseudo"])
    elif kind == "locataire":
        v = r.choice(
            [_digits(r, 8), f"{r.choice(L)}{_digits(r, 6)}", f"{_digits(r, 4)} {_digits(r, 4)}"]
        )
        cue = r.choice(
            ["n° locataire", "num locataire Archipel", "réf bail", "contrat de location n°"]
        )
    elif kind == "adherent":
        v = r.choice([_digits(r, 7), f"{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}"])
        cue = r.choice(["adhérent n°", "n° d'adhérent", "numéro adhérent"])
    elif kind == "fiscal":
        v = r.choice(
            [
                _digits(r, 13),
                f"{_digits(r, 2)} {_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
            ]
        )
        cue = r.choice(["n° fiscal", "numéro fiscal", "numéro fiscal :"])
    else:
        v = r.choice([_digits(r, 8), f"{r.choice(L)}{_digits(r, 6)}"])
        cue = r.choice(["matricule", "son matricule", "matricule agent"])
    return f"{cue} {{IDENTIFIANT|{v}}}"


# -- templates ----------------------------------------------------------------------------------
# Each template is a list of pieces joined by spaces; a piece is text with slots.
DEV_TEMPLATES = (
    "<time>, <civ> arrive pr <inst>, <np>. <hom> dans le hall. <caf>, l'agent vérifie. <first> tape vite. Attente <dur>.",
    "Appel de <full>, <age>, qui veut changer son adresse : <addr>. <phone>. Rappel prévu à <time>.",
    "<form>. <birth>. <nir>. Dossier <inst> incomplet, manque RIB : <iban>.",
    "accueil <time> : <civ> (accompagnée de <first>), <ft>, radiée pour absence. <hom>. <mail>",
    "Contrôle à domicile chez <family>. <addr>. Le fils dort, <np>. <plate> garée devant. Montant <amount>.",
    "urgences <time>, IOA : <form>, <id>. <birth>. Attente <dur>. <hom>",
    "File : <list>. Tous pour la <inst>. <civ> s'énerve, <civ> calme le jeu. <time>",
    "Tel : <full> demande où en est son dossier. <caf>. <id>. Elle donne aussi son mail : <mail>.",
    "<first> (agente) explique à <civ> la <inst> ; elle note <phone> et <addr>. <hom>. <dur> de guichet.",
    "CHRS, <time>. <full> dort ici depuis 3 semaines, <np> ; <id>. <plate>. <fam> attend une place.",
    "RDV FT <time> : <civ>, <ft>, <np>. Conseiller : <full>. Il a <age>. <hom>. <mail>.",
    "Mme la directrice passe. <civ> et <civ> discutent de la <inst>. <id>. <id>.",
    "Note rapide : <list>. <np>. <hom>. <amount> de rappel <inst>. <birth>",
    "<full> : <nir>, <phone>. <hom>. Il repart à <time>.",
    "Visite <fam>, <addr>. Compteur EDF, <id>. Enfant : <first>. <age>.",
)
HOLDOUT_TEMPLATES = (
    "<time> au guichet <inst> : <full> (<age>), <caf>, <np>. <hom>. Repart après <dur>.",
    "Au tél, <civ> épelle son mail : <mail>. Puis <phone>. <id>. <hom>.",
    "Visite chez <family> : <addr>. <plate> devant la maison, <np>. <first> ouvre la porte. <amount> d'arriéré <inst>.",
    "<form>, <birth>, <nir>. L'agente (<first>) scanne la carte. <id>.",
    "Liste d'attente : <list>. <np>. <civ> demande la <inst>. <hom>. <time>",
    "FT : <full>, <ft>, <np>. <mail>. <addr>. <hom>. <dur>.",
    "Patient <full>, <id>, <birth>. Accompagné de <first>. <hom>. <time>",
    "<civ> (<age>) : <iban> pour le virement <inst>. <caf>. <phone>.",
    "115 : <full> rappelle, <id>, <np>. Hébergé chez <family>. <plate>. <hom>.",
    "<time>. <civ> et son mari (<full>) : <addr>. <id>. <inst> versée : <amount>.",
)

SLOTS = {
    "time": lambda r, p: time_(r),
    "dur": lambda r, p: duration(r),
    "amount": lambda r, p: amount(r),
    "age": lambda r, p: age(r),
    "inst": lambda r, p: r.choice(INSTITUTIONS),
    "hom": lambda r, p: r.choice(HOMONYMS),
    "civ": civ_name,
    "full": full_name,
    "first": first_alone,
    "family": family,
    "fam": family_alone,
    "form": form_fields,
    "list": name_list,
    "nir": lambda r, p: nir(r),
    "phone": lambda r, p: phone(r),
    "mail": email,
    "iban": lambda r, p: iban(r),
    "addr": lambda r, p: address(r),
    "birth": lambda r, p: birthdate(r),
    "caf": lambda r, p: caf(r),
    "ft": lambda r, p: france_travail(r),
    "plate": lambda r, p: plate(r),
    "id": lambda r, p: other_id(r),
}


def not_person(r: random.Random, held: bool) -> str:
    return r.choice(HOLDOUT_NOT_PERSONS if held else DEV_NOT_PERSONS)


SITES = ("caf", "cpam", "ccas", "urgences", "chrs", "france_travail")
CHANNELS = ("accueil_physique", "accueil_telephonique", "controle_sur_place")
MARK_RE = re.compile(r"\{([A-Z_]+)\|([^{}]*)\}|⟨([^⟨⟩]*)⟩")


def render_note(
    template: str, r: random.Random, pools: Pools, held: bool
) -> tuple[str, list[dict], list[str]]:
    def fill(m: re.Match) -> str:
        return not_person(r, held) if m.group(1) == "np" else SLOTS[m.group(1)](r, pools)

    filled = re.sub(r"<(\w+)>", fill, template)
    text, entities, keep, pos = [], [], [], 0
    last = 0
    for m in MARK_RE.finditer(filled):
        chunk = filled[last : m.start()]
        text.append(chunk)
        pos += len(chunk)
        value = m.group(2) if m.group(1) else m.group(3)
        if m.group(1):
            entities.append({"start": pos, "end": pos + len(value), "label": m.group(1)})
        else:
            keep.append(value)
        text.append(value)
        pos += len(value)
        last = m.end()
    text.append(filled[last:])
    return "".join(text), entities, keep


def build() -> list[dict]:
    r = random.Random(SEED)
    dev_f, dev_l = _faker_pool(DEV_LOCALES)
    ho_f, ho_l = _faker_pool(HOLDOUT_LOCALES)
    dev = Pools(dev_f + DEV_HAND_FIRST * 4, dev_l + DEV_HAND_LAST * 4)
    # the held-out part draws only names absent from the dev pools
    ho = Pools(
        [n for n in ho_f if n not in set(dev_f)] + HOLDOUT_HAND_FIRST * 4,
        [n for n in ho_l if n not in set(dev_l)] + HOLDOUT_HAND_LAST * 4,
    )
    notes = []
    for i in range(N_DEV + N_HOLDOUT):
        held = i >= N_DEV
        template = r.choice(HOLDOUT_TEMPLATES if held else DEV_TEMPLATES)
        text, entities, keep = render_note(template, r, ho if held else dev, held)
        notes.append(
            {
                "id": f"{'holdout-' if held else ''}stress-{i + 1:03d}",
                "site_kind": r.choice(SITES),
                "channel": r.choice(CHANNELS),
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def main() -> None:
    notes = build()
    with OUT.open("w", encoding="utf-8") as f:
        for note in notes:
            for e in note["entities"]:
                assert (
                    note["text"][e["start"] : e["end"]].strip()
                    == note["text"][e["start"] : e["end"]]
                )
            f.write(json.dumps(note, ensure_ascii=False) + "\n")
    print(f"{len(notes)} notes written to {OUT}")


if __name__ == "__main__":
    main()
