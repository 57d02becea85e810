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
from functools import cache
from typing import TYPE_CHECKING

from immersion.privacy import model_data
from immersion.privacy.model_data import MODEL, NON_NOUN, STOP, VERB
from immersion.privacy.resources import fold

if TYPE_CHECKING:
    from spacy.language import Language

#: Components of the model the anonymiser does not use: not even loaded.
EXCLUDED = ("morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter")
_FR_EXCEPTIONS = "spacy.lang.fr.tokenizer_exceptions"
_lock = threading.Lock()
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


def warm_up() -> Language:
    """Load the pipeline and the vocabulary (so that timing excludes them)."""
    nlp = load()
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
