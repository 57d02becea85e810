"""Classes of errors found on independent notes, fixed by general rules rather than by the
notes' own words: towns and public figures that no list of ours names, brands, the weak
evidence of spaCy alone, sentences typed in capitals, names spelled out with spaces or dots,
first names from a wide list, surnames given first. Every example is invented here."""

from __future__ import annotations

import pytest

from immersion.privacy.communes import communes, is_commune
from immersion.privacy.detectors.names import natural_case
from immersion.privacy.resources import first_names, hand_first_names
from tests.privacy.conftest import found, redacted


def names(redactor, text: str) -> list[str]:
    return [value for label, value in found(redactor, text) if label == "PERSONNE"]


# --- towns: a wide list from libphonenumber, soft evidence


def test_the_town_list_is_wide_and_holds_no_first_name():
    assert len(communes()) > 1000
    assert is_commune("Hennebont") and is_commune("Guérande") and is_commune("guerande")
    assert not is_commune("Dupont")


@pytest.mark.parametrize(
    "text",
    [
        "Appel d'une dame de Guérande, 84 ans, qui vit seule.",
        "Le monsieur vient de Hennebont en car, 40 min de trajet.",
        "Une jeune femme de Landivisiau, 23 ans, cherche un studio.",
        "Il a travaillé à Concarneau puis à Quimperlé, dans la conserverie.",
    ],
)
def test_a_town_stays(redactor, text):
    assert names(redactor, text) == []


def test_after_a_civility_a_town_is_a_surname_and_the_town_stays(redactor):
    text = "Mme Laval attend depuis 20 min. Elle habite Laval depuis 2010."
    assert redacted(redactor, text) == (
        "Mme [PERSONNE_1] attend depuis 20 min. Elle habite Laval depuis 2010."
    )


# --- what spaCy alone calls a person


@pytest.mark.parametrize(
    "text",
    [
        "Facture Vattenfall impayée depuis mars, 212 €.",
        "Elle a trouvé un CDI chez Bricoflex, vient se désinscrire.",
        "Il se compare à Zlatan en riant, il a joué en club.",
        "Le petit joue comme Zlatan, dit le père.",
        "Affiche de Simone Veil dans le couloir. Musique : Orelsan à la radio.",
        "Dans la salle d'attente, un poster de Teddy Riner.",
        "Il écoute du Gainsbourg sur son téléphone.",
    ],
)
def test_brands_public_figures_and_works_stay(redactor, text):
    assert names(redactor, text) == []


def test_a_family_named_with_les_is_still_found(redactor):
    assert names(redactor, "Les Nowak sont partis en juin, dit la voisine.") == ["Nowak"]


# --- sentences in capitals


def test_a_sentence_in_capitals_is_read_in_natural_case():
    text = "SA FILLE, CATHERINE, CRIE. LE CHEF DE SERVICE INSISTE."
    assert natural_case(text) == "sa fille, Catherine, crie. le chef de service insiste."
    assert natural_case("Présents : BALDÉ, CORNEC, HUET.") == "Présents : BALDÉ, CORNEC, HUET."


def test_names_in_a_note_typed_in_capitals(redactor):
    text = (
        "UN BRANCARD DANS LE COULOIR DEPUIS 14H. SA FILLE, CATHERINE, CRIE. "
        "L'AGENTE D'ACCUEIL N'Y PEUT RIEN. MME LE GOFF ATTEND AUSSI."
    )
    assert names(redactor, text) == ["CATHERINE", "LE GOFF"]


# --- names spelled out, given first, or repeated without accents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il épelle : R.A.K.O.T.O.B.E. pour le dossier.", ["R.A.K.O.T.O.B.E."]),
        ("Il dit : c'est N O W A K, avec un W.", ["N O W A K"]),
        ("Il dit Kowalczyk, K-O-W-A-L-C-Z-Y-K, puis attend.", ["Kowalczyk", "K-O-W-A-L-C-Z-Y-K"]),
    ],
)
def test_names_spelled_out(redactor, text, expected):
    assert names(redactor, text) == expected


def test_acronyms_spelled_out_stay(redactor):
    assert names(redactor, "Billet S.N.C.F. et dossier C A F à jour. Catégorie A B C.") == []


def test_a_surname_given_first_then_a_first_name(redactor):
    assert names(redactor, "Nom donné au tél : Kerhoas, Jonathan.") == ["Kerhoas", "Jonathan"]


def test_a_copy_without_accents_is_the_same_name(redactor):
    text = "Nom : « Piotr Zieliński ». Le courrier est-il à Zielinski sans accent ?"
    assert redacted(redactor, text).count("[PERSONNE_1]") == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« Nom ? » « Lemarchand » « Prénom ? » « Odile ».", ["Lemarchand", "Odile"]),
        ("Parents : papa Ibrahima, maman Adjoua.", ["Ibrahima", "Adjoua"]),
        ("Elle s'appelle donc Kermarrec, je l'apprends à la fin.", ["Kermarrec"]),
    ],
)
def test_more_cues(redactor, text, expected):
    assert names(redactor, text) == expected


