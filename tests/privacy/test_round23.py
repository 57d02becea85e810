"""Twenty-third round: numbers given in pieces (after a pause, across a line break, given up
half-way), a Caf number read alone from a screen, an e-mail's local part said again, office
lines with an extension or a fax, lowercase surnames that are also words, and what is no
name (an acronym without a vowel, a former employer after "ex-"). Every name and number
here is invented."""

from __future__ import annotations

import pytest

from immersion.privacy.detectors import identifiers
from immersion.privacy.detectors.base import pieces
from immersion.privacy.types import Label
from tests.privacy.conftest import found, redacted


def test_pieces_split_at_pauses_and_line_breaks():
    text = "61 44… euh attendez… 207 ; 18645\n20"
    assert [text[s:e] for s, e in pieces(text, 0)] == ["61 44", "207"]
    start = text.index("18645")
    assert [text[s:e] for s, e in pieces(text, start, line_break=True)] == ["18645", "20"]
    assert [text[s:e] for s, e in pieces(text, start)] == ["18645"]
    # a comma alone separates a list's items, not a number's pieces
    listed = "3230, 3646"
    assert [listed[s:e] for s, e in pieces(listed, 0)] == ["3230"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "une dame donne son num alloc en 2 morceaux : 61 44... euh attendez... 207",
            [("N_ALLOCATAIRE", "61 44"), ("N_ALLOCATAIRE", "207")],
        ),
        ("Post-it : « M. Kerbrat alloc 18645\n20 »", [("N_ALLOCATAIRE", "18645\n20")]),
        ("Num alloc pour le QF : « 6 0 2… 5 5 1… 8 ».", [("N_ALLOCATAIRE", "6 0 2… 5 5 1… 8")]),
        (
            "« mon num de secu c'est 1 57 05… attendez… 29 019 066… et 86 ».",
            [("NIR", "1 57 05"), ("NIR", "29 019 066"), ("NIR", "86")],
        ),
    ],
)
def test_a_number_in_pieces_after_its_cue(redactor, text, values):
    assert [pair for pair in found(redactor, text) if pair[0] != "PERSONNE"] == values


@pytest.mark.parametrize(
    "text",
    [
        "la liste scotchée : Caf 3230, Cpam 3646, 115",
        "alloc 12... 3 enfants au collège",
        "Caf : 45 12, 3 enfants",
    ],
)
def test_short_numbers_near_a_cue_stay(redactor, text):
    assert found(redactor, text) == []


def test_a_phone_number_given_up_half_way(redactor):
    text = "Il commence à dicter son portable « 06… 13… » puis s'arrête, méfiant."
    # (two pieces with only a pause between them: one value since the forty-first round)
    assert found(redactor, text) == [("TELEPHONE", "06… 13")]
    assert found(redactor, "portable 06, 12 enfants") == []


def test_a_first_try_corrected_after_se_reprend(redactor):
    text = "le copain dicte 06 18 72… puis se reprend : 06 81 72 40 93."
    assert found(redactor, text) == [("TELEPHONE", "06 18 72"), ("TELEPHONE", "06 81 72 40 93")]


def test_seven_digits_read_from_a_screen(redactor):
    text = "Fiche : « DUBOIS Jean-Marc - 1875530 - 4 RUE DU PRE BOTTE 35000 RENNES »"
    assert ("N_ALLOCATAIRE", "1875530") in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "il y a 2500000 habitants en Bretagne",
        "1234567 visiteurs sur le site",
        "offre 1234567 en ligne depuis lundi",
        "Prix : 1250000 €",
    ],
)
def test_seven_digits_that_count_or_name_an_offer_stay(redactor, text):
    assert found(redactor, text) == []


def test_a_cue_keeps_its_label_over_seven_bare_digits(redactor):
    assert found(redactor, "carte Korrigo 4455667 perdue") == [("IDENTIFIANT", "4455667")]


def test_spaced_digits_are_a_date_only_with_a_day_and_a_month(redactor):
    assert found(redactor, "née le 12 03 85 à Rennes") == [("DATE_NAISSANCE", "12 03 85")]
    out = redacted(redactor, "— c'est quoi déjà… 7 65 43 21 ? non attendez")
    assert "7 65 43 21" not in out
    assert "DATE_NAISSANCE" not in out


