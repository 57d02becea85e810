"""Twenty-second round: a name's initial that no longer swallows the rest of the line, a
recogniser's name cut at a table's separator, a kin word used alone as a name, employers and
roads and storms kept, dictated pieces of identifiers. Every name and number here is
invented."""

from __future__ import annotations

import pytest

from immersion.privacy.detectors import names
from tests.privacy.conftest import found, redacted


def test_an_initial_after_a_name_ends_the_name():
    text = "Au guichet ce matin nous voyons Kader B. qui appelle pour son dossier RSA."
    start = text.index("Kader")
    assert text[slice(*names._with_initial(text, start, start + 5))] == "Kader B."


def test_a_name_in_a_table_keeps_the_other_cells(redactor):
    text = (
        "BOX | PATIENT | AGE | MOTIF | TRI | ATTENTE\n"
        "COULOIR 2 | PETITJEAN M. | 91 | chute | 3 | 4:45\n"
        "La dame de 91 ans est sur un brancard dans le couloir."
    )
    out = redacted(redactor, text)
    assert "PETITJEAN" not in out
    assert "| 91 | chute | 3 | 4:45" in out, out
    assert "La dame de 91 ans" in out


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("« t'as vu Tonton est revenu » - c'est le surnom d'un patient.", "Tonton"),
        ("Tout le monde dit « Tata » à la cuisinière.", "Tata"),
        ("un résident : « Tata, t'en as encore ? »", "Tata"),
        ("la famille dit « c'est à Tonton » (l'oncle, parti au bled).", "Tonton"),
        ('"Papy" passe dire bonjour, 60 ans.', "Papy"),
        ("Patient SDF surnommé 'Papy' par l'équipe.", "Papy"),
        ("Bébé : elle l'appelle « la Puce » tout le temps.", "Puce"),
    ],
)
def test_a_kin_word_used_alone_as_a_name_is_masked(redactor, text, masked):
    assert masked not in redacted(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Il vit chez sa Mamie depuis l'hiver.", "Mamie"),
        ("Une mamie de 82 ans demande si elle a droit à l'APA.", "mamie"),
        # employers after a job: the guide keeps shop names
        ("Il a bossé 6 ans chez Paul, la boulangerie.", "Paul"),
        ("Elle bosse chez Jennyfer au centre commercial.", "Jennyfer"),
        ("Il fait un CDD chez Nicolas (le caviste) pour les fêtes.", "Nicolas"),
        # a quotient familial, a firm's SIRET on a job offer, a phone extension, a pain score
        ("Quotient familial d'après l'attestation Caf : QF 420.", "QF 420"),
        ("Création d'offre par tel : SIRET 812 441 905 00021, poste de plongeur.", "812 441 905"),
        ("Transferts vers le standard CHU, poste 42107.", "poste 42107"),
        ("Douleur thoracique, EVA 7, tri 2.", "EVA 7"),
        # a road, a storm, a newspaper, a branch named after its district
        ("Dans la voiture de service sur la D 941 entre Aubusson et Felletin.", "D 941"),
        ("CCAS Saint-Pierre, lendemain du cyclone Garance.", "Garance"),
        ("Un journaliste de La Provence appelle pour un joueur.", "La Provence"),
        ("France Travail Toulouse Basso Cambo, 9h, 19 personnes.", "Basso Cambo"),
        ("Agence Lorient Marine, 9h, file de 14 personnes.", "Lorient Marine"),
        ("Personne malentendante via Rogervoice (sous-titres).", "Rogervoice"),
        # a student residence with a room and no street, like a hotel
        ("Adresse : résidence Crous Patton, chambre 114 (pas de rue).", "résidence Crous Patton"),
        # an animal or a cuddly toy, said between brackets after its name
        ("Le doudou du petit s'appelle Pompon (un lapin).", "Pompon"),
        ("Il parle de Kevin (son fils) et de Rex (son chien).", "Rex"),
        ("Saisine CCAPEX évoquée pour les impayés.", "CCAPEX"),
        ('Un résident jouait aux échecs contre "Magnus" (une appli).', "Magnus"),
        ('La secrétaire a un cactus nommé "Roger" sur son bureau.', "Roger"),
        # a district after a town, and a hospital's site after its town
        ("contrôle caf Hérault, Béziers La Devèze\nM. Lopez, artisan", "La Devèze"),
        ("Urgences CHU Clermont (Gabriel-Montpied)\n23h : 37 patients", "Gabriel-Montpied"),
        # a number found by the recogniser ends before the sentence's words
        ("Jugement RG 23/04512 du TJ de Lorient, recopié pour l'ARIPA.", "du TJ de Lorient"),
        # the town ends before "et la Caf"
        ("Elle a déménagé au 8 rue de la Fontaine, 59000 Lille et la Caf l'ignore.", "la Caf"),
        # the office where a person is domiciled keeps its address
        ("adresse de domiciliation = CCAS, 6 place de la Mairie.", "6 place de la Mairie"),
    ],
)
def test_things_the_words_before_say_are_no_ones_are_kept(redactor, text, kept):
    out = redacted(redactor, text)
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # a civility still makes a person of the name after "chez"
        ("Elle fait le ménage chez Mme Dupuis le mardi.", "Dupuis"),
        ("Hébergée chez Sarah depuis deux semaines.", "Sarah"),
        # a one-person business's SIRET names its owner
        ("Il est auto-entrepreneur, SIRET 812 441 905 00021.", "812 441 905 00021"),
        # a first name before a number is no pain score
        ("Elle voit Eva 7 fois par semaine.", "Eva"),
        ("Sa voiture, plaque AB-123-CD, garée sur la N 12.", "AB-123-CD"),
        ("Il parle de Kevin (son fils) et de Rex (son chien).", "Kevin"),
        ("Le pompier Garnier arrive avec le blessé.", "Garnier"),
        ("Il appelle « Karim » (son fils) deux fois.", "Karim"),
        ("Box 4 : M'BAREK S. 45 ans, arrivée 12h30.", "BAREK"),
        ("Le gendarme Durand a appelé pour la garde à vue.", "Durand"),
    ],
)
def test_persons_and_values_next_to_these_stay_masked(redactor, text, masked):
    assert masked not in redacted(redactor, text)


