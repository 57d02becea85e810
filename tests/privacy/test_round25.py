"""Twenty-fifth round: lieux-dits before their postcode without a home cue, Breton places
("Pen ar Hoat"), numbered homes in a residence typed in lowercase. Every name and number here
is invented."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found, redacted


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Contrôle IJ : il est en bleu de travail.\nLa Croix Haute, 35137 Pleumeleuc.",
            "La Croix Haute, 35137 Pleumeleuc",
        ),
        (
            "arrivé en tracteur depuis son exploitation, Les Chazals, 15100 Coltines, main coupée",
            "Les Chazals, 15100 Coltines",
        ),
        (
            "Il vient de Pen ar Menez, 29190 Brasparts avec le VSL.",
            "Pen ar Menez, 29190 Brasparts",
        ),
        ("courrier retourné : Ty an Dour, 29450 Sizun", "Ty an Dour, 29450 Sizun"),
    ],
)
def test_a_lieu_dit_before_its_postcode_is_a_home(redactor, text, address):
    assert ("ADRESSE", address) in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        # an office, a service: places, not homes
        "Permanence à La Poste, 35000 Rennes, le mardi.",
        "Orientée vers Les Restos du Cœur, 35000 Rennes.",
    ],
)
def test_a_town_or_an_office_before_its_postcode_stays(redactor, text):
    assert [label for label, _ in found(redactor, text) if label == "ADRESSE"] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "donne son adresse pr le courrier 11 rés. du parc, bât B, 08200 charleville",
            "11 rés. du parc, bât B, 08200 charleville",
        ),
        ("elle est au 4 lotissement des chênes depuis mars", "4 lotissement des chênes"),
        ("adresse : 7 residence les tilleuls, appt 3", "7 residence les tilleuls, appt 3"),
    ],
)
def test_a_numbered_home_in_a_lowercase_residence(redactor, text, address):
    assert ("ADRESSE", address) in found(redactor, text)


def test_a_students_residence_in_lowercase_stays_a_place(redactor):
    text = "elle loge au 2 résidence crous de beaulieu, chambre 114"
    assert "crous de beaulieu" in redacted(redactor, text)
