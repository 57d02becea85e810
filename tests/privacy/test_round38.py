"""Thirty-eighth round: what the authors of n° 127, 129–131 and 138–143 wrote in their
development halves — a NIR said aloud with Corsica's letter, a British plate, a plate spelt
with names, the first of the month typed "1er" in a date, a day tried then corrected, a
household's years in two digits, a year said before its day and month, a holiday and its
year, an address spelt to its last letter, an identifier cut by a line break.
Every name and number here is invented."""

from __future__ import annotations

from tests.privacy.conftest import found, redacted
from tests.privacy.conftest import values as _values

# --- numbers ------------------------------------------------------------------------------


def test_a_nir_said_aloud_with_corsica_s_letter_is_one_nir(redactor) -> None:
    text = (
        "Elle dicte son numéro de sécu : « un, soixante-dix-sept, zéro quatre, deux A, zéro "
        "quarante et un, zéro douze, clé trente ». Née à Ajaccio."
    )
    got = _values(redactor, text, "NIR")
    assert len(got) == 1
    assert got[0].startswith("un, soixante-dix-sept") and got[0].endswith("clé trente")


def test_a_nir_s_key_said_right_after_it_is_part_of_it(redactor) -> None:
    text = "Elle lit sa carte Vitale : « 1 84 03 76 451 022, clé 63 ». Rouen."
    assert _values(redactor, text, "NIR") == ["1 84 03 76 451 022, clé 63"]
    # … but the words of a sentence between them stay
    text = "Il dicte 1 84 03 76 451 022, et la clé 63."
    assert ", et la clé" in redacted(redactor, text)


def test_a_british_plate_is_a_plate(redactor) -> None:
    text = "Voiture britannique garée dans l'allée du jardin : WF68 KZT. Le contrôleur note."
    assert _values(redactor, text, "IMMATRICULATION") == ["WF68 KZT"]


def test_a_plate_spelt_with_names_is_one_plate(redactor) -> None:
    text = (
        "Il donne la plaque de son utilitaire en épelant : « F comme François, K comme Kilo, "
        "7-1-4, D comme Denise, S comme Simone ». Le contrôleur vérifie."
    )
    assert _values(redactor, text, "IMMATRICULATION") == [
        "F comme François, K comme Kilo, 7-1-4, D comme Denise, S comme Simone"
    ]


def test_a_plate_spelt_needs_its_cue_and_its_shape(redactor) -> None:
    text = "Elle épelle son nom : « D comme Denise, 1, 2, E comme Eugène »."
    assert _values(redactor, text, "IMMATRICULATION") == []


def test_a_france_travail_identifier_cut_by_a_line_break_is_one(redactor) -> None:
    text = "Le SMS dit : « Votre identifiant est 61834\n27K » — la ligne coupe le numéro."
    assert _values(redactor, text, "ID_FRANCE_TRAVAIL") == ["61834\n27K"]


def test_the_letter_of_an_identifier_after_a_filler_is_part_of_it(redactor) -> None:
    text = "L'appelant dicte « 4 0 9 1 7 2 6, euh, W », la lettre vient après une pause."
    assert _values(redactor, text, "ID_FRANCE_TRAVAIL") == ["4 0 9 1 7 2 6, euh, W"]


def test_an_address_spelt_to_its_domain_s_last_letter_is_one_address(redactor) -> None:
    text = (
        "Il épelle : « j, o, e, l, point, m, a, r, t, y, arobase, orange, point, f, r ». "
        "L'agente relit."
    )
    assert _values(redactor, text, "EMAIL") == [
        "j, o, e, l, point, m, a, r, t, y, arobase, orange, point, f, r"
    ]


# --- dates of birth ------------------------------------------------------------------------


