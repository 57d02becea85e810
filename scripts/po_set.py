"""Set English translations in the catalogue, clearing fuzzy flags (used with `make messages`).

    .venv/bin/python scripts/po_set.py translations.json

translations.json maps French msgids to English msgstrs (a list for plural entries).
"""

import json
import re
import sys
from pathlib import Path

PO = Path(__file__).resolve().parent.parent / "immersion/locale/en/LC_MESSAGES/django.po"


def quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def unquote(lines: list[str]) -> str:
    joined = "".join(json.loads(line) for line in lines)
    return joined


def main(path: str) -> None:
    wanted = json.loads(Path(path).read_text("utf-8"))
    blocks = PO.read_text("utf-8").split("\n\n")
    done = set()
    out = []
    for block in blocks:
        lines = block.split("\n")
        msgid_lines, i = [], 0
        while i < len(lines) and not lines[i].startswith("msgid "):
            i += 1
        if i == len(lines):
            out.append(block)
            continue
        msgid_lines.append(lines[i][6:])
        i += 1
        while i < len(lines) and lines[i].startswith('"'):
            msgid_lines.append(lines[i])
            i += 1
        msgid = unquote(msgid_lines)
        if msgid not in wanted or not msgid:
            out.append(block)
            continue
        header = [line for line in lines if line.startswith("#") and not line.startswith("#|")]
        header = [re.sub(r",? ?fuzzy", "", h) for h in header]
        header = [h for h in header if h.strip() not in ("#", "#,")]
        # keep msgid (+ plural) lines as they are, rewrite msgstr
        keep = []
        for line in lines:
            if line.startswith("msgstr"):
                break
            if not line.startswith("#"):
                keep.append(line)
        value = wanted[msgid]
        if isinstance(value, list):
            strs = [f"msgstr[{n}] {quote(v)}" for n, v in enumerate(value)]
        else:
            strs = [f"msgstr {quote(value)}"]
        out.append("\n".join([*header, *keep, *strs]))
        done.add(msgid)
    PO.write_text("\n\n".join(out), "utf-8")
    missing = set(wanted) - done
    if missing:
        sys.exit(f"not found in the catalogue: {sorted(missing)}")


if __name__ == "__main__":
    main(sys.argv[1])
