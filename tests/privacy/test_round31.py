"""Thirty-first round: the default date ("1er janvier") spoken of in general; towns of some
size whose name is also a word ("Muret", "Royan"); a message's time stamp that is no phone
number; a planning's shortened days; a table's headings after "nom"; the years of a list's
rows laid out like rows that give births; a NIR's key said apart after 13 digits read as
another number, or a sentence later; a phone number written again without its 0 or +33.
Every name and number here is invented."""

from __future__ import annotations

import pytest

from immersion.privacy import communes
from immersion.privacy.detectors import birthdate
from tests.privacy.conftest import found, redacted


@pytest.mark.parametrize(
    "text",
    [
        "L'agent soupire : « ici, la moitié des gens sont nés un 1er janvier ».",
        "Il me dit que beaucoup de patients nés à l'étranger ont le 1er janvier sur leurs papiers.",
        "Fanny m'explique que le 1er janvier est mis par défaut quand on ne sait pas.",
        "« Tout le monde est né le 1er janvier ici », me dit l'agent.",
    ],
)
def test_the_default_date_spoken_of_in_general_stays(redactor, text):
    assert "1er janvier" in redacted(redactor, text)
    assert not [v for label, v in found(redactor, text) if label == "DATE_NAISSANCE"]


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        # someone's own default date stays a birth: no general word in the sentence
        ("Zahra, 01/01/1985 ; les 2 grands aussi au 1er janvier ; le petit en mai.", "1er janvier"),
        # the general sentence does not reach a birth with its year
        (
            "Né le 1er janvier 2001 ; beaucoup de dossiers afghans ont cette date.",
            "1er janvier 2001",
        ),
        # "nés un 14 février et un 1er mai": someone's children, not people in general
        ("Elle déclare ses enfants « nés un 14 février et un 1er mai ».", "14 février"),
    ],
)
def test_a_birth_beside_the_default_date_is_still_found(redactor, text, birth):
    assert ("DATE_NAISSANCE", birth) in found(redactor, text)


def test_a_default_day_needs_no_year_and_a_general_sentence():
    text = "La moitié des gens ont le 1er janvier 1990 ; Léa est née le 3 mai."
    start = text.index("1er janvier")
    assert not birthdate.a_default_day(text, start, start + len("1er janvier 1990"))
    may = text.index("3 mai")
    assert not birthdate.a_default_day(text, may, may + len("3 mai"))


def test_towns_of_some_size_that_are_also_words_are_towns():
    names = set(communes.build_communes())
    assert {"Muret", "Royan", "Périgueux", "Guéret"} <= names
    # a frequent surname that is also a word is not taken as a town on its size alone
    assert "Fontaine" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Mme Amandine Lacaze, 21 ans, de Muret, étudiante en alternance.",
        "Une jeune femme de Royan appelle pour son APL.",
    ],
)
def test_a_town_named_like_a_word_is_kept(redactor, text):
    town = "Muret" if "Muret" in text else "Royan"
    assert town in redacted(redactor, text)


def test_a_messages_time_stamp_is_no_phone_number(redactor):
    text = "De : pilar.h@laposte.net / Envoyé le : 03/11/2024 22:47 / Objet : RE: dossier"
    out = redacted(redactor, text)
    assert "03/11/2024 22:47" in out
    assert "pilar.h@laposte.net" not in out


def test_a_plannings_shortened_days_are_no_names(redactor):
    text = (
        "Planning de la semaine sur la tablette du contrôleur :\nlun. 11/11 : férié\n"
        "mar. 12/11 : 4 contrôles, Bègles\nmer. 13/11 : bureau"
    )
    assert found(redactor, text) == []
    # "Mar" the first name, with a surname, is still someone
    assert ("PERSONNE", "Mar Lopez") in found(redactor, "Appel de Mar Lopez pour le RSA.")


@pytest.mark.parametrize(
    "text",
    [
        "Tableau des résidents (colonnes : chambre / nom / année de naissance / entrée).",
        "Ordre du jour :\nnom — année naiss. — demande — montant\nHARGOUS Jean — 1959 — loyer",
    ],
)
def test_a_tables_headings_after_nom_are_no_name(redactor, text):
    assert "année" in redacted(redactor, text)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Compo du foyer :\n- TRAN Van Duc, allocataire, né en 1981\n- Minh, 2010\n"
            "- Lan, 2014\n- Bao, 2019\ndate d'entrée dans le logement 01/09/2022.",
            ["1981", "2010", "2014", "2019"],
        ),
        (
            "Tableau :\nch. 1 — M'BAREK Youssef — 1966 — 03/2023\n"
            "ch. 2 — PERRIN Alice — 1991 — 09/2024\nch. 3 — NKOMO Blessing — 1998 + bébé — 10/2024",
            ["1966", "1991", "1998"],
        ),
    ],
)
def test_the_years_of_a_lists_rows_like_rows_of_births(redactor, text, years):
    births = [v for label, v in found(redactor, text) if label == "DATE_NAISSANCE"]
    assert births == years
    assert "01/09/2022" in redacted(redactor, text) or "01/09/2022" not in text