def test_the_first_of_the_month_typed_1er_in_a_date_of_birth(redactor) -> None:
    text = (
        'Sur le formulaire je lis "date de naissance : 1er / 03 / 1987" et juste en dessous '
        '"date de l\'accident : 1er / 03 / 2024".'
    )
    assert _values(redactor, text, "DATE_NAISSANCE") == ["1er / 03 / 1987"]
    assert "1er / 03 / 2024" in redacted(redactor, text)
    text = 'Fiche : "KONATÉ Awa, DN : 1er/01/1996 (date déclarative), entrée le 02/05/2025".'
    assert _values(redactor, text, "DATE_NAISSANCE") == ["1er/01/1996"]


def test_a_day_tried_then_corrected_is_part_of_the_birth(redactor) -> None:
    text = "L'IOA : « il est né quand ? » — « le 12... euh 13 juin ». Le papa rit."
    got = _values(redactor, text, "DATE_NAISSANCE")
    assert len(got) == 1 and "12" in got[0] and got[0].endswith("13 juin")


def test_a_day_corrected_is_not_a_birth_without_one(redactor) -> None:
    text = "RDV le 12... euh 13 juin pour le dossier de la famille."
    assert _values(redactor, text, "DATE_NAISSANCE") == []


def test_a_household_s_years_in_two_digits_before_its_children_s(redactor) -> None:
    text = (
        "Il donne les années pour la famille : lui 81, sa femme 84, les enfants 2011, 2014, "
        "2019. L'agent note."
    )
    assert _values(redactor, text, "DATE_NAISSANCE") == ["81", "84", "2011", "2014", "2019"]


def test_ages_of_a_household_are_not_years(redactor) -> None:
    text = "Famille : moi 45, ma femme 42, les enfants 12 et 9 ans."
    assert _values(redactor, text, "DATE_NAISSANCE") == []


def test_a_year_said_before_the_day_and_month_of_the_birth(redactor) -> None:
    text = (
        "Elle déclare la naissance de sa fille, née le 2 mai 2025. Elle donne aussi sa propre "
        'date : 1991, "le 17 novembre je crois". Rires.'
    )
    got = _values(redactor, text, "DATE_NAISSANCE")
    assert "1991" in got and "17 novembre" in got


def test_a_year_of_another_event_before_a_birth_s_day_stays(redactor) -> None:
    text = "Il est arrivé en France en 2015, le 4 octobre, et il est né au Mali."
    assert _values(redactor, text, "DATE_NAISSANCE") == []


def test_a_holiday_and_its_year_then_the_day_it_stands_for(redactor) -> None:
    text = "Mme Rybak dit qu'elle est née à la Toussaint 1948, le 1er novembre quoi."
    got = _values(redactor, text, "DATE_NAISSANCE")
    assert got == ["la Toussaint 1948", "1er novembre"]
    assert "1948" not in redacted(redactor, text)


def test_a_plate_in_a_sentence_typed_in_capitals(redactor) -> None:
    text = "ANNONCE AU MICRO : « LE VÉHICULE EH 914 TZ EST PRIÉ DE SE DÉPLACER ». 5 FOIS PAR NUIT."
    assert _values(redactor, text, "IMMATRICULATION") == ["EH 914 TZ"]
    assert "5 FOIS PAR NUIT" in redacted(redactor, text)


# --- n° 144–149: screens, phone platforms, turns of a dialogue -------------------------------


def test_a_birth_cue_typed_without_its_accent(redactor) -> None:
    for text, value in (
        (
            "M. Aubry appelle de Dax, il y est ne, en mars 81. Son arret n'est pas arrive.",
            "mars 81",
        ),
        ("Il dit etre ne « vers 1993 ». Pas de papier.", "1993"),
        ("Cpam de Figeac. M. Lacombe, ne ici en octobre 67, veut une attestation.", "octobre 67"),
        ("Nom donne : Saïd, ne « presume en 1952 » a Sada.", "1952"),
    ):
        assert value in " ".join(_values(redactor, text, "DATE_NAISSANCE")), text


def test_the_ne_of_a_negation_is_no_birth_cue(redactor) -> None:
    text = "Il ne le sait pas, il ne veut pas en parler, rendez-vous en mars 2027."
    assert _values(redactor, text, "DATE_NAISSANCE") == []


