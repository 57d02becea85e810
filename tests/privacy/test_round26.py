"""Twenty-sixth round: dates of birth given in part or after an age, domiciliation numbers
that look like legal articles, names taken for an animal's or an initial, names set apart by
commas after an interpreter, and words kept that read as names (a tree, a town after "d'",
a foreign civility). Every name and number here is invented."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found, redacted


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a day and month at the end of a sentence
        ("Naissance de leur 2e, Defne, née le 14/07. Ils changent de compte.", "14/07"),
        # after an age, a full date whatever "du" says
        ("Vrai nom : Paul Orsini, 61 ans, « du 4/11/64 ». Il tousse.", "4/11/64"),
        ("Mme Lacroix, 70 ans (le 02/05/1955), vit seule.", "02/05/1955"),
        # a few words between "je suis" and the month and year
        ("« je suis un vrai Breton de mars 71, moi ! »", "mars 71"),
        # a year in words after a pause and in quotes
        ("Né en... « soixante-dix-neuf » dit-il en cherchant.", "soixante-dix-neuf"),
        ("née en… « quatre-vingt-deux »", "quatre-vingt-deux"),
    ],
)
def test_dates_of_birth_in_part_or_after_an_age(redactor, text, value):
    assert ("DATE_NAISSANCE", value) in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        # periods and events stay
        "je suis au chômage de 1998 à 2003.",
        "Il a 40 ans, arrivé en France le 12/03/1998.",
        "rdv le 14/07. Elle viendra avec son fils.",
    ],
)
def test_other_dates_stay(redactor, text):
    assert [v for label, v in found(redactor, text) if label == "DATE_NAISSANCE"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Domicilié au CCAS, n° D13-2024-1504. L'agente valide.", "D13-2024-1504"),
        ("domiciliation n° D06-2025-0093 à renouveler", "D06-2025-0093"),
    ],
)
def test_a_domiciliation_number_is_no_legal_article(redactor, text, value):
    assert ("IDENTIFIANT", value) in found(redactor, text)


def test_legal_articles_stay(redactor):
    text = "Selon l'article L. 1331-22 et le R.262-3, puis D. 521-1 du code."
    assert [v for label, v in found(redactor, text) if label == "IDENTIFIANT"] == []


def test_a_name_after_a_wish_for_a_dog_is_a_person(redactor):
    text = "Visite avec Sabrina chez un couple. Ils veulent un chien, Sabrina dit « pas encore »."
    out = redacted(redactor, text)
    assert "Sabrina" not in out


def test_an_animals_name_in_apposition_stays(redactor):
    text = "Son chien, Rocky, dort dans la voiture. Rocky aboie quand on approche."
    assert "Rocky" in redacted(redactor, text)


def test_the_letter_of_an_identifier_is_no_initial(redactor):
    text = (
        "Rappel par la conseillère Isabelle. Identifiant confirmé : 3318406 N. Isabelle "
        "fait l'actualisation."
    )
    out = redacted(redactor, text)
    assert "Isabelle" not in out
    assert ("ID_FRANCE_TRAVAIL", "3318406 N") in found(redactor, text)


def test_a_name_between_commas_after_an_interpreter(redactor):
    text = "L'interprète, Zaynab, traduit tout avec douceur."
    assert ("PERSONNE", "Zaynab") in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "L'interprète ISM arrive à 10 h.",
        "interprète tigrinya par téléphone, 20 min.",
    ],
)
def test_an_interpreting_service_or_a_language_stays(redactor, text):
    assert [v for label, v in found(redactor, text) if label == "PERSONNE"] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("CHRS, cour intérieure. Un olivier au milieu, des chaises.", "olivier"),
        ("cabinet avec un vieil olivier. Le DAM, Olivier Brun, présente.", "vieil olivier"),
        ("Une dame d'Argenteuil veut actualiser sa situation.", "d'Argenteuil"),
        (
            "Un frontalier, Herr Becker selon l'infirmière (elle dit « Herr » à chaque fois).",
            "Herr",
        ),
    ],
)
def test_words_that_read_as_names_stay(redactor, text, word):
    assert word in redacted(redactor, text)


def test_a_foreign_civility_is_left_out_of_the_name(redactor):
    text = "Herr Becker attend, Señora López aussi."
    out = redacted(redactor, text)
    assert "Becker" not in out and "López" not in out
    assert "Herr" in out


def test_a_civility_and_a_town_after_d_is_a_name(redactor):
    assert "Orléans" not in redacted(redactor, "Mme d'Orléans arrive à l'accueil.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On retrouve « la Marquise » sur son banc, manteau de fourrure.", "Marquise"),
        ("Maraude gare. « le Ch'ti » est là mais sans son chien.", "Ch'ti"),
        ("Pause des écoutants : « Le Toubib a pas appelé ce soir ».", "Le Toubib"),
        ("On croise Colonel, du squat de la rue Pasteur : évacué hier.", "Colonel"),
        ("Il demande des nouvelles de la dame de l'autre soir (la Baronne).", "Baronne"),
    ],
)
def test_a_title_used_as_a_nickname_is_a_name(redactor, text, name):
    assert name not in redacted(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rue du Général de Gaulle, au 2e étage.",
        "Capitaine de l'équipe de foot, il entraîne les petits.",
        "Le prof de maths est passé à l'accueil.",
        "Déjeuner au Petit Prince, puis le Roi du kebab.",
        "Urgences de l'Archet, puis sous l'Ombrière du Vieux-Port.",
    ],
)
def test_titles_and_places_stay(redactor, text):
    assert [v for label, v in found(redactor, text) if label == "PERSONNE"] == []


def test_a_word_with_an_apostrophe_is_no_keep_acronym(redactor):
    # "Ch'ti" is not the "CH" (centre hospitalier) of the keep list; "CH d'Avignon" still is
    out = redacted(redactor, "« le Ch'ti » attend devant le CH d'Avignon.")
    assert "Ch'ti" not in out and "CH d'Avignon" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a place's own name in brackets after an emergency department, a prison
        ("Urgences de Lyon (Herriot), box 4, attente 3 h.", "Herriot"),
        ("sortant de prison (Fleury), il cherche un hébergement.", "Fleury"),
        # a district, its town in brackets after it
        ("Contrôle à la Pierre Collinet (Meaux), 3e étage.", "Pierre Collinet"),
        # the author of a song sung
        ("Une résidente chante « La Bohème » de Aznavour, la salle reprend.", "Aznavour"),
        # the sector's acronyms
        ("Le conseiller PFIDASS et l'AESH de l'école passent.", "PFIDASS"),
        ("orientation CAMSP puis SESSAD, dossier RQTH en cours", "SESSAD"),
    ],
)
def test_places_authors_and_acronyms_stay(redactor, text, kept):
    assert kept in redacted(redactor, text)


def test_a_first_name_in_brackets_after_a_service_is_still_a_person(redactor):
    out = redacted(redactor, "Urgences de Lyon (Sandrine) rappellent. Elle parle à Julie (Rennes).")
    assert "Sandrine" not in out and "Julie" not in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Inscription : code postal 29200, identifiant 3395127H.", "29200"),
        ("« 4 allée des Lilas ». Le code postal ? « 56100 ». On entend le chien.", "56100"),
        ("Le magasin : « Optique Lemaire », facture de 240 €.", "Optique Lemaire"),
        ("Ses meubles sont au garde-meuble Homebox, box 12.", "Homebox"),
        # words of another language in a note that writes names with capitals
        ("L'agent connaît trois mots de shimaoré, « marahaba ». Elle rit.", "marahaba"),
        ("Elle répète « nou pa konnèt » au guichet. L'agente sourit.", "nou pa konnèt"),
    ],
)
def test_postcodes_shops_and_foreign_words_stay(redactor, text, kept):
    assert kept in redacted(redactor, text)


def test_a_lowercase_name_in_a_lowercase_note_is_still_a_name(redactor):
    out = redacted(redactor, "appel de kriemhild schiavo, 89 ans. elle veut un rdv.")
    assert "schiavo" not in out


def test_a_kept_number_inside_a_date_protects_nothing(redactor):
    # "17" (the police) and "15" (the SAMU) are kept alone, not as a date's day
    text = "Carnets de santé : Ilyan 17/09/2019, Assia 15/02/2021. Il appelle le 17."
    spans = found(redactor, text)
    assert ("DATE_NAISSANCE", "17/09/2019") in spans
    assert ("DATE_NAISSANCE", "15/02/2021") in spans
    assert redacted(redactor, text).endswith("Il appelle le 17.")
