"""Disclosure control: primary and secondary suppression, and the attacks it must resist.

Two attackers read only what is published (the cells shown, the totals shown, zeros):
- ``linear_attack`` solves the row and column equations (row totals, column totals, the
  grand total, any combination of them) and returns the withheld cells they determine;
- ``integer_attack`` (OR-Tools CP-SAT) also uses that counts are non-negative integers and
  returns the withheld cells whose smallest and largest possible values coincide.
Both find the cells of a table protected by primary suppression only: they are real attacks.
"""

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ortools.sat.python import cp_model

from immersion.analysis.disclosure import (
    PRIMARY,
    SECONDARY,
    SUPPRESSED_LABEL,
    ProtectedTable,
    protect,
    suppression_pattern,
)


def published(table: ProtectedTable) -> list[list[int | None]]:
    return [[c.value for c in line] for line in table.extended()]


def _equations(grid):
    """Every line of the extended table: inner cells add up to the line's total."""
    height, width = len(grid), len(grid[0])
    equations = []
    for i in range(height):  # row i: cells of columns < width-1 = cell (i, width-1)
        equations.append([((i, j), 1) for j in range(width - 1)] + [((i, width - 1), -1)])
    for j in range(width):
        equations.append([((i, j), 1) for i in range(height - 1)] + [((height - 1, j), -1)])
    return equations


def linear_attack(grid) -> set[tuple[int, int]]:
    """The withheld cells (None) that the published figures determine by linear algebra."""
    unknown = sorted((i, j) for i, line in enumerate(grid) for j, v in enumerate(line) if v is None)
    if not unknown:
        return set()
    index = {cell: n for n, cell in enumerate(unknown)}
    matrix = []
    for equation in _equations(grid):
        row = [0.0] * len(unknown)
        for cell, coefficient in equation:
            if cell in index:
                row[index[cell]] = coefficient
        matrix.append(row)
    matrix = np.array(matrix)
    rank = np.linalg.matrix_rank(matrix)
    found = set()
    for cell, n in index.items():
        probe = np.zeros(len(unknown))
        probe[n] = 1
        if np.linalg.matrix_rank(np.vstack([matrix, probe])) == rank:
            found.add(cell)
    return found


def integer_attack(grid) -> set[tuple[int, int]]:
    """The withheld cells whose value is the only non-negative integer one possible."""
    known = [v for line in grid for v in line if v is not None]
    bound = max(known, default=0) * 2 + 100
    found = set()
    for target in [(i, j) for i, line in enumerate(grid) for j, v in enumerate(line) if v is None]:
        values = []
        for sense in ("min", "max"):
            model = cp_model.CpModel()
            cells = {}
            for i, line in enumerate(grid):
                for j, v in enumerate(line):
                    cells[(i, j)] = model.new_int_var(0, bound, f"x{i}_{j}")
                    if v is not None:
                        model.add(cells[(i, j)] == v)
            for equation in _equations(grid):
                model.add(sum(coefficient * cells[c] for c, coefficient in equation) == 0)
            (model.minimize if sense == "min" else model.maximize)(cells[target])
            solver = cp_model.CpSolver()
            solver.parameters.num_workers = 1
            assert solver.solve(model) == cp_model.OPTIMAL
            values.append(solver.value(cells[target]))
        if values[0] == values[1]:
            found.add(target)
    return found


def primary_only(counts, k=5):
    grid = [[*row, sum(row)] for row in counts]
    grid.append([sum(col) for col in zip(*grid, strict=True)])
    return [[None if 0 < v < k else v for v in line] for line in grid]


# --- the rule itself -------------------------------------------------------------------------


def test_cells_under_k_are_secret_and_zeros_are_shown():
    table = protect([[12, 3, 0], [9, 20, 0]], k=5, rows=["35", "56"], columns=["a", "b", "c"])
    assert table.cells[0][1].value is None and table.cells[0][1].suppressed == PRIMARY
    assert table.cells[0][1].display() == SUPPRESSED_LABEL
    assert table.cells[0][2].value == 0 and not table.cells[0][2].secret
    # The row and the column of the 3 each get a second secret: the smallest non-zero cell.
    assert table.cells[0][0].suppressed == SECONDARY  # 12 < row total 15
    assert table.cells[1][1].suppressed == SECONDARY  # 20 in the column of the 3
    assert table.cells[1][0].suppressed == SECONDARY  # closes the rectangle
    assert table.total.value == 44


