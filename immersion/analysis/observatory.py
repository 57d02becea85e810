"""The programme's observatory: the debrief's figures across a programme's seminars, under
disclosure control, as open-data tables.

Nothing is computed twice: the situations' figures come from ``analysis.observed`` (the same
rows, the same ``Spread`` and friction tallies as the board), the perception shift from
``analysis.perception`` (``paired_shift``), the evaluations from ``analysis.evaluations``
(``question``). This module only groups them by territory, period and category and puts every
count table through ``analysis.disclosure.protect`` (k = ``IMMERSION_DISCLOSURE_K``): a count
drawn from fewer than k situations or answers is published as « secret statistique », with
the secondary suppression that keeps it from being recomputed from the totals. A median or a
mean is published only when the count it is drawn from is.

Each table is an ``OpenTable``: its Table Schema fields (frictionless) and its rows, ready
for ``export_open_data``. No person, site or seminar is named in any table.
"""

from collections import defaultdict
from dataclasses import dataclass, field, replace

from django.conf import settings

from immersion.analysis.disclosure import ProtectedTable, protect
from immersion.analysis.evaluations import YES_NO, question
from immersion.analysis.observed import frictions_of, observed_groups, situation_rows
from immersion.analysis.perception import (
    NO_ANSWERS,
    perception_by_category,
    perception_totals,
)
from immersion.analysis.stats import spread
from immersion.common.choices import Category, Channel, SiteKind, label_for
from immersion.observation import grid
from immersion.observation.selectors import programme_situations
from immersion.territory.context import department_of
from immersion.territory.departments_map import department_name

ALL = "ensemble"
SUPPRESSED_COLUMN = "secret_statistique"


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # Table Schema: string, integer, number, boolean
    title: str
    description: str = ""
    required: bool = False

    def descriptor(self) -> dict:
        out = {"name": self.name, "type": self.type, "title": self.title}
        if self.description:
            out["description"] = self.description
        if self.required:
            out["constraints"] = {"required": True}
        return out


@dataclass(frozen=True)
class OpenTable:
    name: str  # the file is NAME.csv
    title: str
    description: str
    fields: list[Field]
    rows: list[dict] = field(default_factory=list)
    counts: tuple[str, ...] = ()  # the count columns under the suppression rule


def disclosure_k() -> int:
    return int(getattr(settings, "IMMERSION_DISCLOSURE_K", 5))


def _secret_field(what: str) -> Field:
    return Field(
        SUPPRESSED_COLUMN,
        "boolean",
        "Secret statistique",
        f"Vrai quand {what} est masqué : moins de k réponses ou situations, ou masqué "
        "pour qu'une autre cellule masquée ne puisse pas être recalculée à partir des totaux.",
        required=True,
    )


def _cell_rows(table: ProtectedTable, make_row, value_name: str) -> list[dict]:
    """One row per cell of ``table``, then its row totals, column totals and grand total;
    ``make_row(row_key, column_key)`` gives the other columns (``ALL`` for a total)."""
    out = []
    lines = [*zip(table.rows, table.cells, table.row_totals, strict=True)]
    for row_key, cells, row_total in lines:
        for column_key, cell in zip(table.columns, cells, strict=True):
            out.append(
                {
                    **make_row(row_key, column_key),
                    value_name: cell.value,
                    SUPPRESSED_COLUMN: cell.secret,
                }
            )
        out.append(
            {
                **make_row(row_key, ALL),
                value_name: row_total.value,
                SUPPRESSED_COLUMN: row_total.secret,
            }
        )
    for column_key, cell in zip(table.columns, table.column_totals, strict=True):
        out.append(
            {**make_row(ALL, column_key), value_name: cell.value, SUPPRESSED_COLUMN: cell.secret}
        )
    out.append(
        {**make_row(ALL, ALL), value_name: table.total.value, SUPPRESSED_COLUMN: table.total.secret}
    )
    return out


# --- situations ------------------------------------------------------------------------------

KIND = "placement__offer__site__kind"
CHANNEL = "placement__offer__channel"
COMMUNE = "placement__offer__site__commune_code"
START = "placement__run__seminar__start_date"


def programme_rows(programme) -> list[dict]:
    """The rows of ``analysis.observed.situation_rows`` for a programme, with the site's
    department and the seminar's year (the period)."""
    rows = situation_rows(programme_situations(programme), COMMUNE, START)
    for row in rows:
        row["departement"] = department_of(row[COMMUNE])
        row["periode"] = str(row[START].year)
    return rows


