"""The board's panels: what each shows and how its data is read (through immersion.analysis).

Each panel has its own fragment URL, polled by htmx; the board renders them all at once so
that it also works without JavaScript.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from immersion.analysis.adapters import contributions_panel, territory_panel
from immersion.analysis.observed import observed_summary
from immersion.analysis.perception import perception_summary
from immersion.analysis.quotes import quote_wall
from immersion.analysis.representativeness import site_mixes, tutor_representativeness
from immersion.analysis.stats import MIN_RESPONDENTS, MIN_TEST_PAIRS
from immersion.debrief.selectors import quote_groups
from immersion.www.debrief.charts import bars, box, box_scale, diverging

# Friction tags drawn in the observed panel's chart (the table below it lists them all).
CHART_FRICTIONS = 8


@dataclass(frozen=True)
class Options:
    """What the request asks of the panels."""

    presentation: bool
    can_curate: bool
    detail: bool = False  # a panel's own page: the detailed tables too


def observed(seminar, options: Options) -> dict:
    summary = observed_summary(seminar)
    scale = box_scale([g.waiting for g in summary.groups])
    return {
        "summary": summary,
        "scale": int(scale),
        "rows": [
            {
                "group": g,
                "box": box(g.waiting, scale),
                "outcomes": [o for o in g.outcomes if o.count],
                "frictions": [f for f in g.frictions if f.count][:3],
            }
            for g in summary.groups
        ],
        "friction_bars": bars(summary.frictions[:CHART_FRICTIONS]),
    }


def quotes(seminar, options: Options) -> dict:
    show_hidden = options.can_curate and not options.presentation
    return {
        "wall": quote_wall(seminar, include_hidden=show_hidden),
        "groups": list(quote_groups(seminar)) if options.can_curate else [],
    }


def perception(seminar, options: Options) -> dict:
    summary = perception_summary(seminar)
    return {
        "summary": summary,
        "rows": [{"item": i, "bar": diverging(i.shift.mean_change)} for i in summary.shown],
        "min_respondents": MIN_RESPONDENTS,
        "min_test_pairs": MIN_TEST_PAIRS,
    }


def representativeness(seminar, options: Options) -> dict:
    distribution = tutor_representativeness(seminar)
    return {
        "distribution": distribution,
        "bars": bars(distribution.values),
        "mixes": site_mixes(seminar),
        "min_respondents": MIN_RESPONDENTS,
    }


def contributions(seminar, options: Options) -> dict:
    return {"contributions": contributions_panel(seminar)}


def territory(seminar, options: Options) -> dict:
    return {"territory": territory_panel(seminar)}


@dataclass(frozen=True)
class Panel:
    slug: str
    title: str
    build: Callable[..., dict]
    # For the panels fed by other apps: the key of the adapter's result in the data.
    adapter_key: str = ""

    @property
    def template(self) -> str:
        return f"www/debrief/panels/{self.slug.replace('-', '_')}.html"

    def data(self, seminar, options: Options) -> dict | None:
        """The panel's data, or None when its source app is not there (no panel then)."""
        data = self.build(seminar, options)
        if self.adapter_key and not data[self.adapter_key].available:
            return None
        return data


PANELS = [
    Panel("observe", _("Ce qui a été observé"), observed),
    Panel("citations", _("Mur des citations"), quotes),
    Panel("avant-apres", _("Avant / après : ce que nous pensions"), perception),
    Panel("representativite", _("Représentativité"), representativeness),
    Panel("contributions", _("Contraintes, leviers, innovations"), contributions, "contributions"),
    Panel("territoire", _("Le territoire en chiffres"), territory, "territory"),
]
PANELS_BY_SLUG = {p.slug: p for p in PANELS}
