"""Thirty-third round: notes typed in capitals from end to end, values glued to their cue,
and what five new blind authors (n° 107–111) showed on their development halves: the
numbers of a service, drugs and languages, a site and its town typed in lowercase. Every
name and number here is invented."""

from __future__ import annotations

import pytest

from immersion.privacy.detectors.names import natural_case
from tests.privacy.conftest import found, redacted


@pytest.mark.parametrize(
    ("typed", "prose"),
    [
        # a civility or a first name makes the next word a name, even a French word
        (
            "M. STÉPHANE CAUCHOIS ET MME AURORE CAUCHOIS",
            "M. Stéphane Cauchois et Mme Aurore Cauchois",
        ),
        (
            "LA DAME S'APPELLE MME POISSON, ELLE ATTEND",
            "la dame s'appelle Mme Poisson, elle attend",
        ),
        ("L'AGENT LIT : TATIANA MOREAU, 11/1987", "l'agent lit : Tatiana Moreau, 11/1987"),
        ("ELLE RAPPELLE MARIE-JO FERRER CE MATIN", "elle rappelle Marie-Jo Ferrer ce matin"),
        ("SA MÈRE, MME LE FLOCH, 86 ANS, TOMBE", "sa mère, Mme Le Floch, 86 ans, tombe"),
        ("VIREMENTS DE « A. KONATE » CHAQUE MOIS", "virements de « A. Konate » chaque mois"),
        (
            "IL APPELLE M. N'DIAYE AUJOURD'HUI POUR LE RDV",
            "il appelle M. N'Diaye aujourd'hui pour le RDV",
        ),
        # a first name after a determiner is a thing; a verb after a civility stays a verb
        ("ELLE OFFRE UNE ROSE À LA DAME", "elle offre une rose à la dame"),
        ("UN MONSIEUR APPELLE POUR SA FEMME", "un Monsieur appelle pour sa femme"),
        # a date after a first name is no particle's
        ("LÉON C'EST LE 8/10/19, AMBRE LE 14/5/21", "Léon c'est le 8/10/19, Ambre le 14/5/21"),
        # codes, plates and addresses are left as typed
        ("PLAQUE DS 317 AX, PASSEPORT A01877420 VU", "plaque DS 317 AX, passeport A01877420 vu"),
        (
            "ELLE ÉCRIT DEPUIS F.GALLO@MONACO-MAIL.MC CE SOIR",
            "elle écrit depuis F.GALLO@MONACO-MAIL.MC ce soir",
        ),
        # an acronym or a short unknown word stays in capitals
        ("LE PROPRIÉTAIRE EST UNE SCI DU QUARTIER", "le propriétaire est une SCI du quartier"),
    ],
)
def test_capitals_are_read_in_the_case_of_prose(typed, prose):
    assert natural_case(typed) == prose


def test_a_list_of_surnames_in_capitals_is_not_rewritten():
    assert natural_case("BALDÉ, CORNEC, HUET") == "BALDÉ, CORNEC, HUET"


def test_prose_case_keeps_the_length_of_every_word():
    text = "L'ÉCOUTANTE RAPPELLE M'BAREK OUAHBI. ÇA SONNE. JUSQU'À DEMAIN, DIT-ELLE."
    assert len(natural_case(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "L'AGENT LIT LE RELEVÉ : TATIANA MOREAU, ENFANTS LIAM ET CHLOÉ.",
            ["TATIANA MOREAU", "LIAM", "CHLOÉ"],
        ),
        (
            "NOM : MARIE-CLAUDE POISSON. « POISSON COMME LE POISSON », DIT-ELLE.",
            ["MARIE-CLAUDE POISSON"],
        ),
        ("UNE VOISINE S'INQUIÈTE POUR MME FERRAND, 92 ANS, PAS VUE DEPUIS 3 JOURS.", ["FERRAND"]),
        (
            "ELLE RAPPELLE M. STÉPHANE CAUCHOIS ET MME AURORE CAUCHOIS.",
            ["STÉPHANE CAUCHOIS", "AURORE CAUCHOIS"],
        ),
    ],
)
def test_names_in_a_note_typed_in_capitals_are_found(redactor, text, values):
    persons = [v for label, v in found(redactor, text) if label == "PERSONNE"]
    for value in values:
        assert any(value in p for p in persons), (value, persons)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("APPEL DE LA DAME, ATTENTE 45 MIN AU STANDARD, ELLE RAPPELLERA DEMAIN.", "45 MIN"),
        ("LE MONSIEUR A 30 ANS ET CHERCHE UN LOGEMENT DEPUIS LONGTEMPS.", "30 ANS"),
    ],
)
def test_counts_in_a_note_typed_in_capitals_are_kept(redactor, text, kept):
    assert kept in redacted(redactor, text)