def _kind_channel(key) -> dict:
    if key == ALL:
        return {
            "type_structure": ALL,
            "type_structure_libelle": "Ensemble",
            "canal": ALL,
            "canal_libelle": "Ensemble",
        }
    kind, channel = key.split("|")
    return {
        "type_structure": kind,
        "type_structure_libelle": label_for(SiteKind, kind),
        "canal": channel,
        "canal_libelle": label_for(Channel, channel),
    }


KIND_CHANNEL_FIELDS = [
    Field("type_structure", "string", "Type de structure (code)", required=True),
    Field("type_structure_libelle", "string", "Type de structure"),
    Field("canal", "string", "Canal (code)", required=True),
    Field("canal_libelle", "string", "Canal"),
]


def _ordered_groups(rows) -> list[str]:
    return [f"{g.site_kind}|{g.channel}" for g in observed_groups(rows)]


def situations_table(rows: list[dict], k: int) -> OpenTable:
    columns = _ordered_groups(rows)
    keys = sorted({(r["departement"], r["periode"]) for r in rows})
    seen: dict[tuple, int] = defaultdict(int)
    for r in rows:
        seen[(r["departement"], r["periode"], f"{r[KIND]}|{r[CHANNEL]}")] += 1
    counts = [[seen[(d, p, c)] for c in columns] for d, p in keys]
    table = protect(counts, k=k, rows=[f"{d}|{p}" for d, p in keys], columns=columns)

    def make_row(row_key, column_key):
        department, period = (ALL, ALL) if row_key == ALL else row_key.split("|")
        return {"departement": department, "periode": period, **_kind_channel(column_key)}

    return OpenTable(
        name="situations",
        title="Situations observées par département, année, type de structure et canal",
        description=(
            "Nombre de situations d'accueil observées par les participants, selon le "
            "département de la structure d'accueil, l'année du séminaire, le type de "
            "structure et le canal. Les lignes « ensemble » sont les totaux."
        ),
        fields=[
            Field("departement", "string", "Département (code INSEE)", required=True),
            Field("periode", "string", "Année du séminaire", required=True),
            *KIND_CHANNEL_FIELDS,
            Field("situations", "integer", "Situations observées"),
            _secret_field("le nombre de situations"),
        ],
        rows=_cell_rows(table, make_row, "situations") if keys else [],
        counts=("situations",),
    )


def waiting_table(rows: list[dict], k: int) -> OpenTable:
    groups = observed_groups(rows)
    columns = [f"{g.site_kind}|{g.channel}" for g in groups]
    table = protect([[g.waiting.count for g in groups]], k=k, rows=["attente"], columns=columns)
    spreads = [g.waiting for g in groups] + [spread(r["waiting_minutes"] for r in rows)]
    cells = [*table.cells[0], table.total] if groups else []
    out = []
    for key, cell, figures in zip([*columns, ALL], cells, spreads, strict=False):
        shown = not cell.secret and figures.count > 0
        out.append(
            {
                **_kind_channel(key),
                "situations_avec_attente": cell.value,
                "attente_mediane_minutes": figures.median if shown else None,
                "attente_q1_minutes": figures.q1 if shown else None,
                "attente_q3_minutes": figures.q3 if shown else None,
                "ecart_interquartile_minutes": figures.iqr if shown else None,
                SUPPRESSED_COLUMN: cell.secret,
            }
        )
    return OpenTable(
        name="attente",
        title="Temps d'attente observés : médiane et quartiles",
        description=(
            "Attente avant d'être reçu, en minutes, telle que notée par les observateurs : "
            "médiane, premier et troisième quartiles (interpolation linéaire, comme "
            "QUARTILE.INC d'un tableur) et écart interquartile, par type de structure et "
            "canal. Rien n'est publié d'un groupe de moins de k attentes notées."
        ),
        fields=[
            *KIND_CHANNEL_FIELDS,
            Field("situations_avec_attente", "integer", "Situations dont l'attente est notée"),
            Field("attente_mediane_minutes", "number", "Attente médiane (minutes)"),
            Field("attente_q1_minutes", "number", "Premier quartile (minutes)"),
            Field("attente_q3_minutes", "number", "Troisième quartile (minutes)"),
            Field("ecart_interquartile_minutes", "number", "Écart interquartile (minutes)"),
            _secret_field("le groupe"),
        ],
        rows=out,
        counts=("situations_avec_attente",),
    )


