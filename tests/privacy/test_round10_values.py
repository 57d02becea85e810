"""Tenth round: addresses, e-mails, phone numbers, form numbers and dates missed or over-taken
on the dev part of the tenth and eleventh authors' notes (independent9, independent10). Every
name, number and address here is invented for these tests."""

from __future__ import annotations

import pytest

from immersion.privacy.detectors import email
from immersion.privacy.redactor import _substantial
from immersion.privacy.types import Label
from tests.privacy.conftest import found, redacted

# --- an address copied from a screen in capitals, with its flat


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "ADRESSE : 9 ALLEE DES GENETS APP 27 44300 NANTES\nSITUATION : couple",
            "9 ALLEE DES GENETS APP 27 44300 NANTES",
        ),
        (
            "Adr. : 5 RUE DES LILAS BAT C ESC 2 29200 BREST",
            "5 RUE DES LILAS BAT C ESC 2 29200 BREST",
        ),
        (
            "adresse : 3 rue des Saules app 14 56100 Lorient",
            "3 rue des Saules app 14 56100 Lorient",
        ),
    ],
)
def test_a_screen_address_with_its_flat_is_one_span(rules_only, text, value):
    assert ("ADRESSE", value) in found(rules_only, text)


def test_a_building_word_inside_a_street_name_is_part_of_it(rules_only):
    text = "Il habite 3 RUE DU BAT D'ARGENT 69001 LYON."
    assert found(rules_only, text) == [("ADRESSE", "3 RUE DU BAT D'ARGENT 69001 LYON")]


def test_a_town_after_its_postcode_stays_on_its_line(rules_only):
    text = "Domicile : 8 impasse des Roses, 22000 Dinan\nSuivi par la PMI depuis mai."
    assert found(rules_only, text) == [("ADRESSE", "8 impasse des Roses, 22000 Dinan")]


# --- a street number said in words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "dictée : il vit vingt-deux avenue des Tilleuls point merci",
            "vingt-deux avenue des Tilleuls",
        ),
        ("elle habite cent trois rue Jean Macé virgule deuxième étage", "cent trois rue Jean Macé"),
        ("note vocale : il loge onze bis rue Pasteur point", "onze bis rue Pasteur"),
    ],
)
def test_a_street_number_in_words_is_an_address(rules_only, text, value):
    assert ("ADRESSE", value) in found(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "Il y a une rue Victor Hugo dans chaque ville de France.",
        "Un boulevard Saint-Michel bondé ce matin.",
        "Le foyer est à trois rues de la gare.",
    ],
)
def test_an_article_or_a_count_before_a_street_is_no_number(rules_only, text):
    assert [label for label, _ in found(rules_only, text) if label == "ADRESSE"] == []


def test_a_dictated_point_ends_a_lowercase_street(rules_only):
    text = "il habite 12 rue des acacias point il veut un rdv"
    assert found(rules_only, text) == [("ADRESSE", "12 rue des acacias")]


# --- an organisation's shared mailbox is kept, a person's work address is not


@pytest.mark.parametrize(
    "text",
    [
        "Les signalements arrivent sur maraude.sud@secours-solidaire.fr, la boîte de l'équipe.",
        "Candidatures à envoyer à recrutement.vitre@logistique-ouest.fr (Vitré).",
        "Postuler via emploi.montfort@plateforme-bio.fr, site de Montfort-sur-Meu.",
        "Pour les factures, écrire à accueil35@ccas-exemple.fr.",
    ],
)
def test_a_shared_mailbox_is_kept(redactor, text):
    assert [label for label, _ in found(redactor, text) if label == "EMAIL"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Son adresse pro : k.morvan@mairie-exemple.fr", "k.morvan@mairie-exemple.fr"),
        ("Contact RH : rh.lebihan@entrepot-exemple.fr", "rh.lebihan@entrepot-exemple.fr"),
        ("mail perso : nord35@gmail.com", "nord35@gmail.com"),
        ("elle écrit à yannick.corre@asso-exemple.org", "yannick.corre@asso-exemple.org"),
    ],
)
def test_a_persons_address_stays_masked(rules_only, text, value):
    assert ("EMAIL", value) in found(rules_only, text)


