"""Twenty-ninth round: dates of birth said beside an age, in a household's numbered list,
right after a name ("M. Omar Haddad (1968)"), after a birthday in the first person or today,
on foreign papers ("date of birth 14 JUL 1983", Italian, German and Turkish months), as
"le 2 du 2 de 2002", a few words after "né … le", in the quoted answer after a question,
written again in digits after words or with the year mistyped; a surname that is also a town,
where the town is meant; a town after a comma; "max" after a count; a France Travail
identifier read digit by digit with commas.
Every name and number here is invented."""

from __future__ import annotations

import pytest

from immersion.privacy.detectors.birthdate import day_and_month
from tests.privacy.conftest import found, redacted


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        # an age beside a full date that it gives (the year plus the age is a year of notes)
        ("Écran : « LEROUX Anaïs — 03 04 1991 — 34 ans — 2 rue Haute ».", "03 04 1991"),
        ("Mme Sow (45 ans), 17/09/1980, vient pour la CSS.", "17/09/1980"),
        # a birthday in the first person
        ("« J'ai eu mes 60 ans le 4 juin, ça change quoi ? »", "4 juin"),
        ("« On a fêté ses 18 ans le 9 octobre. »", "9 octobre"),
        # foreign papers
        ("Sur le passeport : date of birth 02 MAR 1978, place Leeds.", "02 MAR 1978"),
        ("DOB 11 SEP 1969 sur la carte américaine.", "11 SEP 1969"),
        ("Documento : fecha de nacimiento 23/06/1987, Valencia.", "23/06/1987"),
        # said as "the 3rd of the 3rd of …"
        ("Date de naissance ? « le 3 du 3 de 1993, facile ».", "le 3 du 3 de 1993"),
        # the day alone, a few words after the birth
        ("Le petit est né cette nuit, le 14. Sortie prévue vendredi.", "14"),
        # months of Italian, German and Turkish papers
        ("Sulla carta d'identità : nato il 9 ottobre 1951, Bari.", "9 ottobre 1951"),
        ("Geboren am 3 märz 1962 in Saarbrücken.", "3 märz 1962"),
        ("Kimlik : doğum 14 nisan 1977 ; né à Konya.", "14 nisan 1977"),
        # a pause between the day and the month
        ("« Vous êtes né le ? » « douze... mars deux mille un ».", "douze... mars deux mille un"),
        # a year alone right after the birth's abbreviation
        ("Fiche de liaison : « DDN 1938 », adresse inconnue.", "1938"),
        # a birthday today
        ("Il nous dit : « j'ai 80 ans aujourd'hui, le 2 février ».", "2 février"),
        # a year of birth right after a name
        ("Foyer : M. Omar Haddad (1968), sa femme Leïla (1972), fin.", "1968"),
        ("Foyer : M. Omar Haddad (1968), sa femme Leïla (1972), fin.", "1972"),
        ("« moi Sami Berrada, 4 avril 81\nma sœur Lina Berrada, 9 mai 85 »", "9 mai 85"),
        # the answer after a question asked between quotes (the day begun and the date are
        # one value since the thirty-seventh round)
        (
            "L'IOA : « votre date de naissance madame ? » « euh... vingt-sept... vingt-sept"
            " août... »",
            "vingt-sept... vingt-sept août",
        ),
    ],
)
def test_dates_of_birth_found(redactor, text, birth):
    assert ("DATE_NAISSANCE", birth) in found(redactor, text)


def test_a_waiting_list_with_years_after_the_names(redactor):
    text = "Écran de l'IOA :\nMARCHETTI R. 1939 — rouge\nBENALI K. 1990 — vert\nFin de liste."
    births = [value for label, value in found(redactor, text) if label == "DATE_NAISSANCE"]
    assert births == ["1939", "1990"]


def test_a_year_after_a_name_met_that_year_stays(redactor):
    text = "Rdv avec Mme Zerbib (2019) au CCAS, elle revient."
    assert "2019" in redacted(redactor, text)


def test_a_household_listed_line_by_line_with_years(redactor):
    text = (
        "Composition du foyer à l'écran :\n"
        "1. Karim Bensaïd 1976\n"
        "2. Nadia Bensaïd 1979\n"
        "3. Inès 2009\n"
        "Droits ouverts jusqu'au 30/06."
    )
    births = [value for label, value in found(redactor, text) if label == "DATE_NAISSANCE"]
    assert births == ["1976", "1979", "2009"]
    assert "30/06" in redacted(redactor, text)