def test_a_town_then_a_civility_stays_out_of_the_address(redactor):
    text = "Elle habite 3 rue Haute, 35000 Rennes, M. Zami est là."
    assert ("ADRESSE", "3 rue Haute, 35000 Rennes") in found(redactor, text)
    assert "M. [PERSONNE" in redacted(redactor, text)


def test_a_section_in_guadeloupe_is_a_home(redactor):
    text = "Visite à section Vieux-Bourg, 97111 Morne-à-l'Eau, M. Théodore Zami, 80 ans."
    assert ("ADRESSE", "section Vieux-Bourg, 97111 Morne-à-l'Eau") in found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Il dicte son numéro de sécu : un, soixante-deux, onze, cinquante-neuf, trois cent"
            " cinquante, cent quarante-trois, clé quatre-vingt-un. L'agent tape.",
            "clé quatre-vingt-un",
        ),
        ("- vous avez votre identifiant ?\n- 7 1 0 2 3 5 Y je crois\n", "5 Y"),
        (
            'L\'allocataire donne son n°: "deux huit un quatre... non attendez", puis 2 814 375.',
            "deux huit un quatre",
        ),
    ],
)
def test_dictated_pieces_of_identifiers_are_masked(redactor, text, value):
    out = redacted(redactor, text)
    assert value not in out, out


def test_a_phone_number_dictated_in_two_pieces_is_masked(redactor):
    out = redacted(redactor, "le numéro de sa mère « 06 27… attends… 84 19 66 ». Elle arrive.")
    assert "06 27" not in out and "84 19 66" not in out, out
    assert out.count("[TÉLÉPHONE]") == 2, out


def test_a_placeholder_stands_once_for_the_identifier_and_its_letter(redactor):
    out = redacted(redactor, "- votre identifiant ?\n- 7 1 0 2 3 5 Y je crois\n- ah oui, 7102354Y")
    assert "\n- [IDENTIFIANT] je crois" in out, out


def test_an_age_corrected_is_no_identifier(redactor):
    out = redacted(redactor, "Il a vingt et un ans... non attendez, 22 ans. Son num alloc 2814375.")
    assert "vingt et un ans" in out, out


def test_a_court_case_number_is_no_france_travail_identifier(redactor):
    out = redacted(redactor, "Jugement RG 23/04512 du TJ de Lorient, recopié pour l'ARIPA.")
    assert "23/04512" not in out and "[ID_FRANCE_TRAVAIL]" not in out, out
