"""Validate an independent corpus of evaluation notes (stdlib only); each corpus's
``check.py`` calls ``main`` with its id prefix and its files.

Errors (exit status 1): bad JSON shape, unknown label / site kind / channel, span outside the
text, empty or overlapping spans, span with leading/trailing whitespace, duplicate id, keep
string absent from the text or only present inside a masked span.
Warnings (reported, exit status unchanged): a PERSONNE span that starts with a title, a
PERSONNE span (or a capitalised word of it) whose text occurs again in the note outside any span.
Then prints the counts per label, site kind and channel for each file.
"""

import json
import re
from collections import Counter
from pathlib import Path

LABELS = {
    "PERSONNE",
    "NIR",
    "TELEPHONE",
    "EMAIL",
    "IBAN",
    "ADRESSE",
    "DATE_NAISSANCE",
    "N_ALLOCATAIRE",
    "ID_FRANCE_TRAVAIL",
    "IMMATRICULATION",
    "IDENTIFIANT",
}
SITE_KINDS = {"caf", "cpam", "ccas", "urgences", "chrs", "france_travail"}
CHANNELS = {"accueil_physique", "accueil_telephonique", "controle_sur_place"}
KEYS = {"id", "site_kind", "channel", "text", "entities", "keep"}
TITLE_RE = re.compile(r"^(m|mr|mme|mlle|me|dr|m\.|monsieur|madame)\b", re.IGNORECASE)


def check_note(note, where, errors, warnings, id_re):
    if not isinstance(note, dict) or set(note) != KEYS:
        errors.append(f"{where}: keys must be exactly {sorted(KEYS)}")
        return
    if not isinstance(note["id"], str) or not id_re.match(note["id"]):
        errors.append(f"{where}: bad id {note['id']!r}")
    if note["site_kind"] not in SITE_KINDS:
        errors.append(f"{where}: unknown site_kind {note['site_kind']!r}")
    if note["channel"] not in CHANNELS:
        errors.append(f"{where}: unknown channel {note['channel']!r}")
    text = note["text"]
    if not isinstance(text, str) or not text.strip():
        errors.append(f"{where}: text must be a non-empty string")
        return
    spans = []
    if not isinstance(note["entities"], list):
        errors.append(f"{where}: entities must be a list")
        return
    for ent in note["entities"]:
        if not isinstance(ent, dict) or set(ent) != {"start", "end", "label"}:
            errors.append(f"{where}: entity {ent!r} must have exactly start, end, label")
            continue
        start, end, label = ent["start"], ent["end"], ent["label"]
        if not (type(start) is int and type(end) is int and 0 <= start < end <= len(text)):
            errors.append(f"{where}: span {start}-{end} outside text (length {len(text)})")
            continue
        if label not in LABELS:
            errors.append(f"{where}: unknown label {label!r}")
        value = text[start:end]
        if value != value.strip():
            errors.append(f"{where}: span {value!r} has leading/trailing whitespace")
        if label == "PERSONNE" and TITLE_RE.match(value) and " " in value:
            warnings.append(f"{where}: PERSONNE span starts with a title: {value!r}")
        spans.append((start, end, label, value))
    spans.sort()
    for a, b in zip(spans, spans[1:], strict=False):
        if b[0] < a[1]:
            errors.append(f"{where}: overlapping spans {a[3]!r} and {b[3]!r}")
    covered = [False] * len(text)
    for start, end, _, _ in spans:
        for i in range(start, end):
            covered[i] = True
    names = set()
    for _, _, label, value in spans:
        if label == "PERSONNE":
            names.add(value)
            names.update(w for w in value.split() if len(w) >= 3 and w[0].isupper())
    for name in sorted(names):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if not any(covered[m.start() : m.end()]):
                warnings.append(f"{where}: name {name!r} also occurs unlabelled at {m.start()}")
    if not isinstance(note["keep"], list):
        errors.append(f"{where}: keep must be a list")
        return
    for kept in note["keep"]:
        if not isinstance(kept, str) or not kept.strip():
            errors.append(f"{where}: keep entries must be non-empty strings")
            continue
        found = [m.start() for m in re.finditer(re.escape(kept), text)]
        if not found:
            errors.append(f"{where}: keep string {kept!r} not in text")
        elif all(any(covered[i : i + len(kept)]) for i in found):
            errors.append(f"{where}: keep string {kept!r} only occurs inside a masked span")


def main(paths, *, id_prefix: str, default_paths: list[Path]) -> int:
    id_re = re.compile(rf"^{re.escape(id_prefix)}-\d{{3}}$")
    paths = [Path(p) for p in paths] or default_paths
    errors, warnings, seen = [], [], {}
    for path in paths:
        labels, sites, channels, cross = Counter(), Counter(), Counter(), Counter()
        notes = without = 0
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            where = f"{path.name}:{lineno}"
            try:
                note = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: invalid JSON ({exc})")
                continue
            before = len(errors)
            check_note(note, where, errors, warnings, id_re)
            if len(errors) != before or not isinstance(note, dict):
                continue
            if note["id"] in seen:
                errors.append(f"{where}: id {note['id']} already used at {seen[note['id']]}")
            seen[note["id"]] = where
            notes += 1
            sites[note["site_kind"]] += 1
            channels[note["channel"]] += 1
            cross[(note["site_kind"], note["channel"])] += 1
            labels.update(e["label"] for e in note["entities"])
            without += not note["entities"]
        print(
            f"== {path.name}: {notes} notes, {without} without any entity, "
            f"{sum(labels.values())} entities"
        )
        for label in sorted(LABELS):
            print(f"  {label:<18} {labels[label]}")
        print("  site kinds:", ", ".join(f"{k} {v}" for k, v in sorted(sites.items())))
        print("  channels:  ", ", ".join(f"{k} {v}" for k, v in sorted(channels.items())))
        print("  site x channel:", ", ".join(f"{s}/{c} {v}" for (s, c), v in sorted(cross.items())))
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0
