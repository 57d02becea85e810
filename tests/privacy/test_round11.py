"""Eleventh round: classes of errors found on the dev part of the twelfth and thirteenth
authors' notes (independent11: an ordinary day; independent12: home visits and outreach),
each fixed by a general rule. Every name, number and address here is invented for these
tests."""

from __future__ import annotations

import pytest

from immersion.privacy.evaluation import Note, score
from immersion.privacy.types import Label, Span
from tests.privacy.conftest import found, redacted

# --- where people live: a room, a floor, a building's name, a Travellers' pitch


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Elle vit à l'hôtel depuis 2 mois, chambre 12, 5 rue des Tanneurs, payé par le 115.",
            "chambre 12, 5 rue des Tanneurs",
        ),
        (
            "Visite : 8 rue des Lilas, bât C, 2e étage porte droite, 35000 Rennes. Personne.",
            "8 rue des Lilas, bât C, 2e étage porte droite, 35000 Rennes",
        ),
        (
            "Léon, 91 ans, 4e étage sans ascenseur, 3 rue du Calvaire. Sa voisine passe.",
            "4e étage sans ascenseur, 3 rue du Calvaire",
        ),
        ("Courrier adressé au 6 rue de Nantes, chambre 3 (foyer).", "6 rue de Nantes, chambre 3"),
        (
            "Appel pour bât. Altaïr, appt 208, 9 rue de Norvège.",
            "bât. Altaïr, appt 208, 9 rue de Norvège",
        ),
        (
            "Contrôle à Garges, 7 avenue du 19-Mars-1962, escalier 2, 95140 Garges.",
            "7 avenue du 19-Mars-1962, escalier 2, 95140 Garges",
        ),
    ],
)
def test_a_room_a_floor_or_a_building_is_part_of_the_address(rules_only, text, value):
    assert ("ADRESSE", value) in found(rules_only, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Passage sur l'aire des Peupliers, emplacement 14, la mère nous reçoit.",
            "aire des Peupliers, emplacement 14",
        ),
        (
            "Famille vue emplacement 3, aire de la route de Lorient. Caravane neuve.",
            "emplacement 3, aire de la route de Lorient",
        ),
        ("Emplacement : aire du Moulin Neuf, place 21.", "aire du Moulin Neuf, place 21"),
    ],
)
def test_a_pitch_on_a_travellers_site_is_an_address(rules_only, text, value):
    assert ("ADRESSE", value) in found(rules_only, text)


def test_a_travellers_site_without_a_pitch_is_a_place(rules_only):
    text = "L'aire des Peupliers compte 30 places, 12 familles présentes."
    assert "aire des Peupliers" in redacted(rules_only, text)


def test_a_named_place_with_its_postcode_in_a_home_visit_is_an_address(rules_only):
    text = (
        "Visite à domicile d'une dame qui ne répond plus. La Haie Blanche, 35470 Bain-de-"
        "Bretagne. Son fils ouvre."
    )
    assert ("ADRESSE", "La Haie Blanche, 35470 Bain-de-Bretagne") in found(rules_only, text)
    office = "Réunion d'information. La Poste, 35000 Rennes, ouvre à 9h."
    assert "La Poste, 35000 Rennes" in redacted(rules_only, office)


def test_a_postcode_alone_stays(rules_only):
    """The guide's address is a number and a street: a postcode given alone is kept."""
    text = "— Et votre code postal ?\n— 35200\n— Merci."
    assert "35200" in redacted(rules_only, text)


# --- dates of birth in foreign or spoken forms


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DDN : 1991/07/23 selon le passeport.", "1991/07/23"),
        (
            "Elle dit son nom et sa date de naissance selon ses papiers : Ayla Korkmaz, 1985/11/02.",
            "1985/11/02",
        ),
        (
            "Sa date de naissance, « le 7 du 7, 1949 », il s'en souvient.",
            "le 7 du 7, 1949",
        ),  # the quoted answer, "le" with it
    ],
)
def test_a_birth_date_year_first_or_said_aloud(rules_only, text, value):
    assert ("DATE_NAISSANCE", value) in found(rules_only, text)


def test_an_appointment_year_first_stays(rules_only):
    assert "2025/04/02" in redacted(rules_only, "Convocation le 2025/04/02 à 10h.")


# --- lists of identifiers: the cue stands before the first only


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Passeports : P0417263, P0417264. Les enfants attendent.", ["P0417263", "P0417264"]),
        (
            "Plaques relevées AB-512-CD et EF-733-GH puis JK-904-LM. Fin.",
            ["AB-512-CD", "EF-733-GH", "JK-904-LM"],
        ),
    ],
)
def test_the_next_items_of_a_list_of_identifiers(rules_only, text, values):
    spans = [value for _, value in found(rules_only, text)]
    assert all(value in spans for value in values)


