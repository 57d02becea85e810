"""Read and write the tables organizers keep: CSV (any usual dialect) and Excel (.xlsx).

Reading returns plain rows keyed by normalised header, each with its line number in the file,
so that an import can name every faulty row. Nothing here knows about the domain.
"""

import csv
import io
import itertools
import logging
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO

import openpyxl
from defusedxml import DefusedXmlException
from django.utils import formats
from django.utils.translation import gettext as _
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

logger = logging.getLogger(__name__)

# Limits that keep one upload from taking the server down (memory, CPU, database lock).
MAX_FILE_SIZE = 10 * 1024 * 1024
MAX_ROWS = 5_000  # data rows, header not counted
MAX_COLUMNS = 200
MAX_LINES = 4 * MAX_ROWS  # every line read, empty ones included
MAX_UNCOMPRESSED_SIZE = 100 * 1024 * 1024  # sum of the members of an .xlsx (a zip)
MAX_ZIP_MEMBERS = 1_000
# Cells a sheet may hold, counted in its XML before openpyxl parses it (a few million cells
# far to the right of column MAX_COLUMNS would otherwise take a minute to skip).
MAX_CELLS = MAX_ROWS * MAX_COLUMNS
_CELL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")

# A cell starting with one of these is taken for a formula by spreadsheet software.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


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


def _is_escaped(text: str) -> bool:
    """ "'=…", "'+33 6…", "''=…": what _csv_cell writes for text starting with a formula sign."""
    return text[:1] == "'" and text.lstrip("'")[:1] in FORMULA_PREFIXES


def _megabytes(size: int) -> str:
    return formats.number_format(size / (1024 * 1024), decimal_pos=1)


def _number(n: int) -> str:
    return formats.number_format(n, force_grouping=True)


