"""Reading the territory's context files (INSEE, DREES) into plain figures.

Plain Python (no Django) so that ``scripts/extract_context.py`` can use it too. Every parser
reads the whole file and returns plain data, or raises ``ContextFileError`` with one French
message naming the line and the column of the first fault: the caller writes nothing then.

Files read (the official INSEE and DREES files whose extract is bundled, and newer ones of the
same shape):

- ``communes``: INSEE communes with census counts (``insee_com, …, population_2021,
  menages_2021, pop_15_64_chomage_2021, pop_15_64_active_2021``); the census year is read from
  the column names, the geography's (COG) year from the file name;
- ``filosofi``: INSEE Filosofi by department (French decimals, year from the file name);
- ``drees``: DREES « Minima sociaux : données départementales », table of RSA recipients
  (years from the table's header row);
- ``departements`` and ``regions``: the COG's names and hierarchy;
- ``figures``: this store's own shape (one figure a line), which the extract script writes for
  the totals it computed from the full files.
"""

import csv
import io
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

KINDS = ("communes", "filosofi", "drees", "departements", "regions", "figures")

COMMUNE, DEPARTEMENT, REGION, FRANCE = "commune", "departement", "region", "france"
LEVELS = (COMMUNE, DEPARTEMENT, REGION, FRANCE)
# France as a whole (with the overseas departments), and mainland France only.
FRANCE_ENTIERE, FRANCE_METROPOLITAINE = "FR", "FRM"

LICENCE = "Licence Ouverte / Etalab 2.0"

# indicator code -> unit. Labels (translated) live in immersion/territory/indicators.py.
INDICATORS = {
    "population": "habitants",
    "menages": "ménages",
    "actifs_15_64": "personnes",
    "chomeurs_15_64": "personnes",
    "taux_chomage_recensement": "%",
    "taux_pauvrete_60": "%",
    "revenu_median_uc": "€",
    "menages_fiscaux": "ménages",
    "personnes_menages_fiscaux": "personnes",
    "rsa_allocataires": "allocataires",
    "rsa_part_15_69": "%",
}

RATE_PLACES = Decimal("0.0001")


class ContextFileError(Exception):
    """A file that cannot be imported; the message is French and names line and column."""


@dataclass(frozen=True)
class Figure:
    indicator: str
    level: str
    code: str
    year: int
    value: Decimal
    source: str
    licence: str = LICENCE
    computed: bool = False
    method: str = ""

    @property
    def unit(self) -> str:
        return INDICATORS[self.indicator]

    @property
    def key(self) -> tuple[str, str, str, int]:
        return (self.indicator, self.level, self.code, self.year)


@dataclass(frozen=True)
class Area:
    level: str
    code: str
    name: str
    parent_code: str
    year: int
    source: str
    licence: str = LICENCE


@dataclass
class Parsed:
    kind: str
    figures: list[Figure] = field(default_factory=list)
    areas: list[Area] = field(default_factory=list)


def fault(line: int, column: str, message: str) -> ContextFileError:
    return ContextFileError(f"ligne {line}, colonne « {column} » : {message}")


# --- entry points ---------------------------------------------------------------------------


