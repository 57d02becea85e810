"""Thirty-sixth round: what the five authors of n° 117–121 wrote in their development halves
— a try cut short that hides the cue of the value after it, an IBAN's group said again to
check it, a year and its day said apart, a home rented by a shelter, words read as names.
Every name and number here is invented."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found, redacted
from tests.privacy.conftest import values as _values


@pytest.mark.parametrize(
    ("text", "label", "values"),
    [
        (
            "Appel de M. Ferrand. N° alloc : « 4 1 0… 4107 382 ». Il veut déclarer un départ.",
            "N_ALLOCATAIRE",
            ["4 1 0… 4107 382"],
        ),
        (
            "La TS donne la réf SIAO : « 35-2025-… attendez… 35-2025-17734 ». Famille Rexhepi.",
            "IDENTIFIANT",
            ["35-2025-17734"],
        ),
        (
            "Il lit la carte grise : « GT-417-… je vais voir dans la voiture… GT-417-RW ».",
            "IMMATRICULATION",
            ["GT-417", "GT-417-RW"],
        ),
        (
            "Plaque pour la police municipale : « DL… 582… c'est DL-582-KA ».",
            "IMMATRICULATION",
            ["DL… 582", "DL-582-KA"],
        ),
    ],
)
def test_a_try_cut_short_does_not_hide_the_value_after_it(
    redactor, text: str, label: str, values: list[str]
) -> None:
    got = _values(redactor, text, label)
    for value in values:
        assert value in got


def test_a_try_that_is_no_prefix_of_a_value_is_left() -> None:
    from immersion.privacy.redactor import _values_after_tries

    # nothing after the try starts with its digits: no value is read there
    assert _values_after_tries("Il dit : « 12… » puis raccroche.", [], []) == []


def test_an_iban_group_said_again_to_check_it_is_the_iban(redactor) -> None:
    text = (
        "Sa femme lit le RIB : « FR76 1440 7000 3815 6620 3100 512 ». Lui : « t'as dit 6620 "
        "ou 6602 ? » — « 6620 ». Il paie 512 € de loyer… non, 480 € de loyer."
    )
    got = _values(redactor, text, "IBAN")
    assert got.count("6620") == 2 and "6602" in got
    out = redacted(redactor, text)
    assert "512 €" in out and "480 €" in out  # amounts stay


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        (
            "Date de naissance : « 1968… ou 69 ? non 68, le 14 avril ». Il ajoute son adresse.",
            "68, le 14 avril",
        ),
        ("« Marchal Didier, né en 72… enfin 71, j'ai 54 ans ».", "71"),
    ],
)
def test_a_birth_said_in_pieces_or_corrected(redactor, text: str, birth: str) -> None:
    assert birth in _values(redactor, text, "DATE_NAISSANCE")


def test_two_births_of_a_list_stay_two(redactor) -> None:
    text = "Les jumelles : nées le 3 mars 2014, le 4 avril 2016 pour la cadette."
    assert _values(redactor, text, "DATE_NAISSANCE") == ["3 mars 2014", "4 avril 2016"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Visite avec l'éduc dans un appart en diffus du CHRS, 7 rue Lothaire, 57000 Metz. "
            "Frigo vide.",
            "7 rue Lothaire, 57000 Metz",
        ),
        (
            "M. Wójcik, 78 ans, 14 rue de Colmar, cité 9, 62300 Lens, maison humide.",
            "14 rue de Colmar, cité 9, 62300 Lens",
        ),
    ],
)
def test_a_home_the_shelter_rents_and_a_numbered_estate(redactor, text: str, address: str) -> None:
    assert address in _values(redactor, text, "ADRESSE")


def test_the_shelters_own_address_stays(redactor) -> None:
    assert _values(redactor, "Le CHRS, 7 rue Lothaire, 57000 Metz, ouvre à 9h.", "ADRESSE") == []


def test_a_handle_on_a_marketplace(redactor) -> None:
    text = "Elle montre son compte Leboncoin « sandrine59x » : 3 ventes en un an."
    assert _values(redactor, text, "IDENTIFIANT") == ["sandrine59x"]


def test_an_extension_named_between_the_cue_and_the_number_stays(redactor) -> None:
    text = "Elle donne le numéro du service, poste 42318, pour rappeler."
    assert found(redactor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Revenus déclarés : 1 140 €. Parfait. Il est pressé, il a une commande.",
        "Mme Berthet a perdu sa carte dans le tram A. L'agent déclare la perte.",
        "L'agent : « monsieur la carte européenne, au Canada, ça marche pas ».",
        "La TS cherche une place famille, rien avant lundi.",
        "Une intérimaire a changé de nom (mariage) et vient mettre à jour son dossier.",
        "Pas de fraude, petite régul.",
        "Le blessé est couvreur, l'entreprise c'est Toitures Cantal, SIRET fourni.",
    ],
)
def test_words_that_are_no_names(redactor, text: str) -> None:
    assert _values(redactor, text, "PERSONNE") in ([], ["Berthet"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Votre prénom ? Rose. Elle a 19 ans.", "Rose"),
        ("rdv avec mme le gall demain matin", "le gall"),
        ("on voit la petite lilli à la sortie", "lilli"),
        ("Nom sur la boîte : KAYA Mustafa.", "KAYA Mustafa"),
        ("son employeur, Jean Morel, est là.", "Jean Morel"),
        ("Signé J. D'Angelo.", "J. D'Angelo"),
    ],
)
def test_names_near_those_words_stay_names(redactor, text: str, name: str) -> None:
    assert name in _values(redactor, text, "PERSONNE")


@pytest.mark.parametrize(
    ("text", "kept", "person"),
    [
        (
            "M. Lacoste répare des tracteurs. Sur la porte, un panneau « Mécanique Lacoste ».",
            "Mécanique Lacoste",
            "Lacoste",
        ),
        (
            "Le mobil-home est derrière le hangar des Vergers Bordes. M. Bordes arrive.",
            "Vergers Bordes",
            "Bordes",
        ),
    ],
)
def test_a_sign_or_a_farms_trade_keeps_the_firm_whole(
    redactor, text: str, kept: str, person: str
) -> None:
    out = redacted(redactor, text)
    assert kept in out
    assert person in _values(redactor, text, "PERSONNE")  # the owner, named as a person


def test_a_ranks_number_is_no_street_number(redactor) -> None:
    text = (
        "M. Benali, pension d'invalidité catégorie 2, Résidence Les Tilleuls, bât C, "
        "6 allée des Chênes, 30900 Nîmes."
    )
    assert _values(redactor, text, "ADRESSE") == [
        "Résidence Les Tilleuls, bât C, 6 allée des Chênes, 30900 Nîmes"
    ]


def test_a_district_after_the_town_heading_the_note(redactor) -> None:
    text = "Bordeaux, Bacalan. Jeune couple, Dylan Perret et Maeva Lopes, bébé de 3 semaines."
    assert _values(redactor, text, "PERSONNE") == ["Dylan Perret", "Maeva Lopes"]


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        (
            "Il donne sa date de naissance en anglais « nineteen ninety-one, March the sixth ».",
            "nineteen ninety-one, March the sixth",
        ),
        (
            "L'agente demande la date de naissance : « the second of June, nineteen fifty-two ».",
            "the second of June, nineteen fifty-two",
        ),
        (
            "« ¿Fecha de nacimiento? » — « veintitrés de octubre del ochenta y cuatro ».",
            "veintitrés de octubre del ochenta y cuatro",
        ),
        (
            "« Née le ? » « el siete de julio del cuarenta y uno… le 7 juillet 41 ».",
            "el siete de julio del cuarenta y uno",
        ),
        ("Date de naissance : « tredici marzo cinquantotto ».", "tredici marzo cinquantotto"),
        ("Date de naissance : « vinte e dois de abril de 1961 ».", "vinte e dois de abril de 1961"),
        ("Sur la carte, data di nascita : 04 settembre 1977.", "04 settembre 1977"),
    ],
)
def test_a_birth_said_in_another_language(redactor, text: str, birth: str) -> None:
    assert birth in _values(redactor, text, "DATE_NAISSANCE")


def test_foreign_words_without_a_month_or_a_birth_stay(redactor) -> None:
    text = "Au marché de Noël, un dos de chaise cassé ; en mayo 2024, tres cafés pour le stand."
    assert found(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "« c'est quoi votre mail ? » « soilha, s-o-i-l-h-a, point a-t-t-o-u-m-a-n-i, "
            "arobase, hotmail point fr ». L'agent tape.",
            "soilha, s-o-i-l-h-a, point a-t-t-o-u-m-a-n-i, arobase, hotmail point fr",
        ),
        (
            "« Alors c'est karine point l, e, b, r, e, t, vingt-deux, at, free point fr ».",
            "karine point l, e, b, r, e, t, vingt-deux, at, free point fr",
        ),
        (
            "La conseillère répète : « marc aubry, sans point, chez gmail point com ». Corrigé.",
            "marc aubry, sans point, chez gmail point com",
        ),
        (
            "IL DICTE SON MAIL : NGUYEN POINT BAO ARO BASE YAHOO POINT FR. ELLE RECOMMENCE.",
            "NGUYEN POINT BAO ARO BASE YAHOO POINT FR",
        ),
        (
            "Pour le mail : « lova tiret du 8 rakoto tiret du 6 44 arobase yahoo point fr ».",
            "lova tiret du 8 rakoto tiret du 6 44 arobase yahoo point fr",
        ),
    ],
)
def test_an_address_dictated_the_way_people_do(redactor, text: str, address: str) -> None:
    assert address in _values(redactor, text, "EMAIL")


@pytest.mark.parametrize(
    "text",
    [
        "Elle travaille à l'accueil : c'est bien, dit-elle, chez Free point de vente.",
        "Il dit : « on se voit at home, point final ».",
    ],
)
def test_words_that_only_look_like_a_dictated_address(redactor, text: str) -> None:
    assert _values(redactor, text, "EMAIL") == []


def test_an_iban_read_by_fours_with_commas(redactor) -> None:
    text = "Elle lit quatre par quatre : « CH93, 0076, 2011, 6238, 5295, 7 ». La conseillère note."
    assert _values(redactor, text, "IBAN") == ["CH93, 0076, 2011, 6238, 5295, 7"]
    assert found(redactor, "Les années : AB12, 2024, 2025, 2026, 2027.") == []


def test_a_plate_answered_after_a_question(redactor) -> None:
    text = "Il dort dans sa voiture à Hendaye. La plaque ? « 5123 KLM, c'est une espagnole »."
    assert _values(redactor, text, "IMMATRICULATION") == ["5123 KLM"]


def test_a_nir_said_in_words_and_its_key_said_apart(redactor) -> None:
    text = (
        "« mon numéro de sécu... un, soixante-deux, zéro trois, vingt-neuf, cent dix-neuf, "
        "zéro quarante et un, et la clé quarante-huit ». Le conseiller confirme."
    )
    assert "quarante-huit" in [v for _, v in found(redactor, text)]


@pytest.mark.parametrize(
    ("text", "births"),
    [
        (
            "L'écoutant demande les dates de naissance. Lui : 4 juin 1975. Elle, au loin : "
            "« soixante-dix-sept ! » puis « le 9 octobre ». Pas de place ce soir.",
            ["4 juin 1975", "soixante-dix-sept", "le 9 octobre"],
        ),
        (
            "L'IAO demande la date de naissance, il répond pour elle : « 2 février 1968 ». "
            "Elle : « 69, Bernard ! » Il rit.",
            ["2 février 1968", "69"],
        ),
    ],
)
def test_the_replies_after_a_birth_in_a_dialogue(redactor, text: str, births: list[str]) -> None:
    assert _values(redactor, text, "DATE_NAISSANCE") == births


@pytest.mark.parametrize(
    "text",
    [
        "« Date de naissance de votre mari ? » — « 5 mai 1961 ». « Et la date du décès ? » — "
        "« le 5 mars ». Elle se corrige.",
        "Date de naissance : « 12/03/1985 ». « Vous avez quel âge ? » « 41 ». « Et le code "
        "postal ? » « 35000 ».",
        "Né le 3 mars 1980. « 12 », dit-il en montrant ses doigts. « 3 enfants ».",
        "Née le 20 août 1999. Lui : « et la Cpam nous la transmet… normalement ».",
    ],
)
def test_replies_about_something_else_stay(redactor, text: str) -> None:
    assert len(_values(redactor, text, "DATE_NAISSANCE")) == 1


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        # (the year and its month are one value since the thirty-seventh round)
        (
            'La conseillère : "vous êtes de 58 ?" - "57, en mars". Il change de banque.',
            "57, en mars",
        ),
        (
            "L'IOA : « votre date de naissance ? » « ... douze... douze mai... » il s'arrête. "
            "Sa femme arrive : « 12 mai 1949, il s'appelle René ». Bracelet posé.",
            "12 mai 1949",
        ),
    ],
)
def test_a_reply_after_a_birth_said_in_straight_quotes_or_after_someone_arrives(
    redactor, text: str, reply: str
) -> None:
    assert reply in _values(redactor, text, "DATE_NAISSANCE")


@pytest.mark.parametrize(
    "text",
    [
        "Nom AHMADI, prénom Rahim, né le 01/01/1994 (l'agent me dit qu'énormément de dossiers "
        "afghans ont le 1er janvier).",
        "Né(e) le : 01/01/1998. L'agent me dit que le « 1er janvier » c'est souvent la date mise "
        "quand la personne ne connaît pas sa vraie date.",
        "M. Diallo, né le 1er janvier 1999 ; l'éduc me glisse que le 1er janvier est une date "
        "fréquente sur les papiers guinéens.",
    ],
)
def test_the_default_day_said_of_people_in_general_stays(redactor, text: str) -> None:
    assert "1er janvier" not in _values(redactor, text, "DATE_NAISSANCE")
    assert len(_values(redactor, text, "DATE_NAISSANCE")) == 1  # the person's own date


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Il ne connaît pas sa date de naissance exacte, juste l'année, « 1983 », le reste "
            "est sur son passeport volé.",
            "1983",
        ),
        ("Elle donne son nom, puis « 41 » pour l'année de naissance.", "41"),
        ("Il donne 1957 comme année de naissance.", "1957"),
        ("« Le chiffre c'est pas le département hein, c'est mon année, 1972 ».", "1972"),
    ],
)
def test_a_year_of_birth_given_before_its_cue_or_alone(redactor, text: str, year: str) -> None:
    assert _values(redactor, text, "DATE_NAISSANCE") == [year]


def test_a_number_paid_for_a_birth_is_no_year(redactor) -> None:
    assert found(redactor, "Il a payé 40 pour la date de naissance du bébé ? non.") == []


def test_ones_year_of_something_else_stays(redactor) -> None:
    assert found(redactor, "Il dit que c'est mon année 2026, celle du permis.") == []


def test_the_same_kind_of_reference_with_other_digits(redactor) -> None:
    text = (
        "Sortie demain pour M. Ortiz, n° SIAO 2025-SIAO-007812, puis elle se corrige. Sur "
        "l'écran c'est bien 2025-SIAO-007821. Place trouvée pour 19h."
    )
    assert _values(redactor, text, "IDENTIFIANT") == ["2025-SIAO-007812", "2025-SIAO-007821"]


def test_a_number_said_again_without_its_leading_zero_or_by_its_end(redactor) -> None:
    text = (
        "Une dame lit son attestation : « n° dossier 0583124 ». L'agente : « le zéro devant "
        "vous pouvez l'oublier, 583124 ». Puis : « pardon, la fin c'est 3124 »."
    )
    assert _values(redactor, text, "N_ALLOCATAIRE") == ["0583124", "583124", "3124"]
    # an end that ends no number found stays
    assert "999" in redacted(redactor, "N° alloc 4587123. La fin c'est 999 pour la réunion.")


def test_an_amount_in_words_after_a_birth_is_no_year(redactor) -> None:
    text = "Née le 3 mars 1980. Le loyer ? Elle dit : « mille deux cents » par mois."
    assert _values(redactor, text, "DATE_NAISSANCE") == ["3 mars 1980"]