def _file_too_big(size: int) -> TabularError:
    return TabularError(
        _(
            "Le fichier dépasse %(max)d Mo (%(size)s Mo) : découpez-le en plusieurs fichiers "
            "ou retirez-en les colonnes inutiles."
        )
        % {"max": MAX_FILE_SIZE // (1024 * 1024), "size": _megabytes(size)}
    )


def _too_many_rows() -> TabularError:
    return TabularError(
        _(
            "Le fichier compte plus de %(max)s lignes de données ; un import en accepte "
            "%(max)s au plus : découpez-le en plusieurs fichiers."
        )
        % {"max": _number(MAX_ROWS)}
    )


def check_size(size: int | None) -> None:
    """Refuse a file bigger than MAX_FILE_SIZE from the size it says it has."""
    if size is not None and size > MAX_FILE_SIZE:
        raise _file_too_big(size)


def _read_bytes(uploaded) -> bytes:
    """Read the upload, refusing it before reading when it is too big."""
    size = getattr(uploaded, "size", None)
    check_size(size)
    if hasattr(uploaded, "read"):
        data = uploaded.read(MAX_FILE_SIZE + 1)
    else:
        data = bytes(uploaded)
    if len(data) > MAX_FILE_SIZE:
        raise _file_too_big(size if size is not None and size > len(data) else len(data))
    return data


def read_table(uploaded, aliases: dict[str, str] | None = None) -> list[Row]:
    """Read an uploaded .csv or .xlsx file. ``aliases`` maps normalised headers to field keys.

    Within limits (MAX_FILE_SIZE, MAX_ROWS, MAX_COLUMNS…): beyond them the file is refused
    with a TabularError, before most of it is read."""
    name = (getattr(uploaded, "name", "") or "").lower()
    data = _read_bytes(uploaded)
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
        raise _too_many_rows()
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


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _width(cells: Sequence[object]) -> int:
    """How many cells there are up to the last one that holds something.

    openpyxl pads every row with None up to the column asked for: skip that tail by
    bisection (count() runs in C); the blanks left are in the file, so worth a look each."""
    low, high = 0, len(cells)
    while low < high:
        middle = (low + high) // 2
        if cells[middle:].count(None) == len(cells) - middle:
            high = middle
        else:
            low = middle + 1
    while low and _is_blank(cells[low - 1]):
        low -= 1
    return low


def _collect(lines: Iterable[tuple[int, Sequence[object]]]) -> list[tuple[int, list[object]]]:
    """Keep the lines that hold something, trailing empty cells trimmed, within the limits.

    Stops reading as soon as a limit is passed: the rest of the file is never parsed."""
    kept = []
    for count, (line, cells) in enumerate(lines, start=1):
        if count > MAX_LINES:
            raise TabularError(
                _(
                    "Le fichier compte plus de %(lines)s lignes, lignes vides comprises ; un "
                    "import accepte %(max)s lignes de données au plus : supprimez les lignes "
                    "vides en fin de feuille ou découpez le fichier."
                )
                % {"lines": _number(MAX_LINES), "max": _number(MAX_ROWS)}
            )
        width = _width(cells)
        if width > MAX_COLUMNS:
            raise TabularError(
                _(
                    "Ligne %(line)d : plus de %(max)d colonnes remplies ; un import en accepte "
                    "%(max)d au plus : supprimez les colonnes inutiles."
                )
                % {"line": line, "max": MAX_COLUMNS}
            )
        if width:
            kept.append((line, list(cells[:width])))
            # The header is among the first HEADER_SEARCH_ROWS lines kept: past this many,
            # there are more than MAX_ROWS data lines whatever the header.
            if len(kept) > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise _too_many_rows()
    if not kept:
        raise TabularError(_("Le fichier est vide."))
    return kept


def _read_csv(data: bytes) -> list[tuple[int, list[object]]]:
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
    head = text[: 64 * 1024].splitlines()[:HEADER_SEARCH_ROWS]
    delimiter = max([";", ",", "\t"], key=lambda d: sum(line.count(d) for line in head))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def records():
        previous_end = 0
        for cells in reader:
            # A quoted cell may span several physical lines: name a record by its first line.
            # Our CSV exports prefix text like "=…" or "+33 6…" with an apostrophe: drop it.
            yield previous_end + 1, [c[1:] if _is_escaped(c) else c for c in cells]
            previous_end = reader.line_num

    try:
        return _collect(records())
    except csv.Error as exc:
        raise TabularError(_("Fichier CSV illisible : %(error)s") % {"error": exc}) from None


def _unreadable_xlsx() -> TabularError:
    return TabularError(
        _(
            "Ce fichier n'est pas un classeur Excel (.xlsx) lisible : il est peut-être "
            "incomplet ou endommagé. Enregistrez-le à nouveau depuis votre tableur, ou "
            "importez un fichier .csv."
        )
    )


def _check_zip(data: bytes) -> None:
    """Refuse a zip bomb from its table of contents, before anything is decompressed.

    zipfile stops at the size each member declares and then fails on its checksum, so a
    member cannot decompress to more than what is checked here."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise _unreadable_xlsx() from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise _unreadable_xlsx()
    total = sum(member.file_size for member in members)
    if total > MAX_UNCOMPRESSED_SIZE:
        raise TabularError(
            _(
                "Ce classeur Excel occuperait %(size)s Mo une fois décompressé ; le maximum est "
                "%(max)d Mo : enregistrez-le à nouveau depuis votre tableur ou importez un "
                "fichier .csv."
            )
            % {"size": _megabytes(total), "max": MAX_UNCOMPRESSED_SIZE // (1024 * 1024)}
        )
    _check_cell_count(data, [m for m in members if m.filename.startswith("xl/worksheets/")])


def _check_cell_count(data: bytes, sheets: list[zipfile.ZipInfo]) -> None:
    """Count the cells of the sheets in their XML, streaming, and stop past MAX_CELLS."""
    count = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for member in sheets:
                tail = b""
                with archive.open(member) as stream:
                    while chunk := stream.read(1024 * 1024):
                        block = tail + chunk
                        # A tag cut at the chunk's end is counted with the next chunk.
                        cut = max(len(block) - 16, 0)
                        count += len(_CELL_TAG.findall(block, 0, cut))
                        tail = block[cut:]
                        if count > MAX_CELLS:
                            raise TabularError(
                                _(
                                    "Ce classeur Excel contient plus de %(max)s cellules : "
                                    "gardez les %(rows)s lignes et %(cols)d colonnes utiles, "
                                    "ou importez un fichier .csv."
                                )
                                % {
                                    "max": f"{MAX_CELLS:,}".replace(",", "\u202f"),
                                    "rows": f"{MAX_ROWS:,}".replace(",", "\u202f"),
                                    "cols": MAX_COLUMNS,
                                }
                            )
                count += len(_CELL_TAG.findall(tail))
    except TabularError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        raise _unreadable_xlsx() from None


def _caused_by(exc: BaseException | None, kind: type[BaseException]) -> bool:
    """openpyxl re-raises some parse errors as a bare ValueError: look down the chain."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, kind):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def _read_xlsx(data: bytes) -> list[tuple[int, list[object]]]:
    _check_zip(data)
    workbook = None
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        if not workbook.worksheets:
            raise TabularError(_("Le fichier est vide."))
        sheet = workbook.worksheets[0]
        # The <dimension> a file declares is not to be trusted (20 000 × 16 384 cells for
        # a few rows): forget it, read row by row and never past MAX_COLUMNS + 1 columns.
        sheet.reset_dimensions()
        rows = sheet.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True)
        return _collect((line, cells) for line, cells in enumerate(rows, start=1))
    except TabularError:
        raise
    except Exception as exc:
        # Whatever a damaged or hostile file makes openpyxl, zipfile or the XML parser raise
        # (BadZipFile, KeyError, ParseError, ValueError, TypeError…), the user gets a message.
        logger.info("Unreadable .xlsx upload: %s: %s", type(exc).__name__, exc)
        if _caused_by(exc, DefusedXmlException):
            raise TabularError(
                _(
                    "Ce classeur Excel contient des déclarations XML interdites (entités) : "
                    "enregistrez-le à nouveau depuis votre tableur."
                )
            ) from None
        raise _unreadable_xlsx() from None
    finally:
        if workbook is not None:
            workbook.close()


