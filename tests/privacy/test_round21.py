"""Twenty-first round: a keep term typed without accents, works and artists after what one
does with them, things after a possessive, units after a number, a visit that is no street.
Every name and number here is invented."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import redacted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("demande de prime de Noel pas versee, elle le savait pas", "prime de Noel"),
        ("PRIME DE NOEL PAS VERSEE", "PRIME DE NOEL"),
        ("Un homme chante Les Lacs du Connemara dans le couloir.", "Les Lacs du Connemara"),
        ("Sur l'étagère, tous les livres de Colette, sa lectrice préférée.", "Colette"),
        ("Il dit « Marius comme le film avec Raimu ».", "Raimu"),
        ("Le fils, fan de Jul, attend sur une chaise.", "Jul"),
        ("Le fils aîné m'a montré sa Nintendo Switch fièrement.", "Nintendo Switch"),
        ("Elle montre son Leboncoin sur le téléphone.", "Leboncoin"),
        ("LA SECURITE ARRIVE EN 4 MIN. ELLE CONTINUE SON TRAVAIL.", "4 MIN"),
        ("A 3 KM DU CENTRE, SANS VOITURE.", "3 KM"),
    ],
)
def test_things_that_look_like_names_are_kept(redactor, text, kept):
    out = redacted(redactor, text)
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # a widow's "mon Gérard" is her husband
        ("Elle répète « mon Gérard aurait su » en pleurant.", "Gérard"),
        # a civility after the cue stays a person
        ("Le fils est fan de M. Dupuis, son ancien prof.", "Dupuis"),
        # "passage de" and a first name: someone's visit, not a street
        ("passage de Wojciech (polonais), il veut ses papiers du coffre.", "Wojciech"),
        ("Passage de Kevin ce matin pour son courrier.", "Kevin"),
        # a real street still is one
        ("Il habite 3 passage de Kevin à Brest.", "3 passage"),
    ],
)
def test_persons_and_homes_near_those_cues_are_masked(redactor, text, masked):
    out = redacted(redactor, text)
    assert masked not in out, out
