# ruff: noqa: E501, RUF001  (templates read better on one line; French typography)
"""Build a synthetic corpus of *structured* personal values in note context (``structured.jsonl``).

Run: ``.venv/bin/python tests/data/privacy/structured/build.py`` (deterministic, standard
library + python-stdnum only).

Why: every structured value the anonymiser misses (or cuts short) is a leak, and the rules
should hold for any author. The values are generated from the formats' definitions (IBAN,
NIR, SIV/FNI plates, French phone numbering, postal addresses…) and from the labelling guide
(``docs/privacy-labelling-guide.md``), never from an evaluation note.

Held-out part: ids ``holdout-…`` (the bench never prints their errors). It is split from the
dev part twice: by **sentence template** (each template belongs to one part) and by **value
generator** (each label's formats are dealt alternately to the two parts), so a fix that
learnt a dev sentence or a dev format shows up as a gap between the two parts.

Markup in templates: ``{LABEL}`` is personal data produced by the label's generators,
``<K>`` a term to keep (times, amounts, ticket and counter numbers, service numbers…),
``<O>`` a public office's own address (kept, as the guide says).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from stdnum import iban as std_iban
from stdnum.fr import nir as std_nir

HERE = Path(__file__).resolve().parent
OUT = HERE / "structured.jsonl"
SEED = 20261204
N_DEV = 240
N_HOLDOUT = 160

SITES = ("caf", "cpam", "ccas", "urgences", "chrs", "france_travail")
CHANNELS = ("accueil_physique", "accueil_telephonique", "controle_sur_place")

UNITS = "zéro un deux trois quatre cinq six sept huit neuf".split()
TEENS = "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf".split()
TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def words(n: int) -> str:
    """French words for 0-99 (the way numbers are dictated by pairs)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 70:
        t, u = divmod(n, 10)
        if u == 0:
            return TENS[t]
        return f"{TENS[t]} et un" if u == 1 else f"{TENS[t]}-{UNITS[u]}"
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante-{TEENS[n - 70]}"
    if n == 80:
        return "quatre-vingts"
    rest = n - 80
    return "quatre-vingt-" + (UNITS[rest] if rest < 10 else TEENS[rest - 10])


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# -- value generators ---------------------------------------------------------------------------
# Each label has a list of formats; even-indexed ones feed the dev part, odd-indexed ones the
# held-out part.
STREET_TYPES_DEV = ["rue", "allée", "impasse", "chemin", "quai", "square", "boulevard", "place"]
STREET_TYPES_HO = ["avenue", "route de", "cours", "passage", "r.", "av.", "bd", "sentier"]
STREET_NAMES = [
    "de la Paix",
    "des Lilas",
    "Jean Jaurès",
    "du Général de Gaulle",
    "Victor Hugo",
    "des Tanneurs",
    "de Brest",
    "du Moulin",
    "Pasteur",
    "des Acacias",
    "Saint-Exupéry",
    "de la Gare",
    "Émile Zola",
    "des Peupliers",
    "du Stade",
    "de Fougères",
    "Mozart",
    "Anatole France",
    "des Glycines",
    "de l'Église",
    "Lamartine",
    "du Port",
    "des Mimosas",
    "Paul Bert",
    "de Lorient",
    "des Écoles",
    "Gambetta",
    "de la Mairie",
    "du Vieux Bourg",
]
COMMUNES = [
    ("35000", "Rennes"),
    ("29200", "Brest"),
    ("56100", "Lorient"),
    ("22000", "Saint-Brieuc"),
    ("44000", "Nantes"),
    ("69003", "Lyon"),
    ("13004", "Marseille"),
    ("59000", "Lille"),
    ("31000", "Toulouse"),
    ("67000", "Strasbourg"),
    ("35400", "Saint-Malo"),
    ("29000", "Quimper"),
    ("76600", "Le Havre"),
    ("33000", "Bordeaux"),
    ("35700", "Rennes"),
    ("93200", "Saint-Denis"),
]
LIEUX_DITS = ["La Ville Hervé", "Le Clos Gérard", "Les Landes", "La Métairie", "Le Chesnay"]
RESIDENCES = ["Les Glycines", "Le Bois Joli", "Les Hortensias", "Beauséjour", "Les Marronniers"]


def _num(rng: random.Random, fancy: bool) -> str:
    n = str(rng.randint(1, 180))
    if fancy and rng.random() < 0.5:
        n += rng.choice([" bis", " ter", "bis", "B", " B", " A"])
    return n


