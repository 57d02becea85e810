# ruff: noqa: E501  (the note templates below read better on one line each)
"""Build tests/data/privacy/notes.jsonl from hand-written notes and templates.

Run: ``.venv/bin/python tests/data/privacy/build_corpus.py``. The output is deterministic.

* ``handwritten.txt`` holds free prose written by hand (markup described in its header).
* ``TEMPLATES`` below are filled with random but realistic values (seeded). Templates whose
  id starts with ``holdout`` only feed the held-out part of the corpus.

Markup: ``{LABEL|value}`` marks personal data, ``⟨value⟩`` a term that must be kept. Besides the
explicit keep marks, institution names, times, amounts, durations, ages, counter and ticket
numbers found outside entities are added to the keep list automatically.
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
OUT = HERE / "notes.jsonl"

LABELS = {
    "PER": "PERSONNE",
    "NIR": "NIR",
    "TEL": "TELEPHONE",
    "MAIL": "EMAIL",
    "IBAN": "IBAN",
    "ADR": "ADRESSE",
    "DDN": "DATE_NAISSANCE",
    "CAF": "N_ALLOCATAIRE",
    "FT": "ID_FRANCE_TRAVAIL",
    "IMM": "IMMATRICULATION",
}

CIVILITY = re.compile(
    r"^(?:M\.|Mr\.?|Mme|Mlle|Melle|Madame|Monsieur|madame|monsieur|mme|mr|Dr\.?|Docteur)\s+"
)

KEEP_VOCAB = [
    "Caf",
    "CAF",
    "Cpam",
    "CPAM",
    "CCAS",
    "CHRS",
    "SIAO",
    "115",
    "3646",
    "3949",
    "RSA",
    "APL",
    "AAH",
    "CSS",
    "ASF",
    "PAJE",
    "AME",
    "IJ",
    "prime d'activité",
    "carte Vitale",
    "France Travail",
    "Pôle emploi",
    "ameli",
    "MDPH",
    "PMI",
    "IOA",
    "SAMU",
    "Services Publics+",
    "référentiel Marianne",
    "contrat d'engagement",
    "France services",
    "Carsat",
    "allocations familiales",
    "complémentaire santé solidaire",
]
KEEP_PATTERNS = [
    r"\b\d{1,2}h\d{2}\b",
    r"\b\d{1,2}h\b",
    r"\b\d{1,2}:\d{2}\b",
    r"\b\d+ ?(?:minutes|min|heures)\b",
    r"\b\d[\d  ]* ?(?:€|euros)",
    r"\b\d{1,3} ans\b",
    r"\b[Tt]icket (?:n° ?)?[A-Z]?\d+\b",
    r"\b[Gg]uichet (?:n° ?)?\d+\b",
    r"\b[Bb]ox \d+\b",
]

MARK = re.compile(r"\{([A-Z]+)\|([^{}]*)\}|⟨([^⟨⟩]*)⟩")


def parse_markup(src: str) -> tuple[str, list[dict], list[str]]:
    out: list[str] = []
    pos = 0
    entities: list[dict] = []
    keep: list[str] = []
    last = 0
    for m in MARK.finditer(src):
        out.append(src[last : m.start()])
        pos += m.start() - last
        if m.group(1):
            value = m.group(2)
            label = LABELS[m.group(1)]
            start = pos
            if label == "PERSONNE":
                civ = CIVILITY.match(value)
                if civ:
                    start += civ.end()
            entities.append({"start": start, "end": pos + len(value), "label": label})
        else:
            value = m.group(3)
            keep.append(value)
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(src[last:])
    text = "".join(out)
    assert "{" not in text and "⟨" not in text, text
    return text, entities, keep


def auto_keep(text: str, entities: list[dict], keep: list[str]) -> list[str]:
    def free(a: int, b: int) -> bool:
        return all(b <= e["start"] or a >= e["end"] for e in entities)

    found = list(keep)
    for term in KEEP_VOCAB:
        for m in re.finditer(r"(?<!\w)" + re.escape(term) + r"(?!\w)", text):
            if free(m.start(), m.end()):
                found.append(term)
    for pat in KEEP_PATTERNS:
        for m in re.finditer(pat, text):
            if free(m.start(), m.end()):
                found.append(m.group(0).strip())
    # A keep term must never be part of an entity (otherwise the corpus contradicts itself).
    for term in found:
        for m in re.finditer(re.escape(term), text):
            assert free(m.start(), m.end()) or any(
                free(n.start(), n.end()) for n in re.finditer(re.escape(term), text)
            ), (term, text)
    return sorted(set(found), key=found.index)


def read_handwritten() -> list[dict]:
    notes = []
    current: dict | None = None
    lines: list[str] = []

    def flush() -> None:
        if current is not None:
            text, ents, keep = parse_markup("\n".join(lines).strip())
            notes.append({**current, "text": text, "entities": ents, "keep": keep})

    for raw in (HERE / "handwritten.txt").read_text(encoding="utf-8").splitlines():
        if raw.startswith("### "):
            flush()
            nid, kind, channel = raw[4:].split()
            current = {"id": nid, "site_kind": kind, "channel": channel}
            lines = []
        elif raw.startswith("#") or current is None:
            continue
        else:
            lines.append(raw)
    flush()
    return notes


# --------------------------------------------------------------------------- generated values

FIRST = [
    "Marie",
    "Nathalie",
    "Isabelle",
    "Sylvie",
    "Catherine",
    "Sandrine",
    "Valérie",
    "Christine",
    "Stéphanie",
    "Céline",
    "Aurélie",
    "Émilie",
    "Julie",
    "Camille",
    "Léa",
    "Manon",
    "Chloé",
    "Jean",
    "Philippe",
    "Michel",
    "Alain",
    "Patrick",
    "Nicolas",
    "Christophe",
    "Pierre",
    "Laurent",
    "Frédéric",
    "Sébastien",
    "Julien",
    "Thomas",
    "Kevin",
    "Maxime",
    "Hugo",
    "Lucas",
    "Mohamed",
    "Ahmed",
    "Karim",
    "Youssef",
    "Rachid",
    "Mamadou",
    "Moussa",
    "Ibrahima",
    "Fatoumata",
    "Aïcha",
    "Fatima",
    "Khadija",
    "Aminata",
    "Mariam",
    "Nour",
    "Yasmine",
    "Maïwenn",
    "Gurvan",
    "Tugdual",
    "Soizic",
    "Erwan",
    "Nolwenn",
    "Gwenaëlle",
    "Loïc",
    "Yannick",
    "Anaïs",
    "Yanis",
    "Ilyes",
    "Wassim",
    "Kenza",
    "Lilou",
    "Timéo",
    "Jean-Luc",
    "Marie-Claude",
    "Anne-Sophie",
    "Jean-Baptiste",
    "Thi Lan",
    "Dragan",
    "Oksana",
    "Giovanni",
    "João",
]
COMMON_WORD_FIRST = [
    "Pierre",
    "Rose",
    "Olive",
    "Claire",
    "Blanche",
    "Ange",
    "Marine",
    "Prudence",
    "Constance",
    "Victoire",
    "Capucine",
    "Violette",
    "Jade",
    "Margot",
    "Aurore",
    "Colombe",
    "Lys",
    "Mercedes",
]
SURNAME = [
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefebvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Mercier",
    "Blanc",
    "Guérin",
    "Boyer",
    "Le Goff",
    "Le Gall",
    "Le Bihan",
    "Le Roux",
    "Le Floch",
    "Le Guen",
    "Tanguy",
    "Guillou",
    "Morvan",
    "Kerleroux",
    "Quéré",
    "Jaouen",
    "Cadiou",
    "Abgrall",
    "Salaün",
    "Le Corre",
    "N'Diaye",
    "Diallo",
    "Traoré",
    "Camara",
    "Koné",
    "Coulibaly",
    "Diop",
    "Ben Ali",
    "Benali",
    "Haddad",
    "Nguyen",
    "Da Silva",
    "Dos Santos",
    "Pereira",
    "Kowalski",
    "Yilmaz",
    "Ferreira",
    "De La Tour",
    "Van Damme",
    "Mc Carthy",
    "Di Marco",
    "El Amrani",
    "Ben Youssef",
    "Le Pape",
    "Lefèvre",
    "Rolland",
    "Poulain",
    "Hamon",
    "Carré",
    "Lemoine",
    "Boucher",
    "Chauvin",
]
CITIES = [
    ("35000", "Rennes"),
    ("29200", "Brest"),
    ("29000", "Quimper"),
    ("22000", "Saint-Brieuc"),
    ("56100", "Lorient"),
    ("56000", "Vannes"),
    ("29600", "Morlaix"),
    ("22300", "Lannion"),
    ("35400", "Saint-Malo"),
    ("44000", "Nantes"),
    ("75011", "Paris"),
    ("93200", "Saint-Denis"),
    ("69003", "Lyon"),
    ("13001", "Marseille"),
    ("29800", "Landerneau"),
    ("35700", "Rennes"),
]
STREET_TYPES = [
    "rue",
    "avenue",
    "av.",
    "boulevard",
    "bd",
    "allée",
    "impasse",
    "place",
    "chemin",
    "route",
    "quai",
    "square",
    "rue",
]
STREETS = [
    "de la Paix",
    "Jean Jaurès",
    "Victor Hugo",
    "des Lilas",
    "du Général de Gaulle",
    "de Brest",
    "Pasteur",
    "des Écoles",
    "de la Gare",
    "Saint-Exupéry",
    "du Moulin",
    "Émile Zola",
    "des Mimosas",
    "de Kerichen",
    "Anatole France",
    "Jules Ferry",
]


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def c(self, seq):
        return self.r.choice(seq)

    def fn(self) -> str:
        return self.c(FIRST)

    def sn(self) -> str:
        return self.c(SURNAME)

    def full(self) -> str:
        f, s = self.fn(), self.sn()
        style = self.r.random()
        if style < 0.45:
            return f"{f} {s}"
        if style < 0.75:
            return f"{s.upper()} {f}"
        if style < 0.85:
            return f"{f} {s}".lower()
        if style < 0.93:
            return f"{s} {f}"
        return f"{f} {s.upper()}"

    def nir(self, valid: bool = True) -> str:
        r = self.r
        body = (
            r.choice("12")
            + f"{r.randint(30, 99):02d}"
            + f"{r.randint(1, 12):02d}"
            + r.choice(["35", "29", "22", "56", "75", "93", "2A", "2B", "69", "99", "44", "13"])
            + f"{r.randint(1, 999):03d}"
            + f"{r.randint(1, 999):03d}"
        )
        key = std_nir.calc_check_digits(body)
        if not valid:
            key = f"{(int(key) + r.randint(1, 40)) % 97 + 1:02d}"
        n = body + key
        style = r.random()
        if style < 0.5:
            return " ".join([n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]])
        if style < 0.75:
            return n
        if style < 0.9:
            return n[:13] + " " + n[13:]
        return ".".join([n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]])

    def tel(self) -> str:
        r = self.r
        first = r.choice(["06", "07", "02", "01", "09", "05", "03", "04"])
        rest = [f"{r.randint(0, 99):02d}" for _ in range(4)]
        style = r.random()
        digits = [first, *rest]
        if style < 0.4:
            return " ".join(digits)
        if style < 0.55:
            return ".".join(digits)
        if style < 0.65:
            return "".join(digits)
        if style < 0.72:
            return "-".join(digits)
        intl = first[1] + " " + " ".join(rest)
        if style < 0.88:
            return "+33 " + intl
        if style < 0.94:
            return "+33 (0)" + intl
        return "0033 " + intl

    def mail(self) -> str:
        f = strip_accents(self.fn().lower()).replace(" ", "")
        s = strip_accents(self.sn().lower()).replace(" ", "").replace("'", "")
        dom = self.c(
            [
                "gmail.com",
                "orange.fr",
                "free.fr",
                "laposte.net",
                "hotmail.fr",
                "yahoo.fr",
                "sfr.fr",
                "outlook.com",
            ]
        )
        style = self.r.random()
        if style < 0.4:
            return f"{f}.{s}@{dom}"
        if style < 0.7:
            return f"{f[0]}{s}{self.r.randint(1, 99)}@{dom}"
        return f"{s}_{f}{self.r.randint(1950, 2005)}@{dom}"

    def iban(self) -> str:
        r = self.r
        bban = (
            f"{r.randint(10000, 39999)}{r.randint(0, 99999):05d}"
            f"{r.randint(0, 10**11 - 1):011d}{r.randint(0, 97):02d}"
        )
        cd = 98 - int("".join(str(int(ch, 36)) for ch in bban + "FR00")) % 97
        n = f"FR{cd:02d}{bban}"
        assert std_iban.is_valid(n)
        return std_iban.format(n) if r.random() < 0.7 else n

    def adr(self) -> str:
        r = self.r
        cp, city = self.c(CITIES)
        num = str(r.randint(1, 140))
        suffix = self.c(["", "", "", " bis", " ter", "bis", " B"])
        street = f"{num}{suffix} {self.c(STREET_TYPES)} {self.c(STREETS)}"
        style = r.random()
        if style < 0.5:
            return f"{street}, {cp} {city}"
        if style < 0.65:
            return f"{street} {cp} {city.upper()}"
        if style < 0.8:
            return street
        res = self.c(["Les Hortensias", "du Parc", "Kerbernard", "Les Mouettes", "Bellevue"])
        bat = self.c(["A", "B", "C", "2", "D"])
        return f"résidence {res}, bâtiment {bat}, appartement {r.randint(1, 60)}"

    def ddn(self) -> str:
        r = self.r
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1935, 2006)
        months = [
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
        ]
        style = r.random()
        if style < 0.45:
            return f"{d:02d}/{m:02d}/{y}"
        if style < 0.8:
            return f"{'1er' if d == 1 else d} {months[m - 1]} {y}"
        if style < 0.9:
            return f"{d:02d}-{m:02d}-{y}"
        return f"{d:02d}/{m:02d}/{str(y)[2:]}"

    def caf(self) -> str:
        return f"{self.r.randint(0, 9999999):07d}"

    def ft(self) -> str:
        return f"{self.r.randint(0, 9999999):07d}{self.c('ABCDEFGHJKLMNPRSTXZ0123456789')}"

    def imm(self) -> str:
        r = self.r
        letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
        if r.random() < 0.7:
            a = "".join(r.choice(letters) for _ in range(2))
            b = "".join(r.choice(letters) for _ in range(2))
            sep = self.c(["-", "-", " ", ""])
            return f"{a}{sep}{r.randint(1, 999):03d}{sep}{b}"
        return (
            f"{r.randint(1, 9999)} {''.join(r.choice(letters) for _ in range(r.randint(2, 3)))}"
            f" {self.c(['29', '35', '22', '56', '75', '44'])}"
        )

    def time(self) -> str:
        h, m = self.r.randint(8, 19), self.c([0, 5, 10, 15, 20, 30, 40, 45, 50])
        return f"{h}h{m:02d}" if m else f"{h}h"


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


# --------------------------------------------------------------------------- templates
# (template id, site kinds, channels, text). $slots are filled by Gen; markup as in handwritten.

ALL = ["caf", "cpam", "ccas", "urgences", "chrs", "france_travail"]
PHYS = ["accueil_physique"]
TEL = ["accueil_telephonique"]
CSP = ["controle_sur_place"]

TEMPLATES: list[tuple[str, list[str], list[str], str]] = [
    (
        "t01",
        ["caf"],
        PHYS,
        "⟨$time⟩ : Mme {PER|$sn} donne son numéro allocataire {CAF|$caf} à l'accueil, demande sur la ⟨prime d'activité⟩. Attente ⟨$n min⟩.",
    ),
    (
        "t02",
        ["caf"],
        TEL,
        "Appel de M. {PER|$full}, n° CAF {CAF|$caf}. Il conteste un indu de ⟨$amount €⟩. Rappel au {TEL|$tel}.",
    ),
    (
        "t03",
        ["caf", "cpam"],
        CSP,
        "Contrôle au domicile de {PER|$full}, {ADR|$adr}. Durée ⟨$n minutes⟩, le contrôleur ({PER|$fn}) vérifie les pièces.",
    ),
    (
        "t04",
        ["cpam"],
        PHYS,
        "Au guichet ⟨$g⟩, l'usager dicte son NIR à voix haute : {NIR|$nir}. Aucune confidentialité.",
    ),
    (
        "t05",
        ["cpam"],
        TEL,
        "⟨3646⟩, ⟨$n minutes⟩ d'attente. Je donne mon numéro de sécurité sociale ({NIR|$nir}) et ma date de naissance : {DDN|$ddn}.",
    ),
    (
        "t06",
        ALL,
        PHYS,
        "{PER|$cfn}, ⟨$age ans⟩, attend depuis ⟨$n min⟩ avec le ⟨ticket $g⟩. L'agente lui propose un café.",
    ),
    (
        "t07",
        ALL,
        PHYS,
        "L'agent d'accueil, {PER|$fn}, reçoit {PER|$full}. Mail de contact : {MAIL|$mail}.",
    ),
    (
        "t08",
        ["france_travail"],
        PHYS,
        "Inscription de {PER|$full}, ⟨$age ans⟩. Identifiant ⟨France Travail⟩ remis : {FT|$ft}. Le conseiller explique le ⟨contrat d'engagement⟩.",
    ),
    (
        "t09",
        ["france_travail"],
        TEL,
        "Appel : M. {PER|$sn} donne son identifiant Pôle emploi {FT|$ft} et son portable {TEL|$tel}. Réponse en ⟨$n minutes⟩.",
    ),
    (
        "t10",
        ["ccas"],
        PHYS,
        "Demande d'aide d'urgence de Mme {PER|$full}, née le {DDN|$ddn}. Domiciliée au ⟨CCAS⟩ depuis ⟨$n mois⟩. RIB : {IBAN|$iban}.",
    ),
    (
        "t11",
        ["ccas"],
        TEL,
        "Une dame appelle le ⟨CCAS⟩ : « je suis {PER|$cfn $sn2}, j'habite {ADR|$adr} ». Elle demande le portage de repas.",
    ),
    (
        "t12",
        ["urgences"],
        PHYS,
        "Admission de {PER|$full} à ⟨$time⟩, tri ⟨$t⟩ par l'⟨IOA⟩. Contact famille : {TEL|$tel}. Date de naissance : {DDN|$ddn}.",
    ),
    (
        "t13",
        ["urgences"],
        TEL,
        "Le ⟨SAMU⟩ annonce l'arrivée de {PER|$full}, ⟨$age ans⟩. L'accueil prépare le dossier avec le NIR {NIR|$nir}.",
    ),
    (
        "t14",
        ["chrs"],
        PHYS,
        "Entretien d'accueil au CHRS : {PER|$full}, orienté par le ⟨SIAO⟩. Éducatrice référente : {PER|$fn}. Ancienne adresse : {ADR|$adr}.",
    ),
    (
        "t15",
        ["chrs"],
        TEL,
        "⟨115⟩ à ⟨$time⟩ : {PER|$fn} appelle pour une mise à l'abri, numéro de rappel {TEL|$tel}. Pas de place.",
    ),
    (
        "t16",
        ["caf"],
        CSP,
        "Contrôle : véhicule garé devant le logement, immatriculé {IMM|$imm}. Mme {PER|$sn} affirme vivre seule.",
    ),
    (
        "t17",
        ["caf", "cpam", "ccas"],
        PHYS,
        "mme {PER|$lsn} vient pour son dossier, l'agente ({PER|$lfn}) vérifie l'⟨APL⟩. ⟨$n minutes⟩.",
    ),
    (
        "t18",
        ALL,
        PHYS,
        "{PER|$SN $fn} se présente à l'accueil, sans rendez-vous. Orientation vers le bon service en ⟨$n min⟩.",
    ),
    (
        "t19",
        ["cpam"],
        PHYS,
        "Demande de ⟨carte Vitale⟩ pour {PER|$full}. Le numéro saisi ({NIR|$nirbad}) est refusé, clé erronée ; l'agent corrige.",
    ),
    (
        "t20",
        ["caf", "france_travail"],
        TEL,
        "\"Bonjour, {PER|$fn} à l'appareil\" – la conseillère prend l'appel de {PER|$full}. Numéro donné : {TEL|$tel}.",
    ),
    (
        "t21",
        ["ccas", "chrs"],
        PHYS,
        "M. {PER|$sn} et son fils {PER|$fn} attendent. Adresse de domiciliation : {ADR|$adr}. Attente ⟨$n min⟩.",
    ),
    (
        "t22",
        ["caf"],
        PHYS,
        "L'allocataire, {PER|$full}, matricule {CAF|$caf}, demande l'⟨AAH⟩ pour son fils. Orientation vers la ⟨MDPH⟩.",
    ),
    (
        "t23",
        ["urgences"],
        PHYS,
        "{PER|$cfn} et {PER|$fn2} attendent au box ⟨$g⟩ depuis ⟨$n min⟩. L'agente appelle le {TEL|$tel}.",
    ),
    (
        "t24",
        ["france_travail"],
        PHYS,
        "Conseiller {PER|$full} reçoit Mme {PER|$sn2}, ⟨$age ans⟩, ⟨RSA⟩ depuis ⟨2025⟩. Aide à la mobilité : IBAN {IBAN|$iban}.",
    ),
    (
        "t25",
        ["cpam", "caf"],
        CSP,
        "Visite chez M. {PER|$full} ({ADR|$adr}), né le {DDN|$ddn}. Plaque {IMM|$imm} relevée par le contrôleur.",
    ),
    (
        "t26",
        ALL,
        TEL,
        "Appel à ⟨$time⟩, ⟨$n minutes⟩ d'attente. L'usager, {PER|$full}, laisse son mail {MAIL|$mail} et son téléphone {TEL|$tel}.",
    ),
    (
        "t27",
        ["chrs", "ccas"],
        PHYS,
        "Date de naissance de {PER|$fn} : {DDN|$ddn}. L'éducateur {PER|$fn2} complète la fiche du ⟨SIAO⟩.",
    ),
    (
        "t28",
        ["caf", "cpam"],
        PHYS,
        "Dialogue : « Votre nom ? » « {PER|$SN} » « Prénom ? » « {PER|$fn} ». Ticket suivant à ⟨$time⟩.",
    ),
    (
        "holdout-t01",
        ALL,
        PHYS,
        "{PER|$full} passe à ⟨$time⟩, accompagné de {PER|$cfn}. Numéro de téléphone {TEL|$tel}, mail {MAIL|$mail}. Attente ⟨$n minutes⟩.",
    ),
    (
        "holdout-t02",
        ["caf"],
        TEL,
        "Numéro allocataire {CAF|$caf}, déclaré par Mme {PER|$full}, née le {DDN|$ddn}. ⟨prime d'activité⟩ recalculée à ⟨$amount €⟩.",
    ),
    (
        "holdout-t03",
        ["cpam", "urgences"],
        PHYS,
        "L'agente ({PER|$fn}) recopie le NIR {NIR|$nir} de M. {PER|$sn}. ⟨$n min⟩ au guichet ⟨$g⟩.",
    ),
    (
        "holdout-t04",
        ["france_travail"],
        TEL,
        "{PER|$full}, identifiant {FT|$ft}, demande un rdv. La conseillère {PER|$fn2} propose ⟨$time⟩.",
    ),
    (
        "holdout-t05",
        ["caf", "cpam"],
        CSP,
        "Contrôle chez {PER|$full}, {ADR|$adr}. Voiture {IMM|$imm}. IBAN vérifié : {IBAN|$iban}.",
    ),
    (
        "holdout-t06",
        ["ccas", "chrs"],
        TEL,
        "Appel de {PER|$cfn}, ⟨$age ans⟩, hébergée chez une amie au {ADR|$adr}. Rappel au {TEL|$tel}.",
    ),
]


def fill(gen: Gen, template: str) -> str:
    cfn = gen.c(COMMON_WORD_FIRST)
    values = {
        "full": gen.full,
        "fn": gen.fn,
        "fn2": gen.fn,
        "sn": gen.sn,
        "sn2": gen.sn,
        "SN": lambda: gen.sn().upper(),
        "lsn": lambda: gen.sn().lower(),
        "lfn": lambda: gen.fn().lower(),
        "cfn": lambda: cfn,
        "nir": gen.nir,
        "nirbad": lambda: gen.nir(valid=False),
        "tel": gen.tel,
        "mail": gen.mail,
        "iban": gen.iban,
        "adr": gen.adr,
        "ddn": gen.ddn,
        "caf": gen.caf,
        "ft": gen.ft,
        "imm": gen.imm,
        "time": gen.time,
        "n": lambda: str(gen.r.randint(2, 55)),
        "age": lambda: str(gen.r.randint(18, 90)),
        "g": lambda: str(gen.r.randint(1, 60)),
        "t": lambda: str(gen.r.randint(1, 5)),
        "amount": lambda: gen.c(["536", "184", "1 240", "75", "312", "2 100", "48"]),
    }
    return re.sub(r"\$([A-Za-z0-9]+)", lambda m: values[m.group(1)](), template)


def generate(seed: int, count: int, holdout: bool) -> list[dict]:
    gen = Gen(seed)
    pool = [t for t in TEMPLATES if t[0].startswith("holdout") == holdout]
    if holdout:  # the held-out part also reuses dev templates, with other values
        pool = pool + [t for t in TEMPLATES if not t[0].startswith("holdout")]
    notes = []
    for i in range(count):
        tid, kinds, channels, template = pool[i % len(pool)]
        kind = gen.c(kinds)
        channel = gen.c(channels)
        if channel == "controle_sur_place" and kind not in ("caf", "cpam"):
            kind = gen.c(["caf", "cpam"])
        text, ents, keep = parse_markup(fill(gen, template))
        prefix = "holdout-gen" if holdout else "gen"
        notes.append(
            {
                "id": f"{prefix}-{i + 1:03d}-{tid.removeprefix('holdout-')}",
                "site_kind": kind,
                "channel": channel,
                "text": text,
                "entities": ents,
                "keep": keep,
            }
        )
    return notes


def main() -> None:
    notes = (
        read_handwritten() + generate(2024, 168, holdout=False) + generate(777, 48, holdout=True)
    )
    ids = [n["id"] for n in notes]
    assert len(ids) == len(set(ids))
    with OUT.open("w", encoding="utf-8") as fh:
        for n in notes:
            n["keep"] = auto_keep(n["text"], n["entities"], n["keep"])
            fh.write(json.dumps(n, ensure_ascii=False) + "\n")
    hand = sum(1 for n in notes if "-hw-" in n["id"] or n["id"].startswith("hw-"))
    held = sum(1 for n in notes if n["id"].startswith("holdout-"))
    print(f"{len(notes)} notes ({hand} hand-written, {held} held out) -> {OUT.name}")


if __name__ == "__main__":
    main()