def test_a_count_after_an_identifier_is_no_sibling(rules_only):
    text = "alloc 4417206, 3 enfants, 2 ans de rappel."
    assert redacted(rules_only, text) == "alloc [N_ALLOCATAIRE], 3 enfants, 2 ans de rappel."


def test_a_handle_after_a_word_is_no_email(rules_only):
    text = "Son compte c'est @melo.dz35, elle poste tout."
    assert found(rules_only, text) == [("IDENTIFIANT", "@melo.dz35")]


# --- names: registers, numbered lists, coordinated names, keep terms after a first name


def test_a_name_after_a_room_number_in_a_register(rules_only):
    text = "Cahier : « ch. 2 FERRANDO ok 22h / ch. 3 ZIDOUNI absent »."
    values = [value for _, value in found(rules_only, text)]
    assert "FERRANDO" in values and "ZIDOUNI" in values


def test_names_in_brackets_after_numbers(rules_only):
    text = "Chambres vues : 4 (Mbarga), 9 (Krasniqi), 11 (Dos Reis). Pas de cuisine."
    values = [value for _, value in found(rules_only, text)]
    assert {"Mbarga", "Krasniqi"} <= set(values)


def test_a_verb_form_coordinated_with_a_name_is_a_name(redactor):
    text = "On croise les enfants Elira et Dardan qui partent à l'école."
    assert "Elira" not in redacted(redactor, text)


def test_a_keep_term_right_after_a_first_name_is_a_surname(rules_only):
    text = "Il s'appelle Gérard Renaud, sorti de l'hôpital hier."
    assert ("PERSONNE", "Gérard Renaud") in found(rules_only, text)
    figure = "Au mur, un poster de Kylian Mbappé ; il écoute Renaud."
    assert redacted(rules_only, figure) == figure
    school = "Elle est au lycée Victor Renaud depuis septembre."  # a place named after someone
    assert "Victor Renaud" in redacted(rules_only, school)


@pytest.mark.parametrize(
    "text",
    [
        "Le chien s'appelle Oscar, il reste dehors.",
        "Ils dorment avec leur chien Tyson dans la voiture.",
        "Les AMA et les IDE de nuit sont 3.",
        "— Euh c'est le mardi je crois.",
        "Debriefing à 16h avec l'équipe.",
    ],
)
def test_no_one_is_named(redactor, text):
    assert [label for label, _ in found(redactor, text) if label == "PERSONNE"] == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Le Taxi Le Moal EF-448-KL attend ; le chauffeur, M. Yann Le Moal, signe.",
            "Taxi Le Moal",
        ),
        ("Sa carte : « L'Atelier de Maëlle », coiffure à domicile.", "L'Atelier de Maëlle"),
        ("Courrier de la SCP Riou & Guillou, huissiers.", "SCP Riou & Guillou"),
        ("Il travaille pour la SCEA des Trois Chênes.", "SCEA des Trois Chênes"),
    ],
)
def test_trade_names_are_kept_whole(rules_only, text, kept):
    assert kept in redacted(rules_only, text)


def test_the_owner_named_as_a_person_is_still_masked(rules_only):
    text = "Le Taxi Le Moal attend ; le chauffeur, M. Yann Le Moal, signe."
    assert "Yann Le Moal" not in redacted(rules_only, text)


# --- scoring: a surname inside a firm's name kept by the guide is counted apart


def test_a_value_left_only_inside_a_kept_firm_name_is_counted_apart():
    text = "Stage à la Boulangerie Le Floch ; le patron, M. Le Floch, est content."
    start = text.index("Le Floch,")
    note = Note(
        id="t-1",
        site_kind="france_travail",
        channel="controle_sur_place",
        text=text,
        entities=[Span(start, start + len("Le Floch"), Label.PERSONNE)],
        keep=["Boulangerie Le Floch"],
    )
    masked = score([note], [[Span(start, start + len("Le Floch"), Label.PERSONNE)]])
    assert (masked.leaked, masked.kept_whole) == (0, 1)
    assert masked.leak_rate == 0 and masked.strict_leak_rate == 1
    missed = score([note], [[]])
    assert (missed.leaked, missed.kept_whole) == (1, 0)


def test_a_lowercase_trade_word_then_de_and_a_name_is_someone_s(rules_only):
    """Only a company's legal form takes "de" before its name ("SCEA du Grand Chai"): "le
    garage de Martin" is Martin's, and Martin is a person."""
    assert "Martin" not in redacted(rules_only, "Le garage de Martin est fermé, Martin est malade.")
