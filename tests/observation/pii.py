"""Notes full of known personal data, and every form in which a leak could show up."""

import re

# (label, the value as typed) — each one is found by the anonymiser in the notes below.
VALUES = [
    ("PERSONNE", "Nathalie Kerleroux"),
    ("PERSONNE", "Kerleroux"),
    ("PERSONNE", "Nathalie"),
    ("PERSONNE", "Mamadou Diallo"),
    ("PERSONNE", "Diallo"),
    ("PERSONNE", "Kylian"),
    ("PERSONNE", "GUÉGUEN"),
    ("PERSONNE", "Yannick"),
    ("NIR", "2 75 03 35 238 127 41"),
    ("TELEPHONE", "06 12 34 56 78"),
    ("TELEPHONE", "02 99 87 65 43"),
    ("EMAIL", "nathalie.kerleroux@orange.fr"),
    ("EMAIL", "yannick.gueguen@gmail.com"),
    ("IBAN", "FR76 3000 6000 0112 3456 7890 189"),
    ("ADRESSE", "12 rue de la Paix"),
    ("DATE_NAISSANCE", "12/03/1975"),
    ("DATE_NAISSANCE", "3 mars 1982"),
    ("N_ALLOCATAIRE", "8402716"),
    ("ID_FRANCE_TRAVAIL", "5520193K"),
    ("IMMATRICULATION", "AB-123-CD"),
]

NOTES = [
    "Mme Nathalie Kerleroux, née le 12/03/1975, NIR 2 75 03 35 238 127 41, tél 06 12 34 56 78, "
    "écrit à nathalie.kerleroux@orange.fr pour son RSA.",
    "M. Mamadou Diallo donne son IBAN FR76 3000 6000 0112 3456 7890 189 et habite 12 rue de la "
    "Paix, 35000 Rennes. Numéro allocataire 8402716.",
    "Son fils Kylian l'accompagne ; Mme Kerleroux rappellera au 02 99 87 65 43. Identifiant "
    "France Travail 5520193K, véhicule immatriculé AB-123-CD.",
    "M. GUÉGUEN Yannick, né le 3 mars 1982, mail yannick.gueguen@gmail.com, appelle le 3646 "
    "à 14h30 : 607,75 € de prime d'activité, la Caf verse l'APL.",
]

# What must stay (the keep list, times, amounts): proves the haystack holds the notes.
KEPT = ["RSA", "3646", "14h30", "607,75 €", "prime d'activité", "Caf", "APL"]


def needles() -> list[str]:
    """Every value, and its digits-only or compact form when it has digits."""
    found = []
    for _label, value in VALUES:
        found.append(value)
        digits = re.sub(r"\D", "", value)
        if len(digits) >= 6:
            found.append(digits)
        compact = re.sub(r"[\s.\-]", "", value)
        if compact != value:
            found.append(compact)
    return list(dict.fromkeys(found))


def leaks(haystack: str) -> list[str]:
    folded = haystack.casefold()
    return [needle for needle in needles() if needle.casefold() in folded]
