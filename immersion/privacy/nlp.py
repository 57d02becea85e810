"""Lazy access to spaCy's French pipeline and to the French vocabulary it ships.

The model is loaded once per process, on first use, with only the components the
anonymiser needs (tok2vec + ner). No network access: the model is a PyPI package.

Loading is kept short (see :mod:`immersion.privacy.model_data`): the vocabulary comes from a
file precomputed from the model's lemmatizer tables, and the tokenizer gets an equivalent of
the model's ``token_match`` pattern that compiles in a fraction of a second. spaCy's own
``spacy.lang.fr.tokenizer_exceptions`` module compiles the slow pattern when it is imported;
when this module is the first to load spaCy's French support, it puts in its place a module
with the same two names, holding the model's own exceptions and the fast pattern (a test
checks both against spaCy's). Should the installed model differ from the one the files were
built from, everything is computed from the model instead (slow, same result).
"""

from __future__ import annotations

import re
import sys
import threading
import types
import warnings
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from immersion.privacy import model_data
from immersion.privacy.model_data import MODEL, NON_NOUN, STOP, VERB
from immersion.privacy.resources import fold

if TYPE_CHECKING:
    from spacy.language import Language

#: Components of the model the anonymiser does not use: not even loaded.
EXCLUDED = ("morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter")
_FR_EXCEPTIONS = "spacy.lang.fr.tokenizer_exceptions"
#: The project's trained recogniser (written by ``python -m immersion.privacy train-ner``).
TRAINED_NER = Path(__file__).resolve().parent / "data" / "ner"
_lock = threading.RLock()  # learned() loads the model under it
_nlp: Language | None = None


class ModelUnavailableError(RuntimeError):
    """The spaCy model package is not installed."""


class StaleModelDataWarning(UserWarning):
    """The precomputed files were built from another version of the model."""


def load() -> Language:
    """Return the shared pipeline, loading it on first call."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                _nlp = _load()
    return _nlp


def _load() -> Language:
    if model_data.installed_model() is None:
        raise ModelUnavailableError(f"le modèle spaCy {MODEL} n'est pas installé")
    import srsly

    data = model_data.tokenizer_data()
    header, fast = model_data.read_token_match()
    if header != model_data.signature(data["token_match"]):
        warnings.warn(
            "fichiers précalculés d'un autre modèle : chargement lent "
            "(python -m immersion.privacy rebuild-data)",
            StaleModelDataWarning,
            stacklevel=3,
        )
        import spacy

        return spacy.load(MODEL, exclude=list(EXCLUDED))
    if _FR_EXCEPTIONS not in sys.modules and "spacy.lang.fr" not in sys.modules:
        module = types.ModuleType(_FR_EXCEPTIONS, "Stand-in set by immersion.privacy.nlp.")
        module.TOKENIZER_EXCEPTIONS = data["exceptions"]  # type: ignore[attr-defined]
        module.TOKEN_MATCH = re.compile(fast).match  # type: ignore[attr-defined]
        sys.modules[_FR_EXCEPTIONS] = module
    import spacy

    nlp = spacy.load(MODEL, exclude=[*EXCLUDED, "tokenizer"])
    nlp.tokenizer.from_bytes(srsly.msgpack_dumps({**data, "token_match": fast}))
    return nlp


def load_base() -> Language:
    """A new pipeline, the model's own (the starting point of training)."""
    return _load()


#: Keys of ``doc.spans`` where :func:`add_learned_names` puts the trained recogniser's
#: persons (label ``PER``) and its other values (the anonymiser's labels: ``NIR``…).
LEARNED = "appris"
LEARNED_VALUES = "appris_valeurs"
#: The recogniser's label for a word to keep that reads like a name (a brand, a town, a
#: public figure, an institution): the keep terms its training notes listed.
KEPT = "GARDER"
_learned: object = None  # EntityRecognizer, False when none is shipped, None before loading


def learned():
    """The project's person-name recogniser (``data/ner/``, see
    :mod:`immersion.privacy.training`), loaded once; ``None`` when it is not shipped."""
    global _learned
    if _learned is None:
        with _lock:
            if _learned is None:
                _learned = _load_learned(load()) or False
    return _learned or None


def _load_learned(nlp: Language, directory: Path = TRAINED_NER):
    if not (directory / "model").exists():
        return None
    config = {k: v for k, v in nlp.config["components"]["ner"].items() if k != "factory"}
    ner = nlp.create_pipe("ner", name="ner_appris", config=config)
    ner.from_disk(directory, exclude=["vocab"])
    return ner


