"""Disclosure control of counts tables: « secret statistique ». Plain Python, no Django.

Whatever leaves a seminar's own team (the observatory, the open data) goes through here. A
table of counts (rows × columns) is published with its row totals, its column totals and its
grand total; ``protect`` decides which of these cells are withheld:

- **Primary suppression**: a cell (totals included) drawn from fewer than ``k`` answers or
  situations, but not zero, is withheld. ``k`` is 5 by default (the setting
  ``IMMERSION_DISCLOSURE_K``, read by the callers).
- **Secondary suppression**: a withheld cell must not be recomputable from the cells and
  totals published. In the table extended with its totals, every row and every column is an
  equation (the cells add up to the total). Writing the totals with a minus sign, each line
  of the extended table sums to zero, so the withheld cells form a bipartite graph (a row
  vertex, a column vertex per withheld cell) and a withheld cell is determined by the
  published ones exactly when its edge is a *bridge* of that graph (on no cycle). A line with
  a single withheld cell is the simplest bridge. So, until no withheld cell is a bridge, one
  more cell is withheld: in a line holding a single withheld cell, the smallest non-zero cell
  of that line (the classic rule: at least two withheld cells per line, the smallest
  complements); otherwise the smallest non-zero cell that closes a cycle through the bridge.
- Every withheld cell then lies on a cycle of withheld, non-zero cells: adding and taking
  one in turn along it gives another table of non-negative integers with the same published
  figures. Nobody can tell the withheld value from the totals, whatever they combine.

Zero cells are published (a zero singles nobody out) and never chosen as complements.

**Linked tables.** Two tables that share a figure (the same departments' totals, the same
grand total) must agree on it: a total withheld in one and published in the other would be
an equation more for the first. ``protect`` takes ``withheld`` (cells of the extended table
withheld elsewhere: withheld here from the start) and ``published`` (cells published
elsewhere: never chosen as complements here). Only when no other cell can close a cycle is a
``published`` cell withheld here too (a last resort the callers avoid by linking totals only).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

DEFAULT_K = 5

PRIMARY = "primary"
SECONDARY = "secondary"
SUPPRESSED_LABEL = "secret statistique"


@dataclass(frozen=True)
class Cell:
    """A published cell: ``value`` is ``None`` when withheld, and ``suppressed`` says why
    (``"primary"``: fewer than k; ``"secondary"``: to protect another cell; ``""``: shown)."""

    value: int | None
    suppressed: str = ""

    @property
    def secret(self) -> bool:
        return bool(self.suppressed)

    def display(self) -> str:
        return SUPPRESSED_LABEL if self.secret else str(self.value)


@dataclass(frozen=True)
class ProtectedTable:
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]  # rows × columns
    row_totals: tuple[Cell, ...]
    column_totals: tuple[Cell, ...]
    total: Cell
    k: int

    def extended(self) -> list[list[Cell]]:
        """The table with its totals: a last column of row totals, a last row of column
        totals ending with the grand total."""
        out = [[*row, total] for row, total in zip(self.cells, self.row_totals, strict=True)]
        out.append([*self.column_totals, self.total])
        return out

    @property
    def suppressed_count(self) -> int:
        return sum(1 for line in self.extended() for cell in line if cell.secret)


def is_small(value: int, k: int) -> bool:
    """The primary rule for a single figure: drawn from at least one and fewer than k."""
    return 0 < value < k


def protect(
    counts: Sequence[Sequence[int]],
    *,
    k: int = DEFAULT_K,
    rows: Sequence[str] | None = None,
    columns: Sequence[str] | None = None,
    withheld: Iterable[tuple[int, int]] = (),
    published: Iterable[tuple[int, int]] = (),
) -> ProtectedTable:
    """The table ``counts`` (a list of rows of non-negative integers) with its totals, under
    primary and secondary suppression. ``withheld`` and ``published`` are positions in the
    extended table (the row totals at column index C, the column totals at row index R)
    that a linked table withholds or publishes."""
    if k < 1:
        raise ValueError("k doit être au moins 1.")
    n_rows = len(counts)
    # No row at all (nothing observed yet) still has its columns and their zero totals.
    n_cols = len(counts[0]) if n_rows else len(columns or ())
    if any(len(row) != n_cols for row in counts):
        raise ValueError("Toutes les lignes du tableau doivent avoir le même nombre de cellules.")
    if any(v < 0 for row in counts for v in row):
        raise ValueError("Un effectif ne peut pas être négatif.")
    rows = tuple(rows) if rows is not None else tuple(str(i) for i in range(n_rows))
    columns = tuple(columns) if columns is not None else tuple(str(j) for j in range(n_cols))
    if len(rows) != n_rows or len(columns) != n_cols:
        raise ValueError("Il faut un libellé par ligne et par colonne.")

    grid = _extended(counts, n_cols)
    status = _suppress(grid, k, set(withheld), set(published))
    cell = _cell_maker(grid, status)
    return ProtectedTable(
        rows=rows,
        columns=columns,
        cells=tuple(tuple(cell(i, j) for j in range(n_cols)) for i in range(n_rows)),
        row_totals=tuple(cell(i, n_cols) for i in range(n_rows)),
        column_totals=tuple(cell(n_rows, j) for j in range(n_cols)),
        total=cell(n_rows, n_cols),
        k=k,
    )


def suppression_pattern(counts: Sequence[Sequence[int]], *, k: int = DEFAULT_K) -> dict:
    """{(i, j): "primary" | "secondary"} over the extended table (totals at index R / C)."""
    return _suppress(_extended(counts, len(counts[0]) if counts else 0), k)


# --- the algorithm ---------------------------------------------------------------------------


def _extended(counts: Sequence[Sequence[int]], n_cols: int) -> list[list[int]]:
    grid = [[int(v) for v in row] + [sum(row)] for row in counts]
    grid.append([sum(row[j] for row in grid) for j in range(n_cols + 1)])
    return grid


def _cell_maker(grid, status):
    def cell(i: int, j: int) -> Cell:
        why = status.get((i, j), "")
        return Cell(None if why else grid[i][j], why)

    return cell


def _suppress(
    grid: list[list[int]], k: int, withheld=frozenset(), published=frozenset()
) -> dict[tuple[int, int], str]:
    height, width = len(grid), len(grid[0])
    status = {
        (i, j): PRIMARY for i in range(height) for j in range(width) if is_small(grid[i][j], k)
    }
    for i, j in withheld:
        if grid[i][j] and (i, j) not in status:
            status[(i, j)] = SECONDARY
    while True:
        bridge = _find_bridge(status, height, width)
        if bridge is None:
            return status
        choice = _complement(grid, status, bridge, published)
        if choice in published:
            # The greedy choice has run into a dead end (every cell left is one a linked
            # table publishes): try the widest pattern that keeps them published first.
            widest = _widest(grid, status, set(withheld), published)
            if widest is not None:
                return widest
        status[choice] = SECONDARY


def _widest(grid, status, withheld, published):
    """Every non-zero cell withheld but the ``published`` ones; then the secondary cells that
    are bridges (determined by the published figures anyway, so publishing them tells nothing
    more) published again. None if a cell that must stay withheld (primary, or withheld by a
    linked table) is still a bridge. Taking a bridge away leaves every other edge's status as
    it was, so one bridge at a time ends."""
    height, width = len(grid), len(grid[0])
    wide = dict(status)
    for a in range(height):
        for b in range(width):
            if grid[a][b] and (a, b) not in wide and (a, b) not in published:
                wide[(a, b)] = SECONDARY
    while True:
        bridge = _find_bridge(wide, height, width)
        if bridge is None:
            return wide
        if wide[bridge] == PRIMARY or bridge in withheld or bridge in published:
            return None
        del wide[bridge]


def _order(grid, height, width):
    """Candidates' order: the smallest value first, an inner cell before a total, then the
    position (a deterministic choice)."""

    def key(cell):
        i, j = cell
        is_total = i == height - 1 or j == width - 1
        return (grid[i][j], is_total, i, j)

    return key


def _complement(grid, status, bridge, published=frozenset()) -> tuple[int, int]:
    height, width = len(grid), len(grid[0])
    key = _order(grid, height, width)

    def open_(c) -> bool:
        return c not in status and c not in published and grid[c[0]][c[1]] > 0

    def viable(c) -> bool:
        """Can ``c`` lie on a cycle: its row and its column each hold another cell that is
        withheld or could be? (A cell alone in a line but for published ones is a dead end.)"""
        a, b = c
        row = any((a, y) in status or open_((a, y)) for y in range(width) if y != b)
        column = any((x, b) in status or open_((x, b)) for x in range(height) if x != a)
        return row and column

    def free(cells):
        found = [c for c in cells if open_(c)]
        return [c for c in found if viable(c)] or found

    i, j = bridge
    row_count = sum(1 for (a, _b) in status if a == i)
    col_count = sum(1 for (_a, b) in status if b == j)
    # A line with a single withheld cell: its smallest other non-zero cell.
    if row_count == 1 or col_count == 1:
        line = [(i, b) for b in range(width)] if row_count == 1 else [(a, j) for a in range(height)]
        found = free(line)
        if found:
            return min(found, key=key)
    # Otherwise close a cycle through the bridge: a row on the column's side, a column on
    # the row's side.
    side_rows, side_cols = _sides(status, bridge, height, width)
    found = free([(a, b) for a in side_rows for b in side_cols])
    if found:
        return min(found, key=key)
    # No such cell: widen the withheld area from the bridge's lines, then anywhere. The loop
    # ends at worst with every non-zero cell withheld, which has no bridge.
    found = free([(i, b) for b in range(width)] + [(a, j) for a in range(height)])
    if not found:
        found = free([(a, b) for a in range(height) for b in range(width)])
    if not found:  # only cells a linked table publishes are left: withhold them here too
        published = frozenset()
        found = free([(a, b) for a in range(height) for b in range(width)])
    return min(found, key=key)


def _graph(status, height, width, without=None):
    """Adjacency of the withheld cells' bipartite graph: ("r", i) — ("c", j)."""
    adjacency: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for i, j in status:
        if (i, j) == without:
            continue
        adjacency.setdefault(("r", i), []).append(("c", j))
        adjacency.setdefault(("c", j), []).append(("r", i))
    return adjacency


