"""Thirty-fifth round: what the five authors of n° 112–116 wrote in their development halves
— another surname of the same person, a birth said again or corrected, a household given in
rows, identifiers with letter groups. Every name and number here is invented."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found, redacted
from tests.privacy.conftest import values as _values


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Mme Ferracci épouse Castelnau vient pour sa carte.", "Castelnau"),
        ("Mme Ferracci née Lombard vient pour sa carte.", "Lombard"),
        ("Mme Ferracci, veuve Castelnau, vient pour sa carte.", "Castelnau"),
        ("Mme Ferracci ép. Castelnau vient pour sa carte.", "Castelnau"),
        ("Mme Ferracci née Le Guillou vient pour sa carte.", "Le Guillou"),
    ],
)
def test_another_surname_of_the_same_person_is_hers(redactor, text: str, surname: str) -> None:
    assert surname in _values(redactor, text, "PERSONNE")


def test_a_name_ending_with_its_particle_goes_on_over_the_next_word(redactor) -> None:
    # "Hénaff" is a brand of the keep list too: after "Le", it is the surname
    out = redacted(redactor, "Le contrôleur (Yannick Le Hénaff) laisse un avis de passage.")
    assert "Hénaff" not in out and "contrôleur" in out


@pytest.mark.parametrize(
    "text",
    [
        "Accueil calme ce matin. Un énorme olivier en pot décore l'entrée.",
        "Accueil calme ce matin. Le bénévole a une patience d'ange avec chacun.",
        "Accueil calme ce matin. Le loyer est de 528 €/mois max selon le bailleur.",
        "Accueil calme ce matin. Une dame est née à Constanța, elle parle roumain.",
    ],
)
def test_common_words_and_birthplaces_stay(redactor, text: str) -> None:
    assert [v for lb, v in found(redactor, text) if lb == "PERSONNE"] == []


def test_one_s_own_birthday_is_no_default_date(redactor) -> None:
    text = (
        "Un résident fête ses 50 ans : « je suis né le 14 juillet, tout le monde danse pour moi »."
    )
    assert "14 juillet" in _values(redactor, text, "DATE_NAISSANCE")
    # but people in general keep the administrations' default date
    assert found(redactor, "La moitié des gens ici sont nés un 1er janvier.") == []


@pytest.mark.parametrize(
    ("text", "births"),
    [
        # found by the later layers (a first name then its date), then said again
        (
            "L'agent lit les actes : Moussa (14/07/2013) et Awa (06/06/2017). Il rit : « le 14 "
            "juillet et le 6 juin, deux fêtes ! ».",
            ["14/07/2013", "06/06/2017", "14 juillet", "6 juin"],
        ),
        # the year again, in two digits
        (
            "La conseillère vérifie : « vous êtes né le 8 mai 1957 ? » « oui, en 57 ».",
            ["8 mai 1957", "57"],
        ),
        # another try at the year
        (
            "« Date de naissance ? » « euh... 1946... ou 47 ? ». Elle trouve le dossier.",
            ["1946", "47"],
        ),
        # corrected in the dialogue
        (
            "« Vous êtes né le 18 octobre 1948 ? » — « Non, le 13, le 3 est effacé ».",
            ["18 octobre 1948", "13"],
        ),
        (
            "« votre date de naissance ? » Mme : « quinze mars quatre-vingt-deux » — le mari : "
            "« non, le seize mars ! »",
            ["quinze mars quatre-vingt-deux", "seize mars"],
        ),
        # the noun "date" before the quote announces no event
        ("Le père donne la date : « 12 du 4 2017 ». La mère n'est pas d'accord.", ["12 du 4 2017"]),
    ],
)
def test_a_birth_said_again_or_corrected(redactor, text: str, births: list[str]) -> None:
    values = _values(redactor, text, "DATE_NAISSANCE")
    assert [b for b in births if not any(b in v for v in values)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Né le 3/4/1985, il est arrivé en 85 en France.",
        "Née le 2 mai 1961. Non, elle n'a pas 12 ans de retard.",
        "Née en 1975, non pardon, arrivée le 3 mars 2019.",
    ],
)
def test_other_events_after_a_birth_stay(redactor, text: str) -> None:
    births = _values(redactor, text, "DATE_NAISSANCE")
    assert len(births) == 1, births


def test_a_household_in_rows_is_read_whole(redactor) -> None:
    text = (
        "Composition du foyer dite de tête :\nValon 1976\nelle 1980\nLirie 2004\nBesart 2009\n"
        "Arrivés en France le 2 mars 2015."
    )
    assert _values(redactor, text, "DATE_NAISSANCE") == ["1976", "1980", "2004", "2009"]
    persons = _values(redactor, text, "PERSONNE")
    assert "Lirie" in persons and "Besart" in persons and "elle" not in persons


def test_rows_of_common_words_name_no_one(redactor) -> None:
    text = "Bilan des permanences :\nLundi 2024\nMardi 2023\nJeudi 2022\n"
    assert _values(redactor, text, "PERSONNE") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lettre du commissaire de justice : dossier n° 2023/LYO/07712-C.", "2023/LYO/07712-C"),
        ("Attestation d'assurance, contrat n° AX-0815523-AUT, à jour.", "AX-0815523-AUT"),
        ("En haut du courrier : « Réf. : RCT/23/0091/JM ».", "RCT/23/0091/JM"),
        ("Sa retraite polonaise, dossier ZUS/WR/03311875, est en cours.", "ZUS/WR/03311875"),
        ("Touriste italien, carta d'identità CB54321AZ, chute au marché.", "CB54321AZ"),
    ],
)
def test_identifiers_with_letter_groups(redactor, text: str, value: str) -> None:
    assert ("IDENTIFIANT", value) in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "En bas de la lettre de l'hôpital, le FINESS 690781810.",
        "Au tableau, l'exemple prenom.nom@gmail.com pour l'atelier.",
        "Il donne la boîte de l'équipe : entreprise.lyon@francetravail.fr.",
        "Il a les CACES passés en 2021, cariste confirmé.",
        "La conseillère ESF passe jeudi.",
        "115, appel en anglais : « your name ? », « family name ? ».",
    ],
)
def test_what_names_no_one_stays(redactor, text: str) -> None:
    assert found(redactor, text) == []


def test_a_letter_and_a_mark_before_a_spelled_name(redactor) -> None:
    text = "Elle épelle son nom : « N apostrophe D-O-U-M-B-I-A », prénom Awa."
    assert "N apostrophe D-O-U-M-B-I-A" in _values(redactor, text, "PERSONNE")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a compound town's name no list knows, after a comma
        (
            "Il corrige l'adresse : c'est 4 rue des Tanneurs, Sèvremoine-sur-Sanguèze, pas le 14.",
            "4 rue des Tanneurs, Sèvremoine-sur-Sanguèze",
        ),
        # a named residence after the cue, where it was read said in between
        (
            "L'adresse lue sur la boîte aux lettres : Les Jardins d'Uzès, bât. 3, appt 12. Conforme.",
            "Les Jardins d'Uzès, bât. 3, appt 12",
        ),
    ],
)
def test_addresses_read_whole(redactor, text: str, address: str) -> None:
    assert ("ADRESSE", address) in found(redactor, text)


@pytest.mark.parametrize(
    ("text", "births"),
    [
        # a list of years in a sentence about births: the classifier decides
        (
            "Famille Koné, 4 enfants. L'éduc demande les dates de naissance des petits, "
            "madame les récite de tête, 2011, 2013, 2016 et le dernier en 2020.",
            ["2011", "2013", "2016"],
        ),
        # where the date was read and what it is for name no event
        (
            "Un pharmacien appelle pour un client, M. Bastien Royer. Date de naissance lue sur "
            "l'ordonnance : 09.05.1978. L'infirmière note.",
            ["09.05.1978"],
        ),
        (
            "Elle donne sa date de naissance pour l'inscription : 12.06.2003. Nom : Maëlle "
            "Kerhervé.",
            ["12.06.2003"],
        ),
    ],
)
def test_births_the_rules_no_longer_rule_out(redactor, text: str, births: list[str]) -> None:
    values = _values(redactor, text, "DATE_NAISSANCE")
    assert [b for b in births if not any(b in v for v in values)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Courrier daté du 12/03/2019, reçu hier.",
        "Bilan de l'année : 2019, 2020 et 2021 ont été dures pour le service.",
    ],
)
def test_dated_papers_and_years_of_a_service_stay(redactor, text: str) -> None:
    assert _values(redactor, text, "DATE_NAISSANCE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first digits tried, cut short by a pause, then the whole value
        (
            "« Rappelez-moi au 04 73... 04 73 91 28 06 ». L'agente répète.",
            "« Rappelez-moi au [TÉLÉPHONE] ». L'agente répète.",
        ),
        (
            "Il laisse son numéro : « 07 81... 44... attendez... 07 81 44 62 90 ». Maraude "
            "envoyée.",
            "Il laisse son numéro : « [TÉLÉPHONE]... attendez... [TÉLÉPHONE] ». Maraude envoyée.",
        ),
        # the letter of an identifier said apart
    ],
)
def test_tries_cut_short(redactor, text: str, expected: str) -> None:
    assert redacted(redactor, text) == expected


def test_the_letter_said_apart_is_part_of_the_value(redactor) -> None:
    out = redacted(
        redactor, "« votre identifiant ? » — « 0, 7, 7, 2, 4, 1, 9… et la lettre c'est K »."
    )
    assert "c'est K" not in out and "4, 1, 9" not in out


def test_an_hour_cut_short_is_no_try(redactor) -> None:
    out = redacted(redactor, "Rdv à 10... puis il donne son tel 10 45 22 33 44 à l'agente.")
    assert out.startswith("Rdv à 10...")


def test_where_someone_comes_from_after_du(redactor) -> None:
    assert redacted(redactor, "Appel de M. Lemonnier du Havre pour sa prime.") == (
        "Appel de M. [PERSONNE_1] du Havre pour sa prime."
    )