def use_learned(ner) -> None:
    """Use another trained recogniser (measurements of a model trained without some notes);
    ``None`` goes back to the shipped one."""
    global _learned
    if ner:  # trained on its own pipeline: its labels must be known to the docs' vocabulary
        strings = load().vocab.strings
        for label in ner.labels:
            strings.add(label)
    _learned = ner


def add_learned_names(docs: list, rewrite: Callable[[str], str] | None = None) -> None:
    """Run the trained recogniser on ``docs`` (already through the model's pipeline): its
    persons go to ``doc.spans[LEARNED]``, its other values to ``doc.spans[LEARNED_VALUES]``;
    the model's own ``doc.ents`` stay as they were.
    ``rewrite`` gives the text the recogniser reads instead, same length (sentences typed in
    capitals put back in the case of prose)."""
    ner = learned()
    if ner is None or not docs:
        return
    nlp = load()
    saved = [doc.ents for doc in docs]
    targets = []
    for doc in docs:
        text = rewrite(doc.text) if rewrite is not None else doc.text
        if text != doc.text and len(text) == len(doc.text):
            targets.append(nlp.make_doc(text))
        else:
            doc.ents = ()
            targets.append(doc)
    for _ in ner.pipe(targets, batch_size=64):
        pass
    for doc, target, ents in zip(docs, targets, saved, strict=True):
        found = [
            doc.char_span(e.start_char, e.end_char, label=e.label_, alignment_mode="expand")
            for e in target.ents
        ]
        doc.ents = ents
        found = [span for span in found if span is not None]
        doc.spans[LEARNED] = [span for span in found if span.label_ == "PER"]
        doc.spans[LEARNED_VALUES] = [span for span in found if span.label_ != "PER"]


def kept_by_recogniser(doc: object) -> list[tuple[int, int]]:
    """Character ranges the trained recogniser reads as words to keep ("sandwich Paul",
    "produits Picard") and where it reads no person: the weak name layers leave them alone
    (``detectors.names``)."""
    if doc is None:
        return []
    spans = doc.spans  # type: ignore[attr-defined]
    persons = [(span.start_char, span.end_char) for span in spans.get(LEARNED, ())]
    return [
        (span.start_char, span.end_char)
        for span in spans.get(LEARNED_VALUES, ())
        if span.label_ == KEPT
        and not any(s < span.end_char and span.start_char < e for s, e in persons)
    ]


def warm_up() -> Language:
    """Load the pipeline and the vocabulary (so that timing excludes them)."""
    nlp = load()
    learned()
    _vocabulary()
    return nlp


@cache
def _vocabulary() -> dict[str, int]:
    """Folded French word form -> flags (model_data.NON_NOUN, VERB, STOP)."""
    header, vocabulary = model_data.read_vocabulary()
    installed = model_data.installed_model()
    if installed is None or header.split()[0] == installed:
        return vocabulary
    import spacy

    nlp = spacy.load(MODEL, exclude=["tokenizer", *model_data.EXCLUDED_FOR_VOCABULARY])
    return model_data.build_vocabulary(nlp)


#: A letter French never writes ("catalán", "Gascón", "Müller" is not caught: ü is French).
_FOREIGN_LETTER_RE = re.compile(r"[^\W\d_a-zàâäçéèêëîïôöùûüÿœæ]", re.IGNORECASE)


def _foreign(word: str) -> bool:
    return word.isascii() is False and _FOREIGN_LETTER_RE.search(word) is not None


def is_foreign(word: str) -> bool:
    """The word holds a letter French never writes ("Ayşe", "Łukasz", "catalán")."""
    return _foreign(word)


def is_verb_form(word: str) -> bool:
    """A form of a French verb ("explique", "pleure", "est")."""
    return bool(_vocabulary().get(fold(word), 0) & VERB) and not _foreign(word)


def is_only_verb_form(word: str) -> bool:
    """A form of a French verb and nothing else: no noun, adjective or stop word ("élira",
    "dira"; not "marine", "sera")."""
    return _vocabulary().get(fold(word), 0) == VERB and not _foreign(word)


def is_common_word(word: str) -> bool:
    """A word of the French dictionary (any part of speech, inflected or not), written with
    French letters only ("catalán", "Gascón" are names: French has no á, ó)."""
    return fold(word) in _vocabulary() and not _foreign(word)


def is_function_or_verb(word: str) -> bool:
    """A stop word, verb, adjective or adverb form."""
    return bool(_vocabulary().get(fold(word), 0) & NON_NOUN) and not _foreign(word)


@cache
def stop_words() -> frozenset[str]:
    """spaCy's French stop words, folded."""
    return frozenset(w for w, flags in _vocabulary().items() if flags & STOP)