# --- a wide first-name list


def test_the_wide_first_name_list_holds_names_the_hand_list_lacks():
    wide = first_names()
    for name in ("jurgen", "piotr", "sabine", "kwame"):
        assert name in wide
    assert "jurgen" not in hand_first_names()
    assert wide["vit"] == "lieu"  # also a French word: only with a civility or a surname


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sabine (agente) lui montre comment déclarer en ligne.", ["Sabine"]),
        ("Un touriste allemand, Jürgen, a perdu sa carte.", ["Jürgen"]),
    ],
)
def test_first_names_of_the_wide_list(redactor, text, expected):
    assert names(redactor, text) == expected


def test_a_wide_list_name_that_is_a_french_word_needs_more(redactor):
    assert names(redactor, "Vit seule au 3e sans ascenseur.") == []


# --- homonyms


def test_an_elided_article_makes_a_noun(redactor):
    text = "Mr Olivier attend sous l'olivier du hall."
    assert redacted(redactor, text) == "Mr [PERSONNE_1] attend sous l'olivier du hall."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un monsieur Kerbrat rappelle pour la 3e fois.", ["Kerbrat"]),
        ("Un monsieur Petit (il dit « Petit comme petit ») rappelle.", ["Petit", "Petit"]),
        ("Elle se nomme Odile Saint-Amand, née à Caen.", ["Odile Saint-Amand"]),
    ],
)
def test_names_after_un_monsieur_and_saint_surnames(redactor, text, expected):
    assert names(redactor, text) == expected


def test_a_saint_surname_leaves_the_church_of_that_saint(redactor):
    text = "« Nadia Saint-Amand » habite près de l'église Saint-Amand."
    assert redacted(redactor, text) == "« [PERSONNE_1] » habite près de l'église Saint-Amand."


def test_an_acronym_in_brackets_is_not_a_quoted_surname(redactor):
    assert names(redactor, "Une aide au permis (ASSR? non, l'aide au permis B).") == []


# --- identifiers, dates, e-mails and addresses written in other shapes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Accident du travail, n° de sinistre AT 2024 0912 334.", "AT 2024 0912 334"),
        ("Titre de séjour n° RF 98 76 54 32 10, valable 10 ans.", "RF 98 76 54 32 10"),
        ("Référence du dossier : MDPH29-21-7781-C.", "MDPH29-21-7781-C"),
        ("Dossier MDPH n° 2023/29/004512 en cours.", "2023/29/004512"),
        ("Passeport perdu ; l'ancien portait : X7Y0045P21.", "X7Y0045P21"),
        ("Réf client EDF 7011 224 981, facture de 212 €.", "7011 224 981"),
    ],
)
def test_identifiers_of_other_shapes(redactor, text, value):
    assert ("IDENTIFIANT", value) in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Formulaire S1106 rempli, ticket B023, guichet 4.",
        "Dossier déposé le 01/02/2024, rappel le 12.03.2024.",
        "Aide de 1 200 €, 14h30, 35 min d'attente.",
    ],
)
def test_codes_dates_and_amounts_stay(redactor, text):
    assert found(redactor, text) == []


def test_a_compact_date_of_birth_and_one_on_the_next_line(redactor):
    assert found(redactor, "date naiss 02031961, mutuelle à jour.") == [
        ("DATE_NAISSANCE", "02031961")
    ]
    text = "— Date de naissance ?\n— douze mai quatre-vingt-sept.\nL'agente note."
    assert ("DATE_NAISSANCE", "douze mai quatre-vingt-sept") in found(redactor, text)


def test_an_email_with_spaced_dots(redactor):
    assert found(redactor, "Son mail : lin.wei07 @ qq . com, il envoie ce soir.") == [
        ("EMAIL", "lin.wei07 @ qq . com")
    ]


def test_the_city_after_a_floor_belongs_to_the_address(redactor):
    assert found(redactor, "Adresse : 6 rue des Ajoncs, 3e étage, Lannion.") == [
        ("ADRESSE", "6 rue des Ajoncs, 3e étage, Lannion")
    ]
    assert found(redactor, "Adresse : Résidence Les Tamaris à Lannion, visite à 14h.") == [
        ("ADRESSE", "Résidence Les Tamaris")
    ]
    # Without an address cue, a named residence alone is a place, like a district (fourth
    # round, tests/privacy/test_structured.py).
    assert found(redactor, "Résidence Les Tamaris à Lannion, visite à 14h.") == []


def test_invariable_words_are_french_words():
    from immersion.privacy.nlp import is_common_word

    assert all(is_common_word(w) for w in ("temps", "cas", "gros", "pays", "prix"))


@pytest.mark.parametrize(
    "text",
    ["Temps moyen au guichet 11 minutes.", "Gros problème de confidentialité.", "Cas complexe."],
)
def test_invariable_words_at_a_sentence_start_stay(redactor, text):
    assert names(redactor, text) == []
