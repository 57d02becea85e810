"""Loading communes: the bundled referential, or an INSEE file of the same shape."""

import csv
import io
import unicodedata
from importlib import resources
from pathlib import Path

BUNDLED = "communes.csv"


def search_key(name: str) -> str:
    """A commune's name as searched: no accents, no case, hyphens and apostrophes as spaces
    (« Saint-Jacques-de-la-Lande » and « saint jacques de la lande » are one key)."""
    text = unicodedata.normalize("NFKD", (name or "").strip().lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    for ch in "-'’_.,":
        text = text.replace(ch, " ")
    return " ".join(text.split())


# Headers of INSEE/COG-derived files we accept, mapped to our fields.
HEADER_ALIASES = {
    "code": "code",
    "insee_com": "code",
    "code_insee": "code",
    "com": "code",
    "name": "name",
    "commune_article": "name",
    "commune": "name_plain",
    "libelle": "name",
    "nom": "name",
    "department": "department",
    "insee_dep": "department",
    "dep": "department",
    "postal_code": "postal_code",
    "code_postal": "postal_code",
    "latitude": "latitude",
    "lat": "latitude",
    "longitude": "longitude",
    "lng": "longitude",
    "lon": "longitude",
    "population": "population",
    "population_2021": "population",
}


def parse_communes(text: str) -> list[dict]:
    reader = csv.DictReader(io.StringIO(text))
    fields = {h: HEADER_ALIASES.get(h.strip().lower()) for h in reader.fieldnames or []}
    seen: dict[str, dict] = {}
    for raw in reader:
        row = {fields[k]: (v or "").strip() for k, v in raw.items() if k in fields and fields[k]}
        code = row.get("code", "")
        if not code or code in seen or not row.get("latitude") or not row.get("longitude"):
            continue
        seen[code] = {
            "code": code,
            "name": row.get("name") or row.get("name_plain", ""),
            "department": row.get("department") or code[:2],
            "postal_code": row.get("postal_code", "")[:5],
            "latitude": float(row["latitude"]),
            "longitude": float(row["longitude"]),
            "population": int(float(row["population"])) if row.get("population") else None,
        }
    return list(seen.values())


def bundled_text() -> str:
    return resources.files("immersion.territory").joinpath("data", BUNDLED).read_text("utf-8")


def load_bundled_communes(model) -> int:
    return upsert_communes(model, parse_communes(bundled_text()))


def load_file(model, path: Path) -> int:
    return upsert_communes(model, parse_communes(path.read_text("utf-8-sig")))


def upsert_communes(model, rows: list[dict]) -> int:
    # The historical model of migration 0002 has no search_name yet.
    if any(f.name == "search_name" for f in model._meta.get_fields()):
        rows = [{**r, "search_name": search_key(r["name"])} for r in rows]
    existing = set(model.objects.values_list("code", flat=True))
    new = [model(**r) for r in rows if r["code"] not in existing]
    model.objects.bulk_create(new, batch_size=2000)
    for r in rows:
        if r["code"] in existing:
            model.objects.filter(code=r["code"]).update(
                **{k: v for k, v in r.items() if k != "code"}
            )
    return len(rows)