def _street(rng: random.Random, types: list[str]) -> str:
    return f"{rng.choice(types)} {rng.choice(STREET_NAMES)}"


def _cp(rng: random.Random) -> str:
    cp, city = rng.choice(COMMUNES)
    return f"{cp} {city}"


ADDRESS = [
    lambda r: f"{_num(r, True)} {_street(r, STREET_TYPES_DEV)}",
    lambda r: f"{_num(r, True)} {_street(r, STREET_TYPES_HO)}",
    lambda r: f"{_num(r, False)} {_street(r, STREET_TYPES_DEV)}, {_cp(r)}",
    lambda r: f"{_num(r, True)}, {_street(r, STREET_TYPES_HO)} {_cp(r)}",
    lambda r: f"{_num(r, False)} {_street(r, STREET_TYPES_DEV).lower()}",
    lambda r: f"{_num(r, False)} {_street(r, STREET_TYPES_HO).lower()} {_cp(r).lower()}",
    lambda r: (
        f"résidence {r.choice(RESIDENCES)}, bât {r.choice('ABCD')}, {_num(r, False)} {_street(r, STREET_TYPES_DEV)}"
    ),
    lambda r: (
        f"{_num(r, False)} {_street(r, STREET_TYPES_HO)}, escalier {r.choice('123')}, {r.randint(1, 9)}e étage, appt {r.randint(1, 60)}"
    ),
    lambda r: f"lieu-dit {r.choice(LIEUX_DITS)}, {_cp(r)}",
    lambda r: f"{r.choice(LIEUX_DITS)}, {_cp(r)}",
    lambda r: f"{_street(r, STREET_TYPES_DEV)}, {_cp(r)}",
    lambda r: (
        f"{_street(r, ['rue', 'allée', 'chemin', 'impasse', 'route de'])} à {r.choice(COMMUNES)[1]}"
    ),
    lambda r: f"{_num(r, True)} {_street(r, STREET_TYPES_DEV)} appartement {r.randint(1, 99)}",
    lambda r: (
        f"Bât. {r.choice('ABCDEF')}{r.randint(1, 4)} {_num(r, False)} {_street(r, STREET_TYPES_HO)}"
    ),
]


def _iban_fr(rng: random.Random) -> str:
    bban = digits(rng, 10) + digits(rng, 11) + digits(rng, 2)
    check = std_iban.calc_check_digits("FR00" + bban)
    return f"FR{check}{bban}"


def _iban_foreign(rng: random.Random) -> str:
    country, length = rng.choice([("DE", 18), ("ES", 20), ("BE", 12), ("IT", 23), ("PT", 21)])
    if country == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(rng, 22)
    else:
        bban = digits(rng, length)
    check = std_iban.calc_check_digits(country + "00" + bban)
    return f"{country}{check}{bban}"


def _fours(s: str, sep: str = " ") -> str:
    return sep.join(s[i : i + 4] for i in range(0, len(s), 4))


def _iban_words(rng: random.Random) -> str:
    iban = _iban_fr(rng)
    pairs = [words(int(iban[i : i + 2])) for i in range(2, 12, 2)]
    return "F R " + " ".join(pairs)


IBAN = [
    lambda r: _fours(_iban_fr(r)),
    lambda r: _iban_fr(r),
    lambda r: _fours(_iban_foreign(r)),
    lambda r: _fours(_iban_fr(r)).lower(),
    lambda r: _fours(_iban_fr(r), "-"),
    lambda r: _iban_foreign(r),
    lambda r: _iban_words(r),
    lambda r: _fours(_iban_fr(r)).replace(" ", "  ", 2),
]
IBAN_END = [lambda r: digits(r, 4), lambda r: f"{digits(r, 3)} {digits(r, 2)}"]

ABBREVIATED = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1935, 2008)


BIRTH = [
    lambda r: "{:02d}/{:02d}/{}".format(*_date(r)),
    lambda r: "{:02d}.{:02d}.{}".format(*_date(r)),
    lambda r: "{:02d}-{:02d}-{}".format(*_date(r)),
    lambda r: "{:02d} {:02d} {}".format(*_date(r)),
    lambda r: (lambda d, m, y: f"{y}-{m:02d}-{d:02d}")(*_date(r)),
    lambda r: (lambda d, m, y: f"{d}/{m}/{y % 100:02d}")(*_date(r)),
    lambda r: (lambda d, m, y: f"{d} {MONTHS[m - 1]} {y}")(*_date(r)),
    lambda r: (lambda d, m, y: f"{words(d)} {MONTHS[m - 1]} {y}")(*_date(r)),
    lambda r: (lambda d, m, y: f"1er {MONTHS[m - 1]} {y}")(*_date(r)),
    lambda r: (lambda d, m, y: f"{d} {ABBREVIATED[m - 1]} {y % 100:02d}")(*_date(r)),
    lambda r: (lambda d, m, y: f"{d:02d}{m:02d}{y}")(*_date(r)),
    lambda r: (lambda d, m, y: f"{MONTHS[m - 1]} {y}")(*_date(r)),
]

