"""Fortieth round: what the authors of n° 154–157 wrote in their development halves, and what
the other development halves showed beside it — a day and its month said « le 15 du 6 », the
year asked alone in a dialogue on a birth (« quelle année ? » « soixante-quinze »), an
issuer's acronym glued to its number ("MGEN0912773"), an address spelt to its very end
("free point f-r"), a value's first or last digits said alone (« ça commence par 58 »,
"finit bien par 52 81"). Every name and number here is invented."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found, redacted
from tests.privacy.conftest import values as _values


@pytest.mark.parametrize(
    ("text", "births"),
    [
        (
            "Au tel avec M. Pradel : « date de naissance ? » « le 12 du 6 » « quelle année ? » "
            "« soixante-quinze ». Il vit dans sa voiture.",
            ["le 12 du 6", "soixante-quinze"],
        ),
        # the SAMU's 15 is a day when its month follows with "du"
        ("« Vous êtes née quand ? » — « le 15 du 6 ». Elle sourit.", ["le 15 du 6"]),
        (
            "« Date de naissance ? » « le 4 mars » « Et l'année ? » « 81 ». Dossier trouvé.",
            ["le 4 mars", "81"],
        ),
    ],
)
def test_a_birth_given_in_a_dialogue_is_found(redactor, text: str, births: list[str]) -> None:
    assert _values(redactor, text, "DATE_NAISSANCE") == births


@pytest.mark.parametrize(
    "text",
    [
        "Appel du 15 du 94 pour un malaise, l'équipe part.",
        "Le 15 ! » crie l'agent, et le SAMU arrive en 12 minutes.",
        # a year asked about something else than a birth
        "« Et le loyer, quelle année ? » « 75 euros de plus depuis 2023 ».",
    ],
)
def test_other_numbers_of_a_dialogue_stay(redactor, text: str) -> None:
    assert "DATE_NAISSANCE" not in [label for label, _ in found(redactor, text)]


def test_an_issuer_glued_to_its_number_is_cut_off(redactor) -> None:
    text = "Sur la fiche du passage précédent : « MGEN0912773 », tout attaché."
    out = redacted(redactor, text)
    assert "0912773" not in out and "MGEN" in out
    text = "titre AGDREF7503998214 valable"
    assert "7503998214" not in redacted(redactor, text)


def test_capitals_glued_to_a_short_number_stay(redactor) -> None:
    text = "Formulaire CERFA12345 rempli, dossier RSA2024 à jour."
    assert redacted(redactor, text) == text


def test_an_address_spelt_to_its_end_is_one_value(redactor) -> None:
    text = "Il épelle son mail : « j-u-l-e-s point m-a-r-c-h-a-l arobase free point f-r »."
    assert _values(redactor, text, "EMAIL") == [
        "j-u-l-e-s point m-a-r-c-h-a-l arobase free point f-r"
    ]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Elle ne retrouve pas son numéro : « ça commence par 58, après je sais plus ».", "58"),
        ("« Mon identifiant... il commence par quatre... 4 1 7... » puis il cherche.", "4 1 7"),
        ("Son tel : 06 12 44 37 19. L'agent compare : finit bien par 37 19. Ok.", "37 19"),
    ],
)
def test_a_value_s_first_or_last_digits_said_alone_are_masked(
    redactor, text: str, piece: str
) -> None:
    assert piece not in redacted(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "La réunion commence par 10 minutes de retard, puis 3 dossiers.",
        "Le stage commence par 3 jours en entreprise.",
        # no number spoken of in the sentence
        "La file commence par 12 personnes à 8h30.",
        "Le match finit par 3 à 1, il est content.",
    ],
)
def test_other_beginnings_stay(redactor, text: str) -> None:
    assert redacted(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (
            "Conseillère : numéro allocataire ? La fille : « 0 8 4… non, pas de zéro devant ».",
            "0 8 4",
        ),
        ("Le père donne le n° alloc « 6 0 9… » puis son fils le coupe.", "6 0 9"),
        ("Numéro pour le rappel : « 04 73… non attendez, c'est le fixe de ma mère ».", "04 73"),
    ],
)
def test_a_value_begun_after_its_cue_then_cut_short_is_masked(
    redactor, text: str, piece: str
) -> None:
    assert piece not in redacted(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tel : « 3949… » pour joindre la Caf, pas mieux.",
        "Il attend depuis : 10h30... puis rappelle.",
        "« 250… non 300 € » pour la caution, dit-elle.",
    ],
)
def test_other_numbers_cut_short_stay(redactor, text: str) -> None:
    assert redacted(redactor, text) == text


def test_a_digit_too_many_before_a_dictated_value_is_in_it(redactor) -> None:
    text = "Il lit : 0 3 9 1 2 4 5 7 K. La conseillère voit qu'il met un zéro devant."
    assert _values(redactor, text, "ID_FRANCE_TRAVAIL") == ["0 3 9 1 2 4 5 7 K"]


def test_an_issuer_with_its_department_may_stand_between_cue_and_value(redactor) -> None:
    text = "Réf locataire Office 64 : L-0071934. Dette de loyer 1 240 €."
    assert _values(redactor, text, "IDENTIFIANT") == ["L-0071934"]
    text = "Dossier 35 : 12 pièces fournies, tout est là."
    assert redacted(redactor, text) == text


def test_the_whole_year_of_a_birth_said_again_alone_is_masked(redactor) -> None:
    text = "« Vous êtes née le 7 février 1938 ? » « non ! 1939 ! » L'écran dit bien 1939 : ok."
    assert "1939" not in redacted(redactor, text)
    text = "Dans un fichier 1952, dans l'autre 1953 : deux dossiers. Carte : 4 mai 1953."
    assert "1953" not in redacted(redactor, text)


def test_the_same_year_of_another_event_stays(redactor) -> None:
    text = "Née le 12/03/1987. Arrivée en France en 1987, depuis 1987 à Caen, mariée en 2010."
    assert redacted(redactor, text).count("1987") == 2


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        ("Mail : ilyes.b2004@gmail.com. Le « 2004 » c'est son année de naissance, dit-il.", "2004"),
        ("Il me dit qu'il est « de 61 ». Tout le monde chante.", "61"),
    ],
)
def test_a_year_said_to_be_a_birth_is_found(redactor, text: str, birth: str) -> None:
    assert birth in _values(redactor, text, "DATE_NAISSANCE")


def test_a_year_said_to_be_another_event_stays(redactor) -> None:
    text = "Le « 2004 » c'est l'année de son arrivée, il est « de passage »."
    assert redacted(redactor, text) == text


def test_a_phone_begun_in_words_then_cut_short_is_masked(redactor) -> None:
    text = "Elle donne son tél en plusieurs fois : « zéro sept... » (elle cherche) « 62 18 44 90 »."
    out = redacted(redactor, text)
    assert "zéro sept" not in out and "62 18 44 90" not in out
    text = "Son tel : « quinze... » non, c'est l'heure du rendez-vous."
    assert redacted(redactor, text) == text


def test_the_year_a_nir_carries_said_alone_is_a_birth(redactor) -> None:
    text = "Carte vitale : 1 83 02 2B 033 407 46. Le conseiller sourit. Bastia, 1983, tout colle."
    assert _values(redactor, text, "DATE_NAISSANCE") == ["1983"]


def test_a_year_in_words_after_the_birthplace_and_moi(redactor) -> None:
    text = "« je suis née à Bastia moi, en soixante-six, vous voulez mon numéro ? »"
    assert _values(redactor, text, "DATE_NAISSANCE") == ["soixante-six"]


def test_an_address_s_local_part_spelt_again_is_masked(redactor) -> None:
    text = "Il épelle : « lina_gb@hotmail.fr, l-i-n-a tiret du bas g-b ». L'agent note."
    assert _values(redactor, text, "EMAIL") == ["lina_gb@hotmail.fr", "l-i-n-a tiret du bas g-b"]
    text = "Mail : s.morel21 arobase free point fr… « s point m-o-r-e-l vingt et un »."
    assert "m-o-r-e-l" not in redacted(redactor, text)


def test_letters_spelt_for_something_else_are_no_address(redactor) -> None:
    text = "Mail marc.dupin@free.fr ; l'enfant récite l'alphabet, a-b-c-d-e, fièrement."
    assert _values(redactor, text, "EMAIL") == ["marc.dupin@free.fr"]
    assert "a-b-c-d-e" in redacted(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Elle tape 2261874 e, le conseiller voit 2261874 f dans le système.", "2261874 f"),
        ("Inscription de M. Dimitrov, ident. 521 83 04 v. doc : CNI bulgare.", "521 83 04 v"),
    ],
)
def test_seven_digits_and_a_lowercase_letter_are_one_identifier(
    redactor, text: str, value: str
) -> None:
    assert value in _values(redactor, text, "ID_FRANCE_TRAVAIL")


def test_a_word_after_seven_digits_is_no_letter_of_theirs(redactor) -> None:
    out = redacted(redactor, "N° alloc 1234567 a été transmis, y compris le RIB.")
    assert out.endswith(" a été transmis, y compris le RIB.")


def test_the_other_tries_at_a_year_in_one_reply_are_births(redactor) -> None:
    text = "L'agente vérifie : 29/02/1936. « Ah oui 36, pas 37 ». Rires."
    assert _values(redactor, text, "DATE_NAISSANCE") == ["29/02/1936", "36", "37"]


def test_the_year_the_agent_proposes_is_a_birth(redactor) -> None:
    text = "« Né le ? » « le 5… 5 avril ». « Et l'année, 52 ? » — « 52 oui ». Dossier ASPA."
    assert _values(redactor, text, "DATE_NAISSANCE") == ["le 5… 5 avril", "52", "52"]


def test_the_year_of_another_event_asked_stays(redactor) -> None:
    text = "Née le 3 mars 1961. « Et l'année du mariage, 82 ? » « oui 82, 40 ans de mariage »."
    assert _values(redactor, text, "DATE_NAISSANCE") == ["3 mars 1961"]


def test_a_nir_read_with_a_pause_after_each_group_is_one_value(redactor) -> None:
    text = "« mon numéro c'est 2... 92... 07... 80... 021... 208... et la clé soixante-douze »."
    assert _values(redactor, text, "NIR") == ["2... 92... 07... 80... 021... 208", "soixante-douze"]


def test_a_try_after_a_pause_and_a_filler_is_the_value_s(redactor) -> None:
    text = "« Mon numéro c'est le... attendez... 4412... 4412 907 K ». Nom : Orsini."
    assert _values(redactor, text, "ID_FRANCE_TRAVAIL") == ["4412... 4412 907 K"]


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        ("« moi j étais de 64 », dit la dame au guichet.", "64"),
        ("« t es de 2009 toi », dit la mère à son fils de 16 ans.", "2009"),
    ],
)
def test_apostrophes_typed_as_spaces_read_as_apostrophes(redactor, text: str, birth: str) -> None:
    assert birth in _values(redactor, text, "DATE_NAISSANCE")


def test_a_spelt_word_keeps_its_spaces(redactor) -> None:
    text = "Elle épelle : « s v e t a point i arobase yandex point ru ». Ok."
    assert "yandex" not in redacted(redactor, text)
    out = redacted(redactor, "Mme N Diaye et le plan B a marché, il l a vu.")
    assert out.endswith(" et le plan B a marché, il l a vu.")