def frictions_table(rows: list[dict], k: int) -> OpenTable:
    kinds = [kind for kind in SiteKind.values if any(r[KIND] == kind for r in rows)]
    by_kind = {
        kind: {t.code: t.count for t in frictions_of([r for r in rows if r[KIND] == kind])}
        for kind in kinds
    }
    tags = [t.code for t in frictions_of(rows)]  # most frequent first
    counts = [[by_kind[kind].get(tag, 0) for kind in kinds] for tag in tags]
    table = protect(counts, k=k, rows=tags, columns=kinds)
    labels = dict(grid.as_choices(grid.FRICTIONS))

    def make_row(tag, kind):
        return {
            "friction": tag,
            "friction_libelle": "Ensemble" if tag == ALL else str(labels.get(tag, tag)),
            "type_structure": kind,
            "type_structure_libelle": "Ensemble" if kind == ALL else label_for(SiteKind, kind),
        }

    return OpenTable(
        name="frictions",
        title="Difficultés relevées par type de structure",
        description=(
            "Nombre de situations où l'observateur a relevé chaque difficulté (une situation "
            "peut en compter plusieurs : les totaux sont des nombres de mentions)."
        ),
        fields=[
            Field("friction", "string", "Difficulté (code)", required=True),
            Field("friction_libelle", "string", "Difficulté"),
            Field("type_structure", "string", "Type de structure (code)", required=True),
            Field("type_structure_libelle", "string", "Type de structure"),
            Field("mentions", "integer", "Situations où la difficulté est relevée"),
            _secret_field("le nombre de mentions"),
        ],
        rows=_cell_rows(table, make_row, "mentions") if tags and kinds else [],
        counts=("mentions",),
    )


# --- departments -----------------------------------------------------------------------------

NOT_GIVEN = "non_renseignee"
OUTCOME_COLUMNS = [*(c.code for c in grid.OUTCOMES), NOT_GIVEN]
FRICTION_COLUMNS = ["avec_difficulte", "sans_difficulte"]


def _department_totals(situations: OpenTable) -> tuple[dict[str, int | None], bool]:
    """Each department's situations as the situations table publishes them (``None``:
    withheld, for one of its years at least), and whether its grand total is withheld."""
    totals: dict[str, int | None] = {}
    grand_secret = False
    for r in situations.rows:
        if r["type_structure"] != ALL:
            continue
        if r["departement"] == ALL:
            grand_secret = bool(r[SUPPRESSED_COLUMN])
            continue
        value = None if r[SUPPRESSED_COLUMN] else r["situations"]
        before = totals.get(r["departement"], 0)
        totals[r["departement"]] = None if before is None or value is None else before + value
    return totals, grand_secret


def _linked_totals(departments, totals, grand_secret, n_cols):
    """``protect``'s withheld and published positions: the departments' totals (the last
    column) and the grand total as the situations table has them."""
    withheld, published = set(), set()
    for i, department in enumerate(departments):
        (withheld if totals.get(department) is None else published).add((i, n_cols))
    (withheld if grand_secret else published).add((len(departments), n_cols))
    return withheld, published


