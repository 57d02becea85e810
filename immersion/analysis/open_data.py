"""Writing a programme's open data: one CSV file per table of ``analysis.observatory``, a
frictionless Data Package descriptor (``datapackage.json``: every file's Table Schema) and a
README of the method and the licence (Licence Ouverte 2.0). In French, whatever the language
of the person who asks: the files are for a French open-data portal.

All or nothing: everything is written in a temporary directory beside the destination, then
moved into place in one rename; a failure leaves no file behind.
"""

import csv
import json
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from immersion.analysis.disclosure import SUPPRESSED_LABEL
from immersion.analysis.observatory import (
    ALL,
    SUPPRESSED_COLUMN,
    OpenTable,
    disclosure_k,
    open_data_tables,
)

LICENCE = {
    "name": "etalab-2.0",
    "title": "Licence Ouverte / Open Licence version 2.0",
    "path": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
}


class OpenDataError(Exception):
    """A French message for the person who asked for the export."""


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "programme"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _write_csv(path: Path, table: OpenTable) -> None:
    names = [f.name for f in table.fields]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(names)
        for row in table.rows:
            writer.writerow([_cell(row.get(name)) for name in names])


def descriptor(programme, tables: list[OpenTable], k: int) -> dict:
    return {
        "profile": "tabular-data-package",
        "name": f"observatoire-{slug(programme.name)}",
        "title": f"Observatoire du programme « {programme.name} »",
        "description": (
            "Ce que les participants des séminaires d'immersion du programme ont observé "
            "dans les services publics, anonymisé, sous secret statistique "
            f"(k = {k}). Voir README.md pour la méthode."
        ),
        "licenses": [LICENCE],
        "created": timezone.now().replace(microsecond=0).isoformat(),
        "keywords": ["services publics", "accueil", "immersion", "usagers"],
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": table.name,
                "path": f"{table.name}.csv",
                "title": table.title,
                "description": table.description,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [f.descriptor() for f in table.fields],
                    "missingValues": [""],
                },
            }
            for table in tables
        ],
    }


def readme(programme, tables: list[OpenTable], k: int) -> str:
    files = "\n".join(
        f"- `{t.name}.csv` — {t.title} ({len(t.rows)} lignes). {t.description}" for t in tables
    )
    seminars = programme.seminars.count()
    return f"""# Observatoire du programme « {programme.name} »

Données ouvertes du programme de séminaires d'immersion « Vivez ma vie d'usager »
({programme.get_scope_display().lower()}, {programme.year}, {seminars} séminaire(s)) :
ce que des décideurs publics ont observé en passant une journée aux côtés des agents
qui accueillent le public (Caf, Cpam, CCAS, urgences, CHRS, France Travail).

## Fichiers

{files}

`datapackage.json` décrit chaque fichier (Table Schema, format Frictionless Data Package).
Encodage UTF-8, séparateur virgule. Une cellule vide dans une colonne de nombres est
soit un secret statistique (colonne `{SUPPRESSED_COLUMN}` à `true`), soit une valeur
non calculable (par exemple une médiane sans aucune attente notée). Les lignes dont
une modalité vaut `{ALL}` sont des totaux.

## Méthode

- Les situations sont celles que les participants ont notées pendant leurs immersions
  (affectation publiée). Le département est celui de la structure d'accueil, la période
  l'année du séminaire.
- Médianes et quartiles : interpolation linéaire entre rangs (comme `QUARTILE.INC` d'un
  tableur). Évolution de la perception : mêmes personnes, même affirmation, avant et
  après le séminaire ; test des rangs signés de Wilcoxon seulement si au moins 6
  réponses ont changé.
- Aucune donnée personnelle : ni nom, ni structure, ni séminaire ne figurent dans les
  fichiers. Les notes ont été anonymisées avant d'être enregistrées ; seules les
  citations que l'expert du séminaire a marquées publiables sont reprises, anonymisées de
  nouveau à l'export.

## Secret statistique

Aucune cellule tirée de moins de **k = {k}** réponses ou situations n'est publiée : elle
apparaît vide, marquée « {SUPPRESSED_LABEL} » (`{SUPPRESSED_COLUMN}` = `true`). Ce masquage
primaire est complété d'un masquage secondaire : dans chaque tableau de comptage avec ses
totaux (lignes, colonnes, total général), toute ligne ou colonne qui contient une cellule
masquée en contient au moins deux, et plus généralement chaque cellule masquée appartient
à un cycle de cellules masquées non nulles. Ainsi aucune cellule masquée ne peut être
recalculée à partir des totaux publiés, quelle que soit la combinaison de lignes et de
colonnes utilisée. Les cellules masquées en complément sont les plus petites possibles ; les
zéros sont publiés. Une médiane ou une moyenne n'est publiée que si l'effectif dont elle
est tirée l'est.

## Licence

Licence Ouverte / Open Licence version 2.0 (Etalab) :
{LICENCE["path"]}
Mention de la source : « Programme {programme.name}, plateforme Vivez ma vie d'usager ».
"""


def write_package(
    programme, directory: Path, *, k: int | None = None, tables: list[OpenTable] | None = None
) -> list[OpenTable]:
    """Write the programme's package into ``directory`` (created: it must not exist yet):
    ``tables``, or the programme's open data computed now."""
    k = disclosure_k() if k is None else k
    with translation.override("fr"):
        if tables is None:
            tables = open_data_tables(programme, k=k)
        directory.mkdir(parents=True)
        for table in tables:
            _write_csv(directory / f"{table.name}.csv", table)
        (directory / "datapackage.json").write_text(
            json.dumps(descriptor(programme, tables, k), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
        (directory / "README.md").write_text(readme(programme, tables, k), encoding="utf-8")
    return tables


def export_open_data(programmes, output: Path, *, k: int | None = None) -> list[Path]:
    """One package per programme, in ``output/<programme>/``; all or nothing."""
    output = Path(output)
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise OpenDataError(
            _(
                "Le dossier %(path)s existe déjà et n'est pas vide : choisissez un dossier "
                "nouveau ou vide."
            )
            % {"path": output}
        )
    if not output.parent.is_dir():
        raise OpenDataError(_("Le dossier %(path)s n'existe pas.") % {"path": output.parent})
    names = [slug(p.name) for p in programmes]
    if len(set(names)) != len(names):
        raise OpenDataError(_("Deux programmes donnent le même nom de dossier : renommez-en un."))
    staging = Path(tempfile.mkdtemp(prefix=".open-data-", dir=output.parent))
    try:
        for programme, name in zip(programmes, names, strict=True):
            write_package(programme, staging / name, k=k)
        if output.exists():
            output.rmdir()
        staging.rename(output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [output / name for name in names]