def _sides(status, bridge, height, width) -> tuple[list[int], list[int]]:
    """Without the bridge (i, j): the rows reachable from column j, the columns reachable
    from row i."""
    adjacency = _graph(status, height, width, without=bridge)
    i, j = bridge

    def reach(start):
        seen, stack = {start}, [start]
        while stack:
            for nxt in adjacency.get(stack.pop(), []):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return seen

    from_column = reach(("c", j))
    from_row = reach(("r", i))
    rows = sorted(n for kind, n in from_column if kind == "r")
    cols = sorted(n for kind, n in from_row if kind == "c")
    return rows, cols


def _find_bridge(status, height, width) -> tuple[int, int] | None:
    """A withheld cell on no cycle of withheld cells (Tarjan's bridges, iterative), or None."""
    adjacency = _graph(status, height, width)
    order: dict = {}
    low: dict = {}
    counter = 0
    for root in sorted(adjacency):
        if root in order:
            continue
        order[root] = low[root] = counter
        counter += 1
        stack = [(root, None, iter(adjacency[root]))]
        while stack:
            node, parent, neighbours = stack[-1]
            advanced = False
            for nxt in neighbours:
                if nxt == parent:
                    continue
                if nxt in order:
                    low[node] = min(low[node], order[nxt])
                else:
                    order[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append((nxt, node, iter(adjacency[nxt])))
                    advanced = True
                    break
            if advanced:
                continue
            stack.pop()
            if parent is not None:
                low[parent] = min(low[parent], low[node])
                if low[node] > order[parent]:
                    a, b = (parent, node) if parent[0] == "r" else (node, parent)
                    return (a[1], b[1])
    return None