def test_a_small_total_is_secret_too():
    table = protect([[2, 1], [30, 40]], k=5)
    assert table.row_totals[0].suppressed == PRIMARY  # 3 < 5
    assert linear_attack(published(table)) == set()


def test_k_comes_from_the_caller():
    assert protect([[3, 4]], k=3).cells[0][0].value == 3
    assert protect([[3, 4]], k=5).cells[0][0].value is None
    assert protect([[1, 1]], k=1).suppressed_count == 0


def test_a_table_without_rows_keeps_its_columns_and_zero_totals():
    # A programme whose notes name no friction yet: the frictions table has site kinds as
    # columns and no row (this was a 500 on the observatory's page).
    table = protect([], k=5, rows=[], columns=["caf", "cpam"])
    assert table.cells == ()
    assert [c.value for c in table.column_totals] == [0, 0]
    assert table.total.value == 0


def test_bad_tables_are_refused_in_french():
    with pytest.raises(ValueError, match="même nombre"):
        protect([[1, 2], [3]])
    with pytest.raises(ValueError, match="négatif"):
        protect([[-1]])


# --- the attacks -----------------------------------------------------------------------------


def test_attack_from_a_row_total_finds_primary_only_and_fails_here():
    counts = [[3, 40, 25]]  # 3 = row total - 40 - 25
    assert (0, 0) in linear_attack(primary_only(counts))
    assert linear_attack(published(protect(counts))) == set()


def test_attack_from_a_column_total_finds_primary_only_and_fails_here():
    counts = [[2, 50], [30, 60], [41, 7]]
    assert (0, 0) in linear_attack(primary_only(counts))
    assert linear_attack(published(protect(counts))) == set()


def test_attack_from_the_grand_total_fails():
    # The column totals are published, the grand total too: a secret column total would
    # otherwise be the grand total minus the others.
    counts = [[1, 20, 30], [2, 25, 35]]
    attack = primary_only(counts)
    assert linear_attack(attack)  # the two small cells' column total (3) gives them away
    table = protect(counts)
    assert table.column_totals[0].secret
    assert linear_attack(published(table)) == set()


def test_attack_combining_rows_and_columns_fails_on_two_linked_rectangles():
    # Two 2×2 blocks of secrets joined by a cell: every line holds two secrets, but the
    # joining cell is a bridge, found by combining rows and columns. Ours closes a cycle.
    counts = [
        [1, 2, 9, 0, 0],
        [3, 4, 0, 0, 0],
        [0, 0, 1, 2, 0],
        [0, 0, 3, 4, 20],
        [30, 30, 30, 30, 30],
    ]
    assert linear_attack(published(protect(counts))) == set()
    assert integer_attack(published(protect(counts))) == set()


def test_integer_attack_fails_on_a_sparse_table():
    counts = [[4, 0, 0], [0, 6, 1], [9, 0, 3]]
    table = protect(counts)
    assert integer_attack(primary_only(counts))
    assert integer_attack(published(table)) == set()


tables = st.integers(1, 5).flatmap(
    lambda width: st.lists(
        st.lists(
            st.one_of(st.just(0), st.integers(1, 6), st.integers(7, 60)),
            min_size=width,
            max_size=width,
        ),
        min_size=1,
        max_size=5,
    )
)


@settings(max_examples=300, deadline=None)
@given(counts=tables, k=st.integers(2, 8))
def test_no_secret_cell_is_recomputable_from_the_totals(counts, k):
    table = protect(counts, k=k)
    grid = published(table)
    truth = [[*row, sum(row)] for row in counts]
    truth.append([sum(col) for col in zip(*truth, strict=True)])
    pattern = suppression_pattern(counts, k=k)
    for i, j in itertools.product(range(len(truth)), range(len(truth[0]))):
        value = truth[i][j]
        if 0 < value < k:
            assert grid[i][j] is None and pattern[(i, j)] == PRIMARY
        if grid[i][j] is not None:
            assert grid[i][j] == value
        else:
            assert value > 0  # a zero is never withheld
    # Every line holds no secret or at least two.
    for line in [*grid, *zip(*grid, strict=True)]:
        assert sum(1 for v in line if v is None) != 1
    assert linear_attack(grid) == set()


@settings(max_examples=60, deadline=None)
@given(counts=tables, k=st.integers(2, 8))
def test_no_secret_cell_is_pinned_down_by_integer_reasoning(counts, k):
    assert integer_attack(published(protect(counts, k=k))) == set()