def _department_rows(rows, departments, by_department, totals, grand_secret, waiting, k):
    if not departments:
        return []
    outcome_counts = [
        [
            sum(1 for r in by_department[d] if (r["outcome"] or NOT_GIVEN) == c)
            for c in OUTCOME_COLUMNS
        ]
        for d in departments
    ]
    withheld, published = _linked_totals(departments, totals, grand_secret, len(OUTCOME_COLUMNS))
    outcomes = protect(
        outcome_counts,
        k=k,
        rows=departments,
        columns=OUTCOME_COLUMNS,
        withheld=withheld,
        published=published,
    )
    friction_counts = []
    for d in departments:
        with_friction = sum(1 for r in by_department[d] if r["frictions"])
        friction_counts.append([with_friction, len(by_department[d]) - with_friction])
    withheld, published = _linked_totals(departments, totals, grand_secret, len(FRICTION_COLUMNS))
    frictions = protect(
        friction_counts,
        k=k,
        rows=departments,
        columns=FRICTION_COLUMNS,
        withheld=withheld,
        published=published,
    )
    waits = {d: spread(r["waiting_minutes"] for r in by_department[d]) for d in departments}
    waiting_total = next((r for r in waiting.rows if r["type_structure"] == ALL), None)
    linked = {(0, len(departments)), (1, len(departments))}
    waiting_secret = bool(waiting_total and waiting_total[SUPPRESSED_COLUMN])
    wait_counts = protect(
        [[waits[d].count for d in departments]],
        k=k,
        rows=["attente"],
        columns=departments,
        withheld=linked if waiting_secret else (),
        published=() if waiting_secret else linked,
    )
    everyone = spread(r["waiting_minutes"] for r in rows)

    def line(department, name, outcome_cells, outcome_total, friction_cells, wait_cell, figures):
        cells = [*outcome_cells, outcome_total, *friction_cells, wait_cell]
        shown = not wait_cell.secret and figures.count > 0
        return {
            "departement": department,
            "departement_libelle": name,
            "situations": outcome_total.value,
            "situations_avec_attente": wait_cell.value,
            "attente_mediane_minutes": figures.median if shown else None,
            **{c: cell.value for c, cell in zip(OUTCOME_COLUMNS, outcome_cells, strict=True)},
            **{c: cell.value for c, cell in zip(FRICTION_COLUMNS, friction_cells, strict=True)},
            SUPPRESSED_COLUMN: any(cell.secret for cell in cells),
        }

    out = []
    for n, department in enumerate(departments):
        out.append(
            line(
                department,
                department_name(department),
                outcomes.cells[n],
                outcomes.row_totals[n],
                frictions.cells[n],
                wait_counts.cells[0][n],
                waits[department],
            )
        )
    out.append(
        line(
            ALL,
            "Ensemble",
            outcomes.column_totals,
            outcomes.total,
            frictions.column_totals,
            wait_counts.total,
            everyone,
        )
    )
    return out


def departments_table(rows: list[dict], situations: OpenTable, waiting: OpenTable, k: int):
    """Per department (the site's): situations, their outcomes, the situations with at least
    one difficulty, the waiting times noted and their median — the map's and the territory
    comparison's figures. The outcomes and the difficulties are tables whose row totals are
    the departments' situations: they are linked to the situations table (withheld where it
    withholds them, never withheld where it publishes them), so that no total says more
    here than there. The waiting counts likewise share their grand total with the waiting
    table. A median is published only when its count is."""
    departments = sorted({r["departement"] for r in rows})
    by_department: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_department[r["departement"]].append(r)
    totals, grand_secret = _department_totals(situations)
    out = _department_rows(rows, departments, by_department, totals, grand_secret, waiting, k)
    outcome_labels = dict(grid.as_choices(grid.OUTCOMES))
    return OpenTable(
        name="departements",
        title="Situations observées par département : attente, issue, difficultés",
        description=(
            "Par département de la structure d'accueil : situations observées, situations "
            "dont l'attente est notée et attente médiane (minutes), issue de la situation, "
            "situations où au moins une difficulté est relevée. La ligne « ensemble » est "
            "celle du programme."
        ),
        fields=[
            Field("departement", "string", "Département (code INSEE)", required=True),
            Field("departement_libelle", "string", "Département"),
            Field("situations", "integer", "Situations observées"),
            Field("situations_avec_attente", "integer", "Situations dont l'attente est notée"),
            Field("attente_mediane_minutes", "number", "Attente médiane (minutes)"),
            *(
                Field(c, "integer", f"Issue : {outcome_labels[c]}")
                for c in OUTCOME_COLUMNS
                if c != NOT_GIVEN
            ),
            Field(NOT_GIVEN, "integer", "Issue non renseignée"),
            Field("avec_difficulte", "integer", "Situations avec au moins une difficulté"),
            Field("sans_difficulte", "integer", "Situations sans difficulté relevée"),
            _secret_field("un des effectifs de la ligne"),
        ],
        rows=out,
        counts=(
            "situations",
            "situations_avec_attente",
            *OUTCOME_COLUMNS,
            *FRICTION_COLUMNS,
        ),
    )


# --- perception ------------------------------------------------------------------------------

MOVES = ("hausse", "baisse", "stable")
OTHERS = "autres"
CATEGORY_LABELS = {
    ALL: "Ensemble",
    OTHERS: "Autres catégories (trop peu de réponses chacune)",
}


