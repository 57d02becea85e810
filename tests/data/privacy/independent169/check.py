"""Validate the independent169 evaluation notes (stdlib only): see ../corpus_check.py.

Usage: python check.py [FILE.jsonl ...]   (default: dev.jsonl and holdout.jsonl next to this file)
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from corpus_check import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(
        main(
            sys.argv[1:],
            id_prefix="ind169",
            default_paths=[HERE / "dev.jsonl", HERE / "holdout.jsonl"],
        )
    )
