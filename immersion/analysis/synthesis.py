"""The seminar's synthesis report, as a PDF (WeasyPrint) and as an editable Word file
(python-docx) the expert finishes.

Every figure comes from ``analysis.summary.seminar_analysis``; the report only adds plain
counts (participants by category, immersions by kind of site and channel) and the programme.
No name appears: no participant, tutor, agent or member of the public — participants are
counted by category, sites by kind, quotes are the anonymised notes (pinned ones only).
"""

import datetime as dt
import io
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from immersion.analysis.evaluations import EvaluationResults, evaluation_results
from immersion.analysis.stats import MIN_RESPONDENTS, MIN_TEST_PAIRS, Tally
from immersion.analysis.summary import SeminarAnalysis, seminar_analysis
from immersion.common.choices import Category, Channel, SiteKind, label_for
from immersion.documents.pdf import render_pdf
from immersion.people.models import Participant
from immersion.placements.models import Placement
from immersion.seminars.models import ItemKind

NO_TEST = "trop peu de réponses pour un test"


@dataclass(frozen=True)
class ProgrammeLine:
    day: dt.date
    starts: str
    ends: str
    kind_label: str
    title: str
    sequence: int | None


@dataclass(frozen=True)
class CountLine:
    label: str
    count: int


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    share: float | None
    width: float  # 0-100, the longest bar of its chart being 100


@dataclass(frozen=True)
class Synthesis:
    seminar: object
    programme: list[ProgrammeLine]
    categories: list[CountLine]
    participants: int
    visits: list[tuple[str, str, int]]  # kind label, channel label, immersions
    analysis: SeminarAnalysis
    evaluations: EvaluationResults | None = None

    @property
    def observed(self):
        return self.analysis.observed

    @property
    def perception(self):
        return self.analysis.perception

    @property
    def quotes(self):
        """The pinned quotes of the wall (alone or in a group); none when nothing is pinned."""
        wall = self.analysis.quotes
        return wall.pinned + [q for g in wall.groups for q in g.quotes if q.pinned]

    @property
    def contributions(self):
        return self.analysis.contributions

    @property
    def territory(self):
        return self.analysis.territory

    @property
    def representativeness_bars(self) -> list[Bar]:
        return bars(self.analysis.representativeness.values)

    @property
    def charts(self) -> list[dict]:
        """Per kind × channel: the outcomes' and the frictions' bars."""
        return [
            {"group": g, "outcomes": bars(g.outcomes), "frictions": bars(g.frictions)}
            for g in self.observed.groups
        ]


def bars(tallies: list[Tally]) -> list[Bar]:
    top = max((t.count for t in tallies), default=0)
    return [
        Bar(t.label, t.count, t.share, round(100 * t.count / top, 1) if top else 0.0)
        for t in tallies
    ]


def number(value) -> str:
    """A figure the French way: "12", "12,5", "—" when there is none."""
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return formats.number_format(value, use_l10n=True) if not isinstance(value, int) else str(value)


def build_synthesis(seminar) -> Synthesis:
    items = seminar.programme_items.order_by("starts_at", "pk")
    programme = [
        ProgrammeLine(
            day=timezone.localtime(i.starts_at).date(),
            starts=timezone.localtime(i.starts_at).strftime("%H:%M"),
            ends=timezone.localtime(i.ends_at).strftime("%H:%M") if i.ends_at else "",
            kind_label=label_for(ItemKind, i.kind),
            title=i.title,
            sequence=i.sequence,
        )
        for i in items
    ]
    by_category = dict(
        Participant.objects.filter(seminar=seminar)
        .active()
        .order_by()
        .values_list("category")
        .annotate(n=Count("pk"))
    )
    categories = [
        CountLine(str(label), by_category[code])
        for code, label in Category.choices
        if by_category.get(code)
    ]
    visited = (
        Placement.objects.published()
        .filter(run__seminar=seminar)
        .order_by()
        .values_list("offer__site__kind", "offer__channel")
        .annotate(n=Count("pk"))
    )
    kind_order = {k: i for i, k in enumerate(SiteKind.values)}
    channel_order = {c: i for i, c in enumerate(Channel.values)}
    visits = [
        (label_for(SiteKind, kind), label_for(Channel, channel), n)
        for kind, channel, n in sorted(
            visited, key=lambda r: (kind_order.get(r[0], 99), channel_order.get(r[1], 99))
        )
    ]
    return Synthesis(
        seminar=seminar,
        programme=programme,
        categories=categories,
        participants=sum(by_category.values()),
        visits=visits,
        analysis=seminar_analysis(seminar),
        evaluations=evaluation_results(seminar),
    )


