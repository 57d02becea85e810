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
        header, body = _read_xlsx(data)
    elif name.endswith((".csv", ".txt")) or not name:
        header, body = _read_csv(data)
    else:
        raise TabularError(
            _("Format de fichier non pris en charge : utilisez un fichier .xlsx ou .csv.")
        )
    aliases = aliases or {}
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


def _read_csv(data: bytes) -> tuple[list[str], list[tuple[int, list[str]]]]:
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
    first_line = text.split("\n", 1)[0]
    delimiter = max([";", ",", "\t"], key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        lines = list(reader)
    except csv.Error as exc:
        raise TabularError(_("Fichier CSV illisible : %(error)s") % {"error": exc}) from None
    if not lines:
        raise TabularError(_("Le fichier est vide."))
    # csv.reader does not give physical line numbers with multi-line cells; line_num does.
    return lines[0], [(i + 2, cells) for i, cells in enumerate(lines[1:])]


def _read_xlsx(data: bytes) -> tuple[list[str], list[tuple[int, list[object]]]]:
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise TabularError(_("Ce fichier n'est pas un classeur Excel (.xlsx) lisible.")) from None
    sheet = workbook.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    workbook.close()
    if not rows:
        raise TabularError(_("Le fichier est vide."))
    header = [_cell_to_text(c) for c in rows[0]]
    return header, [(i + 2, list(cells)) for i, cells in enumerate(rows[1:])]


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
