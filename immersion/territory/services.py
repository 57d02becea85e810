"""Writes of the territory app: the context figures."""

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from django.db import connection, transaction
from django.utils import timezone

from immersion.common.audit import log_action
from immersion.territory.context import Parsed, parse_file
from immersion.territory.models import Area, TerritoryFigure


@dataclass(frozen=True)
class ImportSummary:
    kind: str
    figures: int
    areas: int


def _upsert_figures(parsed: Parsed, now) -> None:
    """One INSERT … ON CONFLICT DO UPDATE per figure, through ``executemany``: the full
    communes file is 175,000 figures, which ``bulk_create(update_conflicts=True)`` writes
    five times slower (one model instance and one field conversion per value). SQLite and
    PostgreSQL share this syntax."""
    table = connection.ops.quote_name(TerritoryFigure._meta.db_table)
    columns = [
        "indicator",
        "level",
        "code",
        "year",
        "value",
        "unit",
        "source",
        "licence",
        "computed",
        "method",
        "imported_at",
    ]
    updated = ["value", "unit", "source", "licence", "computed", "method", "imported_at"]
    # Built from the constant column names above only; every value is a parameter.
    placeholders = ", ".join(["%s"] * len(columns))
    assignments = ", ".join(f"{c} = EXCLUDED.{c}" for c in updated)
    sql = " ".join(
        [
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})",  # noqa: S608
            "ON CONFLICT (indicator, level, code, year)",
            f"DO UPDATE SET {assignments}",
        ]
    )
    field = TerritoryFigure._meta.get_field("imported_at")
    imported_at = field.get_db_prep_value(now, connection)
    rows = [
        (
            f.indicator,
            f.level,
            f.code,
            f.year,
            str(f.value),
            f.unit,
            f.source,
            f.licence,
            f.computed,
            f.method,
            imported_at,
        )
        for f in parsed.figures
    ]
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 5000):
            cursor.executemany(sql, rows[start : start + 5000])


@transaction.atomic
def import_context(*, actor, parsed: Parsed) -> ImportSummary:
    """Write what ``context.parse_file`` read, in one transaction: a figure already stored
    for the same indicator, territory and year is replaced (a corrected file), others stay.

    The parser has checked every value (numbers, codes, units, duplicates), so the rows are
    written without ``full_clean()``.
    """
    now = timezone.now()
    _upsert_figures(parsed, now)
    Area.objects.bulk_create(
        [
            Area(
                level=a.level,
                code=a.code,
                name=a.name,
                parent_code=a.parent_code,
                year=a.year,
                source=a.source,
                licence=a.licence,
                imported_at=now,
            )
            for a in parsed.areas
        ],
        batch_size=2000,
        update_conflicts=True,
        unique_fields=["level", "code"],
        update_fields=["name", "parent_code", "year", "source", "licence", "imported_at"],
    )
    summary = ImportSummary(parsed.kind, len(parsed.figures), len(parsed.areas))
    log_action(
        actor,
        "territory.import_context",
        kind=summary.kind,
        figures=summary.figures,
        areas=summary.areas,
    )
    return summary


# The bundled extract (scripts/extract_context.py), in import order: names first, then the
# communes and departments' files without recomputing totals (they hold a few rows only),
# then the totals computed from the full files.
EXTRACT = (
    ("departements_2024.csv", {}),
    ("regions_2024.csv", {}),
    ("communes_2024.csv", {"totals": False}),
    ("filosofi_pauvrete_departements_2013.csv", {"totals": False}),
    ("drees_minima_sociaux_departements.xlsx", {}),
    ("totaux.csv", {}),
)


def extract_dir() -> Path:
    return Path(str(resources.files("immersion.territory").joinpath("data", "context_extract")))


@transaction.atomic
def load_context_extract(*, actor=None) -> list[ImportSummary]:
    """Import the bundled extract (Rennes, the Breton departments, Brittany, France): every
    file is read and checked before the first is written."""
    folder = extract_dir()
    parsed = [parse_file(folder / name, **options) for name, options in EXTRACT]
    return [import_context(actor=actor, parsed=p) for p in parsed]
