"""Reads of the notebook: the observer's immersions, what was noted, the site's contact mix."""

from dataclasses import dataclass

from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from immersion.observation import grid
from immersion.observation.models import Astonishment, SiteContactMix, Situation, TutorExchange
from immersion.people.models import Participant
from immersion.placements.models import Placement
from immersion.placements.selectors import placements_of_participant
from immersion.seminars.models import Seminar
from immersion.sites.models import HostSite

# Fewer observed situations than this: the comparison is shown as indicative only.
SMALL_SAMPLE = 10


def observer_participations(user):
    """The user's registrations as a participant (one per seminar), withdrawn ones excluded."""
    if not user.is_authenticated:
        return Participant.objects.none()
    return (
        Participant.objects.filter(user=user, withdrawn_at=None)
        .select_related("seminar")
        .order_by("-seminar__start_date")
    )


def commitment_signed(participant) -> bool:
    """The notebook opens once the participant has signed the confidentiality commitment.

    The signatures belong to ``immersion.engagement`` (``participant.commitments``), which this
    app may not import (docs/architecture.md): the reverse relation is read instead. Same
    meaning as ``engagement.selectors.has_signed_commitment``: any version counts.
    """
    commitments = getattr(participant, "commitments", None)
    return commitments is not None and commitments.exists()


def observer_placements(participant):
    """The participant's immersions (published assignment), in time order, with counts."""
    return placements_of_participant(participant).annotate(
        situation_count=Count("situations", distinct=True),
        astonishment_count=Count("astonishments", distinct=True),
        has_tutor_exchange=Exists(TutorExchange.objects.filter(placement=OuterRef("pk"))),
    )


def placement_of_observer(user, pk):
    """The published immersion ``pk`` if the user is the participant placed there, else None."""
    return (
        Placement.objects.published()
        .filter(pk=pk, participant__user=user, participant__withdrawn_at=None)
        .with_details()
        .first()
    )


def placement_for_reader(pk):
    return Placement.objects.with_details().filter(pk=pk).first()


def situations_of(placement):
    return Situation.objects.filter(placement=placement).select_related("placement__offer__site")


def astonishments_of(placement):
    return Astonishment.objects.filter(placement=placement)


def tutor_exchange_of(placement):
    return TutorExchange.objects.filter(placement=placement).first()


def _count_per_placement(model):
    """How many ``model`` rows each placement holds, as a subquery (no join: counting two
    relations by joins multiplies the rows, and the list stays one query)."""
    counts = (
        model.objects.filter(placement=OuterRef("pk"))
        .order_by()
        .values("placement")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), Value(0))


def seminar_placements(seminar):
    """Every published immersion of the seminar with what its notebook holds (organizers)."""
    return (
        Placement.objects.published()
        .filter(run__seminar=seminar)
        .with_details()
        .annotate(
            situation_count=_count_per_placement(Situation),
            astonishment_count=_count_per_placement(Astonishment),
            has_tutor_exchange=Exists(TutorExchange.objects.filter(placement=OuterRef("pk"))),
        )
        .order_by("offer__site__name", "half_day__starts_at", "participant__last_name")
    )


@dataclass(frozen=True)
class MixRow:
    code: str
    label: str
    declared: int | None  # % declared by the site, None if not declared
    observed: int  # situations observed
    observed_share: float | None  # % of the observed situations

    @property
    def gap(self) -> float | None:
        """Observed minus declared, in percentage points."""
        if self.declared is None or self.observed_share is None:
            return None
        return round(self.observed_share - self.declared, 1)


@dataclass(frozen=True)
class MixComparison:
    rows: list[MixRow]
    observed_total: int
    declared_total: int

    @property
    def small_sample(self) -> bool:
        return self.observed_total < SMALL_SAMPLE

    @property
    def undeclared_share(self) -> int:
        return max(0, 100 - self.declared_total) if self.declared_total else 0


