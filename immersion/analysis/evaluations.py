"""The follow-up's results for one seminar: response rates, distributions of the evaluations
"à chaud", "à froid" and of the hosts, free texts as lists, and what became of the
commitments. Read by the organizer's results page, its exports and the synthesis report.

The small-count rule of ``analysis.stats`` holds: no distribution (nor mean) of fewer than
``MIN_RESPONDENTS`` answers leaves this module, only the number of answers.
"""

from dataclasses import dataclass, field

from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from immersion.analysis.stats import MIN_RESPONDENTS, Tally, counts, mean, percent
from immersion.evaluations import selectors
from immersion.evaluations.models import (
    OBJECTIVES,
    ORGANISATION,
    SCORE_CHOICES,
    CommitmentStatus,
    Recommend,
)

YES_NO = [("oui", _("Oui")), ("non", _("Non"))]


@dataclass(frozen=True)
class Question:
    label: str
    answers: int
    shown: bool
    tallies: list[Tally] = field(default_factory=list)
    mean: float | None = None

    @property
    def summary(self) -> str:
        """One line for a report: the mean (scores) or each answer's count and share."""
        if not self.shown:
            return gettext("moins de %(n)d réponses") % {"n": MIN_RESPONDENTS}
        if self.mean is not None:
            return gettext("moyenne %(m)s sur 5") % {"m": formats.number_format(self.mean, 1)}
        return " ; ".join(
            f"{t.label} : {t.count} ({formats.number_format(t.share or 0, 0)} %)"
            for t in self.tallies
        )


@dataclass(frozen=True)
class Rate:
    answers: int
    asked: int

    @property
    def share(self) -> float | None:
        return percent(self.answers, self.asked)


@dataclass(frozen=True)
class CommitmentLine:
    what: str
    organisation: str
    due_by: object
    status_label: str
    comment: str


@dataclass(frozen=True)
class EvaluationResults:
    hot: Rate
    cold: Rate
    hosts: Rate
    objectives: list[Question]
    organisation: list[Question]
    recommend: Question
    hot_texts: list[str]
    cold_changed: Question
    cold_texts: list[str]
    host_questions: list[Question]
    host_texts: list[str]
    commitment_participants: int
    commitment_outcomes: Question
    commitments: list[CommitmentLine]

    @property
    def min_answers(self) -> int:
        return MIN_RESPONDENTS

    @property
    def report_questions(self) -> list[Question]:
        """What the synthesis report shows: every distribution but the free texts."""
        return [
            *self.objectives,
            *self.organisation,
            self.recommend,
            self.cold_changed,
            *self.host_questions,
            self.commitment_outcomes,
        ]


def question(label, values: list, choices) -> Question:
    """A distribution over ``choices`` of the given answers (``None`` = no answer)."""
    given = [v for v in values if v is not None and v != ""]
    if len(given) < MIN_RESPONDENTS:
        return Question(str(label), len(given), shown=False)
    seen: dict[str, int] = {}
    for value in given:
        seen[str(value)] = seen.get(str(value), 0) + 1
    numeric = all(isinstance(v, int) for v in given)
    return Question(
        str(label),
        len(given),
        shown=True,
        tallies=counts(seen, [(str(code), label) for code, label in choices]),
        mean=round(mean(given), 1) if numeric else None,
    )


def _texts(*lists) -> list[str]:
    return [t for values in lists for t in values if t]


