"""Twenty-seventh round: dates of birth given in the answer to a request for them, in a list
of children's first names and years, after "nom + date"; towns that are also first names
after an office, towns called by the first word of their name, places after a gendarmerie
or a permanence, a hospital's name after its acronym; animals listed after a comma; first
names of many origins the lexicon lacked; an address that ran over a benefit's acronym.
Every name and number here is invented."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found, redacted


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # what follows a request for dates of birth, to the end of the sentence
        (
            "Elle donne les années de naissance des petits, 2014 et 2017. L'agente note.",
            ["2014", "2017"],
        ),
        # … and the quoted answer right after it
        (
            "L'écoutant lui demande noms et dates de naissance. « Sandra Keller, 3 mai 91. "
            "Les petits c'est Théo, 2015, et Mia, 2019 ». Mise à l'abri à Metz.",
            ["3 mai 91", "2015", "2019"],
        ),
        (
            "Ses amis donnent sa date de naissance : « 2003 euh... le 8 juin je crois ».",
            ["2003", "8 juin"],
        ),
        # a date read aloud again, in words
        (
            "la date de naissance, affichée 1988-04-17, qu'elle relit : « dix-sept avril "
            "quatre-vingt-huit ? » Oui.",
            ["1988-04-17", "dix-sept avril quatre-vingt-huit"],
        ),
        # a year said with "cent", then the day: one date
        (
            "Date de naissance ? « dix-neuf cent soixante-dix-neuf, le 4 juin ». Nom ? « Le Du ».",
            ["dix-neuf cent soixante-dix-neuf, le 4 juin"],
        ),
        # the day asked after the month and year, the years after the children's birthdays
        (
            "« Date de naissance ? » « Mars 1994. » « Et le jour ? » « Le 12. » Mme Salmi.",
            ["Mars 1994", "Le 12"],
        ),
        (
            "Elle déclare ses enfants « nés un 2 avril et un 9 juin ». L'agent lui redemande "
            "les années : 2016 et 2021.",
            ["2 avril", "9 juin", "2016", "2021"],
        ),
        # born on a holiday
        ("Mme Rose Morel, née le 25.12.1990 (« née à Noël, pas de chance »).", ["Noël"]),
        # first names each with a year
        (
            "Elle montre le livret de famille : Inès 2011, Yanis 2014, Sara 2018. Conforme.",
            ["2011", "2014", "2018"],
        ),
        # "nom + date" typed to find a file
        ("Elle tape nom + date : Haddad, 3 février 1961. Trouvé.", ["3 février 1961"]),
    ],
)
def test_dates_of_birth_in_the_answer(redactor, text, values):
    result = found(redactor, text)
    for value in values:
        assert ("DATE_NAISSANCE", value) in result


@pytest.mark.parametrize(
    "text",
    [
        # another event's year after the request, a count, an age, an amount
        "Sa date de naissance est fausse depuis 2019, il a deux enfants.",
        "Date de naissance modifiée en 2015 par jugement.",
        "Elle n'a pas les dates de naissance, 3 enfants, 450 € de loyer, 2 ans de retard.",
        "Les dates de naissance ? Elle les apportera au rdv.",
        # towns with a year, not children
        "Les JO de Paris 2024 et Londres 2012 passent à la télé.",
        # years and days with no birth before
        "Les années passent, 2019 et 2020 furent dures. Et le jour ? Le 14.",
        # seats, not a square
        "L'écoutante cherche : 1 place à Aurillac, à 50 km. Redon 1 place homme seul.",
    ],
)
def test_other_numbers_after_a_request_stay(redactor, text):
    assert [label for label, _ in found(redactor, text)] == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a town that is also a first name, after an office
        ("Urgences du CHRU de Nancy, Brabois. Un monsieur âgé attend.", ["Nancy", "Brabois"]),
        ("FT Nancy. Une dame veut changer de numéro.", ["Nancy"]),
        # a town called by the first word of its name, œ typed "oe"
        ("Visite d'un appart du CHRS, Vandoeuvre. Personne.", ["Vandoeuvre"]),
        ("Visite logement accompagné, Charleville. Tout va bien.", ["Charleville"]),
        # after a gendarmerie, a permanence, a hospital's acronym
        ("La gendarmerie de Murat appelle : un homme dort dehors.", ["Murat"]),
        ("CCAS de Saint-Étienne, permanence de Montreynaud. Calme.", ["Montreynaud"]),
        ("Urgences de Bourges, CH Jacques Cœur, 16h. 17 personnes.", ["Jacques Cœur"]),
        # a benefit after an address is no town
        ("Mme Sabine Roche, 9 rue des Tanneurs, 03300 Cusset, RSA. Contrôle.", ["RSA"]),
        # animals listed after a comma
        ("Il a deux chiens, Caramel et Rex, qui dorment sous la table.", ["Caramel", "Rex"]),
        # a brand after a thing, in a lowercase note
        ("elle a un jus Innocent a la main.", ["Innocent"]),
        # hospitals named after someone, without "hôpital"
        ("Pellegrin, urgences adultes, nuit. Une assistante sociale de Brabois.", ["Pellegrin"]),
        # a role, not an office
        ("la responsable d'agence Martine intervient.", []),
    ],
)
def test_places_and_things_stay(redactor, text, kept):
    out = redacted(redactor, text)
    for word in kept:
        assert word in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("la responsable d'agence Delphine intervient", "Delphine"),
        # one animal cannot be two names
        ("Un couple avec un chien, Steph et Maud, et le chien Rocky.", "Steph"),
        # a family named like a public figure
        ("Un hôtelier appelle : la famille Kanté est partie sans prévenir.", "Kanté"),
        # first names the lexicon lacked, after a role and a colon or in apposition
        ("Tri 3. IOA : Mélodie. Il s'allonge.", "Mélodie"),
        ("Un jeune de Kourou, Kelvin, 20 ans, veut bosser.", "Kelvin"),
        ("Elle vient déclarer la naissance d'Aïssata, née à Purpan.", "Aïssata"),
        ("La bénévole, Saliha, distribue des chaussettes.", "Saliha"),
        ("Le pasteur Dieudonné passe au foyer.", "Dieudonné"),
    ],
)
def test_names_found(redactor, text, name):
    assert ("PERSONNE", name) in found(redactor, text)


def test_a_shirt_keeps_a_players_name_but_not_a_familys(redactor):
    result = found(redactor, "Il porte le maillot Dembélé, Mme Dembélé rit.")
    assert ("PERSONNE", "Dembélé") in result
    assert "maillot Dembélé" in redacted(redactor, "Il porte le maillot Dembélé, Mme Dembélé rit.")


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # a handle after "pseudo" and the site's name
        ("Son pseudo leboncoin : yanis56brico. Il vide la maison.", "IDENTIFIANT", "yanis56brico"),
        # a letter printed apart at the end of a number
        (
            "Demande HLM, n° unique 03512 24 00871 K. Elle attend.",
            "IDENTIFIANT",
            "03512 24 00871 K",
        ),
        # (a France Travail identifier keeps its label and its letter)
        ("Identifiant FT 6049123 V. Elle veut cumuler.", "ID_FRANCE_TRAVAIL", "6049123 V"),
    ],
)
def test_identifiers_with_a_site_or_a_final_letter(redactor, text, label, value):
    assert (label, value) in found(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Des virements réguliers de Vinted, 380 € en mars.", ["380 €"]),
        ("Désert médical (Meuse), aucun médecin. Il vit dans la Creuse.", ["Meuse", "Creuse"]),
        ("Visite en diffus, Lyon 8e (Mermoz). La famille attend.", ["Mermoz"]),
    ],
)
def test_amounts_departments_and_districts_stay(redactor, text, kept):
    out = redacted(redactor, text)
    for word in kept:
        assert word in out


def test_a_department_after_a_civility_is_a_name(redactor):
    assert ("PERSONNE", "Allier") in found(redactor, "Mme Allier attend dans la Creuse.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Elle a 2 enfants (2015 et 2018), seule depuis 2020.", "2015"),
        ("Elle a 2 enfants (2015 et 2018), seule depuis 2020.", "2018"),
        ("Il a eu 30 ans le 2 mars, il l'a fêté au foyer.", "2 mars"),
    ],
)
def test_childrens_years_in_brackets_and_a_birthday_past(redactor, text, value):
    assert ("DATE_NAISSANCE", value) in found(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Permanence au centre social Maurice Ravel, puis à la mairie.", "Maurice Ravel"),
        ("Vu à l'accueil de jour Pierre Bernard, avec Emmaüs.", "Pierre Bernard"),
        ("Elle parle breton avec sa grand-mère, qui habite Plougastel.", "Plougastel"),
    ],
)
def test_places_after_a_social_centre_or_where_someone_lives(redactor, text, kept):
    assert kept in redacted(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Appel : une dame de Nancy veut son attestation par mail.", "Nancy"),
        ("Une jeune des Abymes, Océane Marius, veut changer d'adresse.", "Abymes"),
        ("Il habite au Lamentin, chez sa tante.", "Lamentin"),
    ],
)
def test_towns_named_with_their_article_or_after_someone_from_them(redactor, text, kept):
    assert kept in redacted(redactor, text)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("M. Kaya, 45 ans (1979), maçon.", "DATE_NAISSANCE", "1979"),
        ("Elle vient d'avoir 18 ans, le 12 mai, et veut le RSA.", "DATE_NAISSANCE", "12 mai"),
        ("L'anniversaire de sa fille, le 3 mai, elle veut un gâteau.", "DATE_NAISSANCE", "3 mai"),
        # a district between a street and its town
        (
            "Seule au chemin Boule, quartier Roches-Carrées, 97232 Le Lamentin. Il appelle.",
            "ADRESSE",
            "chemin Boule, quartier Roches-Carrées, 97232 Le Lamentin",
        ),
        # a Breton place's head word and its name, before a postcode
        (
            "Contrôle à domicile, à Coat Maël, 22110 Kergrist-Moëlou. Il jardine.",
            "ADRESSE",
            "Coat Maël, 22110 Kergrist-Moëlou",
        ),
    ],
)
def test_more_births_and_homes(redactor, text, label, value):
    assert (label, value) in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "L'anniversaire de la structure, le 3 mai, on fait une fête.",
        "Il a 40 ans (2 enfants) et cherche un CDI.",
        "Elle vit quartier Maurepas, à Rennes.",
    ],
)
def test_an_institutions_birthday_or_a_district_alone_stays(redactor, text):
    assert found(redactor, text) == []


def test_a_district_after_the_town_is_no_part_of_the_home(redactor):
    text = "Elle habite 8 rue Jules Vallès, 35200 Rennes, quartier Le Blosne. Durée 12 min."
    assert ("ADRESSE", "8 rue Jules Vallès, 35200 Rennes") in found(redactor, text)
    assert "quartier Le Blosne" in redacted(redactor, text)