def test_an_e_mail_local_part_said_again(redactor):
    text = (
        "Nouveau mail : julien_prigent@hotmail.fr, « underscore, pas tiret ». Le conseiller "
        "répète « julien tiret bas prigent »."
    )
    assert found(redactor, text) == [
        ("EMAIL", "julien_prigent@hotmail.fr"),
        ("EMAIL", "julien tiret bas prigent"),
    ]
    assert "« underscore, pas tiret »" in redacted(redactor, text)


def test_an_employer_after_chez_is_no_mailbox(redactor):
    assert found(redactor, "Sarah Guillou, ex-RH chez Orange, 12 ans.") == [
        ("PERSONNE", "Sarah Guillou")
    ]
    assert found(redactor, "son adresse fatima.z63 chez gmail") == [
        ("EMAIL", "fatima.z63 chez gmail")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "« envoyez par fax au 02 99 28 43 21 »",
        "Elle lui donne le numéro du CLIC, 02 99 78 24 10.",
    ],
)
def test_an_organisation_line_stays(redactor, text):
    assert found(redactor, text) == []


def test_a_personal_line_is_still_masked(redactor):
    assert found(redactor, "son numéro 02 99 28 43 21") == [("TELEPHONE", "02 99 28 43 21")]
    # an agent's direct line names the agent, extension or not
    text = "L'agent donne sa ligne directe : 02 99 28 44 00 poste 4217."
    assert ("TELEPHONE", "02 99 28 44 00") in found(redactor, text)
    # a member number after a body's name is no office line
    text = "Ancien numéro MSA sur un courrier : 0451238907."
    assert [value for _, value in found(redactor, text)] == ["0451238907"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bon alors madame rose meunier elle vient pour l'apl", "rose meunier"),
        ("aide financière mme nathalie meunier 27 bis av. de la république", "nathalie meunier"),
        ("2e visite mr bruno petit arrêt lombalgie", "bruno petit"),
        ("controle ressources chez mr petit (jonathan)", "petit"),
        ("elle s'appelle pauline roche virgule le bébé", "pauline roche"),
    ],
)
def test_a_lowercase_surname_that_is_also_a_word(redactor, text, name):
    assert ("PERSONNE", name) in found(redactor, text)


def test_the_same_word_as_a_trade_stays(redactor):
    text = "un monsieur il s'appelle marin leroy et il est marin pêcheur au guilvinec"
    out = redacted(redactor, text)
    assert "marin leroy" not in out
    assert "il est marin pêcheur" in out
    out = redacted(redactor, "mr meunier boulanger (meunier de métier avant)")
    assert out.startswith("mr [PERSONNE_1]")
    assert "(meunier de métier avant)" in out


@pytest.mark.parametrize(
    "text",
    [
        "L'agent ne peut rien dire sans l'accord de l'allocataire (RGPD). Il raccroche.",
        "Mme Le Corre, ex-Doux, 30 ans d'abattoir.",
    ],
)
def test_an_acronym_or_a_former_employer_is_no_name(redactor, text):
    assert [value for label, value in found(redactor, text)] in ([], ["Le Corre"])
    assert "RGPD" in redacted(redactor, text) or "ex-Doux" in redacted(redactor, text)