def evaluation_results(seminar) -> EvaluationResults:
    participants = selectors.active_participants(seminar).count()
    hot = list(selectors.hot_evaluations(seminar).filter(participant__withdrawn_at=None))
    cold = list(selectors.cold_evaluations(seminar).filter(participant__withdrawn_at=None))
    hosts = list(selectors.host_evaluations(seminar))
    asked_hosts = max(len(selectors.hosts_of(seminar)), len(hosts))
    commitments = list(
        selectors.action_commitments(seminar)
        .filter(participant__withdrawn_at=None)
        .order_by("participant_id", "position")
    )
    return EvaluationResults(
        hot=Rate(len(hot), participants),
        cold=Rate(len(cold), participants),
        hosts=Rate(len(hosts), asked_hosts),
        objectives=[
            question(label, [getattr(e, code) for e in hot], SCORE_CHOICES)
            for code, label in OBJECTIVES
        ],
        organisation=[
            question(label, [getattr(e, code) for e in hot], SCORE_CHOICES)
            for code, label in ORGANISATION
        ],
        recommend=question(
            _("Recommanderaient le séminaire"), [e.recommend for e in hot], Recommend.choices
        ),
        hot_texts=_texts(
            *([getattr(e, f"{code}_comment") for e in hot] for code, _l in OBJECTIVES),
            [e.free_text for e in hot],
        ),
        cold_changed=question(
            _("L'immersion a changé une décision ou une pratique"),
            [
                None if e.changed_decision is None else ("oui" if e.changed_decision else "non")
                for e in cold
            ],
            YES_NO,
        ),
        cold_texts=_texts([e.used_since for e in cold], [e.examples for e in cold]),
        host_questions=[
            question(_("L'accueil a été utile"), [e.hosting_useful for e in hosts], SCORE_CHOICES),
            question(
                _("L'observateur était bien préparé"),
                [e.observer_prepared for e in hosts],
                SCORE_CHOICES,
            ),
            question(
                _("Accueilleraient de nouveau"), [e.host_again for e in hosts], Recommend.choices
            ),
        ],
        host_texts=_texts([e.comment for e in hosts]),
        commitment_participants=len({c.participant_id for c in commitments}),
        commitment_outcomes=question(
            _("Ce que sont devenus les engagements"),
            [c.status or "attente" for c in commitments],
            [(s.value or "attente", s.label) for s in CommitmentStatus],
        ),
        commitments=[
            CommitmentLine(
                what=c.what,
                organisation=c.organisation,
                due_by=c.due_by,
                status_label=str(c.get_status_display()),
                comment=c.review_comment,
            )
            for c in commitments
        ],
    )


EXPORT_HEADERS = [_("Évaluation"), _("Répondant"), _("Question"), _("Réponse")]


def export_rows(seminar) -> list[list]:
    """Every answer, one per row, respondents numbered (never named): what the organizer
    exports (xlsx, csv). Free texts are the redacted ones."""
    rows = []

    def display(instance, name):
        value = getattr(instance, name)
        if value in (None, ""):
            return ""
        getter = getattr(instance, f"get_{name}_display", None)
        if isinstance(value, bool):
            return str(_("Oui") if value else _("Non"))
        return str(getter()) if getter and not isinstance(value, int) else value

    def add(kind, instances, fields):
        for number, instance in enumerate(instances, start=1):
            for name in fields:
                rows.append(
                    [
                        str(kind),
                        number,
                        str(instance._meta.get_field(name).verbose_name),
                        display(instance, name),
                    ]
                )

    hot_fields = [n for code, _l in OBJECTIVES for n in (code, f"{code}_comment")]
    hot_fields += [code for code, _l in ORGANISATION] + ["recommend", "free_text"]
    active = {"participant__withdrawn_at": None}
    add(
        _("À chaud"),
        selectors.hot_evaluations(seminar).filter(**active).order_by("pk"),
        hot_fields,
    )
    add(
        _("À froid"),
        selectors.cold_evaluations(seminar).filter(**active).order_by("pk"),
        ["used_since", "changed_decision", "examples"],
    )
    add(
        _("Structures d'accueil"),
        selectors.host_evaluations(seminar).order_by("pk"),
        ["role", "hosting_useful", "observer_prepared", "host_again", "comment"],
    )
    numbers: dict[int, int] = {}
    for commitment in (
        selectors.action_commitments(seminar)
        .filter(**active)
        .order_by("participant_id", "position")
    ):
        number = numbers.setdefault(commitment.participant_id, len(numbers) + 1)
        for name in ["what", "due_by", "organisation", "status", "review_comment"]:
            value = (
                display(commitment, name) if name != "status" else commitment.get_status_display()
            )
            rows.append(
                [
                    str(_("Engagement %(n)d") % {"n": commitment.position}),
                    number,
                    str(commitment._meta.get_field(name).verbose_name),
                    str(value) if value != "" else "",
                ]
            )
    return rows
