"""Read and write the tables organizers keep: CSV (any usual dialect) and Excel (.xlsx).

Reading returns plain rows keyed by normalised header, each with its line number in the file,
so that an import can name every faulty row. Nothing here knows about the domain.
"""

import csv
import io
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import openpyxl
from django.utils.translation import gettext as _
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException

MAX_ROWS = 20_000


class TabularError(Exception):
    """The file as a whole cannot be read (wrong format, no header…). Message in French."""


@dataclass(frozen=True)
class Row:
    line: int
    values: dict[str, str]

    def get(self, key: str) -> str:
        return self.values.get(key, "")

    @property
    def is_empty(self) -> bool:
        return not any(v for v in self.values.values())


def normalise_header(value: object) -> str:
    text = str(value or "").strip().lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    for ch in " -'’./()":
        text = text.replace(ch, "_")
    while "__" in text:
        text = text.replace("__", "_")
    return text.strip("_")


def _cell_to_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value).strip()


def read_table(uploaded, aliases: dict[str, str] | None = None) -> list[Row]:
    """Read an uploaded .csv or .xlsx file. ``aliases`` maps normalised headers to field keys."""
    name = (getattr(uploaded, "name", "") or "").lower()
    data = uploaded.read() if hasattr(uploaded, "read") else bytes(uploaded)
    if not data:
        raise TabularError(_("Le fichier est vide."))
    if name.endswith(".xlsx") or data[:2] == b"PK":
        lines = _read_xlsx(data)
    elif name.endswith((".csv", ".txt")) or not name:
        lines = _read_csv(data)
    else:
        raise TabularError(
            _("Format de fichier non pris en charge : utilisez un fichier .xlsx ou .csv.")
        )
    aliases = aliases or {}
    header, body = _split_header(lines, aliases)
    keys = [aliases.get(normalise_header(h), normalise_header(h)) for h in header]
    if not any(keys):
        raise TabularError(_("La première ligne du fichier doit contenir les noms des colonnes."))
    rows = []
    for line, cells in body:
        values = {}
        for key, cell in zip(keys, cells, strict=False):
            if key:
                values[key] = _cell_to_text(cell)
        row = Row(line=line, values=values)
        if not row.is_empty:
            rows.append(row)
    if len(rows) > MAX_ROWS:
        raise TabularError(
            _("Le fichier compte %(n)d lignes ; le maximum est %(max)d.")
            % {"n": len(rows), "max": MAX_ROWS}
        )
    return rows


HEADER_SEARCH_ROWS = 10


def _split_header(lines, aliases: dict[str, str]):
    """The header is the first row naming at least two known columns, among the first rows
    (spreadsheets often start with a title line); without known columns, the first row."""
    if not lines:
        raise TabularError(_("Le fichier est vide."))
    if aliases:
        for index, (_line, cells) in enumerate(lines[:HEADER_SEARCH_ROWS]):
            known = {aliases[h] for h in (normalise_header(c) for c in cells) if h in aliases}
            if len(known) >= 2:
                return [_cell_to_text(c) for c in cells], lines[index + 1 :]
    _line, cells = lines[0]
    return [_cell_to_text(c) for c in cells], lines[1:]


def _read_csv(data: bytes) -> list[tuple[int, list[str]]]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise TabularError(_("Encodage du fichier non reconnu : enregistrez-le en UTF-8."))
    if "\x00" in text:
        raise TabularError(_("Ce fichier n'est pas un fichier CSV lisible."))
    head = text.splitlines()[:HEADER_SEARCH_ROWS]
    delimiter = max([";", ",", "\t"], key=lambda d: sum(line.count(d) for line in head))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    lines, previous_end = [], 0
    try:
        for cells in reader:
            # A quoted cell may span several physical lines: name a record by its first line.
            lines.append((previous_end + 1, cells))
            previous_end = reader.line_num
    except csv.Error as exc:
        raise TabularError(_("Fichier CSV illisible : %(error)s") % {"error": exc}) from None
    if not lines:
        raise TabularError(_("Le fichier est vide."))
    return lines


def _read_xlsx(data: bytes) -> list[tuple[int, list[object]]]:
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise TabularError(_("Ce fichier n'est pas un classeur Excel (.xlsx) lisible.")) from None
    sheet = workbook.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    workbook.close()
    if not rows:
        raise TabularError(_("Le fichier est vide."))
    return [(i + 1, list(cells)) for i, cells in enumerate(rows)]


def write_table(
    fmt: str, headers: Sequence[str], rows: Iterable[Sequence[object]], title: str = "Export"
) -> bytes:
    """Write rows as CSV (UTF-8 with BOM, semicolons: what French Excel opens) or .xlsx."""
    if fmt == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter=";")
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
        return ("\ufeff" + buffer.getvalue()).encode("utf-8")
    if fmt == "xlsx":
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = title[:31]
        sheet.append(list(headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(["" if v is None else v for v in row])
        for column in sheet.columns:
            width = max(len(str(c.value or "")) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 10), 50)
        sheet.freeze_panes = "A2"
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()
    raise ValueError(f"unknown format {fmt}")


CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
