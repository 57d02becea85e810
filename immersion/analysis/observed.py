"""What was observed: situations by kind of site and channel (sequence 4, "what we saw").

One query reads every situation of the seminar (a few columns); the figures are computed in
Python, by ``analysis.stats``, per (site kind, channel) and for the whole seminar.
"""

from collections import Counter
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from immersion.analysis.stats import Spread, Tally, counts, percent, spread
from immersion.common.choices import Channel, SiteKind, label_for
from immersion.observation import grid
from immersion.observation.selectors import seminar_astonishments, seminar_situations

# How many friction tags a group lists (the most frequent first).
TOP_FRICTIONS = 5
NO_OUTCOME = ("", _("Non renseignée"))


@dataclass(frozen=True)
class CheckFrequency:
    """How often a grid check was answered yes, no or not observed."""

    code: str
    label: str
    source: str
    good: str  # the expected answer ("oui", or "non" for "sent to the website")
    yes: int
    no: int
    not_observed: int

    @property
    def observed(self) -> int:
        return self.yes + self.no

    @property
    def good_count(self) -> int:
        return self.yes if self.good == grid.YES else self.no

    @property
    def good_share(self) -> float | None:
        """Percent of the situations where it was observed that met the expectation."""
        return percent(self.good_count, self.observed)


@dataclass(frozen=True)
class ObservedGroup:
    site_kind: str
    site_kind_label: str
    channel: str
    channel_label: str
    situations: int
    waiting: Spread
    outcomes: list[Tally]  # every outcome, then "non renseignée"; share of the situations
    frictions: list[Tally]  # the most frequent tags; share of the situations
    checks: list[CheckFrequency]

    @property
    def label(self) -> str:
        return f"{self.site_kind_label} — {self.channel_label}"

    @property
    def conformity(self) -> float | None:
        """Percent of the checks observed (yes or no) that met the expectation, all checks
        of the channel together."""
        return percent(sum(c.good_count for c in self.checks), sum(c.observed for c in self.checks))


@dataclass(frozen=True)
class ObservedSummary:
    situations: int
    astonishments: int
    waiting: Spread
    frictions: list[Tally]  # every tag seen, most frequent first; share of all situations
    groups: list[ObservedGroup]  # by site kind (vocabulary order), then channel

    @property
    def empty(self) -> bool:
        return not self.situations and not self.astonishments


CHECK_COLUMNS = [c.field for c in grid.COMMON_CHECKS if c.field] + ["sent_to_website"]


def situation_rows(situations, *extra: str) -> list[dict]:
    """The columns the figures need of a queryset of situations (one query), plus ``extra``
    ones (the observatory adds the site's commune and the seminar's dates)."""
    return list(
        situations.order_by().values(
            "placement__offer__site__kind",
            "placement__offer__channel",
            "waiting_minutes",
            "outcome",
            "frictions",
            "channel_checks",
            *CHECK_COLUMNS,
            *extra,
        )
    )


def _situation_rows(seminar) -> list[dict]:
    return situation_rows(seminar_situations(seminar))


def _frictions(rows: list[dict], limit: int | None) -> list[Tally]:
    seen = Counter(tag for row in rows for tag in (row["frictions"] or []))
    labels = dict(grid.as_choices(grid.FRICTIONS))
    ranked = sorted(seen.items(), key=lambda kv: (-kv[1], str(labels.get(kv[0], kv[0]))))
    if limit is not None:
        ranked = ranked[:limit]
    return counts(dict(ranked), [(c, labels.get(c, c)) for c, _n in ranked], total=len(rows))


def _checks(channel: str, rows: list[dict]) -> list[CheckFrequency]:
    out = []
    for check in grid.checks_for(channel):
        answers = Counter(
            row[check.field]
            if check.field
            else (row["channel_checks"] or {}).get(check.code, grid.NOT_OBSERVED)
            for row in rows
        )
        out.append(
            CheckFrequency(
                code=check.code,
                label=str(check.label),
                source=str(check.source),
                good=check.good,
                yes=answers[grid.YES],
                no=answers[grid.NO],
                not_observed=answers[grid.NOT_OBSERVED],
            )
        )
    return out


def _group(kind: str, channel: str, rows: list[dict]) -> ObservedGroup:
    outcomes = Counter(row["outcome"] or "" for row in rows)
    return ObservedGroup(
        site_kind=kind,
        site_kind_label=label_for(SiteKind, kind),
        channel=channel,
        channel_label=label_for(Channel, channel),
        situations=len(rows),
        waiting=spread(row["waiting_minutes"] for row in rows),
        outcomes=counts(outcomes, [*grid.as_choices(grid.OUTCOMES), NO_OUTCOME]),
        frictions=_frictions(rows, TOP_FRICTIONS),
        checks=_checks(channel, rows),
    )


def frictions_of(rows: list[dict], limit: int | None = None) -> list[Tally]:
    """The friction tags of these situations, most frequent first (share of the situations)."""
    return _frictions(rows, limit)


def observed_groups(rows: list[dict]) -> list[ObservedGroup]:
    """The figures of ``situation_rows`` by site kind × channel, in vocabulary order."""
    by_group: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        key = (row["placement__offer__site__kind"], row["placement__offer__channel"])
        by_group.setdefault(key, []).append(row)
    kind_order = {k: i for i, k in enumerate(SiteKind.values)}
    channel_order = {c: i for i, c in enumerate(Channel.values)}
    keys = sorted(by_group, key=lambda k: (kind_order.get(k[0], 99), channel_order.get(k[1], 99)))
    return [_group(kind, channel, by_group[(kind, channel)]) for kind, channel in keys]


def observed_summary(seminar) -> ObservedSummary:
    """Situations of the seminar's published immersions, by site kind × channel."""
    rows = _situation_rows(seminar)
    return ObservedSummary(
        situations=len(rows),
        astonishments=seminar_astonishments(seminar).count(),
        waiting=spread(row["waiting_minutes"] for row in rows),
        frictions=_frictions(rows, None),
        groups=observed_groups(rows),
    )
