"""Twenty-fourth round: a date of birth's day and month said again without the year, a
town after the street with its district in brackets, a flat's number before a "cité", a
camping pitch typed in lowercase. Every name and number here is invented."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found, redacted


@pytest.mark.parametrize(
    ("text", "again"),
    [
        (
            "Date de naissance 03/05/1998 → l'agent lit « 3 mai », lui : « no, March 5th ».",
            ["3 mai"],
        ),
        ("DDN de la petite : 11/07/2018, la voisine répète « onze juillet ».", ["onze juillet"]),
        ("Il donne « le 21 août… » puis sa date de naissance : 21/08/1957.", ["21 août"]),
        ("née le 5 mars 1988, elle répète « 5th of March » pour l'interprète", ["5th of March"]),
        ("date de naissance 14/02/1990, « le premier… non le 14 février »", ["14 février"]),
    ],
)
def test_the_day_and_month_of_a_birth_said_again(redactor, text, again):
    values = [value for label, value in found(redactor, text) if label == "DATE_NAISSANCE"]
    for value in again:
        assert value in values


@pytest.mark.parametrize(
    "text",
    [
        # another day, or the same day of another year, is another date
        "née le 03/05/1998, rdv le 4 mai et relance le 3 mai 2027",
        # the day and month swapped are another date when said without the year
        "date de naissance 12.03.75 et rdv le 03/12",
        "née le 03/05/1998. Permanence le 5 mars.",
    ],
)
def test_other_days_and_months_stay(redactor, text):
    out = redacted(redactor, text)
    for kept in ("4 mai", "3 mai 2027", "03/12", "5 mars"):
        if kept in text:
            assert kept in out


def test_the_town_after_the_street_before_its_district(redactor):
    text = "adresse : 64 rue des Sarrazins, Lille (Wazemmes)\nM. Kamel Boudjema est chez lui"
    assert ("ADRESSE", "64 rue des Sarrazins, Lille") in found(redactor, text)
    assert "(Wazemmes)" in redacted(redactor, text)


def test_a_flat_number_before_a_cite_is_the_flats(redactor):
    text = "Déménagement : de bloc D, appt 12, cité de Kervénanec, 56100 Lorient. Mme Le Floch."
    assert ("ADRESSE", "bloc D, appt 12, cité de Kervénanec, 56100 Lorient") in found(
        redactor, text
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "il habite dans un mobil-home camping du bois joli emplacement 17 virgule",
            "camping du bois joli emplacement 17",
        ),
        ("Mme Roux, camping des pins, emplacement 4", "camping des pins, emplacement 4"),
    ],
)
def test_a_pitch_in_a_camping_typed_in_lowercase(redactor, text, value):
    assert ("ADRESSE", value) in found(redactor, text)


@pytest.mark.parametrize(
    "text", ["on passe au camping le mardi, place 3 libre", "aire de covoiturage place 12"]
)
def test_a_camping_day_or_a_car_park_names_no_home(redactor, text):
    assert [pair for pair in found(redactor, text) if pair[0] == "ADRESSE"] == []
