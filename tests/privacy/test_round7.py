"""Seventh round (issue 8): classes of errors seen on the dev part of the sixth author's
notes (independent5). Every name, number and address here is invented for these tests."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found, redacted

# --- a public office's phone number is kept, a person's is not


@pytest.mark.parametrize(
    "text",
    [
        "Elle lui note le numéro de la mairie de Plouzané, 02 98 12 34 56, sur un post-it.",
        "le numéro de la maison France services de Lannilis : 02 98 04 11 22",
        "Le CCAS ? je vous donne le numéro : 02 96 40 50 60.",
        "l'aide sociale c'est le Département… je vous donne le numéro : 02 97 11 00 22",
        "tél. de la PMI de Lorient : 02 97 11 22 33",
    ],
)
def test_a_public_office_number_is_kept(redactor, text):
    assert [label for label, _ in found(redactor, text)] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("le numéro de la mairie, et son portable 06 11 22 33 44", "06 11 22 33 44"),
        ("la Caf a noté le numéro de sa mère : 02 99 88 77 66", "02 99 88 77 66"),
        ("Il appelle la Cpam depuis son fixe, 02 99 11 22 33", "02 99 11 22 33"),
        ("Mme Le Roux, allocataire Caf, tél 02 99 11 22 33", "02 99 11 22 33"),
        ("le numéro du CCAS, puis son fixe 02 98 76 54 32", "02 98 76 54 32"),
    ],
)
def test_a_persons_number_next_to_an_office_is_redacted(redactor, text, value):
    assert ("TELEPHONE", value) in found(redactor, text)


# --- names spelled with commas, initials, glued prefixes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Il épelle : « K, E, R, V, E, L, L, A accent grave ».",
            "K, E, R, V, E, L, L, A accent grave",
        ),
        ("elle donne les lettres G, W, E, N, A, E, L", "G, W, E, N, A, E, L"),
        ("« Q, U, E, R, N, E, U, R, O, U » c'est ça ?", "Q, U, E, R, N, E, U, R, O, U"),
    ],
)
def test_a_name_spelled_with_commas(redactor, text, value):
    assert ("PERSONNE", value) in found(redactor, text)


@pytest.mark.parametrize("text", ["Catégories A, B, C, D et E", "groupes A, B, C, D, E, F"])
def test_a_list_of_letters_is_not_a_name(redactor, text):
    assert found(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sur la sonnette : « P. Kerhervé / A. Ndiaye ».", "P. Kerhervé"),
        ("Lettre signée R. Tanguy, chargée de recouvrement.", "R. Tanguy"),
        ("Étiquette du casier : « KERMARREC A. », au marqueur", "KERMARREC A."),
        ("Visite chez M. Yilmaz Orhan. Sur la boîte, « YILMAZ O. ».", "YILMAZ O."),
        ("Allocataire : M'BAREK Sofiane", "M'BAREK Sofiane"),
    ],
)
def test_initials_and_glued_prefixes_belong_to_the_name(redactor, text, value):
    assert ("PERSONNE", value) in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "M. Dupont arrive. Catégorie A. Martin pleure",
        "Bât. C. Escalier 2",
        "Rdv au Bureau B. Rennes",
    ],
)
def test_a_lettered_thing_is_not_an_initial(redactor, text):
    assert not any(value.startswith(("A.", "B.", "C.")) for _, value in found(redactor, text))


# --- nicknames


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("« Le Portugais » vient chercher son courrier.", "Le Portugais"),
        ("ils l'appellent tous « la Roumaine »", "la Roumaine"),
        ("« Mamie Jeannette » passe tous les lundis", "Mamie Jeannette"),
        ("tonton Moussa passe", "tonton Moussa"),
        ("Pépé Gaston, 90 ans, à domicile", "Pépé Gaston"),
    ],
)
def test_nicknames_with_an_article_or_a_kin_word(redactor, text, value):
    assert ("PERSONNE", value) in found(redactor, text)


@pytest.mark.parametrize("text", ["la Mamie Nova au dessert", "« Le Monde » titre sur la Caf"])
def test_a_brand_or_a_title_is_not_a_nickname(redactor, text):
    assert found(redactor, text) == []


# --- a role in several words, typed fast


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("l'agent de sécurité Dédé le calme", "Dédé"),
        ("lagent de securite Jojo le calme", "Jojo"),
        ("l'aide à domicile Zélie passe le matin", "Zélie"),
    ],
)
def test_a_name_after_a_role_of_several_words(redactor, text, value):
    assert ("PERSONNE", value) in found(redactor, text)


# --- screens and codes that are not names


def test_a_screens_field_labels_are_not_names(redactor):
    text = (
        "Écran : NOM USUEL KERBRAT / NOM NAISS. LE MEUR / PRÉNOM Anaïs / DDN 1990-04-02 / "
        "MOTIF « AVC »"
    )
    assert found(redactor, text) == [
        ("PERSONNE", "KERBRAT"),
        ("PERSONNE", "LE MEUR"),
        ("PERSONNE", "Anaïs"),
        ("DATE_NAISSANCE", "1990-04-02"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Métier recherché : cariste (ROME N1101)",
        "« D comme Denise ? » « Oui. »",
        "n° ABC2D sur le ticket",
        "Bailleur : Archipel Habitat, relance envoyée",
    ],
)
def test_codes_spelling_alphabet_and_landlords_are_kept(redactor, text):
    assert found(redactor, text) == []


# --- identifiers and dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("carte d'identité de Mme Roux (n° Y7KPQ2ZT3)", "Y7KPQ2ZT3"),
        ("CNI : H2LM8RRW1, valable", "H2LM8RRW1"),
    ],
)
def test_an_identity_card_number_of_the_new_format(redactor, text, value):
    assert ("IDENTIFIANT", value) in found(redactor, text)


def test_an_acronym_and_a_year_is_not_an_identifier(redactor):
    assert found(redactor, "dossier MDPH2024 en cours") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Il lit la date de naissance sur le livret de famille et l'agent tape 03111988, "
            "puis 03/11/1988.",
            ["03111988", "03/11/1988"],
        ),
        (
            "On cherche la date de naissance du petit dans le carnet, elle dit 14.02.2021",
            ["14.02.2021"],
        ),
    ],
)
def test_a_date_of_birth_further_from_its_cue(redactor, text, values):
    assert found(redactor, text) == [("DATE_NAISSANCE", v) for v in values]


@pytest.mark.parametrize(
    "text",
    [
        "Date de naissance vérifiée avec le passeport, rdv le 12/05/2026",
        "Date de naissance vérifiée avec le passeport, courrier envoyé 12/05/2026",
    ],
)
def test_another_date_after_a_birth_cue_is_kept(redactor, text):
    assert found(redactor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Il lit son identifiant sur la convocation, chiffre par chiffre : « trois, un, quatre, "
        "huit, huit, zéro, deux, K ».",
        "il dit un deux trois quatre cinq six sept B puis raccroche",
    ],
)
def test_a_france_travail_id_dictated_with_its_letter(redactor, text):
    labels = found(redactor, text)
    assert [label for label, _ in labels] == ["ID_FRANCE_TRAVAIL"]
    assert labels[0][1].endswith(("K", "B"))


def test_the_town_after_a_building_and_a_comma(redactor):
    text = "Logement : 8 résidence Les Ajoncs, bât C, Quimperlé, 30 m² pour 400 €."
    assert redacted(redactor, text) == "Logement : [ADRESSE], 30 m² pour 400 €."


# --- second batch: the other dev parts' classes


def test_a_name_spelled_with_spaces_and_a_spoken_accent(redactor):
    text = "M. Ünal (il epelle U TREMA N A L) pour sa carte"
    assert ("PERSONNE", "U TREMA N A L") in found(redactor, text)


def test_a_named_place_after_an_address_cue_then_a_lieu_dit(redactor):
    text = "adresse : Le Clos Morvan, lieu-dit Kerhuel, la dame precise « apres le lavoir »."
    assert found(redactor, text) == [("ADRESSE", "Le Clos Morvan, lieu-dit Kerhuel")]


def test_a_named_place_alone_after_an_address_cue_is_kept(redactor):
    assert found(redactor, "adresse : La Poste, guichet 3") == []


def test_a_name_no_french_noun_spells_after_un(redactor):
    text = "« Mr TRAN ? » appelé. Deux se lèvent, un Tran Van Minh et un Tran Duc Thanh."
    values = [v for label, v in found(redactor, text) if label == "PERSONNE"]
    assert values == ["TRAN", "Tran Van Minh", "Tran Duc Thanh"]


def test_a_noun_after_un_stays(redactor):
    assert redacted(redactor, "Mme Olivier passe, un olivier en pot") == (
        "Mme [PERSONNE_1] passe, un olivier en pot"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le patron, « Nono » du bar des Sports, confirme.", "Nono"),
        ("la voisine « Kiki » appelle", "Kiki"),
    ],
)
def test_a_quoted_nickname_after_a_role(redactor, text, value):
    assert ("PERSONNE", value) in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mme Le Bihan apporte un devis de Krys et un autre d'Afflelou.",
        "Une femme avec enfant, réf SIAO à rappeler.",
    ],
)
def test_opticians_and_ref_are_not_names(redactor, text):
    assert [v for label, v in found(redactor, text) if label == "PERSONNE"] in ([], ["Le Bihan"])


# --- third batch: value shapes typed or dictated (formats, invented values)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("sécu 1 90 12 974 12 345 67 (Réunion)", "NIR", "1 90 12 974 12 345 67"),
        (
            "sa sécu : un, huit, cinq, zéro, trois, trois, cinq, deux, trois, huit, zéro, "
            "quatre, deux, clé dix-sept",
            "NIR",
            "un, huit, cinq, zéro, trois, trois, cinq, deux, trois, huit, zéro, quatre, deux, "
            "clé dix-sept",
        ),
        ("son RIB 30004012340001234567821", "IBAN", "30004012340001234567821"),
        ("date de naissance : |1|7|0|8|1|9|9|1|", "DATE_NAISSANCE", "|1|7|0|8|1|9|9|1|"),
        ("DDN : 1 7 0 8 1 9 9 1", "DATE_NAISSANCE", "1 7 0 8 1 9 9 1"),
        ("NEPH 123456789012", "IDENTIFIANT", "123456789012"),
    ],
)
def test_value_shapes_of_round7(redactor, text, label, value):
    assert found(redactor, text) == [(label, value)]


@pytest.mark.parametrize("text", ["DDN : 3 4 5 6 7 8 9 0", "le RIB de la Caf, 12 pages"])
def test_not_a_date_nor_a_rib(redactor, text):
    assert found(redactor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "l'agent de sécurité Amazon arrive.",  # an employer after a role
        "tonton Département passe.",
        "papi Stade Rennais, le samedi",
        "L'employeur, « Fondation », confirme.",
        "le dossier AFPA B. est parti",
        "Courrier signé R. SPA, refuge",
    ],
)
def test_new_name_contexts_keep_their_usual_words(redactor, text):
    assert [v for label, v in found(redactor, text) if label == "PERSONNE"] == []


def test_a_first_name_opening_the_note_with_its_role(redactor):
    assert found(redactor, "Coralie (agente) au tel : « alors on regarde »")[0] == (
        "PERSONNE",
        "Coralie",
    )


def test_a_brand_opening_the_note_with_a_role_is_kept(redactor):
    assert found(redactor, "Amazon (agent) : « bonjour ».") == []


@pytest.mark.parametrize(
    "text",
    [
        "mail : j_lebreton tiret du bas 35 arobase hotmail point com",
        "elle dicte : anne tiret bas kerbrat arobase orange point fr",
    ],
)
def test_an_email_dictated_with_an_underscore(redactor, text):
    assert [label for label, _ in found(redactor, text)] == ["EMAIL"]


def test_a_doubled_nickname_greeted(redactor):
    assert ("PERSONNE", "Fifi") in found(redactor, "Exemple : « ça va Fifi ? » à une dame")
