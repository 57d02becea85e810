"""Twenty-eighth round: towns across the border and towns of several words; someone said by
where they come from ("un père de …", "Dame d'…"); a district between brackets after an
address's town, or named by a compound headed by a place's noun; hospitals, named diseases,
cross-border offices, social landlords and games; a keep term written with a hyphen for a
space; the letter ending an identifier is no "Monsieur"; the famous namesake; a first name
between brackets after a role is hers, not a department's; "Grand'Rue" as a whole street;
what an agent says after a colon; a word longer than any name; districts of French towns; a
name found spelled again in lowercase.
Every name and number here is invented."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found, redacted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # towns across the border, where frontaliers work
        ("Il bosse à l'usine de Lörrach, en 3x8, depuis 2019.", ["Lörrach"]),
        ("Sa voiture (KA-RL 2210, Offenburg) est restée au garage.", ["Offenburg"]),
        ("Deux offres à Sarrebruck et Saarlouis, en logistique.", ["Saarlouis"]),
        ("Elle a travaillé à Mouscron puis à Tournai, côté belge.", ["Mouscron"]),
        # a town of several words, between brackets after a name
        ("Mme Odile Vasseur (Le Havre) rappelle pour son dossier.", ["Le Havre"]),
        # someone said by where they come from
        ("Un père de Bellefontaine arrive avec sa fille.", ["Bellefontaine"]),
        ("Dame d'Hautepierre, venue en tram, ticket 14.", ["Hautepierre"]),
        ("Un jeune du Haut-Doubs, 19 ans, cherche un apprentissage.", ["Haut-Doubs"]),
        ("Un monsieur d'Albert appelle pour le dossier de son fils.", ["Albert"]),
        # a district between brackets after an address's town
        ("Visite au 4 rue des Tilleuls, 57000 Metz (Borny), famille présente.", ["Borny"]),
        # a district named by a compound headed by a place's noun
        ("Mme Inès Haddad, étudiante, Val-Fourré, vient pour l'APL.", ["Val-Fourré"]),
        ("Un monsieur, Bois-l'Abbé, sans voiture, demande le bus.", ["Bois-l'Abbé"]),
        # hospitals, written with a hyphen where the list has a space
        ("Transférée à Paul-Brousse, puis suivie à Henri-Mondor.", ["Paul-Brousse"]),
        ("Urgences de Montpellier, Arnaud de Villeneuve, 22h.", ["Arnaud de Villeneuve"]),
        # named diseases, cross-border offices, social landlords, games, apps
        ("Il s'occupe de sa mère (Alzheimer) et de son père (Parkinson).", ["Alzheimer"]),
        ("La Familienkasse verse le Kindergeld, la Caf complète.", ["Familienkasse"]),
        ("La conseillère EURES imprime deux offres.", ["EURES"]),
        ("Fuite d'eau signalée au bailleur (Clésence) depuis mars.", ["Clésence"]),
        ("Soirée jeux : Uno, Dobble et un Skyjo.", ["Uno", "Dobble"]),
        ("Son pseudo Snap a été noté par erreur.", ["Snap"]),
        ("Une famille rom, six personnes, sur le parking.", ["rom"]),
        # districts of French towns (data/quartiers.txt)
        ("Mme Odile Caradec, étudiante, Val Fourré, vient pour sa bourse.", ["Val Fourré"]),
        ("Un jeune de Pissevin et sa soeur, venus en bus.", ["Pissevin"]),
        # what the agent says after a colon, in a note that writes its names with capitals
        ("Mme Lina Barthe montre un SMS. L'agent : smishing, ne rien payer.", ["smishing"]),
        # one word longer than any name
        ("Un arrêt en allemand (« Arbeitsunfähigkeitsbescheinigung »).", ["Arbeitsunf"]),
        # the famous namesake
        ("M. Rémi Zidane, « aucun lien avec Zinedine », le dit d'entrée.", ["Zinedine"]),
    ],
)
def test_places_and_things_stay(redactor, text, kept):
    out = redacted(redactor, text)
    for word in kept:
        assert word in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first name after a role, between brackets, even a department's or a town's
        ("Box d'accueil. L'IOA (Aude) : « installez-vous ».", "Aude"),
        # the identifier's letter is no civility, but a civility after a phone number is
        ("Tél 0612345678 M. Berthelot rappelle demain.", "Berthelot"),
        # a first name after "un père de" with a definite article is the child's
        ("Le père de Kevin arrive à 10h.", "Kevin"),
        ("Une dame de Florence, sa voisine, appelle.", "Florence"),
        # a border town after a civility is a surname
        ("Mme Kehl appelle pour son rendez-vous.", "Kehl"),
        # a hyphenated name that looks like a place's compound, after a civility
        ("Mme Petit-Jean dépose son dossier.", "Petit-Jean"),
        # a compound first name is no public figure written with a space or a hyphen
        ("M. Claude-François Dumont appelle pour son fils.", "Claude-François Dumont"),
        ("Mme Marie Antoinette Kouassi signe le contrat.", "Marie Antoinette Kouassi"),
        # someone one has nothing more to do with is still someone
        ("Mme Lucie Bréhat : « j'ai plus rien à voir avec Kevin ».", "Kevin"),
        # a long Malagasy name stays a name
        ("M. Andrianampoinimerina signe le contrat.", "Andrianampoinimerina"),
    ],
)
def test_names_found(redactor, text, name):
    assert ("PERSONNE", name) in found(redactor, text)


def test_a_district_stays_inside_an_address_and_after_a_civility_is_a_name(redactor):
    text = "Mme Laure Bellevue vit au 8 rue du Neudorf, 67100 Strasbourg."
    assert found(redactor, text) == [
        ("PERSONNE", "Laure Bellevue"),
        ("ADRESSE", "8 rue du Neudorf, 67100 Strasbourg"),
    ]


def test_a_name_found_is_found_again_spelled_in_lowercase(redactor):
    text = "Mme Awa Sissoko rappelle. L'agente répète « sissoko, s-i-s-s-o-k-o »."
    assert ("PERSONNE", "s-i-s-s-o-k-o") in found(redactor, text)
    # letters that spell no name of the note stay
    assert "a-b-c" in redacted(redactor, "Mme Awa Sissoko apprend l'a-b-c du site.")


def test_the_letter_of_an_identifier_is_not_a_civility(redactor):
    text = "Identifiant : 4417203 M. Le CV part ce soir."
    assert found(redactor, text) == [("ID_FRANCE_TRAVAIL", "4417203 M")]


@pytest.mark.parametrize(
    "text",
    [
        "Il vit seul au 15 Grand'Rue, 67440 Marmoutier, au rez-de-chaussée.",
        "Adresse : 3 Grande Rue, 25300 Pontarlier.",
    ],
)
def test_the_main_street_is_a_whole_street(redactor, text):
    labels = [label for label, _ in found(redactor, text)]
    assert labels == ["ADRESSE"]
    assert "Grand" not in redacted(redactor, text)
