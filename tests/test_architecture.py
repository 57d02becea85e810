"""docs/architecture.md's import table, checked against the code."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "immersion"

# package -> the immersion packages it may import (besides itself), layer by layer
REFERENCE = {"common", "accounts", "territory"}
SEMINAR_DOMAIN = REFERENCE | {"seminars", "sites", "people"}
DOCUMENTED = SEMINAR_DOMAIN | {"placements", "notifications", "documents"}
JOURNEYS = DOCUMENTED | {"engagement"}
ALLOWED = {
    "assignment": set(),
    "privacy": set(),
    "common": set(),
    "accounts": {"common"},
    "territory": {"common"},
    "seminars": REFERENCE,
    "sites": REFERENCE | {"seminars"},
    "people": REFERENCE | {"seminars"},
    "notifications": {"common", "accounts", "seminars"},
    "placements": SEMINAR_DOMAIN | {"assignment"},
    "documents": SEMINAR_DOMAIN | {"placements", "notifications"},
    "engagement": DOCUMENTED | {"observation"},
    "attendance": JOURNEYS,
    "logistics": JOURNEYS | {"attendance"},
    "observation": SEMINAR_DOMAIN | {"placements", "privacy"},
    "contributions": SEMINAR_DOMAIN | {"observation"},
    "debrief": SEMINAR_DOMAIN | {"placements", "observation", "engagement"},
    "analysis": SEMINAR_DOMAIN
    | {"placements", "observation", "engagement", "debrief", "contributions", "documents"}
    | {"evaluations"},
    "demo": SEMINAR_DOMAIN
    | {"placements", "logistics", "attendance", "engagement", "contributions", "observation"}
    | {"evaluations"},
    "www": JOURNEYS
    | {"attendance", "logistics", "observation", "contributions", "debrief", "analysis"}
    | {"evaluations"}
    # the reverse immersion (follow-up)
    | {"inverse"},
    # After the seminar: evaluations and commitments (outbox for the dated sends)
    "evaluations": SEMINAR_DOMAIN | {"placements", "notifications", "observation"},
}
# The reverse immersion (follow-up).
ALLOWED["inverse"] = SEMINAR_DOMAIN | {"notifications"}
ALLOWED["demo"] = ALLOWED["demo"] | {"inverse"}
# The demo programme's experts mark quotes publishable, as on the quote wall.
ALLOWED["demo"] = ALLOWED["demo"] | {"debrief"}
# Personal data (retention, access and erasure): reads and anonymises every app's rows.
ALLOWED["gdpr"] = (
    SEMINAR_DOMAIN
    | {"placements", "notifications", "documents", "engagement", "attendance", "logistics"}
    | {"observation", "contributions", "evaluations", "inverse"}
)
ALLOWED["www"] = ALLOWED["www"] | {"gdpr"}
# The observatory's full-text index: reads the texts' sources, read by analysis and www.
ALLOWED["search"] = SEMINAR_DOMAIN | {"placements", "observation", "engagement", "debrief"}
ALLOWED["search"] = ALLOWED["search"] | {"contributions"}
ALLOWED["analysis"] = ALLOWED["analysis"] | {"search"}
ALLOWED["www"] = ALLOWED["www"] | {"search"}
PURE_CORES = {"assignment", "privacy"}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules():
    for package in sorted(p.name for p in ROOT.iterdir() if (p / "__init__.py").exists()):
        for path in sorted((ROOT / package).rglob("*.py")):
            yield package, path


def test_every_package_is_in_the_table():
    packages = {p.name for p in ROOT.iterdir() if (p / "__init__.py").exists()}
    assert packages <= set(ALLOWED), packages - set(ALLOWED)


@pytest.mark.parametrize(
    ("package", "path"), list(modules()), ids=lambda v: str(v).split("immersion/")[-1]
)
def test_imports_follow_the_layers(package, path):
    for name in imports_of(path):
        parts = name.split(".")
        if parts[0] == "immersion" and len(parts) > 1 and parts[1] != package:
            assert parts[1] in ALLOWED[package], f"{path}: {package} may not import {name}"
        if package in PURE_CORES:
            assert parts[0] not in ("django", "rules", "dsfr", "config"), (
                f"{path}: pure core imports {name}"
            )