def test_a_town_named_in_the_note_counts_in_a_mailbox():
    # ("noisy" alone is a town since the twenty-seventh round: "Noisy" for Noisy-le-Grand)
    text = "Écrire à contact.montfort@exemple.fr, entrepôt de Montfort-sur-Meu."
    start = text.index("contact")
    end = text.index(",")
    assert email.a_service_mailbox(text, start, end)
    assert not email.a_service_mailbox("Écrire à contact.montfort@exemple.fr.", start, end)


# --- an office's number named after it


@pytest.mark.parametrize(
    "text",
    [
        "Numéros notés : 02 97 11 22 33 (standard de l'hôpital).",
        "Elle rappelle le 02 40 55 66 77, accueil du CCAS, sans réponse.",
        "Liste : 02 99 10 20 30 (secrétariat de la mairie).",
    ],
)
def test_an_office_number_named_after_it_is_kept(rules_only, text):
    assert [label for label, _ in found(rules_only, text)] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Portable : 06 71 22 33 44 (standard de la clinique)", "06 71 22 33 44"),
        ("son fixe 02 40 12 34 56 (accueil de jour le matin)", "02 40 12 34 56"),
        ("Tél : 02 98 11 22 33 (secrétariat du Dr Kerhervé)", "02 98 11 22 33"),
    ],
)
def test_a_mobile_or_a_persons_number_stays_masked(rules_only, text, value):
    assert ("TELEPHONE", value) in found(rules_only, text)


# --- a form's number, an office's address for a domiciled person


@pytest.mark.parametrize(
    "text",
    [
        "L'agent remplit le cerfa n° 12345*06 avec elle.",
        "Formulaire CERFA 14881-04 imprimé, à signer.",
    ],
)
def test_a_forms_number_is_kept(redactor, text):
    assert found(redactor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Organisme domiciliataire : CCAS de Vannes, 4 place de la Mairie, 56000 Vannes",
        "Dans le logiciel : « domicilié CCAS de Brest, 3 rue Kléber ».",
        "Elle est domiciliée au CCAS de Quimper, 8 rue Verdelet.",
    ],
)
def test_the_address_of_the_office_a_person_is_domiciled_at_is_kept(rules_only, text):
    assert [label for label, _ in found(rules_only, text) if label == "ADRESSE"] == []


def test_a_persons_address_near_an_office_stays_masked(rules_only):
    text = "Il est domicilié près de la mairie, 4 rue des Lilas."
    assert ("ADRESSE", "4 rue des Lilas") in found(rules_only, text)


# --- values the recogniser over-takes


@pytest.mark.parametrize("value", ["53 35 09876 35", "12345678901", "7 12 34 56 78 90"])
def test_eleven_digits_without_a_leading_0_or_33_are_no_phone(value):
    assert not _substantial(value, Label.TELEPHONE)


@pytest.mark.parametrize("value", ["33 6 12 34 56 78", "06 12 34 56 78", "0 6 12 34 56 78 9"])
def test_a_phone_with_its_country_code_or_0_stays(value):
    assert _substantial(value, Label.TELEPHONE)


@pytest.mark.parametrize("value", ["01 - Caisse", "02 rue", "3 : Domicile"])
def test_a_code_then_a_field_is_no_address(value):
    assert not _substantial(value, Label.ADRESSE)


@pytest.mark.parametrize("value", ["12 rue des Lilas", "4 bis av. Foch"])
def test_a_number_and_a_street_is_an_address(value):
    assert _substantial(value, Label.ADRESSE)