def contact_mix_comparison(site, seminar=None, *, seminars=None) -> MixComparison:
    """What the site declares as its usual mix of reasons against what observers noted.

    Observed: situations of published immersions at the site (of ``seminar`` if given), and
    only of ``seminars`` when given (see ``contact_mix_seminars``).
    """
    declared = dict(SiteContactMix.objects.filter(site=site).values_list("reason", "share"))
    situations = Situation.objects.filter(
        placement__offer__site=site, placement__run__status="published"
    )
    if seminar is not None:
        situations = situations.filter(placement__run__seminar=seminar)
    if seminars is not None:
        situations = situations.filter(placement__run__seminar__in=seminars)
    observed = dict(situations.values_list("contact_reason").annotate(n=Count("id")).order_by())
    return _comparison(site.kind, declared, observed)


def contact_mix_seminars(user, site):
    """The seminars whose observations at ``site`` the user may count, or None for all.

    Administrators and the site's own coordinator (it is their site's mix, and they receive
    every seminar's observers) count every seminar; anybody else — an organizer, even one who
    owns the site — only the seminars they organize: another seminar's counts are not theirs.
    """
    if user.is_superuser or user.role == "admin":
        return None
    if user.role == "site_coordinator" and site.coordinator_id == user.pk:
        return None
    return Seminar.objects.filter(organizers=user)


def sites_of_seminar(seminar):
    """Sites that host at least one published immersion of the seminar."""
    # A semi-join (IN) rather than DISTINCT over every placement's row.
    offers = Placement.objects.filter(run__seminar=seminar, run__status="published").values(
        "offer__site"
    )
    return HostSite.objects.filter(pk__in=offers).order_by("name")


# --- Seminar-wide reads, for the shared analysis (immersion.analysis) -----------------------


def seminar_situations(seminar):
    """Every situation noted in the seminar's published immersions."""
    return Situation.objects.filter(
        placement__run__seminar=seminar, placement__run__status="published"
    )


def seminar_astonishments(seminar):
    """Every astonishment noted in the seminar's published immersions."""
    return Astonishment.objects.filter(
        placement__run__seminar=seminar, placement__run__status="published"
    )


def programme_situations(programme):
    """Every situation noted in the published immersions of a programme's seminars."""
    return Situation.objects.filter(
        placement__run__seminar__programme=programme, placement__run__status="published"
    )


def seminar_tutor_exchanges(seminar):
    """Every tutor exchange noted in the seminar's published immersions."""
    return TutorExchange.objects.filter(
        placement__run__seminar=seminar, placement__run__status="published"
    )


def contact_mix_comparisons(seminar) -> list[tuple[HostSite, MixComparison]]:
    """``contact_mix_comparison(site, seminar)`` for every site of the seminar, in three
    queries whatever the number of sites (the debrief board)."""
    sites = list(sites_of_seminar(seminar))
    declared: dict[int, dict[str, int]] = {}
    for site_id, reason, share in SiteContactMix.objects.filter(site__in=sites).values_list(
        "site_id", "reason", "share"
    ):
        declared.setdefault(site_id, {})[reason] = share
    observed: dict[int, dict[str, int]] = {}
    for site_id, reason, n in (
        seminar_situations(seminar)
        .values_list("placement__offer__site_id", "contact_reason")
        .annotate(n=Count("id"))
        .order_by()
    ):
        observed.setdefault(site_id, {})[reason] = n
    return [
        (site, _comparison(site.kind, declared.get(site.pk, {}), observed.get(site.pk, {})))
        for site in sites
    ]


def _comparison(kind: str, declared: dict[str, int], observed: dict[str, int]) -> MixComparison:
    total = sum(observed.values())
    rows = []
    for choice in grid.site_contact_reasons(kind):
        count = observed.get(choice.code, 0)
        share = declared.get(choice.code)
        if not count and share is None:
            continue
        rows.append(
            MixRow(
                code=choice.code,
                label=str(choice.label),
                declared=share,
                observed=count,
                observed_share=round(100 * count / total, 1) if total else None,
            )
        )
    rows.sort(key=lambda r: (-(r.declared or 0), -r.observed, r.label))
    return MixComparison(rows=rows, observed_total=total, declared_total=sum(declared.values()))
