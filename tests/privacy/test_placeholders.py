"""Placeholders: typed, consistent inside a note, irreversible; offsets; idempotence."""

from __future__ import annotations

import dataclasses
import json

import pytest

from immersion.privacy import PLACEHOLDERS, Label, RedactionResult, Span, redact
from immersion.privacy.evaluation import load_corpus
from tests.privacy.conftest import CORPUS


def test_module_level_redact_uses_a_default_redactor():
    result = redact("Mme Le Goff, NIR 2 63 05 56 814 185 70.")
    assert result.text == "Mme [PERSONNE_1], NIR [NIR]."
    assert result.spans == [Span(4, 11, Label.PERSONNE), Span(17, 38, Label.NIR)]


def test_every_label_has_a_french_placeholder():
    assert set(PLACEHOLDERS) == set(Label)
    assert PLACEHOLDERS[Label.TELEPHONE] == "TÉLÉPHONE"


def test_the_same_person_keeps_the_same_number(redactor):
    text = (
        "Mme Nathalie Kerleroux reçoit le contrôleur. Son frère Kevin passe parfois. "
        "Mme Kerleroux explique que Nathalie Kerleroux vit seule ; Kevin confirme."
    )
    out = redactor.redact(text).text
    assert out == (
        "Mme [PERSONNE_1] reçoit le contrôleur. Son frère [PERSONNE_2] passe parfois. "
        "Mme [PERSONNE_1] explique que [PERSONNE_1] vit seule ; [PERSONNE_2] confirme."
    )


def test_a_first_name_alone_reuses_the_number_when_it_matches_one_person(redactor):
    text = "Entretien avec Sébastien Tanguy et Maëlle. Sébastien signe le contrat."
    assert redactor.redact(text).text == (
        "Entretien avec [PERSONNE_1] et [PERSONNE_2]. [PERSONNE_1] signe le contrat."
    )


def test_different_people_sharing_nothing_get_different_numbers(redactor):
    text = "M. Koné a trouvé un CDD, Mme Petitjean attend la MDPH."
    assert redactor.redact(text).text == (
        "M. [PERSONNE_1] a trouvé un CDD, Mme [PERSONNE_2] attend la MDPH."
    )


def test_spans_point_into_the_original_text(redactor):
    text = "Appel de M. Franck Lemaire, matricule 5543210, tél 06 11 98 27 45, mail f.l@free.fr."
    result = redactor.redact(text)
    values = {s.label: text[s.start : s.end] for s in result.spans}
    assert values == {
        Label.PERSONNE: "Franck Lemaire",
        Label.N_ALLOCATAIRE: "5543210",
        Label.TELEPHONE: "06 11 98 27 45",
        Label.EMAIL: "f.l@free.fr",
    }
    assert result.spans == sorted(result.spans)
    assert all(a.end <= b.start for a, b in zip(result.spans, result.spans[1:], strict=False))


def test_the_result_holds_no_mapping_back_to_the_values():
    fields = {f.name for f in dataclasses.fields(RedactionResult)}
    assert fields == {"text", "spans"}
    assert {f.name for f in dataclasses.fields(Span)} == {"start", "end", "label"}


def test_redacting_a_redacted_text_changes_nothing(redactor):
    notes = load_corpus(CORPUS)
    first = redactor.redact_many([n.text for n in notes])
    second = redactor.redact_many([r.text for r in first])
    for once, twice in zip(first, second, strict=True):
        assert twice.text == once.text
        assert twice.spans == []


def test_redact_many_matches_redact(redactor):
    texts = ["Rose, 19 ans.", "Tél 06 12 34 56 78.", "", "M. Diop, n° CAF 8821340."]
    assert [r.text for r in redactor.redact_many(texts)] == [redactor.redact(t).text for t in texts]


def test_rules_only_mode_skips_the_ner_pass(rules_only):
    result = rules_only.redact("Mme Le Goff, tél 06 12 34 56 78.")
    assert result.text == "Mme [PERSONNE_1], tél [TÉLÉPHONE]."


def test_errors_never_contain_the_input(redactor):
    with pytest.raises(TypeError) as info:
        redactor.redact_many(["Mme Secret-Name", 12])  # type: ignore[list-item]
    assert "Secret" not in str(info.value)


def test_redacting_prints_and_logs_nothing(redactor, capsys, caplog):
    caplog.set_level("DEBUG")
    redactor.redact("Mme Confidentielle, NIR 2 63 05 56 814 185 70, tél 06 12 34 56 78.")
    out, err = capsys.readouterr()
    assert out == err == ""
    assert not any("Confidentielle" in r.getMessage() for r in caplog.records)


def test_spans_serialise_to_json():
    span = Span(1, 4, Label.NIR)
    assert json.loads(json.dumps(span.as_dict())) == {"start": 1, "end": 4, "label": "NIR"}