def perception_table(programme, k: int) -> OpenTable:
    """Per item: a line per category of participants, the others together, and the whole
    programme, under the disclosure rule (the categories' moves add up to the programme's)."""
    scope = {"response__participant__seminar__programme": programme}
    categories = list(Category.values)
    # Counted by the database, all categories at once (the same figures as perception_of).
    by_category = perception_by_category(**scope)
    per_category = {c: by_category.get(c, NO_ANSWERS) for c in categories}
    overall = perception_totals(**scope)
    out = []
    for item in overall.items:
        if not item.shift.shown:
            continue  # fewer than MIN_RESPONDENTS pairs in the whole programme
        shifts = {
            c: next((i.shift for i in per_category[c].items if i.item_id == item.item_id), None)
            for c in categories
        }
        shown = [c for c in categories if shifts[c] is not None and shifts[c].shown]
        keys = [*shown, OTHERS]
        counts = [[shifts[c].up, shifts[c].down, shifts[c].unchanged] for c in shown]
        # The categories with too few pairs for analysis.stats to give their moves, together:
        # the whole programme's moves minus the others'.
        overall_moves = [item.shift.up, item.shift.down, item.shift.unchanged]
        counts.append([m - sum(row[n] for row in counts) for n, m in enumerate(overall_moves)])
        table = protect(counts, k=k, rows=keys, columns=list(MOVES))
        lines = [
            (c, cells, total, shifts.get(c))
            for c, cells, total in zip(keys, table.cells, table.row_totals, strict=True)
        ] + [(ALL, table.column_totals, table.total, item.shift)]
        for category, cells, total, shift in lines:
            if not total.value and not total.secret:
                continue  # nobody of this category answered the item
            figures = not total.secret and shift is not None and shift.shown
            out.append(
                {
                    "categorie": category,
                    "categorie_libelle": CATEGORY_LABELS.get(category)
                    or label_for(Category, category),
                    "question": item.code,
                    "question_libelle": item.text,
                    "paires": total.value,
                    **{move: cell.value for move, cell in zip(MOVES, cells, strict=True)},
                    "evolution_moyenne": shift.mean_change if figures else None,
                    "evolution_mediane": shift.median_change if figures else None,
                    "p_valeur_wilcoxon": shift.test.p_value if figures and shift.test else None,
                    SUPPRESSED_COLUMN: total.secret or any(c.secret for c in cells),
                }
            )
    return OpenTable(
        name="perception",
        title="Évolution de la perception avant et après le séminaire, par catégorie",
        description=(
            "Pour chaque affirmation du questionnaire (échelle de 1 à 5) et chaque catégorie "
            "de participants : nombre de personnes ayant répondu avant et après (paires), "
            "nombre dont la réponse a monté, baissé ou n'a pas changé, évolution moyenne et "
            "médiane, et p-valeur du test des rangs signés de Wilcoxon quand au moins 6 "
            "réponses ont changé."
        ),
        fields=[
            Field("categorie", "string", "Catégorie de participants (code)", required=True),
            Field("categorie_libelle", "string", "Catégorie de participants"),
            Field("question", "string", "Affirmation (code)", required=True),
            Field("question_libelle", "string", "Affirmation"),
            Field("paires", "integer", "Participants ayant répondu avant et après"),
            Field("hausse", "integer", "Réponses en hausse"),
            Field("baisse", "integer", "Réponses en baisse"),
            Field("stable", "integer", "Réponses inchangées"),
            Field("evolution_moyenne", "number", "Évolution moyenne (points sur 5)"),
            Field("evolution_mediane", "number", "Évolution médiane (points sur 5)"),
            Field("p_valeur_wilcoxon", "number", "p-valeur (Wilcoxon, bilatéral)"),
            _secret_field("un des effectifs de la ligne"),
        ],
        rows=out,
        counts=("paires", *MOVES),
    )


# --- evaluations and commitments ---------------------------------------------------------------


