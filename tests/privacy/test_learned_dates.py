"""The learned classifier of dates of birth (``immersion.privacy.learned_dates``): it trains
on development halves only, its shipped weights are rebuilt byte for byte, it adds the births
the rules miss and leaves other dates alone. Every name and date here is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from immersion.privacy import Redactor, learned_dates
from immersion.privacy.__main__ import main
from tests.privacy.conftest import found

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rules_only() -> Redactor:
    return Redactor(use_spacy=False)


def test_training_reads_development_halves_only() -> None:
    files = [str(p.relative_to(ROOT)) for p in learned_dates.training_files(ROOT)]
    assert len(files) >= 80
    assert all(f.endswith("/dev.jsonl") for f in files)
    assert "tests/data/privacy/independent/dev.jsonl" in files
    for number in learned_dates.KEPT_WHOLE:
        assert f"tests/data/privacy/independent{number}/dev.jsonl" not in files


def test_the_shipped_weights_are_rebuilt_identically(tmp_path: Path) -> None:
    out = tmp_path / "dates_model.json"
    model = learned_dates.train(ROOT, out)
    assert out.read_bytes() == learned_dates.WEIGHTS_PATH.read_bytes(), (
        "data/dates_model.json n'est plus celui que donnent les notes et le code : "
        "python -m immersion.privacy train-dates"
    )
    assert model["births"] > 1000
    assert model["examples"] > model["births"]


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        ("L'agente vérifie : Mme Leroy Odette, 1936, veuve.", "1936"),
        ("M. Petit Gérard, 1952, retraité, demande l'ASPA.", "1952"),
        ("Fiche : Durand Marcel — 1944 — GIR 4.", "1944"),
    ],
)
def test_the_classifier_finds_births_the_rules_miss(
    rules_only: Redactor, monkeypatch: pytest.MonkeyPatch, text: str, birth: str
) -> None:
    assert ("DATE_NAISSANCE", birth) in found(rules_only, text)
    monkeypatch.setattr(learned_dates, "load", lambda *args, **kwargs: None)
    assert ("DATE_NAISSANCE", birth) not in found(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dernier paiement : 05/03/2026, montant inchangé.",
        "RDV le 12 mars 2026 à 14h avec la conseillère.",
        "Le dossier a été ouvert le 03/02/2021 ; au chômage depuis 2019.",
        "Une association loi du 1er juillet 1901 tient la permanence.",
        "Marié en 1985, divorcé en 2002, il vit seul.",
        "Date de création de la fiche : 01/01/1900 (date par défaut).",
    ],
)
def test_other_dates_stay(rules_only: Redactor, text: str) -> None:
    assert not [value for label, value in found(rules_only, text) if label == "DATE_NAISSANCE"]


@pytest.mark.parametrize(
    ("text", "births"),
    [
        # a date beside a name: "entretien" is no word of another event ("entrée")
        (
            "Fiche relue pendant l'entretien : 14/02/1979, Lucie Marchand.",
            ["14/02/1979"],
        ),
        # a list of years joined to a birth
        (
            "Nom donné : Said Ali, né « en 2006 ou 2007 », l'oncle ne sait pas.",
            ["2006", "2007"],
        ),
        # a list of years joined to another event's year stays whole
        ("La famille a déménagé en 2005, 2007 et 2009, puis s'est posée à Redon.", []),
    ],
)
def test_lists_and_words_around_a_date(rules_only: Redactor, text: str, births: list) -> None:
    assert [v for label, v in found(rules_only, text) if label == "DATE_NAISSANCE"] == births


def test_the_software_default_date_is_nobody_s_birth() -> None:
    eager = learned_dates.Model({"bias": 10.0}, 0.5)
    text = "Né le 01/01/1900 selon le logiciel ; le 12/03/1950 selon sa fille."
    assert [text[c.start : c.end] for c in learned_dates.detect(text, eager)] == ["12/03/1950"]


def test_fitting_is_deterministic_and_learns_the_clue() -> None:
    data = [(["bias", "cue"], 1)] * 20 + [(["bias", "event"], 0)] * 20 + [(["bias"], 0)] * 5
    first = learned_dates.fit(data)
    assert first == learned_dates.fit(data)
    assert first["cue"] > 0 > first["event"]
    assert "rare" not in learned_dates.fit([*data, (["bias", "rare"], 1)])


def test_the_command_trains_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["train-dates", "--racine", str(tmp_path)]) == 2
    assert "aucune note étiquetée" in capsys.readouterr().err
    out = tmp_path / "poids.json"
    assert main(["train-dates", "--sortie", str(out)]) == 0
    assert "dates lues" in capsys.readouterr().out
    assert json.loads(out.read_text("utf-8"))["threshold"] == learned_dates.THRESHOLD
    assert main(["train-dates", "--sortie", str(tmp_path / "absent" / "poids.json")]) == 2
    assert "impossible d'écrire" in capsys.readouterr().err


def _features_of(text: str, value: str) -> list[str]:
    (found,) = [f for f in learned_dates.candidates(text) if text[f.start : f.end] == value]
    return learned_dates.features(text, found, 2026)


@pytest.mark.parametrize(
    ("text", "value", "feature"),
    [
        # a birthday named around the date
        (
            "La liste des anniversaires : « Clara 17 janvier / Léo 2 mars ».",
            "2 mars",
            "birthday_near",
        ),
        # the reply to a question
        ("« il est né quand ? » — « le 10 août ». Fou rire.", "10 août", "question_before"),
        # a first try, then the date
        ("« le 9... euh 10 août », dit la maman.", "10 août", "try_before"),
        # the year said just before the day and month
        ("Sa fille au téléphone : « 2016 ! le 17 janvier ! ».", "17 janvier", "year_before"),
    ],
)
def test_the_clues_around_a_date_are_read(text: str, value: str, feature: str) -> None:
    assert feature in _features_of(text, value)


def test_the_clues_are_not_read_where_they_are_not() -> None:
    feats = _features_of("Rendez-vous fixé au 10 août à la Caf de Lens.", "10 août")
    assert not {"birthday_near", "question_before", "try_before", "year_before"} & set(feats)


def test_a_stand_in_classifier_reads_instead_of_the_shipped_one() -> None:
    text = "Elle donne la liste : « Clara 17 janvier / Léo 2 mars »."
    with learned_dates.using(learned_dates.Model({"bias": -30.0}, 0.7)):
        assert learned_dates.detect(text) == []
    with learned_dates.using(learned_dates.Model({"bias": 30.0}, 0.5)):
        assert [text[c.start : c.end] for c in learned_dates.detect(text)] == [
            "17 janvier",
            "2 mars",
        ]
    assert learned_dates.detect(text, learned_dates.Model({"bias": -30.0}, 0.7)) == []


def _corpus(root: Path, number: int, notes: list[tuple[str, str]]) -> None:
    folder = root / "tests" / "data" / "privacy" / f"independent{number}"
    folder.mkdir(parents=True)
    lines = []
    for k, (text, birth) in enumerate(notes, start=1):
        start = text.index(birth)
        lines.append(
            json.dumps(
                {
                    "id": f"ind{number}-{k:03d}",
                    "site_kind": "caf",
                    "channel": "accueil_physique",
                    "text": text,
                    "entities": [
                        {"start": start, "end": start + len(birth), "label": "DATE_NAISSANCE"}
                    ],
                    "keep": ["Caf"],
                },
                ensure_ascii=False,
            )
        )
    (folder / "dev.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_cross_validation_redacts_each_part_with_the_others_weights(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from immersion.privacy import validation

    assert validation.parts([Path(str(k)) for k in range(5)], 2) == [
        [Path("0"), Path("2"), Path("4")],
        [Path("1"), Path("3")],
    ]
    notes = [
        ("Mme Carré, née le 12/03/1961, vient à la Caf pour le RSA.", "12/03/1961"),
        ("Date de naissance : 4 mai 1990. Dossier complet à la Caf.", "4 mai 1990"),
    ]
    for number in (201, 202, 203):
        _corpus(tmp_path, number, notes)
    tally = validation.cross_validate(tmp_path, count=3)
    assert (tally.files, tally.births) == (3, 6)
    assert tally.births_found == 6  # both have a cue the rules read
    assert tally.keep_total == 6 and tally.keep_lost == 0
    assert tally.false_births == 0 and tally.missed == []
    assert main(["validate-dates", "--racine", str(tmp_path), "--parts", "3"]) == 0
    assert "naissances trouvées 6/6" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--parts", "1"], "--parts doit valoir au moins 2"),
        (["--seuil", "1.5"], "--seuil doit être strictement entre 0 et 1"),
        (["--parts", "500"], "moins que --parts 500"),
    ],
)
def test_the_cross_validation_refuses_bad_settings(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate-dates", *args]) == 2
    assert message in capsys.readouterr().err
