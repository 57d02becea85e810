"""Everything the shared analysis shows about one seminar, for a caller that wants it all
(the synthesis report). The board calls the same functions panel by panel."""

from dataclasses import dataclass

from immersion.analysis.adapters import (
    ContributionsPanel,
    TerritoryPanel,
    contributions_panel,
    territory_panel,
)
from immersion.analysis.observed import ObservedSummary, observed_summary
from immersion.analysis.perception import PerceptionSummary, perception_summary
from immersion.analysis.quotes import QuoteWall, quote_wall
from immersion.analysis.representativeness import (
    SiteMix,
    site_mixes,
    tutor_representativeness,
)
from immersion.analysis.stats import Distribution


@dataclass(frozen=True)
class SeminarAnalysis:
    observed: ObservedSummary
    perception: PerceptionSummary
    representativeness: Distribution
    site_mixes: list[SiteMix]
    quotes: QuoteWall
    contributions: ContributionsPanel
    territory: TerritoryPanel


def seminar_analysis(seminar, *, latest_quotes: int = 0) -> SeminarAnalysis:
    """Every figure of the debrief. Quotes: the curated wall (pinned and grouped, never the
    hidden ones) plus the ``latest_quotes`` newest unmarked ones (none by default)."""
    return SeminarAnalysis(
        observed=observed_summary(seminar),
        perception=perception_summary(seminar),
        representativeness=tutor_representativeness(seminar),
        site_mixes=site_mixes(seminar),
        quotes=quote_wall(seminar, latest=latest_quotes),
        contributions=contributions_panel(seminar),
        territory=territory_panel(seminar),
    )
