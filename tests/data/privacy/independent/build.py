#!/usr/bin/env python3
"""Build the independent privacy evaluation corpus from notes.txt.

Markup (one note per block, blocks separated by a line `---`):
    first line:  id|site_kind|channel
    then the note text, where
        [[LABEL:value]]  marks a personal value (the brackets and label are removed)
        {{term}}         marks a keep term (the braces are removed, the term goes in `keep`)

Writes dev.jsonl (notes whose number is not divisible by 3) and holdout.jsonl
(ind-003, ind-006, ...) next to this file unless other paths are given.
Standard library only.
"""

import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

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
TOKEN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.S)
TITLES = ("mr", "mme", "mlle", "m.", "me", "dr", "monsieur", "madame", "famille")


def parse_block(block, expected_id):
    lines = block.strip("\n").split("\n")
    header, body = lines[0].strip(), "\n".join(lines[1:]).strip()
    nid, site, channel = [p.strip() for p in header.split("|")]
    if nid != expected_id:
        raise ValueError(f"id {nid!r} where {expected_id!r} was expected")
    if site not in SITE_KINDS:
        raise ValueError(f"{nid}: bad site_kind {site!r}")
    if channel not in CHANNELS:
        raise ValueError(f"{nid}: bad channel {channel!r}")
    if channel == "controle_sur_place" and site not in ("caf", "cpam"):
        raise ValueError(f"{nid}: contrôle sur place only at caf/cpam")
    out, entities, keep = [], [], []
    pos = 0
    for m in TOKEN.finditer(body):
        out.append(body[pos : m.start()])
        cur = sum(len(x) for x in out)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"{nid}: unknown label {label!r}")
            if value != value.strip() or not value:
                raise ValueError(f"{nid}: value with outer spaces {value!r}")
            if label == "PERSONNE" and value.split()[0].lower() in TITLES:
                raise ValueError(f"{nid}: title inside PERSONNE span {value!r}")
            entities.append({"start": cur, "end": cur + len(value), "label": label})
            out.append(value)
        else:
            term = m.group(3)
            if term not in keep:
                keep.append(term)
            out.append(term)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        if bad in text:
            raise ValueError(f"{nid}: leftover markup {bad!r}")
    # self-check of offsets
    values = [m.group(2) for m in TOKEN.finditer(body) if m.group(1)]
    for ent, value in zip(entities, values, strict=True):
        if text[ent["start"] : ent["end"]] != value:
            raise ValueError(f"{nid}: offset mismatch for {value!r}")
    for term in keep:
        if term not in text:
            raise ValueError(f"{nid}: keep term {term!r} not in text")
    return {
        "id": nid,
        "site_kind": site,
        "channel": channel,
        "text": text,
        "entities": entities,
        "keep": keep,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", default=os.path.join(HERE, "notes.txt"))
    ap.add_argument("--out-dir", default=HERE)
    args = ap.parse_args()
    with open(args.notes, encoding="utf-8") as fh:
        raw = fh.read()
    blocks = [b for b in re.split(r"^---[ \t]*$", raw, flags=re.M) if b.strip()]
    notes = [parse_block(b, f"ind-{i:03d}") for i, b in enumerate(blocks, 1)]
    dev = [n for i, n in enumerate(notes, 1) if i % 3 != 0]
    holdout = [n for i, n in enumerate(notes, 1) if i % 3 == 0]
    os.makedirs(args.out_dir, exist_ok=True)
    for name, rows in (("dev.jsonl", dev), ("holdout.jsonl", holdout)):
        with open(os.path.join(args.out_dir, name), "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")
    for name, rows in (("dev", dev), ("holdout", holdout), ("total", notes)):
        c = collections.Counter(e["label"] for r in rows for e in r["entities"])
        nkeep = sum(len(r["keep"]) for r in rows)
        print(name, dict(sorted(c.items())), "keep:", nkeep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
