"""Were the observed situations representative? The tutors' answers (1-5), and per site the
contact reasons observed against those the site declares as usual."""

from dataclasses import dataclass

from immersion.analysis.stats import Distribution, scale_distribution
from immersion.common.choices import SiteKind, label_for
from immersion.observation.models import REPRESENTATIVENESS
from immersion.observation.selectors import (
    MixComparison,
    MixRow,
    contact_mix_comparisons,
    seminar_tutor_exchanges,
)


def tutor_representativeness(seminar) -> Distribution:
    """The tutors' answers (exchange of sequence 3), under the small-count rule."""
    values = list(
        seminar_tutor_exchanges(seminar)
        .filter(representativeness__isnull=False)
        .order_by()
        .values_list("representativeness", flat=True)
    )
    return scale_distribution(values, REPRESENTATIVENESS)


@dataclass(frozen=True)
class SiteMix:
    site_id: int
    site_name: str
    site_kind_label: str
    comparison: MixComparison

    @property
    def largest_gap(self) -> MixRow | None:
        """The reason whose observed share is farthest from the declared one."""
        rows = [r for r in self.comparison.rows if r.gap is not None]
        return max(rows, key=lambda r: (abs(r.gap), r.observed), default=None)


def site_mixes(seminar) -> list[SiteMix]:
    """Per host site of the seminar: declared vs observed contact reasons (observation's
    comparison, for this seminar's situations only)."""
    return [
        SiteMix(
            site_id=site.pk,
            site_name=site.name,
            site_kind_label=label_for(SiteKind, site.kind),
            comparison=comparison,
        )
        for site, comparison in contact_mix_comparisons(seminar)
    ]
