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


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # (the baby's month too, since the thirty-seventh round)
        ("« j'ai 3 enfants, ils sont de 2016, 2019 et le bébé de mars »", ["2016", "2019", "mars"]),
        ("« il a quel âge le grand ? » « 15 ans, il est de 2010 »", ["2010"]),
        ("« Donc 20 ans. » « Non, 19, je suis de novembre. »", ["novembre"]),
        ("la petite dernière, née en juin, pas encore déclarée", ["juin"]),
        ("Tous nés en octobre sauf le dernier !", ["octobre"]),
        ("rattacher ses enfants, Noa (2011) et Lily (2014)", ["2011", "2014"]),
        ("« Il aura 18 ans le 9 avril. » Il faut qu'il vienne.", ["9 avril"]),
        ("son anniversaire, c'est le 2 février", ["2 février"]),
        (
            "5 enfants. Elle donne les années : 2004, 2006, 2011 et 2015.",
            ["2004", "2006", "2011", "2015"],
        ),
        (
            "Date de naissance dite en toutes lettres : « le trois février mille neuf cent "
            "quarante ».",
            ["le trois février mille neuf cent quarante"],
        ),
        (
            "la date de naissance : « le onze du onze deux mille onze »",
            ["le onze du onze deux mille onze"],  # the quoted answer, "le" with it
        ),
    ],
)
def test_births_said_in_part_in_lists_or_as_birthdays(redactor, text, dates):
    values = [value for label, value in found(redactor, text) if label == "DATE_NAISSANCE"]
    assert values == dates


@pytest.mark.parametrize(
    "text",
    [
        "sa voiture ? elle est de 2019, une Clio",
        "le dossier est de mars dernier",
        "les enfants ont déménagé en 2005, 2007 et 2009",
        "la fête aura lieu le 3 mars",
        "Elle a travaillé chez Renault de mars 1998 à juin 2004.",
        "rdv le trois du quatre, on verra",
        "la loi Evin (1991) interdit la pub",
    ],
)
def test_other_years_months_and_days_stay(redactor, text):
    assert [label for label, _ in found(redactor, text) if label == "DATE_NAISSANCE"] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Visite au 7 chem. des Vignes, 69870 Grandris.", "7 chem. des Vignes, 69870 Grandris"),
        ("elle habite 40 grande rue de la Croix-Rousse", "40 grande rue de la Croix-Rousse"),
        ("Adresse : 5 montée des Carmélites, 69001 Lyon", "5 montée des Carmélites, 69001 Lyon"),
        ("domicile : 12 lices Jean Moulin, 81000 Albi", "12 lices Jean Moulin, 81000 Albi"),
        (
            "Visite chez Mme Pop, logée en diffus par le CHRS, 8 rue de Lalande, 33000 Bordeaux.",
            "8 rue de Lalande, 33000 Bordeaux",
        ),
    ],
)
def test_more_street_types_and_a_shelters_flat(redactor, text, address):
    assert ("ADRESSE", address) in found(redactor, text)


def test_an_offices_address_stays(redactor):
    text = "Le CHRS, 8 rue de Lalande, 33000 Bordeaux, ouvre à 9 h."
    assert "8 rue de Lalande" in redacted(redactor, text)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Année de naissance : « mil neuf cent soixante-huit », le jour il ne sait plus.",
            "mil neuf cent soixante-huit",
        ),
        ("« née à Metz ? » « oui, en 58 ». Il parle de retraite.", "58"),
        ("date de naissance : « le 4 du 7, quatre-vingt-deux »", "le 4 du 7, quatre-vingt-deux"),
    ],
)
def test_years_of_birth_given_as_answers(redactor, text, year):
    assert ("DATE_NAISSANCE", year) in found(redactor, text)


def test_a_postcode_before_a_lowercase_town_is_no_case_number(redactor):
    text = "adresse dossier : 3 rue du stade, 35000 rennes"
    assert [label for label, _ in found(redactor, text)] == ["ADRESSE"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Elle habite aux Minguettes. « le numéro je sais pas… bâtiment 6, 4e étage, porte "
            "de droite »",
            "bâtiment 6, 4e étage, porte de droite",
        ),
        (
            "hébergée chez une cousine, tour 12 de Montmousseau, au 5e. Elle",
            "tour 12 de Montmousseau, au 5e",
        ),
        (
            "Adresse : Mas des Oliviers, chemin de la Gardie, 30620 Uchaud.",
            "Mas des Oliviers, chemin de la Gardie, 30620 Uchaud",
        ),
        (
            "Adresse de l'allocataire : route des Vignes, 3e maison à droite, 69360 Ternay.",
            "route des Vignes, 3e maison à droite, 69360 Ternay",
        ),
        (
            "terrain familial chemin des Aires, lot 7, 84300 Cavaillon",
            "chemin des Aires, lot 7, 84300 Cavaillon",
        ),
    ],
)
def test_homes_in_parts_without_a_street_number(redactor, text, address):
    assert ("ADRESSE", address) in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        # an office's floor and door, a building without anyone living there
        "RDV à la Caf, 2e étage, porte B.",
        "Il a gagné le lot 3 de la tombola.",
    ],
)
def test_parts_of_an_office_or_a_thing_stay(redactor, text):
    assert [label for label, _ in found(redactor, text) if label == "ADRESSE"] == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("ses enfants « nés un 3 avril et un 8 août »", ["3 avril", "8 août"]),
        (
            "Demandeur Paul Ngom, né en 1970 ; conjointe Awa Ngom, 1976 ; pas d'enfant.",
            ["1970", "1976"],
        ),
    ],
)
def test_births_given_next_to_another(redactor, text, dates):
    values = [value for label, value in found(redactor, text) if label == "DATE_NAISSANCE"]
    assert values == dates


