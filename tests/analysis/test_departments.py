"""The observatory's table by department (the map's and the territory comparison's figures):
its totals are the situations table's, withheld or published alike, and the two tables
together give no secret away."""

import pytest
from django.db import transaction

from immersion.analysis.observatory import (
    ALL,
    FRICTION_COLUMNS,
    OUTCOME_COLUMNS,
    SUPPRESSED_COLUMN,
    open_data_tables,
)
from immersion.seminars.services import attach_to_programme, create_programme
from immersion.sites.models import HostSite
from tests.analysis.factories import make_debrief_seminar
from tests.analysis.test_disclosure import joint_linear_attack

# One worker builds the programme for the whole module (``--dist loadgroup``).
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("analysis_departments")]


@pytest.fixture(scope="module")
def programme(django_db_setup, django_db_blocker):
    """Built once for the module (the tests only read it), in a transaction rolled back at its
    end; each test adds a savepoint on top of it."""
    with django_db_blocker.unblock(), transaction.atomic():
        programme = create_programme(actor=None, name="Vivez ma vie d'usager 2027", year=2027)
        built = make_debrief_seminar(participants=20, situations_each=2, seed=3)
        moves = ["59350", "13055", "59350", "67482"]
        for site, code in zip(built.sites[1:], moves, strict=False):
            HostSite.objects.filter(pk=site.pk).update(commune_code=code)
        attach_to_programme(actor=None, seminar=built.seminar, programme=programme)
        yield programme
        transaction.set_rollback(True)


def tables(programme, k):
    found = {t.name: t for t in open_data_tables(programme, k=k)}
    return found["situations"], found["departements"]


def situations_grid(table):
    """The situations table as an extended grid: (department, year) rows × groups."""
    rows = sorted({(r["departement"], r["periode"]) for r in table.rows} - {(ALL, ALL)})
    columns = sorted({(r["type_structure"], r["canal"]) for r in table.rows} - {(ALL, ALL)})
    index = {
        ((r["departement"], r["periode"]), (r["type_structure"], r["canal"])): r["situations"]
        for r in table.rows
    }
    grid = [[index.get((a, b), 0) for b in [*columns, (ALL, ALL)]] for a in rows]
    grid.append([index[((ALL, ALL), b)] for b in [*columns, (ALL, ALL)]])
    return grid, [a[0] for a in rows]


def outcomes_grid(table):
    rows = [r for r in table.rows if r["departement"] != ALL]
    whole = next(r for r in table.rows if r["departement"] == ALL)
    grid = [[r[c] for c in OUTCOME_COLUMNS] + [r["situations"]] for r in [*rows, whole]]
    return grid, [r["departement"] for r in rows]


@pytest.mark.parametrize("k", [5, 9, 14])
def test_department_totals_are_the_situations_tables_and_nothing_is_given_away(programme, k):
    situations, departments = tables(programme, k)
    s_grid, s_rows = situations_grid(situations)
    o_grid, o_rows = outcomes_grid(departments)
    assert s_rows == o_rows and len(o_rows) >= 3  # one year: a row per department
    width_s, width_o = len(s_grid[0]) - 1, len(o_grid[0]) - 1
    for i in range(len(o_grid)):
        assert s_grid[i][width_s] == o_grid[i][width_o]  # the same value, or both withheld
    links = [((0, i, width_s), (1, i, width_o)) for i in range(len(o_grid))]
    assert joint_linear_attack([s_grid, o_grid], links) == set()
    for row in departments.rows:
        counts = [row[c] for c in departments.counts]
        assert all(v is None or v == 0 or v >= k for v in counts), row
        if any(v is None for v in counts):
            assert row[SUPPRESSED_COLUMN]
        if row["situations_avec_attente"] is None:
            assert row["attente_mediane_minutes"] is None
        if row["situations"] is not None and None not in [row[c] for c in FRICTION_COLUMNS]:
            assert sum(row[c] for c in FRICTION_COLUMNS) == row["situations"]
