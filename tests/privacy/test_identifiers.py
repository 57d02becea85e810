"""Identifiers announced loosely, written with spaces, said aloud, or of kinds beyond the
Caf and France Travail numbers (IDENTIFIANT); and what must not be taken for one."""

from __future__ import annotations

import pytest

from immersion.privacy.detectors.spoken import digits_of
from tests.privacy.conftest import found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Num alloc 3318265, dossier à jour.", "3318265"),
        ("n° alloc : 5 204 117 ; RSA suspendu.", "5 204 117"),
        ("Elle retrouve son dossier 8821 044 sur l'écran.", "8821 044"),
        ("alloc 6093312 (couple, 2 enfants).", "6093312"),
        ("Attestation Caf avec n° 7310 552.", "7310 552"),
    ],
)
def test_caf_numbers_after_loose_cues_and_with_spaces(rules_only, text, value):
    assert ("N_ALLOCATAIRE", value) in found(rules_only, text)


@pytest.mark.parametrize("value", ["4410 982 K", "441 0982K", "4 4 1 0 9 8 2 K"])
def test_france_travail_identifiers_with_spaces(rules_only, value):
    assert found(rules_only, f"Il dicte son identifiant : {value}.") == [
        ("ID_FRANCE_TRAVAIL", value)
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Passeport malien 19AB44871 présenté.", "19AB44871"),
        ("Passeport n° 884 120 563, expiré.", "884 120 563"),
        ("CNI 120435982116 en cours de validité.", "120435982116"),
        ("Titre de séjour vie privée 3502148871, fin en juin.", "3502148871"),
        ("Récépissé AGDREF 7500123456 tamponné.", "7500123456"),
        ("Sa carte de séjour n° 1402 558 871.", "1402 558 871"),
        ("L'IOA tape l'IPP 600412335 dans le logiciel.", "600412335"),
        ("Adhérent mutuelle 00 4471 2290, tiers payant ok.", "00 4471 2290"),
        ("Réf client Enedis 14 5523 8890, coupure prévue.", "14 5523 8890"),
        ("réf locataire BH-0078812 chez le bailleur.", "BH-0078812"),
        ("Demande SIAO 2024-035-00871 transmise.", "2024-035-00871"),
        ("Dossier MDPH 29 2022 11873 en attente.", "MDPH 29 2022 11873"),
    ],
)
def test_identifiers_announced_by_an_identity_word(rules_only, text, value):
    assert ("IDENTIFIANT", value) in found(rules_only, text)


def test_social_network_handles(rules_only):
    text = "Il envoie ses photos sur @kevin_du_56, son snap c'est kev.35."
    assert found(rules_only, text) == [("IDENTIFIANT", "@kevin_du_56"), ("IDENTIFIANT", "kev.35")]


@pytest.mark.parametrize(
    "text",
    [
        "Ticket 42, guichet 3, attente 25 min, RDV à 14h30.",
        "Dossier de 150 pages, 12 500 € de dettes, 3 enfants de 4, 7 et 11 ans.",
        "Le contrat commence le 01 02 2024 pour 6 mois.",
        "Il a deux ou trois enfants, vingt-cinq minutes d'attente.",
        "Appel au 3646 puis au 115, ticket n° 12.",
        "Voiture garée devant, moto en panne depuis 2019.",
    ],
)
def test_counts_times_amounts_and_dates_are_kept(rules_only, text):
    assert found(rules_only, text) == []


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("zéro six, quarante et un, dix-huit, vingt-deux, zéro neuf", "0641182209"),
        ("neuf cent quarante-sept, deux cent douze, huit", "9472128"),
        ("quatre-vingt-dix-sept, soixante et onze, dix-sept", "977117"),
        ("mil neuf cent quatre-vingt-dix", "1990"),
        ("deux mille trois", "2003"),
        ("un un deux", "112"),
    ],
)
def test_french_number_words_are_read_as_dictated(words, digits):
    assert digits_of(words) == digits


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("tél : zéro sept, trente-deux, quatorze, soixante, zéro un.", "TELEPHONE"),
        ("son n° alloc : cinq deux un, huit huit zéro, quatre.", "N_ALLOCATAIRE"),
        ("IBAN FR sept six, un huit deux zéro six, zéro zéro zéro.", "IBAN"),
    ],
)
def test_numbers_said_aloud(rules_only, text, label):
    labels = [lb for lb, _ in found(rules_only, text)]
    assert labels == [label]
    assert "zéro" not in rules_only.redact(text).text.replace("zéro zéro", "")


@pytest.mark.parametrize(
    "email",
    [
        "marie.dupont [at] free.fr",
        "m.dupont(at)orange.fr",
        "mdupont at laposte.net",
        "marie.d[at]gmail[.]com",
        "m.d {at} yahoo.fr",
    ],
)
def test_obfuscated_emails(rules_only, email):
    assert found(rules_only, f"Mail : {email}, merci.") == [("EMAIL", email)]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Sa voiture gk-114-pl est devant.", "gk-114-pl"),
        ("Scooter immatriculé dh 772 ns.", "dh 772 ns"),
        ("Camion belge, plaque 2-ABC-317.", "2-ABC-317"),
        ("Voiture immat allemande M AB 1234 garée.", "M AB 1234"),
    ],
)
def test_plates_in_lowercase_and_foreign_formats(rules_only, text, plate):
    assert ("IMMATRICULATION", plate) in found(rules_only, text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Né le 1987-06-21 à Brest.", "1987-06-21"),
        ("Née le 21 06 87, deux enfants.", "21 06 87"),
        ("né en juin 87, sans emploi.", "juin 87"),
        ("née le onze septembre quatre-vingt-deux.", "onze septembre quatre-vingt-deux"),
        ("date de naissance : premier mai deux mille un.", "premier mai deux mille un"),
    ],
)
def test_dates_of_birth_in_other_forms(rules_only, text, date):
    assert ("DATE_NAISSANCE", date) in found(rules_only, text)
