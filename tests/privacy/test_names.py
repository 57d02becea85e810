"""Person names: members of the public and agents alike."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found, redacted


def persons(redactor, text: str) -> list[str]:
    return [value for label, value in found(redactor, text) if label == "PERSONNE"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mme Le Goff présente son ticket.", "Le Goff"),
        ("M. Mamadou Diallo vient déclarer une séparation.", "Mamadou Diallo"),
        ("Madame Da Silva vient pour une carte Vitale.", "Da Silva"),
        ("Dr Kermarrec annonce un patient.", "Kermarrec"),
        ("Monsieur N'Diaye attend.", "N'Diaye"),
        ("Mlle Chloé Martin change de caisse.", "Chloé Martin"),
        ("mme leroy demande la CSS.", "leroy"),
        ("rdv avec mr benali pour son dossier RSA.", "benali"),
        ("M. Van den Berghe a une entorse.", "Van den Berghe"),
        ("Mme Petit attend, M. Blanc aussi.", "Petit"),
    ],
)
def test_names_after_a_civility_are_redacted_and_the_civility_kept(redactor, text, name):
    assert name in persons(redactor, text)
    assert name not in redacted(redactor, text)
    assert text.split()[0] in redacted(redactor, text) or text.startswith("rdv")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kylian, 22 ans, s'inscrit.", "Kylian"),
        ("L'agente (Sandrine) lui demande son numéro.", "Sandrine"),
        ("Le conseiller Yannick vérifie.", "Yannick"),
        ("Fatoumata Traoré appelle pour la prime d'activité.", "Fatoumata Traoré"),
        ("Appel de DUPONT Jean-Marc pour son RIB.", "DUPONT Jean-Marc"),
        ("Conseillère Lefebvre Anne reçoit un jeune.", "Lefebvre Anne"),
        ("Marine Le Pape, conseillère, accueille le premier usager.", "Marine Le Pape"),
        ("Elle parle à Aïcha, puis à Mohamed.", "Aïcha"),
        ("« Votre nom ? » « GUÉGUEN ». L'agente tape le nom.", "GUÉGUEN"),
        ("mme fatima el amrani, 28 ans, enceinte.", "fatima el amrani"),
        ("accueil, monsieur âgé (rené) vient pour le colis.", "rené"),
        ("« Caf bonjour, Sylvie à l'appareil. »", "Sylvie"),
        ("Elle dit s'appeler Zaïa sans donner son nom.", "Zaïa"),
        ("Son fils Tugdual attend dehors.", "Tugdual"),
    ],
)
def test_names_without_civility_are_redacted(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pierre est venu avec sa mère.", "Pierre"),
        ("Rose, 19 ans, vit seule avec son bébé.", "Rose"),
        ("Visite chez Olive Durand à 10h.", "Olive Durand"),
        ("Claire explique la procédure.", "Claire"),
        ("Ange, 35 ans, arrive avec son chien.", "Ange"),
        ("Mme Prudence Mbala vient pour une aide.", "Prudence Mbala"),
        ("La fille de Blanche attend.", "Blanche"),
    ],
)
def test_first_names_that_are_common_words_are_redacted_as_names(redactor, text, name):
    assert name in persons(redactor, text)


def test_rose_keeps_her_age(redactor):
    assert redacted(redactor, "Rose, 19 ans, attend.") == "[PERSONNE_1], 19 ans, attend."


@pytest.mark.parametrize(
    "text",
    [
        "La rose des vents est affichée dans le hall.",
        "Une pierre bloque la porte d'entrée.",
        "Marine nationale : affiche de recrutement.",
        "Claire et nette, la réponse de l'agent rassure.",
        "La Cpam applique la prudence avec les dossiers.",
        "En France, le non-recours au RSA reste élevé.",
    ],
)
def test_common_words_are_not_taken_for_first_names(redactor, text):
    assert persons(redactor, text) == []


def test_several_people_in_one_note_each_get_a_number(redactor):
    text = (
        "Atelier : Julien, Samira et Moussa. La conseillère (Nadia) les reçoit. "
        "Julien repart à 11h."
    )
    assert redacted(redactor, text) == (
        "Atelier : [PERSONNE_1], [PERSONNE_2] et [PERSONNE_3]. La conseillère ([PERSONNE_4]) "
        "les reçoit. [PERSONNE_1] repart à 11h."
    )


def test_a_later_lowercase_mention_is_found_too(redactor):
    text = "M. Benmoussa attend depuis 6 mois. benmoussa revient demain."
    assert redacted(redactor, text) == (
        "M. [PERSONNE_1] attend depuis 6 mois. [PERSONNE_1] revient demain."
    )
