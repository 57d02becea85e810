"""Nineteenth round: classes chosen from held-out aggregates (shapes and labels of the keep
terms lost, never a note), each checked on the development halves. Every name and number
here is invented."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found, redacted


@pytest.mark.parametrize(
    "text",
    [
        "Sinon le standard de l'antenne, 02 99 12 40 00, ouvert jusqu'à 16h.",
        "Le standard de l'usine c'est 02 97 11 80 00.",
        "Il faut appeler le standard au 02 98 44 12 00 le matin.",
        "Numéro du standard : 02 23 45 67 00.",
    ],
)
def test_a_switchboard_number_is_kept(redactor, text):
    assert [label for label, _ in found(redactor, text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Le standard de Mme Durand : 02 99 12 34 56.",
        "Passée par le standard, elle laisse son portable 02 99 12 34 56.",
        "Le standard a noté son numéro : 06 12 34 56 78.",
    ],
)
def test_a_person_s_number_near_a_switchboard_is_masked(redactor, text):
    assert "[TÉLÉPHONE]" in redacted(redactor, text)