def method_paragraphs() -> list[str]:
    return [
        _(
            "Les notes d'observation, les étonnements et les réponses libres sont anonymisés "
            "avant d'être enregistrés : les noms de personnes, adresses, numéros de téléphone, "
            "courriels et numéros d'allocataire ou de sécurité sociale sont remplacés par une "
            "mention générique. Aucun nom d'usager, de participant, de tuteur ou d'agent ne "
            "figure dans ce rapport ; les sites d'accueil sont désignés par leur type."
        ),
        _(
            "Règle des petits effectifs : une opinion (une question du questionnaire, la "
            "représentativité selon les tuteurs) n'est montrée que si au moins %(n)d personnes "
            "l'ont donnée ; en dessous, seul le fait qu'il y a trop peu de réponses est indiqué."
        )
        % {"n": MIN_RESPONDENTS},
        _(
            "Avant / après : les réponses d'une même personne à une même question sont "
            "appariées ; « je ne sais pas » ne forme pas de paire. Le test des rangs signés de "
            "Wilcoxon (bilatéral, différences nulles écartées) n'est calculé qu'à partir de "
            "%(n)d paires qui diffèrent ; en dessous, seuls les effectifs sont donnés."
        )
        % {"n": MIN_TEST_PAIRS},
        _(
            "Temps d'attente : médiane et écart interquartile (premier et troisième quartiles "
            "par interpolation linéaire, comme la fonction QUARTILE.INC d'un tableur)."
        ),
    ]


def filename(seminar, extension: str) -> str:
    return f"synthese-seminaire-{seminar.pk}.{extension}"


# ------------------------------------------------------------------------------ PDF


def render_synthesis_pdf(seminar) -> bytes:
    report = build_synthesis(seminar)
    return render_pdf(
        "documents/synthesis.html",
        {
            "report": report,
            "method": method_paragraphs(),
            "no_test": _(NO_TEST),
            "generated_at": timezone.localtime(),
        },
    )


# ------------------------------------------------------------------------------ DOCX


def render_synthesis_docx(seminar) -> bytes:
    with translation.override(settings.LANGUAGE_CODE):
        return _docx(build_synthesis(seminar))


def _table(doc, header: list[str], rows: list[list]):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = str(text)
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = str(value)
    return table


def _share(value) -> str:
    return "—" if value is None else f"{number(value)} %"