def test_a_new_keep_term(redactor):
    text = "elle a un mug « Joyeux Noël » en plein juin, les enfants regardent Bluey."
    assert found(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "chez mr hervé dax résidence les glycines, bât C, 4 rue de la gare, 72000 le mans "
            "interphone cassé",
            "résidence les glycines, bât C, 4 rue de la gare, 72000 le mans",
        ),
        (
            "nouveau logement Résidence Ker Anna, appartement B12, 22190 Plérin, ancienne",
            "Résidence Ker Anna, appartement B12, 22190 Plérin",
        ),
        (
            "visite chez madame katia au 21 rue de saint-malo, appartement 3b, 35000 rennes "
            "virgule l'appartement est propre",
            "21 rue de saint-malo, appartement 3b, 35000 rennes",
        ),
        (
            "visite mr tulle 70 ans la ferme du moulin, 49 route de vitré, 35370 "
            "argentré-du-plessis veut une aide",
            "la ferme du moulin, 49 route de vitré, 35370 argentré-du-plessis",
        ),
        ("90 et 92 ans kerlann, 29170 fouesnant pr le registre", "kerlann, 29170 fouesnant"),
        ("il vit seul lieu-dit Kerlann, Plouguerneau. Besoin", "lieu-dit Kerlann, Plouguerneau"),
        (
            "Il veut une aide au permis. Il habite lieu-dit La Ville Hervé, 22400 "
            "Lamballe-Armor, « y a pas de bus ».",
            "lieu-dit La Ville Hervé, 22400 Lamballe-Armor",
        ),
    ],
)
def test_an_address_with_its_residence_flat_and_town(redactor, text, address):
    assert ("ADRESSE", address) in found(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("elle entre en résidence autonomie Les Hortensias, 12 rue Victor Hugo", "Les Hortensias"),
        ("chez mme nevers appart T3 19 rue de vienne 69007 lyon", "appart T3"),
        ("Immeuble ancien, 4 rue Voltaire, 44000 Nantes.", "Immeuble ancien"),
        ("foyer Adoma, 12 rue des Lilas", "foyer Adoma"),
    ],
)
def test_what_stays_beside_an_address(redactor, text, kept):
    assert kept in redacted(redactor, text)


def test_a_cue_that_ended_its_sentence_announces_nothing():
    text = "Il veut une aide au permis. Sa mère est partie à Saint-Hervé, 22400 Kerbiquet-Armor."
    assert [c for c in identifiers.detect(text) if c.label is Label.IDENTIFIANT] == []
    # a cue of the next sentence still announces its number
    text = "Il veut une aide au permis. Sa mère donne son passeport, le 19AB44871."
    assert [text[c.start : c.end] for c in identifiers.detect(text)] == ["19AB44871"]
    assert [c.label for c in identifiers.detect("passeport. N° 19AB44871")] == [Label.IDENTIFIANT]


def test_a_siret_read_on_a_payslip_stays(redactor):
    text = "employeur Intermarché, SIRET lu sur la fiche de paie : 448 207 315 00027."
    assert "448 207 315 00027" in redacted(redactor, text)


def test_a_lowercase_surname_does_not_make_the_noun_a_name(redactor):
    out = redacted(redactor, "2e visite mr bruno petit arrêt lombalgie, son petit chien saute")
    assert "bruno petit" not in out
    assert "son petit chien" in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("un monsieur âgé il s'appelle auguste meunier il a 91 ans", "auguste meunier"),
        ("je m'appelle rose et j'ai 18 ans", "rose"),
        ("mme sedan (claire) vient déposer son dossier", "claire"),
    ],
)
def test_a_lowercase_name_after_the_naming_verb_or_in_brackets(redactor, text, name):
    assert ("PERSONNE", name) in found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "il s'appelle comment déjà ?",
        "ça s'appelle garantie jeunes",
        "Mme Durand (agente) explique",
    ],
)
def test_no_name_after_a_thing_s_naming_verb_or_a_role_in_brackets(redactor, text):
    assert [label for label, value in found(redactor, text) if value != "Durand"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "il donne son téléphone zéro six 42 17 88 03 et son mail",
            ("TELEPHONE", "zéro six 42 17 88 03"),
        ),
        (
            "son mail rose point dupuis 2006 arobase gmail point com virgule",
            ("EMAIL", "rose point dupuis 2006 arobase gmail point com"),
        ),
        ("sur le quai des ambulances fg 092 hh pr la fourrière", ("IMMATRICULATION", "fg 092 hh")),
    ],
)
def test_values_said_aloud_and_typed_as_heard(redactor, text, value):
    assert value in found(redactor, text)


