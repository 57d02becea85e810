"""Names written the way hurried observers write them, and words that only look like names
(the same spelling used as a common noun, a brand, a public figure, a holiday)."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found, redacted


def names(redactor, text: str) -> list[str]:
    return [value for label, value in found(redactor, text) if label == "PERSONNE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeune couple, Maëlys et Ayoub, hébergés au foyer.", ["Maëlys", "Ayoub"]),
        ("Ionut et sa compagne dorment dans la voiture.", ["Ionut"]),
        ("Un habitué surnommé « Pépé Lulu » vient se réchauffer.", ["Pépé Lulu"]),
        ('Il se présente comme "Tonton", sans papiers.', ["Tonton"]),
        ("Il épelle : K-O-W-A-L-S-K-I.", ["K-O-W-A-L-S-K-I"]),
        ('Sur le dessin il signe "T.B.".', ["T.B."]),
        ('Les prénoms cités : "Nordine K.", "Oksana".', ["Nordine K.", "Oksana"]),
        ("Visite chez la famille Boulanger ce matin.", ["Boulanger"]),
        ("L'agente reçoit mme le gall pour la cantine.", ["le gall"]),
        ("Mme Ait Benali rappellera demain.", ["Ait Benali"]),
        ('Le logiciel affiche : nom "Le Goarant", prénom absent.', ["Le Goarant"]),
        (
            "Liste du soir : GUILLOU, MBAYE, RENAUDIN, KOVAC.",
            ["GUILLOU", "MBAYE", "RENAUDIN", "KOVAC"],
        ),
    ],
)
def test_names_written_loosely(redactor, text, expected):
    assert names(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dans la cour, un olivier et des rosiers.",
        "Un sapin de Noël dans le hall, la prime de Noël est versée.",
        "Il chante du Brassens en attendant ; le match de Mbappé hier.",
        "Facture Engie impayée, elle cherche un emploi chez Leroy Merlin.",
        "Mr X refuse de donner son nom.",
        "Il a mal au dos, dit-elle en riant.",
        "Num alloc inconnu, l'agent admin crée le compte.",
        "Tableau : BOX 1 - douleur, BOX 2 - vide.",
        "Mme la directrice passe dans le hall.",
    ],
)
def test_words_that_only_look_like_names_are_kept(redactor, text):
    assert names(redactor, text) == []


def test_a_name_redacted_does_not_take_its_common_noun_homonym(redactor):
    text = "Olivier, l'agent, montre un olivier en pot. Olivier rit."
    assert redacted(redactor, text) == (
        "[PERSONNE_1], l'agent, montre un olivier en pot. [PERSONNE_1] rit."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reçu mme n'goran pour la CSS.", ["n'goran"]),
        ("Sa fille d'souza attend dehors.", ["d'souza"]),
        ("Visite famille lemarchand, 3 enfants.", ["lemarchand"]),
    ],
)
def test_lowercase_names_with_an_elision_or_after_famille(redactor, text, expected):
    assert names(redactor, text) == expected


def test_elisions_of_common_words_are_not_names(redactor):
    text = (
        "Il n'importe rien, d'abord il n'oublie pas la famille d'accueil ni la famille nombreuse."
    )
    assert names(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Mme Kergoat, mais le logiciel affiche "Kergoet".',
            ["Kergoat", "Kergoet"],
        ),
        ("M. Traoré, écrit TRAOURE sur la carte.", ["Traoré", "TRAOURE"]),
        ("Mr Le Bihan, le dossier dit « Le Bihen ».", ["Le Bihan", "Le Bihen"]),
    ],
)
def test_a_misspelt_copy_of_a_name_is_redacted_too(redactor, text, expected):
    assert names(redactor, text) == expected