LOCALS = [
    "marie.dupont",
    "kevin35",
    "l.martin",
    "fatou_diop",
    "jb.lefevre",
    "sandrine.k",
    "yanis.b2009",
    "mamie.jo",
]
DOMAINS = [
    "gmail.com",
    "orange.fr",
    "hotmail.fr",
    "laposte.net",
    "free.fr",
    "yahoo.fr",
    "outlook.com",
    "wanadoo.fr",
]


def _mail(rng: random.Random) -> tuple[str, str, str]:
    local = rng.choice(LOCALS)
    name, tld = rng.choice(DOMAINS).split(".")
    return local, name, tld


EMAIL = [
    lambda r: "{}@{}.{}".format(*_mail(r)),
    lambda r: "{} @ {}.{}".format(*_mail(r)),
    lambda r: "{} arobase {} point {}".format(*_mail(r)),
    lambda r: "{}[at]{}[dot]{}".format(*_mail(r)),
    lambda r: "{} (at) {}.{}".format(*_mail(r)),
    lambda r: "{} at {} dot {}".format(*_mail(r)),
    lambda r: "{}@{}.{}".format(*_mail(r)).upper(),
    lambda r: "{}@{}".format(*_mail(r)[:2]),
]


def _mobile(rng: random.Random) -> list[str]:
    return [rng.choice(["06", "07"])] + [f"{rng.randint(0, 99):02d}" for _ in range(4)]


def _spoken_pair(pair: str) -> str:
    """A pair said aloud: "06" is "zéro six", "45" is "quarante-cinq"."""
    return f"zéro {words(int(pair))}" if pair.startswith("0") else words(int(pair))


def _fixe(rng: random.Random) -> list[str]:
    return [f"0{rng.randint(1, 5)}"] + [f"{rng.randint(0, 99):02d}" for _ in range(4)]


PHONE = [
    lambda r: " ".join(_mobile(r)),
    lambda r: ".".join(_fixe(r)),
    lambda r: "".join(_mobile(r)),
    lambda r: "-".join(_mobile(r)),
    lambda r: "+33 " + " ".join(p.lstrip("0") if i == 0 else p for i, p in enumerate(_mobile(r))),
    lambda r: "0033 " + " ".join(p.lstrip("0") if i == 0 else p for i, p in enumerate(_fixe(r))),
    lambda r: "+33" + "".join(_mobile(r))[1:],
    lambda r: "+33 (0)" + " ".join(_fixe(r))[1:],
    lambda r: " ".join(_spoken_pair(p) for p in _mobile(r)),
    lambda r: ", ".join(_spoken_pair(p) for p in _fixe(r)),
    lambda r: "/".join(_mobile(r)),
    lambda r: "  ".join(_mobile(r)),
]

SIV = "ABCDEFGHJKLMNPQRSTVWXYZ"


def _siv(rng: random.Random, sep: str) -> str:
    a = "".join(rng.choice(SIV) for _ in range(2))
    b = "".join(rng.choice(SIV) for _ in range(2))
    return f"{a}{sep}{rng.randint(100, 999)}{sep}{b}"


PLATE = [
    lambda r: _siv(r, "-"),
    lambda r: _siv(r, " "),
    lambda r: _siv(r, "-").lower(),
    lambda r: _siv(r, ""),
    lambda r: (
        f"{r.randint(10, 9999)} {''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(r.choice([2, 3])))} {r.choice(['35', '29', '56', '22', '75', '2A', '974'])}"
    ),
    lambda r: (
        f"{r.randint(1, 2)}-{''.join(r.choice('ABCDEFGHKLMNPRSTVWXYZ') for _ in range(3))}-{r.randint(100, 999)}"
    ),
    lambda r: (
        f"{r.choice(['B', 'M', 'HH', 'K'])}-{''.join(r.choice('ABCDEFGHKLMNPRSTVWXYZ') for _ in range(2))} {r.randint(10, 9999)}"
    ),
    lambda r: (
        f"{r.choice(['AB', 'CJ', 'IS', 'BV'])} {r.randint(10, 99)} {''.join(r.choice('ABCDEFGHKLMNPRSTVWXYZ') for _ in range(3))}"
    ),
]

