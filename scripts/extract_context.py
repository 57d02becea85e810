#!/usr/bin/env python3
"""Write the small extract of the territory's context files that the demo and the tests use.

Reads the real files (the folder given by --source: the full official files) and writes, in
immersion/territory/data/context_extract/, the same files cut down to Rennes, a few other
Breton communes, the four Breton departments and Brittany, in the originals' shapes, so that
``manage.py import_context`` reads them like the originals. The totals that need the whole
files (departments, Brittany and France from every commune; mainland France's poverty rate
from every department) are computed here with the importer's own code and written to
``totaux.csv``, in the store's own shape (``--kind figures``).

    python scripts/extract_context.py --source DIR [--out DIR]
"""

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from immersion.territory.context import (  # noqa: E402
    DEPARTEMENT,
    FRANCE,
    REGION,
    parse_file,
    write_figures,
)

COMMUNES = {"35238", "35288", "29019", "22278", "56260"}  # Rennes, Saint-Malo, Brest, …
DEPARTMENTS = {"22", "29", "35", "56"}
REGIONS = {"53"}


def copy_csv_rows(source: Path, out: Path, column: str, keep: set[str]) -> int:
    with source.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        index = header.index(column)
        rows = [r for r in reader if r and r[index] in keep]
    ending = "\r\n" if b"\r\n" in source.read_bytes()[:4096] else "\n"
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator=ending)
        writer.writerow(header)
        writer.writerows(rows)
    return len(rows)


def copy_drees(source: Path, out: Path) -> int:
    """The RSA table (title, header rows, the kept departments, mainland France and
    France, the notes), values only, at the same rows' places relative to the header."""
    import openpyxl

    book = openpyxl.load_workbook(source, read_only=True, data_only=True)
    sheet = book["Tableau 11"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    book.close()
    header = next(i for i, r in enumerate(rows) if "N° Dep" in r)
    code_col = rows[header].index("N° Dep")
    kept = rows[: header + 2]
    count, notes = 0, False
    for row in rows[header + 2 :]:
        code, name = row[code_col], str(row[code_col + 1] or "").strip()
        if notes or (code is None and not name):
            notes = True  # the blank row and the sources and notes below the table
            kept.append(row)
        elif str(code) in DEPARTMENTS or (
            code is None and name in ("France métropolitaine", "France")
        ):
            kept.append(row)
            count += 1
    new = openpyxl.Workbook()
    ws = new.active
    ws.title = "Tableau 11"
    for row in kept:
        ws.append(row)
    new.save(out)
    return count


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "immersion/territory/data/context_extract"
    )
    args = parser.parse_args(argv)
    src, out = args.source, args.out
    out.mkdir(parents=True, exist_ok=True)

    n = copy_csv_rows(src / "communes_2024.csv", out / "communes_2024.csv", "insee_com", COMMUNES)
    print(f"communes_2024.csv : {n} lignes")
    n = copy_csv_rows(
        src / "departements_2024.csv", out / "departements_2024.csv", "insee_dep", DEPARTMENTS
    )
    print(f"departements_2024.csv : {n} lignes")
    n = copy_csv_rows(src / "regions_2024.csv", out / "regions_2024.csv", "insee_reg", REGIONS)
    print(f"regions_2024.csv : {n} lignes")
    name = "filosofi_pauvrete_departements_2013.csv"
    n = copy_csv_rows(src / name, out / name, "Code géographique", DEPARTMENTS)
    print(f"{name} : {n} lignes")
    name = "drees_minima_sociaux_departements.xlsx"
    n = copy_drees(src / name, out / name)
    print(f"{name} : {n} lignes")

    totals = [
        f
        for f in parse_file(src / "communes_2024.csv").figures
        + parse_file(src / "filosofi_pauvrete_departements_2013.csv").figures
        if (f.level == DEPARTEMENT and f.code in DEPARTMENTS and f.computed)
        or (f.level == REGION and f.code in REGIONS)
        or f.level == FRANCE
    ]
    with (out / "totaux.csv").open("w", encoding="utf-8", newline="") as f:
        write_figures(totals, f)
    print(f"totaux.csv : {len(totals)} chiffres calculés")
    return 0


if __name__ == "__main__":
    sys.exit(main())