def _csv_cell(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula gets a leading apostrophe
    (OWASP "CSV injection"); numbers stay numbers: -1.5 is not a formula."""
    if value is None:
        return ""
    if isinstance(value, str) and (value.startswith(FORMULA_PREFIXES) or _is_escaped(value)):
        return "'" + value
    return value


def _xlsx_cell(sheet, value: object, *, write_only: bool = False) -> Cell:
    if value is None:
        value = ""
    if isinstance(value, str):
        # openpyxl refuses control characters: drop them rather than fail the whole export.
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = WriteOnlyCell(sheet, value=value) if write_only else Cell(sheet, value=value)
    if isinstance(value, str):
        # openpyxl would store "=…" as a formula: a text cell is only ever text.
        cell.data_type = "s"
    return cell


def write_table(
    fmt: str, headers: Sequence[str], rows: Iterable[Sequence[object]], title: str = "Export"
) -> bytes:
    """Write rows as CSV (UTF-8 with BOM, semicolons: what French Excel opens) or .xlsx.

    Text is never written as a formula, whatever it starts with: these files hold what
    participants typed, and organizers open them in their spreadsheet."""
    if fmt == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter=";")
        writer.writerow([_csv_cell(h) for h in headers])
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])
        return ("\ufeff" + buffer.getvalue()).encode("utf-8")
    if fmt == "xlsx":
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = title[:31]
        for row in itertools.chain([headers], rows):
            sheet.append([_xlsx_cell(sheet, v) for v in row])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for column in sheet.columns:
            width = max(len(str(c.value or "")) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 10), 50)
        sheet.freeze_panes = "A2"
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()
    raise ValueError(f"unknown format {fmt}")


class _Echo:
    """A file-like object whose write() hands the line back (csv.writer into a generator)."""

    def write(self, value: str) -> str:
        return value


def stream_csv(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> Iterator[bytes]:
    """The CSV of ``write_table`` line by line, for a StreamingHttpResponse: a list of
    thousands of rows is never held whole in memory. Same escaping of formulas."""
    writer = csv.writer(_Echo(), delimiter=";")
    yield ("\ufeff" + writer.writerow([_csv_cell(h) for h in headers])).encode("utf-8")
    for row in rows:
        yield writer.writerow([_csv_cell(v) for v in row]).encode("utf-8")


def write_xlsx_file(
    headers: Sequence[str], rows: Iterable[Sequence[object]], title: str = "Export"
) -> IO[bytes]:
    """The .xlsx of ``write_table`` in openpyxl's write-only mode (rows go to disk as they
    come, not into a sheet held in memory), written to a temporary file returned at its
    start, for a FileResponse that streams it. Same escaping of formulas."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    for index, header in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(len(header) + 2, 14), 50)
    bold = []
    for header in headers:
        cell = _xlsx_cell(sheet, header, write_only=True)
        cell.font = Font(bold=True)
        bold.append(cell)
    sheet.append(bold)
    for row in rows:
        sheet.append([_xlsx_cell(sheet, v, write_only=True) for v in row])
    file = tempfile.TemporaryFile()  # noqa: SIM115 — closed by the FileResponse
    workbook.save(file)
    file.seek(0)
    return file