def evaluations_table(programme, k: int) -> OpenTable:
    from immersion.evaluations import selectors
    from immersion.evaluations.models import OBJECTIVES, SCORE_CHOICES, CommitmentStatus, Recommend

    hot = list(selectors.programme_hot_evaluations(programme))
    cold = list(selectors.programme_cold_evaluations(programme))
    commitments = list(selectors.programme_action_commitments(programme))
    questions = [
        (code, question(label, [getattr(e, code) for e in hot], SCORE_CHOICES), SCORE_CHOICES)
        for code, label in OBJECTIVES
    ]
    questions.append(
        (
            "recommande",
            question(
                "Recommanderaient le séminaire", [e.recommend for e in hot], Recommend.choices
            ),
            Recommend.choices,
        )
    )
    questions.append(
        (
            "decision_changee",
            question(
                "L'immersion a changé une décision ou une pratique",
                [
                    None if e.changed_decision is None else ("oui" if e.changed_decision else "non")
                    for e in cold
                ],
                YES_NO,
            ),
            YES_NO,
        )
    )
    outcome_choices = [(s.value or "attente", s.label) for s in CommitmentStatus]
    questions.append(
        (
            "engagements",
            question(
                "Ce que sont devenus les engagements",
                [c.status or "attente" for c in commitments],
                outcome_choices,
            ),
            outcome_choices,
        )
    )
    out = []
    for code, q, choices in questions:
        if not q.answers:
            continue
        answers = [str(value) for value, _label in choices]
        if q.shown:
            counts = [[t.count for t in q.tallies]]
        else:  # fewer than MIN_RESPONDENTS answers: analysis.stats gives no distribution
            counts = [[q.answers] + [0] * (len(answers) - 1)]
        table = protect(counts, k=k, rows=[code], columns=answers)
        hide_all = not q.shown
        labels = [str(label) for _value, label in choices]
        for answer, label, cell in zip(answers, labels, table.cells[0], strict=True):
            out.append(
                {
                    "question": code,
                    "question_libelle": q.label,
                    "reponse": answer,
                    "reponse_libelle": label,
                    "effectif": None if hide_all else cell.value,
                    SUPPRESSED_COLUMN: hide_all or cell.secret,
                }
            )
        out.append(
            {
                "question": code,
                "question_libelle": q.label,
                "reponse": ALL,
                "reponse_libelle": "Ensemble des réponses",
                "effectif": table.total.value,
                SUPPRESSED_COLUMN: table.total.secret,
            }
        )
    return OpenTable(
        name="evaluations",
        title="Évaluations des participants et devenir de leurs engagements",
        description=(
            "Réponses aux évaluations « à chaud » (objectifs notés de 1 à 5, recommandation) "
            "et « à froid » (décision ou pratique changée), et statut des engagements "
            "d'action au bilan à trois mois."
        ),
        fields=[
            Field("question", "string", "Question (code)", required=True),
            Field("question_libelle", "string", "Question"),
            Field("reponse", "string", "Réponse (code)", required=True),
            Field("reponse_libelle", "string", "Réponse"),
            Field("effectif", "integer", "Réponses"),
            _secret_field("l'effectif"),
        ],
        rows=out,
        counts=("effectif",),
    )


# --- quotes ------------------------------------------------------------------------------------


def quotes_table(programme) -> OpenTable:
    """The quotes the seminars' experts marked publishable, run through the anonymiser once
    more at export (a safety net: they were redacted before being stored)."""
    from immersion.analysis.quotes import _read
    from immersion.debrief.selectors import programme_publishable_marks
    from immersion.debrief.sources import SOURCES
    from immersion.observation.redaction import redact_texts

    marks = list(programme_publishable_marks(programme).select_related("seminar"))
    found = []
    by_seminar: dict[int, list] = defaultdict(list)
    for mark in marks:
        by_seminar[mark.seminar_id].append(mark)
    for seminar_marks in by_seminar.values():
        seminar = seminar_marks[0].seminar
        for kind, source in SOURCES.items():
            ids = [m.source_id for m in seminar_marks if m.source_kind == kind]
            if ids:
                for _pk, text, context, _at in _read(kind, source(seminar).filter(pk__in=ids)):
                    found.append((kind, context, str(seminar.start_date.year), text))
    redacted = redact_texts([text for *_rest, text in found])
    from immersion.debrief.models import SourceKind

    return OpenTable(
        name="citations",
        title="Citations anonymisées retenues pour publication",
        description=(
            "Notes, étonnements et réponses libres des participants, anonymisés avant d'être "
            "enregistrés puis de nouveau à l'export, que l'expert du séminaire a marqués "
            "publiables. Ni la structure, ni l'observateur, ni l'agent ne sont nommés."
        ),
        fields=[
            Field("source", "string", "Source", required=True),
            Field("contexte", "string", "Type de structure et canal, ou question"),
            Field("periode", "string", "Année du séminaire", required=True),
            Field("texte", "string", "Texte anonymisé", required=True),
        ],
        rows=[
            {
                "source": str(SourceKind(kind).label),
                "contexte": context,
                "periode": period,
                "texte": result.text,
            }
            for (kind, context, period, _text), result in zip(found, redacted, strict=True)
            if result.text
        ],
    )