CAF = [
    lambda r: digits(r, 7),
    lambda r: f"{digits(r, 3)} {digits(r, 4)}",
    lambda r: f"{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}",
    lambda r: digits(r, 8),
    lambda r: " ".join(digits(r, 7)),
    lambda r: f"{digits(r, 4)}.{digits(r, 3)}",
]

FT = [
    lambda r: digits(r, 7) + r.choice("ABCDEFGHJKLMNPRSTVWXYZ"),
    lambda r: digits(r, 7) + " " + r.choice("ABCDEFGHJKLMNPRSTVWXYZ"),
    lambda r: digits(r, 7) + r.choice("abcdefghjklmnprstvwxyz"),
    lambda r: f"{digits(r, 3)} {digits(r, 4)}{r.choice('ABCDEFGHJKLMNPRSTVWXYZ')}",
    lambda r: f"{digits(r, 4)} {digits(r, 3)} {r.choice('abcdefghjklmnprstvwxyz')}",
    lambda r: digits(r, 7) + "-" + r.choice("ABCDEFGHJKLMNPRSTVWXYZ"),
]


def _nir(rng: random.Random) -> list[str]:
    sex = rng.choice("12")
    yy = f"{rng.randint(35, 99):02d}" if rng.random() < 0.7 else f"{rng.randint(0, 8):02d}"
    mm = f"{rng.randint(1, 12):02d}"
    dep = rng.choice(["35", "29", "75", "2A", "13", "99", "56"])
    com, order = f"{rng.randint(1, 999):03d}", f"{rng.randint(1, 999):03d}"
    body = sex + yy + mm + dep + com + order
    key = std_nir.calc_check_digits(body)
    return [sex, yy, mm, dep, com, order, key]


NIR = [
    lambda r: " ".join(_nir(r)),
    lambda r: "".join(_nir(r)),
    lambda r: ".".join(_nir(r)),
    lambda r: " ".join(_nir(r)[:6]),
    lambda r: "".join(_nir(r)[:6]) + " " + _nir(r)[6],
    lambda r: "-".join(_nir(r)),
    lambda r: " ".join(_nir(r)[:6]) + " / " + _nir(r)[6],
    lambda r: "".join(_nir(r)[:6]),
]