def guess_kind(path: Path) -> str:
    """The kind of a file, from its header first, then from its name."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return "drees"
    header = set(_csv_header(path))
    if "insee_com" in header:
        return "communes"
    if any(h.startswith("Taux de pauvreté") for h in header):
        return "filosofi"
    if {"indicator", "level", "code", "year", "value"} <= header:
        return "figures"
    if {"insee_dep", "departement"} <= header:
        return "departements"
    if {"insee_reg", "region"} <= header:
        return "regions"
    name = path.name.lower()
    for words, kind in (
        (("filosofi", "pauvrete"), "filosofi"),
        (("drees", "minima"), "drees"),
        (("commune",), "communes"),
        (("departement",), "departements"),
        (("region",), "regions"),
        (("figures", "totaux"), "figures"),
    ):
        if any(w in name for w in words):
            return kind
    raise ContextFileError(
        f"type de fichier non reconnu : {path.name} (indiquez --kind {'|'.join(KINDS)})"
    )


def parse_file(
    path: Path, kind: str | None = None, *, year: int | None = None, totals: bool = True
) -> Parsed:
    """Read one file. ``year`` overrides the year read from the file name (Filosofi, COG);
    ``totals=False`` skips the department / region / France totals computed from the rows
    (for extracts, which hold a few rows only)."""
    if not path.is_file():
        raise ContextFileError(f"fichier introuvable : {path}")
    kind = kind or guess_kind(path)
    if kind == "drees":
        return parse_drees(path)
    table = _read_csv(path)
    file_year = year or _year_in_name(path)
    if kind == "communes":
        return parse_communes(table, cog_year=file_year, totals=totals)
    if kind == "filosofi":
        if file_year is None:
            raise ContextFileError(
                f"année introuvable dans le nom du fichier {path.name} : indiquez --year"
            )
        return parse_filosofi(table, year=file_year, totals=totals)
    if kind in ("departements", "regions"):
        if file_year is None:
            raise ContextFileError(
                f"année du code géographique introuvable dans {path.name} : indiquez --year"
            )
        return parse_cog(table, kind=kind, year=file_year)
    if kind == "figures":
        return parse_figures(table)
    raise ContextFileError(f"type de fichier inconnu : {kind}")


# --- CSV helpers ----------------------------------------------------------------------------


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _csv_header(path: Path) -> list[str]:
    text = _decode(path)
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return [h.strip() for h in next(csv.reader([first], delimiter=delimiter), [])]


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (line number in the file, values by column)


def _read_csv(path: Path) -> Table:
    """The header (names stripped) and the rows with their line numbers; an empty file, or
    a row with more or fewer values than the header, is an error."""
    text = _decode(path)
    if not text.strip():
        raise ContextFileError(f"ligne 1 : fichier vide ({path.name})")
    first = text.splitlines()[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip() for h in next(reader)]
    rows = []
    for values in reader:
        if not any(v.strip() for v in values):
            continue
        line = reader.line_num
        if len(values) != len(header):
            raise ContextFileError(
                f"ligne {line} : {len(values)} valeurs pour {len(header)} colonnes"
            )
        rows.append((line, dict(zip(header, (v.strip() for v in values), strict=False))))
    if not rows:
        raise ContextFileError(f"ligne 2 : aucune donnée dans {path.name}")
    if len(set(header)) != len(header):
        duplicate = next(h for h in header if header.count(h) > 1)
        raise fault(1, duplicate, "colonne en double")
    return Table(header, rows)


def _year_in_name(path: Path) -> int | None:
    found = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", path.stem)
    return int(found[-1]) if found else None


def _check_columns(header: Iterable[str], required: set[str], known: set[str]) -> None:
    header = list(header)
    for name in header:
        if name not in known and name not in required:
            raise fault(1, name, "colonne inconnue")
    for name in sorted(required):
        if name not in header:
            raise fault(1, name, "colonne manquante")


def number(text: str, line: int, column: str) -> Decimal | None:
    """A number written the French way ("21489,7", "601 507") or the English way; ``None``
    for an empty cell (a figure the source does not give)."""
    cleaned = text.replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise fault(line, column, f"nombre attendu (reçu « {text} »)")
    return value


def rate(numerator: Decimal, denominator: Decimal) -> Decimal:
    return (numerator * 100 / denominator).quantize(RATE_PLACES, rounding=ROUND_HALF_UP)


def department_of(commune_code: str) -> str:
    return commune_code[:3] if commune_code.startswith("97") else commune_code[:2]


# --- communes (census) ----------------------------------------------------------------------

COMMUNE_COUNTS = {
    "population": "population",
    "menages": "menages",
    "pop_15_64_chomage": "chomeurs_15_64",
    "pop_15_64_active": "actifs_15_64",
}
COMMUNE_OTHER = {
    "insee_com",
    "insee_reg",
    "insee_dep",
    "commune",
    "commune_article",
    "code_postal",
    "commune_type",
    "insee_parente",
    "lat",
    "lng",
    "superficie_km2",
}
COMMUNE_OTHER_YEARLY = {"naissances", "deces", "pop_15_64_totale", "population"}
# Communes, and the municipal arrondissements of Paris, Lyon and Marseille (which INSEE's
# file gives instead of the three cities). Delegated / associated communes (COMD, COMA)
# repeat a part of their commune: they are skipped.
COUNTED_TYPES = {"COM", "ARM"}


def parse_communes(table: Table, *, cog_year: int | None, totals: bool = True) -> Parsed:
    header = table.header
    yearly: dict[str, list[int]] = defaultdict(list)
    for name in header:
        match = re.fullmatch(r"(.+)_((?:19|20)\d\d)", name)
        if match and match[1] in COMMUNE_COUNTS | dict.fromkeys(COMMUNE_OTHER_YEARLY):
            yearly[match[1]].append(int(match[2]))
        elif name not in COMMUNE_OTHER:
            raise fault(1, name, "colonne inconnue")
    for name in ("insee_com", "insee_dep", "insee_reg", "commune_type"):
        if name not in header:
            raise fault(1, name, "colonne manquante")
    for stem in COMMUNE_COUNTS:
        if not yearly.get(stem):
            raise fault(1, f"{stem}_AAAA", "colonne manquante")
    # The latest census year of each count (population_2015 is an older census: ignored).
    columns = {stem: f"{stem}_{max(yearly[stem])}" for stem in COMMUNE_COUNTS}
    census = max(yearly["population"])
    source = f"INSEE, recensement de la population {census}"
    if cog_year:
        source += f" (géographie au 1er janvier {cog_year})"

    parsed = Parsed(kind="communes")
    seen: dict[str, dict] = {}
    for line, row in table.rows:
        code = row.get("insee_com", "")
        kind = row.get("commune_type", "") or "COM"
        if not re.fullmatch(r"\d[\dAB]\d{3}", code):
            raise fault(line, "insee_com", f"code INSEE attendu (reçu « {code} »)")
        values = {
            stem: number(row.get(column, ""), line, column) for stem, column in columns.items()
        }
        if kind not in COUNTED_TYPES or code in seen:
            continue
        seen[code] = {
            "kind": kind,
            "parent": row.get("insee_parente", ""),
            "dep": row.get("insee_dep") or department_of(code),
            "reg": row.get("insee_reg", ""),
            "values": values,
        }
        parsed.areas.append(
            Area(
                COMMUNE,
                code,
                row.get("commune_article") or row.get("commune") or code,
                seen[code]["dep"],
                cog_year or census,
                f"INSEE, code officiel géographique {cog_year or ''}".strip(),
            )
        )

    def add(level, code, values, *, computed=False, method=""):
        for stem, indicator in COMMUNE_COUNTS.items():
            if values.get(stem) is not None:
                parsed.figures.append(
                    Figure(
                        indicator,
                        level,
                        code,
                        census,
                        values[stem],
                        source,
                        computed=computed,
                        method=method,
                    )
                )
        active, unemployed = values.get("pop_15_64_active"), values.get("pop_15_64_chomage")
        if active and unemployed is not None:
            parsed.figures.append(
                Figure(
                    "taux_chomage_recensement",
                    level,
                    code,
                    census,
                    rate(unemployed, active),
                    source,
                    computed=True,
                    method=(method + " ; " if method else "")
                    + "chômeurs de 15 à 64 ans / actifs de 15 à 64 ans",
                )
            )

    for code, item in seen.items():
        add(COMMUNE, code, item["values"])

    # Paris, Lyon and Marseille: the city is the sum of its arrondissements when the file
    # gives only them.
    cities: dict[str, dict] = defaultdict(lambda: defaultdict(Decimal))
    for item in seen.values():
        if item["kind"] == "ARM" and item["parent"] and item["parent"] not in seen:
            for stem, value in item["values"].items():
                if value is not None:
                    cities[item["parent"]][stem] += value
    for code, values in cities.items():
        add(COMMUNE, code, values, computed=True, method="somme des arrondissements")

    if totals:
        # Departments, regions and France: sums of the communes' counts (arrondissements
        # counted once, in place of their city); rates recomputed from the sums.
        sums: dict[tuple[str, str], dict] = defaultdict(lambda: defaultdict(Decimal))
        for item in seen.values():
            if item["kind"] == "ARM" and item["parent"] in seen:
                continue
            for level, code in (
                (DEPARTEMENT, item["dep"]),
                (REGION, item["reg"]),
                (FRANCE, FRANCE_ENTIERE),
            ):
                if code:
                    for stem, value in item["values"].items():
                        if value is not None:
                            sums[level, code][stem] += value
        for (level, code), values in sums.items():
            add(level, code, values, computed=True, method="somme des communes du fichier")
    return parsed


# --- Filosofi -------------------------------------------------------------------------------

FILOSOFI_CODE = "Code géographique"
FILOSOFI_COLUMNS = {
    "Nombre de ménages fiscaux": "menages_fiscaux",
    "Nombre de personnes dans les ménages fiscaux": "personnes_menages_fiscaux",
    "Taux de pauvreté-Ensemble (% pop totale)": "taux_pauvrete_60",
    "Revenu disponible par unité de consommation (Médiane)": "revenu_median_uc",
}
FILOSOFI_OTHER = {
    "Libellé géographique",
    "Part des ménages fiscaux imposés (%)",
    "Taux de pauvreté selon l’âge du référent fiscal (% des moins de 30 ans)",
    "Taux de pauvreté selon l’âge du référent fiscal (% des 30 à 39 ans)",
    "Taux de pauvreté selon l’âge du référent fiscal (% des 40 à 49 ans)",
    "Taux de pauvreté selon l’âge du référent fiscal (% des 50 à 59 ans)",
    "Taux de pauvreté selon l’âge du référent fiscal (% des 60 à 74 ans)",
    "Taux de pauvreté selon l’âge du référent fiscal (% des 75 ans ou plus)",
    "Taux de pauvreté selon le statut d’occupation du logement (propriétaires)",
    "Taux de pauvreté selon le statut d’occupation du logement (locataires)",
    "Revenu disponible par unité de consommation (Rapport inter-décile 9e décile/1er decile)",
    "Revenu disponible par unité de consommation (1er décile)",
    "Revenu disponible par unité de consommation (9e décile du niveau de vie)",
}


def parse_filosofi(table: Table, *, year: int, totals: bool = True) -> Parsed:
    _check_columns(table.header, {FILOSOFI_CODE, *FILOSOFI_COLUMNS}, FILOSOFI_OTHER)
    source = f"INSEE, Filosofi {year}"
    parsed = Parsed(kind="filosofi")
    departments: dict[str, dict[str, Decimal | None]] = {}
    seen: set[str] = set()
    for line, row in table.rows:
        code = row.get(FILOSOFI_CODE, "")
        if re.fullmatch(r"\d[\dAB]\d{3}", code):
            level = COMMUNE
        elif re.fullmatch(r"\d[\dAB]|97\d", code):
            level = DEPARTEMENT
        else:
            raise fault(
                line, FILOSOFI_CODE, f"code de commune ou de département attendu (reçu « {code} »)"
            )
        if code in seen:
            raise fault(line, FILOSOFI_CODE, f"territoire en double (« {code} »)")
        seen.add(code)
        values = {
            indicator: number(row.get(column, ""), line, column)
            for column, indicator in FILOSOFI_COLUMNS.items()
        }
        for indicator, value in values.items():
            if value is not None:
                parsed.figures.append(Figure(indicator, level, code, year, value, source))
        if level == DEPARTEMENT:
            departments[code] = values
    if totals and departments:
        # France: the poverty rate weighted by each department's people in fiscal
        # households (Σ rate × people / Σ people), households and people summed. Without
        # the overseas departments (Filosofi 2013 covers mainland France only) the total is
        # mainland France's. The median income is not computed: a weighted mean of
        # departments' medians is not the national median.
        code = (
            FRANCE_ENTIERE
            if any(c.startswith("97") for c in departments)
            else FRANCE_METROPOLITAINE
        )
        people = sum(
            (v["personnes_menages_fiscaux"] or 0 for v in departments.values()), Decimal(0)
        )
        households = sum((v["menages_fiscaux"] or 0 for v in departments.values()), Decimal(0))
        weighted = [
            (v["taux_pauvrete_60"], v["personnes_menages_fiscaux"])
            for v in departments.values()
            if v["taux_pauvrete_60"] is not None and v["personnes_menages_fiscaux"]
        ]
        method = f"calculé à partir des {len(departments)} départements du fichier"
        if weighted:
            poor = sum((r * p for r, p in weighted), Decimal(0))
            base = sum((p for _, p in weighted), Decimal(0))
            parsed.figures.append(
                Figure(
                    "taux_pauvrete_60",
                    FRANCE,
                    code,
                    year,
                    (poor / base).quantize(RATE_PLACES, rounding=ROUND_HALF_UP),
                    source,
                    computed=True,
                    method=method + ", pondéré par les personnes des ménages fiscaux",
                )
            )
        for indicator, total in (
            ("personnes_menages_fiscaux", people),
            ("menages_fiscaux", households),
        ):
            parsed.figures.append(
                Figure(indicator, FRANCE, code, year, total, source, computed=True, method=method)
            )
    return parsed


# --- COG: departments and regions -----------------------------------------------------------

COG_COLUMNS = {
    "departements": (
        {"insee_dep", "insee_reg", "departement"},
        {
            "departement_article",
            "lng",
            "lat",
            "aire",
            "lambda",
            "phi",
            "insee_com_cheflieu",
            "insee_com_centre",
        },
    ),
    "regions": (
        {"insee_reg", "region"},
        {
            "region_article",
            "lng",
            "lat",
            "aire",
            "lambda",
            "phi",
            "insee_reg_cheflieu",
            "commune_centre",
        },
    ),
}


def parse_cog(table: Table, *, kind: str, year: int) -> Parsed:
    required, known = COG_COLUMNS[kind]
    _check_columns(table.header, required, known)
    source = f"INSEE, code officiel géographique {year}"
    parsed = Parsed(kind=kind)
    for line, row in table.rows:
        if kind == "departements":
            code, name, parent = row["insee_dep"], row["departement"], row["insee_reg"]
            if not re.fullmatch(r"\d[\dAB]|97\d", code):
                raise fault(line, "insee_dep", f"code de département attendu (reçu « {code} »)")
            level = DEPARTEMENT
        else:
            code, name, parent = row["insee_reg"], row["region"], ""
            if not re.fullmatch(r"\d\d", code):
                raise fault(line, "insee_reg", f"code de région attendu (reçu « {code} »)")
            level = REGION
        if not name:
            raise fault(line, "departement" if kind == "departements" else "region", "nom vide")
        if any(a.code == code for a in parsed.areas):
            raise fault(
                line, "insee_dep" if level == DEPARTEMENT else "insee_reg", "code en double"
            )
        parsed.areas.append(Area(level, code, name, parent, year, source))
    return parsed


# --- this store's own shape -----------------------------------------------------------------

FIGURE_COLUMNS = [
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
]


def parse_figures(table: Table) -> Parsed:
    _check_columns(table.header, set(FIGURE_COLUMNS), set())
    parsed = Parsed(kind="figures")
    keys = set()
    for line, row in table.rows:
        indicator = row["indicator"]
        if indicator not in INDICATORS:
            raise fault(line, "indicator", f"indicateur inconnu (reçu « {indicator} »)")
        if row["level"] not in LEVELS:
            raise fault(line, "level", f"niveau inconnu (reçu « {row['level']} »)")
        if not row["code"]:
            raise fault(line, "code", "code vide")
        if not re.fullmatch(r"(19|20)\d\d", row["year"]):
            raise fault(line, "year", f"année attendue (reçu « {row['year']} »)")
        value = number(row["value"], line, "value")
        if value is None:
            raise fault(line, "value", "nombre attendu (cellule vide)")
        if row["unit"] != INDICATORS[indicator]:
            raise fault(line, "unit", f"unité « {INDICATORS[indicator]} » attendue")
        if not row["source"]:
            raise fault(line, "source", "source vide")
        if row["computed"] not in ("0", "1"):
            raise fault(line, "computed", f"0 ou 1 attendu (reçu « {row['computed']} »)")
        key = (indicator, row["level"], row["code"], row["year"])
        if key in keys:
            raise fault(line, "code", "chiffre en double (même indicateur, territoire et année)")
        keys.add(key)
        parsed.figures.append(
            Figure(
                indicator,
                row["level"],
                row["code"],
                int(row["year"]),
                value,
                row["source"],
                row["licence"] or LICENCE,
                computed=row["computed"] == "1",
                method=row["method"],
            )
        )
    return parsed


def write_figures(figures: Iterable[Figure], out) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIGURE_COLUMNS)
    for f in figures:
        writer.writerow(
            [
                f.indicator,
                f.level,
                f.code,
                f.year,
                f"{f.value.normalize():f}",
                f.unit,
                f.source,
                f.licence,
                int(f.computed),
                f.method,
            ]
        )


# --- DREES: RSA recipients by department ----------------------------------------------------

DREES_TITLE = "allocataires du RSA par département"
DREES_CODE = "N° Dep"
DREES_GROUP = "Total RSA"
DREES_SHARE = "Proportion d'allocataires du RSA parmi la population"
DREES_SOURCE = "DREES, minima sociaux : données départementales (allocataires du RSA au 31 décembre ; CNAF, MSA)"  # noqa: E501
DREES_MISSING = {"-", '="-"', "", "nd", "n.d."}


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def parse_drees(path: Path) -> Parsed:
    import openpyxl  # only here: the CSV parsers need nothing beyond the standard library

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise ContextFileError(
            f"fichier .xlsx illisible ou tronqué : {path.name} ({type(exc).__name__})"
        ) from None
    try:
        return _parse_drees_book(book)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
        raise ContextFileError(
            f"fichier .xlsx illisible ou tronqué : {path.name} ({type(exc).__name__})"
        ) from None
    finally:
        book.close()


def _cell_text(value) -> str:
    return "" if value is None else str(value).strip()


def _parse_drees_book(book) -> Parsed:
    # The table of RSA recipients "au 31 décembre de chaque année depuis 2009" (Tableau 11
    # in the 2019 edition); the table "de 2009 à 2015" has the old series only.
    sheet = None
    for ws in book.worksheets:
        # Generators left half-read keep their zip member open: always close them.
        with closing(ws.iter_rows(min_row=1, max_row=1, max_col=3, values_only=True)) as top:
            first = next(top, ())
        title = " ".join(_cell_text(v) for v in first)
        if DREES_TITLE in title and "depuis" in title:
            sheet = ws
            break
    if sheet is None:
        raise ContextFileError(
            "ligne 1 : feuille introuvable (titre « Répartition des allocataires du RSA par "
            "département au 31 décembre de chaque année depuis … »)"
        )
    with closing(sheet.iter_rows(max_col=60, values_only=True)) as rows:
        return _parse_drees_rows(rows)


def _parse_drees_rows(rows) -> Parsed:
    line, header = 0, None
    for line, values in enumerate(rows, 1):
        texts = [_cell_text(v) for v in values]
        if DREES_CODE in texts:
            header = texts
            break
        if line > 30:
            break
    if header is None:
        raise fault(line or 1, DREES_CODE, "colonne manquante")
    code_col = header.index(DREES_CODE)
    name_col = code_col + 1
    if DREES_GROUP not in header:
        raise fault(line, DREES_GROUP, "colonne manquante")
    first_col = header.index(DREES_GROUP)
    years_line = line + 1
    years_row = [_cell_text(v) for v in next(rows, ())]
    columns: dict[int, int] = {}  # year -> column index; the rightmost column of a year wins
    share_col = None
    for col in range(first_col, len(years_row)):
        text = years_row[col]
        if text.startswith(DREES_SHARE):
            share_col = col
            break
        match = re.match(r"((?:19|20)\d\d)(?:\.0)?(\s*\(\d+\))?$", text)
        if match:
            # "2016 (2)" is the new series of 2016 (CNAF's new production system), which
            # continues into 2017-2019; the plain "2016" column is the old one.
            columns[int(match[1])] = col
        elif text:
            raise fault(years_line, _column_letter(col), f"année attendue (reçu « {text} »)")
    if not columns:
        raise fault(years_line, _column_letter(first_col), "aucune année")
    last_year = max(columns)
    parsed = Parsed(kind="drees")

    def value_at(values, col, line):
        raw = values[col] if col < len(values) else None
        if isinstance(raw, bool):
            raise fault(line, f"{_column_letter(col)}", f"nombre attendu (reçu « {raw} »)")
        if isinstance(raw, int | float):
            return Decimal(str(raw))
        text = _cell_text(raw)
        if text in DREES_MISSING or text.startswith("="):
            # "-": no figure; a formula without a cached value: no figure either.
            return None
        return number(text, line, _column_letter(col))

    for line, values in enumerate(rows, years_line + 1):
        code = _cell_text(values[code_col] if code_col < len(values) else None)
        name = _cell_text(values[name_col] if name_col < len(values) else None)
        if not code and not name:
            break
        if isinstance(values[code_col], int | float):
            code = f"{int(values[code_col]):02d}"
        code = {"20A": "2A", "20B": "2B"}.get(code, code)  # DREES writes Corsica's 20A, 20B
        if code:
            if not re.fullmatch(r"\d[\dAB]|97\d", code):
                raise fault(line, DREES_CODE, f"code de département attendu (reçu « {code} »)")
            level = DEPARTEMENT
        elif name == "France":
            level, code = FRANCE, FRANCE_ENTIERE
        elif name == "France métropolitaine":
            level, code = FRANCE, FRANCE_METROPOLITAINE
        else:
            continue  # "DOM": a subtotal we do not keep
        for year, col in columns.items():
            value = value_at(values, col, line)
            if value is not None:
                parsed.figures.append(
                    Figure("rsa_allocataires", level, code, year, value, DREES_SOURCE)
                )
        if share_col is not None:
            value = value_at(values, share_col, line)
            if value is not None:
                parsed.figures.append(
                    Figure(
                        "rsa_part_15_69",
                        level,
                        code,
                        last_year,
                        value.quantize(RATE_PLACES, rounding=ROUND_HALF_UP),
                        DREES_SOURCE,
                        method="allocataires × 100 / population estimée de 15 à 69 ans "
                        f"au 1er janvier {last_year + 1} (DREES)",
                    )
                )
    if not parsed.figures:
        raise fault(years_line + 1, DREES_CODE, "aucun département")
    return parsed