def test_a_birth_written_again_in_digits_or_with_the_year_mistyped(redactor):
    text = (
        "Acte : Lou, née le trois mars deux mille vingt-quatre à Tulle ; l'agent recopie"
        " 03/03/2024."
    )
    assert ("DATE_NAISSANCE", "03/03/2024") in found(redactor, text)
    text = "Il a saisi 08/11/2016, la date de son fils. Sa date de naissance : 08/11/1986."
    assert ("DATE_NAISSANCE", "08/11/2016") in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        # another date beside an age, whose year and age do not meet
        "Mme Roux, 52 ans, inscrite le 12/02/2024, cherche un poste.",
        # an ordinary date with no birth around
        "Rendez-vous le 3 du 4 à 10h, bureau 12.",
        # a list of lines with years that are not a household's
        "Formations :\nCAP cuisine\nBTS 2016\n",
    ],
)
def test_other_dates_stay(redactor, text):
    assert not [label for label, _ in found(redactor, text) if label == "DATE_NAISSANCE"]


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("12/03/1985", (12, 3)),
        ("1985-03-12", (12, 3)),
        ("douze mars", (12, 3)),
        ("vingt-deux septembre deux mille vingt-quatre", (22, 9)),
        ("14 JUL 1983", (14, 7)),
        ("07/14/83", (14, 7)),  # the month first, as on American papers
        ("March 5th, 1988", (5, 3)),
        ("1er mars 2020", (1, 3)),
        ("mars 82", None),
        ("31/13", None),
    ],
)
def test_the_day_and_month_a_date_says(value, day):
    assert day_and_month(value) == day


@pytest.mark.parametrize(
    ("text", "kept", "name"),
    [
        # a surname that is also a town, where the town is meant
        ("M. Paul Lescar appelle de Lescar pour son dossier.", "de Lescar", "Paul Lescar"),
        ("Mme Nay, originaire de Nay, 80 ans, vit seule.", "de Nay", "Mme Nay"),
        ("M. Yves Joinville habite à côté de Joinville, en ferme.", "de Joinville", "Yves"),
    ],
)
def test_a_surname_that_is_a_town_stays_where_the_town_is_meant(redactor, text, kept, name):
    assert kept in redacted(redactor, text)
    assert name not in redacted(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Appel d'une mère avec un bébé de 3 semaines, Roubaix. Hébergement ce soir.", "Roubaix"),
        ("L'IOA : « deux accompagnants max », la salle est pleine.", "max"),
        ("affichage salle : 40 personnes max", "max"),
    ],
)
def test_towns_and_words_stay(redactor, text, kept):
    assert kept in redacted(redactor, text)


def test_max_the_child_is_still_a_name(redactor):
    assert ("PERSONNE", "max") in found(redactor, "elle vient avec max et lina ce matin")


def test_an_identifier_read_digit_by_digit_with_commas(redactor):
    text = "« Votre identifiant ? » « alors 5, 2, 0, 8, 8, 1, 4, K comme Kilo »."
    assert ("ID_FRANCE_TRAVAIL", "5, 2, 0, 8, 8, 1, 4, K") in found(redactor, text)


def test_a_saint_is_no_one(redactor):
    text = "Mme Lucie Martin : « ma fête c'est la sainte Lucie, et mon frère la saint Martin »."
    out = redacted(redactor, text)
    assert "sainte Lucie" in out and "saint Martin" in out
    assert "Lucie Martin" not in out


def test_a_surname_that_is_a_town_stays_after_a_memorial_or_a_basilica(redactor):
    text = "M. Luc Verdun cherche un poste au Mémorial de Verdun, comme guide."
    out = redacted(redactor, text)
    assert "Mémorial de Verdun" in out
    assert "Luc Verdun" not in out


@pytest.mark.parametrize(
    "text",
    [
        "« mon mail c'est ines.carvalho a rond gmail point com »",
        "Elle dicte : karim.benali a commercial orange point fr, c'est noté.",
    ],
)
def test_an_e_mail_said_with_the_names_of_its_sign(redactor, text):
    assert [label for label, _ in found(redactor, text)] == ["EMAIL"]


def test_the_employment_office_s_letters_are_not_part_of_the_identifier(redactor):
    assert found(redactor, "Id FT 6620418Q, inscrit depuis mars.") == [
        ("ID_FRANCE_TRAVAIL", "6620418Q")
    ]


def test_a_date_in_words_from_long_ago_is_a_birth_even_without_a_cue(redactor):
    text = "Elle répète : « douze mars soixante-huit », l'agente tape."
    assert ("DATE_NAISSANCE", "douze mars soixante-huit") in found(redactor, text)
    assert "quinze avril deux mille vingt-six" in redacted(
        redactor, "Prochain passage : « quinze avril deux mille vingt-six »."
    )