@pytest.mark.parametrize("text", ["il habite au 123 de la rue", "on a vu le 203 de ce type"])
def test_no_plate_between_function_words(redactor, text):
    assert found(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "num alloc dicté chiffre par chiffre : « 2, 0, 6, 6, 1, 9… et 3 ». Objet : RSA",
            ("N_ALLOCATAIRE", "3"),
        ),
        (
            "son identifiant sur un post-it avec des slashs : 6/0/3/1/8/4/2/L 🙃",
            ("ID_FRANCE_TRAVAIL", "6/0/3/1/8/4/2/L"),
        ),
        (
            "aux prud'hommes contre son ancien employeur, RG F 23/00417, audience le 19 juin.",
            ("IDENTIFIANT", "F 23/00417"),
        ),
    ],
)
def test_a_last_digit_a_slashed_identifier_a_court_case(redactor, text, value):
    assert value in found(redactor, text)
    assert "RG" not in [v for _, v in found(redactor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "atelier pour allophones. 9 participants : Syrie, Ukraine, Colombie, Sri Lanka, Maroc.",
        "un frontalier (Luxembourg) → pas la bonne plateforme.",
        "Rennes Villejean, agente = Maëlys.",
        "fête de fin d'année : Noël + Hanouka, l'Aïd el-Kébir l'an prochain.",
        "personne ne dit bonjour pareil : « hello », « bom dia », « bonjour »",
        "le pote dit « tashakor » en partant et l'agente répond « kenavo »",
        "le foot mélange tout le monde : LOSC, Real Madrid, Barça.",
    ],
)
def test_countries_districts_feasts_and_foreign_words_stay(redactor, text):
    assert [label for label, value in found(redactor, text) if value != "Maëlys"] == []


def test_a_country_that_is_a_first_name_and_a_keep_word_before_a_first_name(redactor):
    assert ("PERSONNE", "Dominique") in found(redactor, "Dominique, l'agent d'accueil, rit.")
    assert ("PERSONNE", "NOEL Stéphane") in found(redactor, "Dossier de NOEL Stéphane, 45 ans.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nom Kofi Asante, né le 5th March 1988. « ok madam »", "5th March 1988"),
        ("date de naissance « 14th of August 1990 »", "14th of August 1990"),
        ("fecha de nacimiento, née le 23 de mayo de 1985", "23 de mayo de 1985"),
        ("sa date de naissance, lui : March 5th, donc", "March 5th"),
    ],
)
def test_a_date_of_birth_the_foreign_way(redactor, text, value):
    assert ("DATE_NAISSANCE", value) in found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "elle note l'adresse là-bas Strada Florilor 7, 200349 Craiova",
            "Strada Florilor 7, 200349 Craiova",
        ),
        (
            "adresse en Roumanie Str. Avram Iancu nr. 14, Cluj-Napoca, née le 05.03.1988",
            "Str. Avram Iancu nr. 14, Cluj-Napoca",
        ),
    ],
)
def test_a_foreign_street_with_nr_and_a_six_digit_postcode(redactor, text, value):
    assert ("ADRESSE", value) in found(redactor, text)


def test_a_pet_s_name_is_the_pet_everywhere_in_the_note(redactor):
    text = (
        "Le propriétaire du chien, M. Lesage, est venu avec le chien Oscar dans sa voiture. "
        "Le soir je vois Oscar et Léon se renifler sur le parking."
    )
    out = redacted(redactor, text)
    assert "le chien Oscar" in out
    assert "je vois Oscar et" in out
    assert "Lesage" not in out and "Léon" not in out


def test_a_town_in_brackets_and_a_time_before_an_address(redactor):
    out = redacted(redactor, "appel du CCAS voisin (Bruz) pour un transfert de dossier.")
    assert "(Bruz)" in out
    text = "visite 14h30 La Ville-Hervé, 22400 Lamballe (lieu-dit, pas de numéro)."
    out = redacted(redactor, text)
    assert "visite 14h30 [ADRESSE]" in out


def test_an_employment_scheme_is_no_name(redactor):
    out = redacted(
        redactor, "Conseiller : Stéphane Mercier, spécialiste ARCE. La mère veut l'ARCE."
    )
    assert "spécialiste ARCE" in out and "l'ARCE" in out


def test_a_surname_in_the_keep_list_after_a_civility_and_a_first_name(redactor):
    out = redacted(redactor, "Une dame de 89 ans, Mme Odile Renaud, arrive en ambulance.")
    assert "Odile" not in out and "Renaud" not in out


def test_a_wechat_handle_a_verb_with_re_and_a_named_place_with_its_building(redactor):
    text = "elle donne son WeChat zhangwei_paris88 pour que sa fille recontacte… agent : non."
    assert found(redactor, text) == [("IDENTIFIANT", "zhangwei_paris88")]
    text = "changement d'adresse : Le Mail, bât G, 13014 Marseille. nouveau RIB demandé"
    assert ("ADRESSE", "Le Mail, bât G, 13014 Marseille") in found(redactor, text)