def test_amounts_in_a_table_are_never_an_identifier(redactor):
    text = (
        "Je recopie l'historique :\n"
        "DATE | ACTE | MONTANT | REMB\n"
        "02/09 | C | 26,50 | 18,55\n"
        "07/09 | PH7 | 1 250,00 | 812,50\n"
    )
    # (the names layer's reading of the column titles is not this test's business)
    assert [label for label, _ in found(redactor, text) if label != "PERSONNE"] == []


def test_an_offices_bank_account_is_kept(rules_only):
    text = "Pour payer, le RIB de la trésorerie du CHU : FR76 3000 4000 0312 3456 7890 143."
    assert found(rules_only, text) == []


def test_a_persons_bank_account_stays_masked(rules_only):
    text = "Son RIB : FR76 3000 4000 0312 3456 7890 143."
    assert found(rules_only, text) == [("IBAN", "FR76 3000 4000 0312 3456 7890 143")]


# --- a date in parentheses after a person's name


def test_dates_in_parentheses_after_names_are_dates_of_birth(redactor):
    text = "Enfants à charge : GUILLOU Maëlle (03/02/2013), GUILLOU Erwan (27/08/2017)"
    assert found(redactor, text) == [
        ("PERSONNE", "GUILLOU Maëlle"),
        ("DATE_NAISSANCE", "03/02/2013"),
        ("PERSONNE", "GUILLOU Erwan"),
        ("DATE_NAISSANCE", "27/08/2017"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "rdv avec Mme Le Floch (14/03/2024) reporté",
        "Naissance prévue pour le bébé de Mme Le Floch (14/03/2099)",
    ],
)
def test_an_appointment_or_a_future_date_after_a_name_is_kept(redactor, text):
    assert [label for label, _ in found(redactor, text) if label == "DATE_NAISSANCE"] == []


# --- from the dev half of the tenth author's notes (independent9): keys, buildings, places


def test_a_nir_key_said_apart_is_masked(redactor):
    text = "« 1 84 07 29 019 233 … et la clé, c'est 41 », dit-il."
    assert [v for label, v in found(redactor, text) if label == "NIR"] == [
        "1 84 07 29 019 233",
        "41",
    ]


def test_a_building_and_its_flat_number_chain_to_the_street(redactor):
    text = "Famille Morvan, résidence Les Ajoncs bât C n°14, 6 rue de Brest. Visite à 10h."
    assert ("ADRESSE", "résidence Les Ajoncs bât C n°14, 6 rue de Brest") in found(redactor, text)


def test_a_named_place_before_a_numbered_street_is_part_of_the_address(redactor):
    text = "Visite suivante : M. Le Du, La Ville Blanche, 4 route de Vitré. Chien."
    assert ("ADRESSE", "La Ville Blanche, 4 route de Vitré") in found(redactor, text)


def test_an_office_before_a_numbered_street_stays(redactor):
    assert "La Poste" in redacted(redactor, "Il a rendez-vous à La Poste, 3 rue de Paris.")


def test_a_health_professionals_line_is_no_plate(redactor):
    assert found(redactor, "L'agent donne la ligne PS 3608 au médecin.") == []


# --- what the recogniser finds is judged by its value, not by its label


@pytest.mark.parametrize(
    ("value", "label", "kept"),
    [
        ("1-03-2024", Label.NIR, False),  # a date, and no birth date
        ("02-08-1940", Label.TELEPHONE, True),  # a date that can be a birth date
        ("1, 2, 3, 4, 5", Label.NIR, False),  # counted aloud
        ("7 65 43 21", Label.NIR, True),  # a Caf number called a NIR: still hidden
        ("1, 6, 4, 0, 3, 3, 2", Label.N_ALLOCATAIRE, True),  # dictated
    ],
)
def test_a_learned_value_is_judged_by_its_shape(value, label, kept):
    assert _substantial(value, label) is kept


def test_a_newspaper_in_quotes_is_no_nickname(redactor):
    assert found(redactor, "« Ouest-France » titre sur la Caf, et « Le Monde » aussi.") == []