def test_a_plate_in_a_note_typed_in_capitals_is_still_found(redactor):
    text = "UN HOMME TROUVÉ DANS SA VOITURE SUR LE PARKING, PLAQUE DS-317-AX, IL DORT."
    assert ("IMMATRICULATION", "DS-317-AX") in found(redactor, text)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        (
            "ft perigueux: mme lemoine ident6150247S veut formation caces",
            "ID_FRANCE_TRAVAIL",
            "6150247S",
        ),
        ("mme lemoine tel0553084127 veut formation caces", "TELEPHONE", "0553084127"),
        ("accueil caf: alloc3319406, rdv asf", "N_ALLOCATAIRE", "3319406"),
        ("infirmiere donne ipp640017758 au tel", "IDENTIFIANT", "640017758"),
    ],
)
def test_a_value_glued_to_its_cue_is_found(redactor, text, label, value):
    assert any(lb == label and v == value for lb, v in found(redactor, text)), found(redactor, text)


def test_words_glued_to_numbers_are_no_glued_value(redactor):
    text = "Il a 25ans, 3enfants, le modèle CX500, la ligne T1."
    assert redacted(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Elle donne le numéro du service, 03 21 69 12 00, et attend.", "03 21 69 12 00"),
        (
            "Il lui donne le numéro de la fourrière, 03 28 26 27 00, ouverte jusqu'à 19h.",
            "03 28 26 27 00",
        ),
        (
            "Le numéro de la Caf, 3230, et celui du point numérique de la mairie, 03 44 79 40 00.",
            "03 44 79 40 00",
        ),
    ],
)
def test_a_services_number_is_kept(redactor, text, number):
    assert number in redacted(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le numéro du service de Mme Garnier, 03 21 69 12 00, ligne directe.",
        "Elle demande un numéro pour la rappeler : 06 41 27 88 03.",
    ],
)
def test_a_persons_number_near_a_service_is_still_masked(redactor, text):
    assert "TÉLÉPHONE" in redacted(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("box 2 : M. Hoarau, 67 ans, FA rapide, Cordarone en cours", "Cordarone"),
        (
            "traitements : Doliprane 1 g x3, Lovenox 4000, Donepezil. Ambulance prévue 15h.",
            "Donepezil",
        ),
        ("Kayexalate donné à 14h, contrôle à 18h.", "Kayexalate"),
        ("Orientation PASS ensuite. Tigrinya, pas d'interprète dispo avant 16h.", "Tigrinya"),
        ("La conseillère : ENIC-NARIC. Elle a déjà fait la demande.", "ENIC-NARIC"),
        ("L'IOA m'explique l'échelle FRENCH : 1 à 5.", "FRENCH"),
    ],
)
def test_drugs_languages_and_schemes_are_kept(redactor, text, kept):
    assert kept in redacted(redactor, text)


def test_a_year_before_a_number_is_no_piece_of_it(redactor):
    text = "Elle me dit qu'il a un IPP depuis 2011 : 20110034578."
    out = redacted(redactor, text)
    assert "depuis 2011" in out and "20110034578" not in out


@pytest.mark.parametrize(
    "text",
    [
        "urg perigueux 16h40 : femme enceinte accompagnée de son mari.",
        "tel urg pau : l'ehpad appelle pour un transfert.",
    ],
)
def test_a_site_and_its_town_in_lowercase_are_no_one(redactor, text):
    assert "PERSONNE" not in redacted(redactor, text)


def test_a_lowercase_surname_after_a_civility_is_still_a_name(redactor):
    assert "PERSONNE" in redacted(redactor, "mme pau vient pour son dossier")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mme N Diaye vient pour son dossier, avec son fils.", "N Diaye"),
        ("C est Mme D Almeida qui signe.", "D Almeida"),
        ("la famille N Guessan attend depuis 1h.", "N Guessan"),
    ],
)
def test_a_name_whose_apostrophe_was_typed_as_a_space_is_whole(redactor, text, value):
    assert ("PERSONNE", value) in found(redactor, text)


def test_a_buildings_letter_before_a_name_is_left(redactor):
    assert "bloc D [PERSONNE_1]" in redacted(redactor, "Le bloc D Martin est au fond.")