def test_a_day_and_a_month_then_another_day_count(redactor):
    text = "ses enfants « nés un 14 février et un an plus tard »"
    assert ("DATE_NAISSANCE", "14 février") in found(redactor, text)
    assert "et un an plus tard" in redacted(redactor, text)


def test_a_year_after_a_town_outside_a_birth_sentence_stays(redactor):
    assert "2019" in redacted(redactor, "Né à Dakar. Arrivé à Paris, 2019.")


def test_a_number_dictated_with_pauses(redactor):
    text = "« le numéro alloc c'est zéro six… deux cent treize… quarante-huit »"
    assert ("N_ALLOCATAIRE", "zéro six… deux cent treize… quarante-huit") in found(redactor, text)


def test_a_child_before_a_year_of_birth_in_a_list(redactor):
    text = "3 enfants :\n- Kwame, né en 2009\n- Tendai, née en 2012"
    names = [value for label, value in found(redactor, text) if label == "PERSONNE"]
    assert "Tendai" in names


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("son père hospitalisé à Lyon (Croix-Rousse). Le père : Lucien Maret.", "Croix-Rousse"),
        ("Accueil urgences du CH de Cahors (Jean Rougier). Un homme arrive.", "Jean Rougier"),
        ("Prof des écoles à Toulouse (Bagatelle). À la Caf…", "Bagatelle"),
        ("Léo, 20 ans, étudiant à l'IUT Jean Monnet, première demande d'APL.", "IUT Jean Monnet"),
        ("Rania (12/10/2012) au collège Jean Jaurès, Sami (03/03/2016) en CM1.", "Jean Jaurès"),
        ("Il descend au métro Jean Jaurès et marche.", "Jean Jaurès"),
    ],
)
def test_a_places_own_name(redactor, text, kept):
    assert kept in redacted(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("L'agente du CCAS de Vannes (Sandrine) appelle.", "Sandrine"),
        ("La conseillère du CH de Cahors (Mme Rougier) appelle.", "Rougier"),
        ("Rania (12/10/2012) et Sami (03/03/2016) sont scolarisés.", "Sami"),
    ],
)
def test_a_person_after_a_place_stays_a_person(redactor, text, name):
    assert name in [value for label, value in found(redactor, text) if label == "PERSONNE"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Au téléphone il avait juste dit « aux Minguettes ». Sur place : bât. 7.", "Minguettes"),
        ("il dort sous le pont de la Deûle, côté Bois-Blanc. Pas de place.", "Bois-Blanc"),
        ("Agence France Travail de Toulouse Basso Cambo. 9h : la porte ouvre.", "Basso Cambo"),
        ("Pour la fiche SIAO Laetitia note l'adresse.", "SIAO"),
    ],
)
def test_districts_and_acronyms_next_to_names(redactor, text, kept):
    assert kept in redacted(redactor, text)


def test_a_surname_in_capitals_that_is_a_kept_word_stays_a_name(redactor):
    text = "Appel de NOEL Stéphane, 52 ans, pour son RSA."
    assert "NOEL" not in redacted(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("CHRS Aurore, Paris. M. Kamara, sénégalais, 44 ans.", "Aurore"),
        ("France Travail Jarry (Baie-Mahault). M. Gilles Belair attend.", "Jarry"),
        ("appel d'un travailleur social du CDAS du Blosne, Mathieu Roger", "Blosne"),
    ],
)
def test_a_services_branch_is_no_one(redactor, text, kept):
    assert kept in redacted(redactor, text)


def test_an_address_spelt_whole_letter_by_letter(redactor):
    text = "elle épelle : j, o, point, r, e, y, arobase, f, r, e, e, point, f, r. Merci."
    assert ("EMAIL", "j, o, point, r, e, y, arobase, f, r, e, e, point, f, r") in found(
        redactor, text
    )


def test_letters_counted_aloud_are_no_address(redactor):
    text = "l'alphabet au tableau : a, b, c, d, e, point final."
    assert [label for label, _ in found(redactor, text) if label == "EMAIL"] == []


def test_a_month_of_a_thing_stays(redactor):
    assert "mars" in redacted(redactor, "Il montre le courrier, il est de mars, jamais ouvert.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Signé : Ch. Martineau, assistante sociale.", "Martineau"),
        ("L'assistante sociale de Lorient (Kerhervé) rappelle demain.", "Kerhervé"),
    ],
)
def test_a_person_near_a_place_word_stays_a_person(redactor, text, name):
    assert name not in redacted(redactor, text)