def test_a_birth_said_in_pieces_by_someone_named_before_the_reply(redactor) -> None:
    text = (
        "L'ARM demande : « date de naissance du patient ? » — la fille : « le quatre… quatre "
        "mars… trente-huit ? Non trente-neuf ». Patient de 86 ans."
    )
    got = " ".join(_values(redactor, text, "DATE_NAISSANCE"))
    assert "quatre mars" in got and "trente-huit" in got and "trente-neuf" in got
    assert "86 ans" in redacted(redactor, text)


def test_the_rest_of_a_nir_given_in_the_next_turn_and_its_key(redactor) -> None:
    text = (
        "« Votre numéro de sécurité sociale ? » — « oui alors 2 71 04 57 463… » — « oui » — "
        "« 118 et la clé 36 ». L'agent vérifie."
    )
    got = _values(redactor, text, "NIR")
    assert "118" in got and "36" in got
    assert "et la clé" in redacted(redactor, text)


def test_a_count_after_a_nir_s_beginning_is_no_rest(redactor) -> None:
    text = "NIR 1 62 11 67 482, 045 personnes reçues ce matin."
    assert "045 personnes" in redacted(redactor, text)


def test_the_end_of_a_phone_given_after_a_beginning_read_as_another_number(redactor) -> None:
    text = (
        "« Un numéro où vous joindre ? » — « oui, c'est le zéro six… quarante-deux… "
        "quatre-vingt-dix-sept… » — « oui » — « soixante-trois, quinze ». Elle tape "
        "06 42 97 63 15."
    )
    assert "soixante-trois, quinze" in _values(redactor, text, "TELEPHONE")


def test_the_letter_of_an_identifier_said_after_its_pieces(redactor) -> None:
    text = (
        "« Votre identifiant France Travail ? » — « alors… 5 3 9… 2 0 6 1… et une lettre, W » "
        "— « oui ». La conseillère relit : 5392061W."
    )
    assert "W" in _values(redactor, text, "ID_FRANCE_TRAVAIL")


def test_a_hospital_stay_number_after_nda(redactor) -> None:
    text = "Étiquette : NOWAK Teresa IPP 800451977 NDA 24106612 UF 4410 URGENCES ADULTES"
    got = " ".join(v for _, v in found(redactor, text))
    assert "24106612" in got and "800451977" in got
    assert "UF 4410" in redacted(redactor, text)


def test_the_next_number_of_a_list_in_a_sentence_typed_in_capitals(redactor) -> None:
    text = "PROCÉDURE ACCÉLÉRÉE. RÉCÉPISSÉS N° 6804217736 ET 6804217737. CHAMBRE 204."
    assert _values(redactor, text, "IDENTIFIANT") == ["6804217736", "6804217737"]
    assert "CHAMBRE 204" in redacted(redactor, text)


# --- identifiers typed in lowercase ---------------------------------------------------------


def test_a_france_travail_letter_typed_in_lowercase_ends_a_list_item(redactor) -> None:
    text = "Émargement :\nMme Keita — 4920815 z — signée\nM. Roux — 5509147 k — absent"
    assert _values(redactor, text, "ID_FRANCE_TRAVAIL") == ["4920815 z", "5509147 k"]
    text = "Le 4587123 a un trop-perçu de 312 €."
    assert "a un trop-perçu" in redacted(redactor, text)


def test_a_lowercase_prefix_before_the_digits_after_a_cue(redactor) -> None:
    text = "Carte d'identité roumaine série rx 718204, valable jusqu'en 2031."
    assert "rx 718204" in " ".join(v for _, v in found(redactor, text))
    text = "Numéro fixe 02 99 45 12 33, le dossier du 12 mars."
    assert _values(redactor, text, "IDENTIFIANT") == []


def test_a_passport_typed_in_lowercase(redactor) -> None:
    text = "Passeport allemand n° c4kx7m2rt. L'agente galère avec le « ä »."
    assert "c4kx7m2rt" in " ".join(v for _, v in found(redactor, text))