@dataclass(frozen=True)
class Choices:
    """A drop-down list on one column of an import template.

    ``strict``: only these values may be typed (else a warning lets the person write a
    combination, e.g. several half-days in one cell)."""

    column: str  # the header it applies to
    values: Sequence[str]
    prompt: str = ""
    strict: bool = True


TEMPLATE_ROWS = 1000  # rows of the template that carry the drop-down lists
LISTS_SHEET = "Listes"


def write_template(
    headers: Sequence[str],
    example: Sequence[object],
    choices: Sequence[Choices] = (),
    title: str = "Modèle",
) -> bytes:
    """An .xlsx import template: the header row, one example row, and drop-down lists
    (data validation) whose values live in a hidden sheet « Listes » (a list typed into
    the rule itself may not pass 255 characters)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.append([_xlsx_cell(sheet, h) for h in headers])
    sheet.append([_xlsx_cell(sheet, v) for v in example])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, header in enumerate(headers, start=1):
        width = max(len(str(header)), len(str(example[index - 1] or "")))
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 12), 50)
    sheet.freeze_panes = "A2"
    lists = workbook.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    for list_index, choice in enumerate(choices, start=1):
        letter = get_column_letter(list_index)
        lists.cell(row=1, column=list_index, value=choice.column)
        for row, value in enumerate(choice.values, start=2):
            cell = lists.cell(row=row, column=list_index, value=str(value))
            cell.data_type = "s"
        last = len(choice.values) + 1
        validation = DataValidation(
            type="list",
            formula1=f"{LISTS_SHEET}!${letter}$2:${letter}${last}",
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="stop" if choice.strict else "warning",
            error=_("Choisissez une valeur de la liste.") if choice.strict else choice.prompt,
            promptTitle=str(choice.column)[:32],
            prompt=choice.prompt[:255] if choice.prompt else None,
            showInputMessage=bool(choice.prompt),
        )
        target = get_column_letter(list(headers).index(choice.column) + 1)
        validation.add(f"{target}2:{target}{TEMPLATE_ROWS + 1}")
        sheet.add_data_validation(validation)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