def open_data_tables(programme, *, k: int | None = None) -> list[OpenTable]:
    """Every table of the programme's open data, under the disclosure rule."""
    k = disclosure_k() if k is None else k
    rows = programme_rows(programme)
    situations = situations_table(rows, k)
    waiting = waiting_table(rows, k)
    return [
        situations,
        waiting,
        frictions_table(rows, k),
        departments_table(rows, situations, waiting, k),
        perception_table(programme, k),
        evaluations_table(programme, k),
        quotes_table(programme),
    ]


@dataclass(frozen=True)
class Filters:
    """The observatory page's filters (all optional), read from the URL.

    A filter never computes a new figure: it only selects lines of the programme's protected
    tables (the open data's). A figure computed on a filtered subset — a subtotal, a median of
    one department — could be subtracted from the published ones and give away a withheld
    cell (a differencing attack); a selection of published cells gives nothing new. So a
    total line is kept only when the filter keeps every cell it adds up."""

    period: str = ""
    department: str = ""
    site_kind: str = ""
    channel: str = ""
    category: str = ""

    @property
    def empty(self) -> bool:
        return self == Filters()

    def _kind_channel(self, row) -> bool:
        if row["type_structure"] == ALL:
            return not (self.site_kind or self.channel)
        return (not self.site_kind or row["type_structure"] == self.site_kind) and (
            not self.channel or row["canal"] == self.channel
        )

    def situation(self, row) -> bool:
        if row["departement"] == ALL:
            place = not (self.period or self.department)
        else:
            place = (not self.period or row["periode"] == self.period) and (
                not self.department or row["departement"] == self.department
            )
        return place and self._kind_channel(row)

    def waiting(self, row) -> bool:
        return self._kind_channel(row)

    def friction(self, row) -> bool:
        if row["type_structure"] == ALL:
            return not self.site_kind
        return not self.site_kind or row["type_structure"] == self.site_kind

    def perception(self, row) -> bool:
        return not self.category or row["categorie"] == self.category


def _select(table: OpenTable, keep) -> OpenTable:
    return OpenTable(
        table.name,
        table.title,
        table.description,
        table.fields,
        [row for row in table.rows if keep(row)],
        table.counts,
    )


@dataclass(frozen=True)
class Observatory:
    situations: OpenTable
    waiting: OpenTable
    frictions: OpenTable
    perception: OpenTable
    evaluations: OpenTable
    departments_figures: OpenTable  # the whole programme's, whatever the filters
    periods: list[str]
    departments: list[str]
    seminars: int
    k: int


def programme_observatory(programme, filters: Filters, *, k: int | None = None) -> Observatory:
    """The page's tables: the open data's, of which ``filters`` selects lines (the
    situations by place, period, kind of site and channel; the waiting times by kind and
    channel; the frictions by kind; the perception by category; the evaluations whole)."""
    k = disclosure_k() if k is None else k
    rows = programme_rows(programme)
    situations = situations_table(rows, k)
    waiting = waiting_table(rows, k)
    return Observatory(
        situations=_select(situations, filters.situation),
        waiting=_select(waiting, filters.waiting),
        frictions=_select(frictions_table(rows, k), filters.friction),
        perception=_select(perception_table(programme, k), filters.perception),
        evaluations=evaluations_table(programme, k),
        departments_figures=departments_table(rows, situations, waiting, k),
        periods=sorted({r["periode"] for r in rows}),
        departments=sorted({r["departement"] for r in rows}),
        seminars=programme.seminars.count(),
        k=k,
    )


def select_lines(observatory: Observatory, filters: Filters) -> Observatory:
    """``programme_observatory(programme, filters)`` from the unfiltered observatory, without
    computing the tables again: a filter only selects lines (``Filters``)."""
    return replace(
        observatory,
        situations=_select(observatory.situations, filters.situation),
        waiting=_select(observatory.waiting, filters.waiting),
        frictions=_select(observatory.frictions, filters.friction),
        perception=_select(observatory.perception, filters.perception),
    )
