"""The programme's open data: valid against its own Table Schema (frictionless), every cell
under the suppression rule, secrets not recomputable from the totals, all or nothing."""

import csv
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from frictionless import validate

from immersion.analysis.observatory import ALL, SUPPRESSED_COLUMN
from immersion.debrief.models import SourceKind
from immersion.debrief.services import set_quote_hidden, set_quote_publishable
from immersion.debrief.sources import situation_quotes
from immersion.evaluations.services import HOT_SCORES, submit_hot_evaluation
from immersion.seminars.services import attach_to_programme, create_programme
from tests.analysis.factories import make_debrief_seminar
from tests.analysis.test_disclosure import integer_attack, linear_attack

# One worker builds the programme for the whole module (``--dist loadgroup``).
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("analysis_open_data")]

K = 5


@pytest.fixture(scope="module")
def programme(django_db_setup, django_db_blocker):
    """Built once for the module, in a transaction rolled back at its end: each test (the
    quotes it marks publishable…) runs in a savepoint on top of it."""
    with django_db_blocker.unblock(), transaction.atomic():
        programme = create_programme(actor=None, name="Vivez ma vie d'usager 2027", year=2027)
        for seed, participants in ((7, 12), (11, 6)):
            built = make_debrief_seminar(participants=participants, situations_each=3, seed=seed)
            attach_to_programme(actor=None, seminar=built.seminar, programme=programme)
            for n, participant in enumerate(built.participants[:7]):
                submit_hot_evaluation(
                    actor=None,
                    participant=participant,
                    scores={f: 3 + n % 3 for f in HOT_SCORES},
                    texts={},
                    recommend="oui" if n % 4 else "non",
                    check_open=False,
                )
        yield programme
        transaction.set_rollback(True)