def _cap(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


#: (cue, value) pairs: the cue stays outside the span.
OTHER_ID = [
    ("passeport n°", lambda r: f"{r.randint(10, 99)}{_cap(r, 2)}{digits(r, 5)}"),
    ("CNI", lambda r: digits(r, 12)),
    ("titre de séjour", lambda r: digits(r, 10)),
    ("AGDREF", lambda r: digits(r, 10)),
    ("récépissé APS n°", lambda r: f"{_cap(r, 2)}{digits(r, 8)}"),
    ("IPP", lambda r: digits(r, 8)),
    ("n° adhérent mutuelle", lambda r: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"),
    ("réf client EDF", lambda r: digits(r, 10)),
    ("n° de dossier SIAO", lambda r: f"SIAO-{r.randint(2019, 2025)}-{digits(r, 5)}"),
    ("dossier MDPH", lambda r: f"{r.choice(['35', '29', '56'])}-{digits(r, 6)}"),
    ("insta", lambda r: f"@{r.choice(['lili', 'yass', 'kev', 'mimi'])}_{digits(r, 2)}"),
    ("référence locataire", lambda r: f"{_cap(r, 3)}{digits(r, 6)}"),
    ("carte vitale de la mutuelle, adhérent", lambda r: digits(r, 9)),
    ("numéro fiscal", lambda r: digits(r, 13)),
    ("n° patient", lambda r: f"{digits(r, 2)}/{digits(r, 6)}"),
    ("snap", lambda r: f"{r.choice(['nina', 'dylan', 'sofia'])}.{digits(r, 3)}"),
]

SLOTS: dict[str, list] = {
    "ADRESSE": ADDRESS,
    "IBAN": IBAN,
    "IBAN_END": IBAN_END,
    "DATE_NAISSANCE": BIRTH,
    "EMAIL": EMAIL,
    "TELEPHONE": PHONE,
    "IMMATRICULATION": PLATE,
    "N_ALLOCATAIRE": CAF,
    "ID_FRANCE_TRAVAIL": FT,
    "NIR": NIR,
}
LABEL_OF_SLOT = {"IBAN_END": "IBAN"}

# -- keep terms ---------------------------------------------------------------------------------
KEEP = [
    lambda r: f"{r.randint(8, 17)}h{r.choice(['05', '15', '30', '45', ''])}",
    lambda r: f"{r.randint(5, 900)} €",
    lambda r: f"ticket {r.randint(1, 199)}",
    lambda r: f"guichet {r.randint(1, 12)}",
    lambda r: r.choice(["3949", "3646", "115", "le 15", "39 39"]),
    lambda r: f"{r.randint(18, 90)} ans",
    lambda r: f"{r.randint(2, 45)} min",
    lambda r: f"{r.randint(1, 9)} enfants",
    lambda r: f"bureau {r.randint(1, 30)}",
    lambda r: f"box {r.randint(1, 20)}",
    lambda r: f"{r.randint(100, 1500)},{r.randint(10, 99)} €",
    lambda r: f"le {r.randint(1, 28)}/{r.randint(1, 12):02d}",
]
#: A public office's own address: kept (the guide), never a person's.
OFFICE_ADDRESS = lambda r: f"{_num(r, False)} {_street(r, STREET_TYPES_DEV + STREET_TYPES_HO)}"  # noqa: E731

# -- templates ----------------------------------------------------------------------------------
# ``{LABEL}`` is a value of LABEL's generator, ``{ID}`` a cue + other identifier, ``<K>`` a keep
# term. Templates are split between the two parts (DEV_TEMPLATES, HOLDOUT_TEMPLATES).
DEV_TEMPLATES = [
    "Mr arrive à <K>, vient déclarer son changement d'adresse : il habite maintenant au {ADRESSE}. Attente <K>.",
    "controle sur place au {ADRESSE} , logement humide, <K>",
    "adresse : {ADRESSE}\ntél : {TELEPHONE}\nmail : {EMAIL}",
    "L'agent lit à l'écran : né le {DATE_NAISSANCE}, n° alloc {N_ALLOCATAIRE}, <K> de RSA.",
    "Elle donne son RIB : {IBAN}. L'agent vérifie, <K>.",
    "IBAN {IBAN} mais la banque a changé, il doit renvoyer un RIB. <K>",
    "il dicte son iban : {IBAN} (il se trompe deux fois)",
    "Mme appelle le <K> puis nous : rappeler au {TELEPHONE} avant <K>.",
    "son numéro c'est le {TELEPHONE}, fixe pas de portable",
    "Identifiant FT {ID_FRANCE_TRAVAIL}, inscrit depuis mars. <K>",
    "Pôle emploi : identifiant {ID_FRANCE_TRAVAIL} , radié en juin",
    "voiture garée devant, plaque {IMMATRICULATION}. <K>",
    "le véhicule ({IMMATRICULATION}) est au nom du fils",
    "NIR {NIR} — le conseiller le recopie à la main. <K>",
    "num secu : {NIR}",
    "date de naissance {DATE_NAISSANCE} ; <K> ; numéro allocataire {N_ALLOCATAIRE}",
    "e-mail pour le lien : {EMAIL} — ça ne marche pas",
    "Le monsieur a son {ID} dans la pochette, <K>.",
    "Renseignements pris : {ID}, puis {ID}.",
    "dossier caf {N_ALLOCATAIRE} bloqué depuis 3 mois, <K>",
    "RDV <K> au {ADRESSE}, domicile de la mère",
    "Elle vit {ADRESSE} avec ses <K>.",
    "ddn {DATE_NAISSANCE}, adresse {ADRESSE}",
    "L'IBAN se termine par {IBAN_END}, l'agent confirme. <K>",
    "tél portable {TELEPHONE} / mail {EMAIL}",
    "Accueil : <K>, <K>. Mr ne connaît pas son n° allocataire, on le retrouve : {N_ALLOCATAIRE}.",
    "scooter immatriculé {IMMATRICULATION} volé, il ne peut plus aller au travail",
    "La Caf, <O>, ouvre à <K> ; elle habite {ADRESSE}.",
]
HOLDOUT_TEMPLATES = [
    "Visite à domicile {ADRESSE}. Humidité, <K> sur place.",
    "Nouvelle adresse déclarée : {ADRESSE} (depuis <K>).",
    "Coordonnées vérifiées — domicile : {ADRESSE} ; portable : {TELEPHONE} ; courriel : {EMAIL}",
    "Il est né le {DATE_NAISSANCE} d'après le dossier, allocataire n° {N_ALLOCATAIRE}. <K>",
    "RIB fourni, IBAN : {IBAN}. <K> de rappel.",
    "coord bancaires {IBAN} a mettre a jour",
    "Elle lit son RIB à voix haute : {IBAN}.",
    "Il faut rappeler Madame au {TELEPHONE} (<K> conseillé pour les urgences).",
    "tel perso: {TELEPHONE} dispo apres <K>",
    "n° identifiant pôle emploi {ID_FRANCE_TRAVAIL}, <K> d'attente",
    "Son identifiant France Travail : {ID_FRANCE_TRAVAIL}.",
    "immat du véhicule {IMMATRICULATION} pour le contrôle",
    "plaque d'immatriculation : {IMMATRICULATION} ; <K>",
    "n° de sécu {NIR} — erreur de saisie d'un chiffre",
    "Numéro de sécurité sociale : {NIR}. <K>",
    "Date de naissance : {DATE_NAISSANCE}. <K>",
    "adresse mail {EMAIL} , il l'épelle lettre par lettre",
    "Pièces demandées : {ID} et {ID}. <K>",
    "Sur la fiche : {ID}. <K>",
    "Caf : n° {N_ALLOCATAIRE}, <K> de retard",
    "Le rendez-vous est fixé chez lui, {ADRESSE}, <K>.",
    "Famille hébergée {ADRESSE}, <K>.",
    "née le {DATE_NAISSANCE} — domiciliée {ADRESSE}",
    "Derniers chiffres de l'IBAN : {IBAN_END}. <K>",
    "mail {EMAIL} tel {TELEPHONE}",
    "<K> : le conseiller demande le numéro d'allocataire → {N_ALLOCATAIRE}.",
    "camionnette immatriculée {IMMATRICULATION} garée devant la Caf",
    "Orienté vers la permanence du CCAS au <O> ; domicile : {ADRESSE}.",
]

# -- sixth round: how values are typed or dictated on a phone ----------------------------------
# New formats (even index: dev, odd index: held out) and new templates for each part, written
# from the labelling guide and from the way people type or dictate on a phone: a value split
# over two lines, spelt letter by letter, dictated in words, "chez" for "@", a key after
# "clé", screen fields ("NIR :", "Mail -"), values in brackets or quotes, before their cue.
# Generated after the first corpus with their own seed, so the first 400 notes do not change.
SEED6 = 20261206
N_DEV6 = 120
N_HOLDOUT6 = 100


def _spell(word: str, sep: str) -> str:
    return sep.join(ch.upper() for ch in word if ch.isalnum())


COMME = {"j": "Jean", "m": "Marcel", "d": "Denis", "l": "Louis", "k": "Kilo", "s": "Sophie"}


def _comme(word: str) -> str:
    return ", ".join(
        f"{ch.upper()} comme {COMME[ch]}" if ch in COMME else ch.upper() for ch in word
    )


def _nir_digits(rng: random.Random) -> list[str]:
    """A NIR's groups, born in mainland France (a Corsican "2A" is not said in digits)."""
    groups = _nir(rng)
    return groups if groups[3].isdigit() else _nir_digits(rng)


def _group_words(group: str) -> str:
    """A group said aloud: "03" is "zéro trois", "238" is "deux, trente-huit"."""
    if len(group) == 3:
        return f"{words(int(group[0]))}, {_spoken_pair(group[1:])}"
    return _spoken_pair(group) if len(group) == 2 else words(int(group))


NIR6 = [
    lambda r: (lambda g: " ".join(g[:3]) + "\n" + " ".join(g[3:]))(_nir(r)),
    lambda r: (lambda g: " ".join(g[:4]) + "\n" + " ".join(g[4:]))(_nir(r)),
    lambda r: (lambda g: " ".join(g[:6]) + " clé " + g[6])(_nir(r)),
    lambda r: (lambda g: "".join(g[:6]) + " (clé " + g[6] + ")")(_nir(r)),
    lambda r: ", ".join(_group_words(x) for x in _nir_digits(r)),
    lambda r: " ".join(words(int(c)) for c in "".join(_nir_digits(r))),
]
PHONE6 = [
    lambda r: (lambda p: " ".join(p[:3]) + "\n" + " ".join(p[3:]))(_mobile(r)),
    lambda r: (lambda p: ".".join(p[:2]) + ".\n" + ".".join(p[2:]))(_fixe(r)),
    lambda r: " ".join([_mobile(r)[0][1]] + _mobile(r)[1:]),
    lambda r: ".".join([_mobile(r)[0][1]] + _mobile(r)[1:]),
    lambda r: "".join(_mobile(r)) + digits(r, 1),
    lambda r: " ".join(_mobile(r)) + " " + digits(r, 1),
]
EMAIL6 = [
    lambda r: (lambda loc, n, t: f"{loc} chez {n} point {t}")(*_mail(r)),
    lambda r: (lambda loc, n, t: f"{loc} chez {n}.{t}")(*_mail(r)),
    lambda r: (
        lambda loc, n, t: (
            f"{_spell(loc.split('.')[0], '.')}. point {_spell(loc.split('.')[-1], '.')}. arobase {n} point {t}"
        )
    )(*_mail(r)),
    lambda r: (
        lambda loc, n, t: f"{_comme(loc.replace('.', '').replace('_', ''))} arobase {n} point {t}"
    )(*_mail(r)),
    lambda r: (lambda loc, n, t: f"{loc}@ {n} .{t}")(*_mail(r)),
    lambda r: (lambda loc, n, t: f"{loc.upper()} @ {n.upper()} . {t.upper()}")(*_mail(r)),
]
IBAN6 = [
    lambda r: (lambda i: i[:19] + "\n" + i[20:])(_fours(_iban_fr(r))),
    lambda r: (lambda i: i[:24] + "\n" + i[25:])(_fours(_iban_fr(r))),
    lambda r: (lambda i: i[:2] + " " + i[2:])(_fours(_iban_fr(r))),
    lambda r: (lambda i: i[:2].lower() + " " + i[2:])(_fours(_iban_fr(r))),
    lambda r: (lambda i: i[:-3] + " " + i[-3:-2] + " " + i[-2:])(_fours(_iban_fr(r))),
    lambda r: (lambda i: i[:-2] + " " + i[-2:])(_fours(_iban_fr(r), "-")),
]
CAF6 = [
    lambda r: " ".join(digits(r, 7)),
    lambda r: f"{digits(r, 2)} {digits(r, 2)} {digits(r, 3)}",
    lambda r: f"{digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
    lambda r: f"{digits(r, 1)}.{digits(r, 3)}.{digits(r, 3)}",
]
_FT_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"
FT6 = [
    lambda r: f"{digits(r, 1)} {digits(r, 3)} {digits(r, 3)} {r.choice(_FT_LETTERS)}",
    lambda r: " ".join(digits(r, 7)) + " " + r.choice(_FT_LETTERS),
    lambda r: " ".join(words(int(c)) for c in digits(r, 7)) + " " + r.choice(_FT_LETTERS),
    lambda r: f"{digits(r, 3)} {digits(r, 2)} {digits(r, 2)} {r.choice(_FT_LETTERS)}",
]
PLATE6 = [
    lambda r: _siv(r, " - "),
    lambda r: _siv(r, " - ").lower(),
    lambda r: _siv(r, "-"),
    lambda r: _siv(r, " "),
]
BIRTH6 = [
    lambda r: (lambda d, m, y: f"{m:02d}/{y % 100:02d}")(*_date(r)),
    lambda r: (lambda d, m, y: f"{m:02d}.{y}")(*_date(r)),
    lambda r: (lambda d, m, y: f"{d:02d} / {m:02d} / {y}")(*_date(r)),
    lambda r: (lambda d, m, y: f"{d}-{m}-{y}")(*_date(r)),
]
SLOTS6: dict[str, list] = {
    "NIR": NIR6,
    "TELEPHONE": PHONE6,
    "EMAIL": EMAIL6,
    "IBAN": IBAN6,
    "N_ALLOCATAIRE": CAF6,
    "ID_FRANCE_TRAVAIL": FT6,
    "IMMATRICULATION": PLATE6,
    "DATE_NAISSANCE": BIRTH6,
    "ADRESSE": ADDRESS,
}
#: Keep terms of this round: job offer references and ticket numbers stay.
KEEP6 = KEEP + [
    lambda r: f"offre n° {r.randint(2023, 2026)}-{digits(r, 6)}",
    lambda r: f"offre {digits(r, 3)}{_cap(r, 4)}",
    lambda r: f"ticket n° {r.randint(100, 999)}",
]
DEV_TEMPLATES6 = [
    "Fiche à l'écran :\nNIR : {NIR}\nMail - {EMAIL}\nTél : {TELEPHONE}",
    "« {N_ALLOCATAIRE} » c'est son numéro d'alloc, <K>.",
    "il donne son numéro, {TELEPHONE}, puis son mail [{EMAIL}]",
    "Secu : {NIR} / Caf : {N_ALLOCATAIRE}",
    "Il épelle son mail : {EMAIL}. <K>",
    'identifiant FT ({ID_FRANCE_TRAVAIL}) et plaque "{IMMATRICULATION}"',
    "DDN {DATE_NAISSANCE} - <K>",
    "RIB lu sur le papier :\n{IBAN}\n<K>",
    "Vu à <K>, <K>. Tél. - {TELEPHONE}",
    "num de sécu dicté : {NIR}. <K>",
    "Mr donne son identifiant : {ID_FRANCE_TRAVAIL}, puis regarde <K>.",
    "mail: {EMAIL}\nIBAN: {IBAN}",
]
HOLDOUT_TEMPLATES6 = [
    "Écran France Travail —\nIdentifiant : {ID_FRANCE_TRAVAIL}\nCourriel - {EMAIL}\nPortable : {TELEPHONE}",
    "n° sécu (carte vitale) : {NIR}, <K>",
    "elle redonne son numéro de Caf : {N_ALLOCATAIRE} (<K>)",
    "mail dicté: {EMAIL}",
    "Naissance - {DATE_NAISSANCE}, <K>",
    "Coordonnées bancaires (RIB) :\n{IBAN}",
    "sa voiture [{IMMATRICULATION}] est garée devant, <K>",
    "tel : {TELEPHONE} / secu : {NIR}",
    "{N_ALLOCATAIRE} (n° Caf) - <K>",
    "Il lit son identifiant pôle emploi : {ID_FRANCE_TRAVAIL} ; vu : <K>",
    "adresse e-mail « {EMAIL} », <K>",
    "né(e) le {DATE_NAISSANCE} ; portable {TELEPHONE}",
]

TOKEN_RE = re.compile(r"\{(\w+)\}|<K>|<O>")


def build_note(
    rng: random.Random,
    template: str,
    holdout: bool,
    slots: dict[str, list] | None = None,
    keep_terms: list | None = None,
) -> tuple[str, list[dict], list[str]]:
    slots = slots or SLOTS
    keep_terms = keep_terms or KEEP
    text, entities, keep = "", [], []
    pos = 0
    parity = 1 if holdout else 0
    for m in TOKEN_RE.finditer(template):
        text += template[pos : m.start()]
        pos = m.end()
        if m.group(0) in ("<K>", "<O>"):
            term = rng.choice(keep_terms)(rng) if m.group(0) == "<K>" else OFFICE_ADDRESS(rng)
            text += term
            keep.append(term)
            continue
        slot = m.group(1)
        if slot == "ID":
            pairs = [p for i, p in enumerate(OTHER_ID) if i % 2 == parity]
            cue, gen = rng.choice(pairs)
            text += cue + " "
            value, label = gen(rng), "IDENTIFIANT"
        else:
            gens = [g for i, g in enumerate(slots[slot]) if i % 2 == parity]
            value, label = rng.choice(gens)(rng), LABEL_OF_SLOT.get(slot, slot)
        entities.append({"start": len(text), "end": len(text) + len(value), "label": label})
        text += value
    text += template[pos:]
    return text, entities, keep


def build() -> list[dict]:
    rng = random.Random(SEED)
    notes = []
    for part, templates, count in (
        ("dev", DEV_TEMPLATES, N_DEV),
        ("holdout", HOLDOUT_TEMPLATES, N_HOLDOUT),
    ):
        for k in range(count):
            template = templates[k % len(templates)]
            text, entities, keep = build_note(rng, template, part == "holdout")
            prefix = "holdout-structured" if part == "holdout" else "structured"
            notes.append(
                {
                    "id": f"{prefix}-{k + 1:03d}",
                    "site_kind": rng.choice(SITES),
                    "channel": rng.choice(CHANNELS),
                    "text": text,
                    "entities": entities,
                    "keep": keep,
                }
            )
    rng = random.Random(SEED6)
    for part, templates, count in (
        ("dev", DEV_TEMPLATES6, N_DEV6),
        ("holdout", HOLDOUT_TEMPLATES6, N_HOLDOUT6),
    ):
        for k in range(count):
            template = templates[k % len(templates)]
            text, entities, keep = build_note(rng, template, part == "holdout", SLOTS6, KEEP6)
            prefix = "holdout-structured6" if part == "holdout" else "structured6"
            notes.append(
                {
                    "id": f"{prefix}-{k + 1:03d}",
                    "site_kind": rng.choice(SITES),
                    "channel": rng.choice(CHANNELS),
                    "text": text,
                    "entities": entities,
                    "keep": keep,
                }
            )
    return notes


def main() -> None:
    notes = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")
    print(f"{len(notes)} notes written to {OUT}")


if __name__ == "__main__":
    main()