def test_a_row_of_another_shape_keeps_its_year(redactor):
    text = "Liste :\n- Minh, 2010\n- Lan, 2014\nArrivée en France : Bao, en 2019.\nfin"
    assert "2019" in redacted(redactor, text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Il le lit en le coupant : « 105 115 746 308 8… et la clé c'est 78 ». Elle retape.", "78"),
        ("NIR 1 88 12 68 224 301, la clé manque. Il la dit de tête : « 68 ». Bébé déclaré.", "68"),
    ],
)
def test_a_nirs_key_said_apart(redactor, text, key):
    assert ("NIR", key) in found(redactor, text)


def test_an_age_after_a_missing_key_is_no_key(redactor):
    text = "NIR 1 88 12 68 224 301, la clé manque, il a 38 ans."
    assert "38 ans" in redacted(redactor, text)


def test_a_phone_number_written_again_without_its_0_or_plus_33(redactor):
    text = "Trois numéros laissés : 0033 6 48 12 90 77, 6 48 12 90 77 et un autre."
    values = [v for label, v in found(redactor, text) if label == "TELEPHONE"]
    assert values == ["0033 6 48 12 90 77", "6 48 12 90 77"]


def test_a_codes_own_capitals_before_a_slash(redactor):
    text = "Son bailleur réclame 3 200 €, réf. locataire FOH/045/118932. L'agente appelle."
    assert ("IDENTIFIANT", "FOH/045/118932") in found(redactor, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Un homme se présente, main en sang. Noël Carpentier, né le 25/12/1967.",
            "Noël Carpentier",
        ),
        ("Appel de Toussaint Mendy pour son RSA.", "Toussaint Mendy"),
    ],
)
def test_a_first_name_of_the_keep_list_before_a_surname_names_someone(redactor, text, person):
    assert ("PERSONNE", person) in found(redactor, text)


@pytest.mark.parametrize(
    "text", ["La prime de Noël Caf arrive le 15.", "Le marché de Noël Lillois ouvre."]
)
def test_a_holiday_before_a_word_or_a_keep_term_stays(redactor, text):
    assert "Noël" in redacted(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "« C'est tout ? » « Ben oui ».",
        "« Elle a les clés ? » « Ben... oui ». Ses affaires sont là.",
        "— Vous l'avez envoyé où ?\n— Ben à mon patron\n— Les volets ?",
        "Elle joue le recruteur : « Parlez-moi de vous ». Il bafouille.",
        "L'agente : « Redemandez-lui demain ».",
    ],
)
def test_an_answers_first_word_or_a_verb_with_its_pronoun_is_no_name(redactor, text):
    assert [v for label, v in found(redactor, text) if label == "PERSONNE"] == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("« Ben Youssef en deux mots », corrige-t-elle.", "Ben Youssef"),
        ("Le fils, Ben, 12 ans, traduit pour sa mère.", "Ben"),
    ],
)
def test_ben_the_name_is_still_someone(redactor, text, person):
    assert ("PERSONNE", person) in found(redactor, text)


def test_a_town_after_a_preposition_is_the_town_even_where_someone_bears_its_name(redactor):
    text = "Mme Adèle Valence, qui arrive justement de Valence (« on me le fait à chaque fois »)."
    assert found(redactor, text) == [("PERSONNE", "Adèle Valence")]
    assert "de Valence" in redacted(redactor, text)
    # a particle after a civility, a first name after "à": someone
    assert ("PERSONNE", "de Villeneuve") in found(redactor, "Un cadre, Mr de Villeneuve, 55 ans.")
    assert ("PERSONNE", "Albert") in found(redactor, "Elle parle d'Albert, son fils, 12 ans.")


@pytest.mark.parametrize(
    "text",
    [
        "Un berger allemand qui s'appelle Noisette aboie tout le temps.",
        "Dans le bureau, un aquarium avec un poisson rouge qui s'appelle Jacques.",
        "La chèvre est rentrée, le bouc s'appelle Nestor.",
        "Elle arrose sa plante verte (« elle s'appelle Juliette »).",
    ],
)
def test_a_pets_or_a_plants_name_is_no_ones(redactor, text):
    assert [v for label, v in found(redactor, text) if label == "PERSONNE"] == []


def test_a_shepherd_is_someone(redactor):
    text = "Le berger qui s'appelle Jean garde les moutons."
    assert ("PERSONNE", "Jean") in found(redactor, text)


def test_a_call_dates_its_own_event(redactor):
    text = "Historique : « DELAUNAY Marc, né en 1972. Premier appel le 03/01/2019. Hébergé. »"
    assert "03/01/2019" in redacted(redactor, text)
    assert ("DATE_NAISSANCE", "1972") in found(redactor, text)


def test_a_saints_whole_name_is_a_place(redactor):
    text = "Urgences de l'hôpital Saint Vincent de Paul (GHICL). Mme Aimée Ilunga arrive."
    assert found(redactor, text) == [("PERSONNE", "Aimée Ilunga")]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Des factures à l'en-tête « Couture Nguyen Retouches » sur la table.",
            "Couture Nguyen Retouches",
        ),
        ("L'épicerie solidaire s'appelle « Le Panier de Marthe ».", "Panier de Marthe"),
        ("Le conseiller appelle Aïga Resort à Châtel-Guyon pour la saison.", "Aïga Resort"),
    ],
)
def test_a_shops_sign_is_kept_whole(redactor, text, sign):
    assert sign in redacted(redactor, text)
