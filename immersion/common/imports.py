"""All-or-nothing imports of tables: every faulty row is reported, nothing is written."""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from immersion.common.choices import ACCESS_SYNONYMS, AccessNeed
from immersion.common.tabular import Row, TabularError, normalise_header, read_table


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True, order=True)
class RowError:
    line: int
    column: str
    message: str

    def __str__(self):
        if self.column:
            return _("Ligne %(line)d, colonne « %(column)s » : %(message)s") % {
                "line": self.line,
                "column": self.column,
                "message": self.message,
            }
        return _("Ligne %(line)d : %(message)s") % {"line": self.line, "message": self.message}


class ImportRejected(Exception):
    """The file was refused; ``errors`` names every faulty row. Nothing was written."""

    def __init__(self, errors: Iterable[RowError]):
        self.errors = sorted(errors)
        super().__init__(f"{len(self.errors)} erreur(s)")


@dataclass
class RowErrors:
    """Collects errors while validating one file."""

    errors: list[RowError] = field(default_factory=list)

    def add(self, line: int, column: Column | str | None, message: str) -> None:
        label = column.label if isinstance(column, Column) else (column or "")
        self.errors.append(RowError(line, str(label), str(message)))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ImportRejected(self.errors)


def read_rows(uploaded, columns: list[Column]) -> list[Row]:
    """Read the file and check that every required column is there."""
    aliases = {}
    for column in columns:
        for alias in (column.key, normalise_header(column.label), *column.aliases):
            aliases[normalise_header(alias)] = column.key
    try:
        rows = read_table(uploaded, aliases)
    except TabularError as exc:
        raise ImportRejected([RowError(1, "", str(exc))]) from None
    present = set().union(*(r.values.keys() for r in rows)) if rows else set()
    if not rows:
        raise ImportRejected(
            [RowError(1, "", _("Le fichier ne contient aucune ligne de données."))]
        )
    missing = [c for c in columns if c.required and c.key not in present]
    if missing:
        raise ImportRejected(
            [RowError(1, c.label, _("colonne obligatoire absente de l'en-tête")) for c in missing]
        )
    return rows


# Inclusive writing: "élu(e)", "député·e", "enseignant.e.s" name the same category.
_INCLUSIVE = re.compile(r"(?:\((?:e|s|es)\)|[·•.](?:e|s|es)(?:[·•.]s)?)(?=\W|$)")


def normalise_token(value: str) -> str:
    value = _INCLUSIVE.sub("", (value or "").strip().lower())
    text = unicodedata.normalize("NFKD", value)
    text = "".join(c for c in text if not unicodedata.combining(c))
    for ch in "-_'’.()/":
        text = text.replace(ch, " ")
    return " ".join(text.split())


def match_choice(value: str, choices, synonyms: dict[str, str] | None = None) -> str | None:
    """Find a TextChoices code from its code, its French label or a known synonym."""
    token = normalise_token(value)
    if not token:
        return None
    for code, label in choices.choices:
        if token in (normalise_token(code), normalise_token(str(label))):
            return code
    for synonym, code in (synonyms or {}).items():
        if token == normalise_token(synonym):
            return code
    return None


def parse_decimal(value: str) -> float:
    return float(value.replace(",", ".").replace("\u202f", "").replace(" ", ""))


def split_list(value: str) -> list[str]:
    for sep in [";", "|", "\n"]:
        value = value.replace(sep, ",")
    return [v.strip() for v in value.split(",") if v.strip()]


def parse_access_codes(value: str, allowed) -> tuple[list[str], str | None]:
    """Accessibility codes from a cell (« fauteuil roulant; LSF »): (codes, first unknown token).

    ``allowed`` lists the codes the column accepts (a participant's needs, a site's aids).
    """
    codes: list[str] = []
    for token in split_list(value):
        code = match_choice(token, AccessNeed, ACCESS_SYNONYMS)
        if code is None or code not in allowed:
            return [], token
        if code not in codes:
            codes.append(code)
    return [c for c in AccessNeed.values if c in codes], None