def read(directory: Path, name: str) -> list[dict]:
    with (directory / f"{name}.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def export(tmp_path, *args) -> Path:
    out = tmp_path / "donnees"
    call_command("export_open_data", "-o", str(out), *args)
    return out


def test_package_is_valid_against_its_table_schemas(programme, tmp_path):
    package = export(tmp_path, "--programme", programme.name) / "vivez-ma-vie-d-usager-2027"
    report = validate(str(package / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["licenses"][0]["name"] == "etalab-2.0"
    names = {r["name"] for r in descriptor["resources"]}
    assert names == {
        "situations",
        "attente",
        "frictions",
        "departements",
        "perception",
        "evaluations",
        "citations",
    }
    readme = (package / "README.md").read_text(encoding="utf-8")
    assert "Licence Ouverte" in readme and f"k = {K}" in readme and "secret statistique" in readme
    assert sum(int(r["situations"] or 0) for r in read(package, "situations")) > 0


def test_every_published_count_follows_the_rule(programme, tmp_path):
    package = export(tmp_path) / "vivez-ma-vie-d-usager-2027"
    counts = {
        "situations": ["situations"],
        "attente": ["situations_avec_attente"],
        "frictions": ["mentions"],
        "perception": ["paires", "hausse", "baisse", "stable"],
        "evaluations": ["effectif"],
        "departements": [
            "situations",
            "situations_avec_attente",
            "resolue",
            "reorientee",
            "a_suivre",
            "non_resolue",
            "non_renseignee",
            "avec_difficulte",
            "sans_difficulte",
        ],
    }
    secrets = 0
    for name, columns in counts.items():
        for row in read(package, name):
            for column in columns:
                value = row[column]
                if value == "":
                    assert row[SUPPRESSED_COLUMN] == "true", (name, row)
                    secrets += 1
                else:
                    assert int(value) == 0 or int(value) >= K, (name, column, row)
    assert secrets  # small seminars: the rule had something to hide
    # No median of a hidden group.
    for row in read(package, "attente"):
        if row[SUPPRESSED_COLUMN] == "true":
            assert row["attente_mediane_minutes"] == "" and row["attente_q1_minutes"] == ""


def _grid(rows, row_keys, column_keys, value):
    """The extended table (totals last) a reader rebuilds from the long CSV."""
    index = {}
    for r in rows:
        index[(row_keys(r), column_keys(r))] = None if r[value] == "" else int(r[value])
    inner_rows = sorted({k[0] for k in index if k[0] != ALL})
    inner_cols = sorted({k[1] for k in index if k[1] != ALL})
    return [[index[(a, b)] for b in [*inner_cols, ALL]] for a in [*inner_rows, ALL]]


def test_no_secret_can_be_recomputed_from_the_published_totals(programme, tmp_path):
    package = export(tmp_path) / "vivez-ma-vie-d-usager-2027"
    situations = _grid(
        read(package, "situations"),
        lambda r: (r["departement"], r["periode"]) if r["departement"] != ALL else ALL,
        lambda r: (r["type_structure"], r["canal"]) if r["type_structure"] != ALL else ALL,
        "situations",
    )
    frictions = _grid(
        read(package, "frictions"),
        lambda r: r["friction"],
        lambda r: r["type_structure"],
        "mentions",
    )
    for grid in (situations, frictions):
        assert any(v is None for line in grid for v in line)
        assert linear_attack(grid) == set()
        assert integer_attack(grid) == set()


def test_only_publishable_quotes_leave_and_anonymised(programme, tmp_path):
    seminar = programme.seminars.first()
    quotes = list(situation_quotes(seminar).order_by("pk"))
    chosen, hidden = quotes[0], quotes[1]
    set_quote_publishable(
        actor=None,
        seminar=seminar,
        source_kind=SourceKind.SITUATION,
        source_id=chosen.pk,
        publishable=True,
    )
    set_quote_publishable(
        actor=None,
        seminar=seminar,
        source_kind=SourceKind.SITUATION,
        source_id=hidden.pk,
        publishable=True,
    )
    set_quote_hidden(
        actor=None,
        seminar=seminar,
        source_kind=SourceKind.SITUATION,
        source_id=hidden.pk,
        hidden=True,
    )
    package = export(tmp_path) / "vivez-ma-vie-d-usager-2027"
    rows = read(package, "citations")
    assert [r["texte"] for r in rows] == [chosen.note]
    assert rows[0]["source"] == "Situation observée" and rows[0]["periode"] == "2027"


def test_k_comes_from_the_setting(programme, tmp_path, settings):
    settings.IMMERSION_DISCLOSURE_K = 1
    package = export(tmp_path) / "vivez-ma-vie-d-usager-2027"
    assert all(r[SUPPRESSED_COLUMN] == "false" for r in read(package, "situations"))
    assert "k = 1" in (package / "README.md").read_text(encoding="utf-8")


def test_bad_arguments_exit_2_in_french_and_write_nothing(programme, tmp_path):
    with pytest.raises(CommandError) as error:
        call_command("export_open_data", "--programme", "Inconnu", "-o", str(tmp_path / "x"))
    assert error.value.returncode == 2 and "Aucun programme" in str(error.value)
    busy = tmp_path / "plein"
    busy.mkdir()
    (busy / "autre.txt").write_text("déjà là")
    with pytest.raises(CommandError) as error:
        call_command("export_open_data", "-o", str(busy))
    assert error.value.returncode == 2 and "pas vide" in str(error.value)
    with pytest.raises(CommandError) as error:
        call_command("export_open_data", "-o", str(tmp_path / "y"), "-k", "0")
    assert error.value.returncode == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plein"]


def test_a_failure_midway_leaves_no_file(programme, tmp_path, monkeypatch):
    from immersion.analysis import open_data

    def broken(*args, **kwargs):
        raise RuntimeError("panne")

    monkeypatch.setattr(open_data, "readme", broken)
    with pytest.raises(RuntimeError):
        call_command("export_open_data", "-o", str(tmp_path / "z"))
    assert list(tmp_path.iterdir()) == []