# --- linked tables: two tables sharing their row totals and grand total ----------------------


def joint_linear_attack(grids, links) -> set[tuple[int, int, int]]:
    """``linear_attack`` over several tables at once: every line of each, plus ``links``
    (pairs of cells (table, i, j) known to be equal). Returns the (table, i, j) found."""
    unknown = sorted(
        (g, i, j)
        for g, grid in enumerate(grids)
        for i, line in enumerate(grid)
        for j, v in enumerate(line)
        if v is None
    )
    if not unknown:
        return set()
    index = {cell: n for n, cell in enumerate(unknown)}
    equations = [
        [((g, *cell), coefficient) for cell, coefficient in equation]
        for g, grid in enumerate(grids)
        for equation in _equations(grid)
    ]
    equations += [[(a, 1), (b, -1)] for a, b in links]
    matrix = []
    for equation in equations:
        row = [0.0] * len(unknown)
        for cell, coefficient in equation:
            if cell in index:
                row[index[cell]] += coefficient
        matrix.append(row)
    matrix = np.array(matrix)
    rank = np.linalg.matrix_rank(matrix)
    found = set()
    for cell, n in index.items():
        probe = np.zeros(len(unknown))
        probe[n] = 1
        if np.linalg.matrix_rank(np.vstack([matrix, probe])) == rank:
            found.add(cell)
    return found


def test_a_linked_table_withholds_and_publishes_what_the_other_does():
    table = protect(
        [[6, 6], [3, 14], [7, 7]],
        k=5,
        withheld=[(1, 2), (2, 2)],  # the other table withholds rows 1 and 2's totals
        published=[(0, 2), (3, 2)],  # and publishes row 0's and the grand total
    )
    assert table.row_totals[1].secret and table.row_totals[2].secret
    assert table.row_totals[0].value == 12 and table.total.value == 43
    assert linear_attack(published(table)) == set()
    assert integer_attack(published(table)) == set()


linked_rows = st.integers(2, 4)


@settings(max_examples=120, deadline=None)
@given(data=st.data(), k=st.integers(3, 6))
def test_linked_tables_give_nothing_away_together(data, k):
    """Table B splits each row of table A another way (the same row totals, as the
    observatory's outcomes split each department's situations): B is protected with A's
    withheld and published totals, and the two together still determine no secret."""
    height = data.draw(linked_rows)
    a = [data.draw(st.lists(st.integers(0, 12), min_size=3, max_size=3)) for _ in range(height)]
    b = []
    for row in a:
        first = data.draw(st.integers(0, sum(row)))
        second = data.draw(st.integers(0, sum(row) - first))
        b.append([first, second, sum(row) - first - second])
    table_a = protect(a, k=k)
    width = 3
    status = [*table_a.row_totals, table_a.total]
    withheld = [(i, width) for i, cell in enumerate(status) if cell.secret]
    shown = [(i, width) for i, cell in enumerate(status) if not cell.secret]
    table_b = protect(b, k=k, withheld=withheld, published=shown)
    grid_a, grid_b = published(table_a), published(table_b)
    for i in range(height + 1):
        # What A withholds, B withholds too. (B may, as a last resort, withhold a total A
        # publishes: harmless, since the attack below is given A's figure for it.)
        assert grid_b[i][width] is None or grid_a[i][width] is not None
    links = [((0, i, width), (1, i, width)) for i in range(height + 1)]
    assert joint_linear_attack([grid_a, grid_b], links) == set()


def test_a_linked_table_out_of_complements_keeps_the_other_tables_totals():
    """Found by the property test above: B's greedy choice ran into a row whose only other
    cell is a total A publishes. The widest pattern that keeps A's totals published protects
    B instead, and the two tables together still determine no secret."""
    a, b, k, width = [[1, 1, 7], [0, 0, 3]], [[8, 1, 0], [0, 0, 3]], 3, 3
    table_a = protect(a, k=k)
    status = [*table_a.row_totals, table_a.total]
    withheld = [(i, width) for i, cell in enumerate(status) if cell.secret]
    shown = [(i, width) for i, cell in enumerate(status) if not cell.secret]
    table_b = protect(b, k=k, withheld=withheld, published=shown)
    grid_a, grid_b = published(table_a), published(table_b)
    assert [row[width] for row in grid_b] == [row[width] for row in grid_a] == [9, 3, 12]
    links = [((0, i, width), (1, i, width)) for i in range(len(a) + 1)]
    assert joint_linear_attack([grid_a, grid_b], links) == set()
