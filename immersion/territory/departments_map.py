"""The bundled map of France's departments (``data/carte_departements``: source, licence and
how it is built in its README). Read once per process; plain data, no database."""

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class DepartmentShape:
    code: str  # INSEE code: "35", "2A", "974"
    name: str
    path: str  # SVG path data, in the map's view box


@dataclass(frozen=True)
class Inset:
    label: str
    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class DepartmentsMap:
    view_box: str
    departments: tuple[DepartmentShape, ...]
    insets: tuple[Inset, ...]
    source: str
    licence: str

    def names(self) -> dict[str, str]:
        return {d.code: d.name for d in self.departments}


@cache
def departments_map() -> DepartmentsMap:
    path = resources.files("immersion.territory").joinpath(
        "data", "carte_departements", "departements.json"
    )
    data = json.loads(path.read_text(encoding="utf-8"))
    return DepartmentsMap(
        view_box=data["viewBox"],
        departments=tuple(
            DepartmentShape(d["code"], d["nom"], d["d"]) for d in data["departements"]
        ),
        insets=tuple(Inset(f["label"], f["x"], f["y"], f["w"], f["h"]) for f in data["encarts"]),
        source=data["source"],
        licence=data["licence"],
    )


def department_name(code: str) -> str:
    """The department's name, or its code when the map does not know it."""
    return departments_map().names().get(code, code)