def _docx(report: Synthesis) -> bytes:
    from docx import Document  # imported late, as WeasyPrint

    seminar = report.seminar
    doc = Document()
    doc.core_properties.title = _("Synthèse du séminaire")
    doc.add_heading(_("Synthèse du séminaire"), level=0)
    doc.add_paragraph(
        f"{seminar.title} — {seminar.city_name}, "
        f"{formats.date_format(seminar.start_date)} – {formats.date_format(seminar.end_date)}"
    )
    doc.add_paragraph(_("Document de travail à compléter par l'expert."), style="Intense Quote")

    doc.add_heading(_("Le programme tel qu'il s'est déroulé"), level=1)
    _table(
        doc,
        [_("Jour"), _("Horaire"), _("Type"), _("Intitulé")],
        [
            [
                formats.date_format(p.day, "l j F"),
                f"{p.starts}–{p.ends}" if p.ends else p.starts,
                p.kind_label,
                p.title,
            ]
            for p in report.programme
        ],
    )

    doc.add_heading(_("Les participants"), level=1)
    doc.add_paragraph(_("%(n)d participants.") % {"n": report.participants})
    _table(
        doc,
        [_("Catégorie"), _("Participants")],
        [[c.label, c.count] for c in report.categories],
    )

    doc.add_heading(_("Les sites et canaux visités"), level=1)
    _table(
        doc,
        [_("Type de site"), _("Canal"), _("Immersions")],
        [list(v) for v in report.visits],
    )

    observed = report.observed
    doc.add_heading(_("Ce qui a été observé"), level=1)
    doc.add_paragraph(
        _("%(s)d situations observées, %(a)d étonnements ; attente médiane : %(m)s min.")
        % {
            "s": observed.situations,
            "a": observed.astonishments,
            "m": number(observed.waiting.median),
        }
    )
    _table(
        doc,
        [
            _("Type de site — canal"),
            _("Situations"),
            _("Attente médiane (min)"),
            _("Écart interquartile (min)"),
        ],
        [
            [g.label, g.situations, number(g.waiting.median), number(g.waiting.iqr)]
            for g in observed.groups
        ],
    )
    for g in observed.groups:
        doc.add_heading(g.label, level=2)
        doc.add_paragraph(_("Issues des situations"))
        _table(
            doc,
            [_("Issue"), _("Situations"), _("Part")],
            [[t.label, t.count, _share(t.share)] for t in g.outcomes],
        )
        doc.add_paragraph(_("Principales frictions"))
        if g.frictions:
            _table(
                doc,
                [_("Friction"), _("Situations"), _("Part")],
                [[t.label, t.count, _share(t.share)] for t in g.frictions],
            )
        else:
            doc.add_paragraph(_("Aucune friction relevée."))

    perception = report.perception
    doc.add_heading(_("Avant / après : l'évolution des perceptions"), level=1)
    doc.add_paragraph(
        _(
            "%(b)d réponses « avant », %(a)d réponses « après », "
            "%(p)d participants ont répondu aux deux."
        )
        % {"b": perception.before, "a": perception.after, "p": perception.paired}
    )
    rows = []
    for item in perception.items:
        shift = item.shift
        if not shift.shown:
            rows.append(
                [
                    item.text,
                    "—",
                    "—",
                    "—",
                    "—",
                    _("moins de %(n)d réponses") % {"n": MIN_RESPONDENTS},
                ]
            )
            continue
        test = f"p = {number(round(shift.test.p_value, 3))}" if shift.test else _(NO_TEST)
        rows.append([item.text, shift.pairs, shift.up, shift.down, number(shift.mean_change), test])
    _table(
        doc,
        [
            _("Question"),
            _("Paires"),
            _("En hausse"),
            _("En baisse"),
            _("Évolution moyenne"),
            _("Test de Wilcoxon"),
        ],
        rows,
    )

    doc.add_heading(_("Représentativité des situations observées"), level=1)
    dist = report.analysis.representativeness
    if dist.shown:
        doc.add_paragraph(
            _("%(n)d tuteurs ont répondu ; moyenne %(m)s sur 5.")
            % {"n": dist.answers, "m": number(dist.mean)}
        )
        _table(
            doc,
            [_("Réponse"), _("Tuteurs"), _("Part")],
            [[t.label, t.count, _share(t.share)] for t in dist.values],
        )
    else:
        doc.add_paragraph(_("Trop peu de réponses des tuteurs pour être montrées."))

    doc.add_heading(_("Citations retenues"), level=1)
    if report.quotes:
        for q in report.quotes:
            doc.add_paragraph(f"« {q.text} » — {q.context}", style="Quote")
    else:
        doc.add_paragraph(_("Aucune citation épinglée."))

    doc.add_heading(_("Contraintes, leviers et innovations"), level=1)
    if report.contributions.count:
        for heading, lines in report.contributions.groups:
            if heading:
                doc.add_heading(heading, level=2)
            for line in lines:
                doc.add_paragraph(f"{line.kind_label} : {line.text}", style="List Bullet")
    else:
        doc.add_paragraph(_("Aucune contribution."))

    doc.add_heading(_("Chiffres du territoire"), level=1)
    territory = report.territory
    if territory.available and territory.figures:
        place = territory.place
        _table(
            doc,
            [
                _("Indicateur"),
                place.commune_name,
                place.department_name,
                _("France"),
                _("Source et année"),
            ],
            [
                [
                    f"{row.label} ({row.unit})",
                    *[cell.display if cell else "—" for cell in row.cells_by_level],
                    row.source,
                ]
                for row in territory.figures
            ],
        )
    else:
        doc.add_paragraph(_("Aucun chiffre importé pour ce territoire."))

    evaluations = report.evaluations
    if evaluations is not None:
        doc.add_heading(_("Évaluations et engagements"), level=1)
        doc.add_paragraph(
            _(
                "%(hot)d évaluations à chaud, %(cold)d à froid sur %(n)d participants ; "
                "%(hosts)d tuteurs et référents ont répondu."
            )
            % {
                "hot": evaluations.hot.answers,
                "cold": evaluations.cold.answers,
                "n": evaluations.hot.asked,
                "hosts": evaluations.hosts.answers,
            }
        )
        _table(
            doc,
            [_("Question"), _("Réponses"), _("Résultat")],
            [[q.label, q.answers, q.summary] for q in evaluations.report_questions],
        )

    doc.add_heading(_("Méthode et confidentialité"), level=1)
    for paragraph in method_paragraphs():
        doc.add_paragraph(paragraph)

    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
