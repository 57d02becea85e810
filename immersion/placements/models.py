"""Assignment runs (a solve, or a re-solve after a change) and the placements they hold.

At most one run per seminar is published: its placements are the participants' immersions.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from immersion.common.models import TimeStampedModel


class RunStatus(models.TextChoices):
    DRAFT = "draft", _("Proposition")
    PUBLISHED = "published", _("Publiée")
    SUPERSEDED = "superseded", _("Remplacée")


class SolveState(models.TextChoices):
    PENDING = "pending", _("En attente")
    RUNNING = "running", _("Calcul en cours")
    DONE = "done", _("Terminé")
    FAILED = "failed", _("Échec")


#: A run's solver data: about 1 kB per participant each (2 MB at 2,000 participants), read by
#: the solver, the merge and the review's scores, never by a list or a page that only names
#: the run. A row that carries them is parsed from JSON each time it is read — once per
#: placement when a placement list joins its run.
SOLVER_DATA = ("instance", "breakdown", "unplaced")


class AssignmentRunQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=RunStatus.PUBLISHED)

    def without_solver_data(self):
        return self.defer(*SOLVER_DATA)


class AssignmentRun(TimeStampedModel):
    seminar = models.ForeignKey(
        "seminars.Seminar",
        verbose_name=_("séminaire"),
        on_delete=models.CASCADE,
        related_name="assignment_runs",
    )
    number = models.PositiveIntegerField(
        _("numéro"),
        default=0,
        help_text=_("Numéro de la proposition dans son séminaire (1 pour le premier calcul)."),
    )
    status = models.CharField(
        _("statut"), max_length=20, choices=RunStatus.choices, default=RunStatus.DRAFT
    )
    state = models.CharField(
        _("état du calcul"), max_length=20, choices=SolveState.choices, default=SolveState.PENDING
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lancé par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    based_on = models.ForeignKey(
        "self",
        verbose_name=_("à partir de"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resolves",
        help_text=_("L'affectation publiée que ce nouveau calcul modifie le moins possible."),
    )
    reason = models.CharField(_("motif"), max_length=250, blank=True)
    seed = models.PositiveIntegerField(_("graine"), default=0)
    time_limit = models.FloatField(_("temps maximal (s)"), default=10.0)
    weights = models.JSONField(_("pondérations"), default=dict, blank=True)
    solver_status = models.CharField(_("résultat du solveur"), max_length=20, blank=True)
    objective = models.BigIntegerField(_("score"), null=True, blank=True)
    bound = models.FloatField(_("borne prouvée"), null=True, blank=True)
    stats = models.JSONField(_("statistiques"), default=dict, blank=True)
    diagnosis = models.JSONField(_("diagnostic"), default=dict, blank=True)
    unplaced = models.JSONField(_("non placés"), default=list, blank=True)
    breakdown = models.JSONField(_("détail des scores"), default=dict, blank=True)
    error = models.TextField(_("erreur"), blank=True)
    progress = models.PositiveSmallIntegerField(_("avancement (%)"), default=0)
    merge_queued = models.BooleanField(
        _("fusion des régions lancée"),
        default=False,
        help_text=_("Le calcul régional est terminé partout et sa fusion a été mise en file."),
    )
    instance = models.JSONField(_("données du calcul"), default=dict, blank=True)
    started_at = models.DateTimeField(_("calcul commencé le"), null=True, blank=True)
    finished_at = models.DateTimeField(_("calcul terminé le"), null=True, blank=True)
    published_at = models.DateTimeField(_("publiée le"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("publiée par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = AssignmentRunQuerySet.as_manager()

    class Meta:
        verbose_name = _("calcul d'affectation")
        verbose_name_plural = _("calculs d'affectation")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["seminar"],
                condition=Q(status="published"),
                name="one_published_run_per_seminar",
            ),
            models.UniqueConstraint(
                fields=["seminar", "number"],
                condition=Q(number__gt=0),
                name="one_run_number_per_seminar",
            ),
        ]

    def __str__(self):
        return f"{self.seminar} — {self.get_status_display()} n°{self.number}"

    @property
    def edited_by_hand(self) -> bool:
        """Whether a person moved someone after the solve: the solver's verdict (optimal…)
        no longer describes the run."""
        return bool(self.stats.get("edited_by_hand"))

    @property
    def gap(self) -> float | None:
        if self.objective is None or self.bound is None or not self.bound:
            return None
        return max(0.0, (self.bound - self.objective) / abs(self.bound))


class RegionSolve(models.Model):
    """One regional sub-problem of a large run, solved by a task of its own (any worker).

    Holds identifiers only (the instance's participant and site keys); the sub-instance is
    rebuilt from the run's stored instance. See ``assignment.split``.
    """

    run = models.ForeignKey(
        AssignmentRun, verbose_name=_("calcul"), on_delete=models.CASCADE, related_name="regions"
    )
    index = models.PositiveSmallIntegerField(_("numéro de région"))
    participants = models.JSONField(_("participants"), default=list)
    sites = models.JSONField(_("structures accessibles"), default=list)
    own_sites = models.JSONField(_("structures de la région"), default=list)
    border = models.JSONField(_("participants frontaliers"), default=list)
    state = models.CharField(
        _("état du calcul"), max_length=20, choices=SolveState.choices, default=SolveState.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("tentatives"), default=0)
    solution = models.JSONField(_("solution"), default=dict, blank=True)
    error = models.TextField(_("erreur"), blank=True)
    started_at = models.DateTimeField(_("commencé le"), null=True, blank=True)
    finished_at = models.DateTimeField(_("terminé le"), null=True, blank=True)

    class Meta:
        verbose_name = _("région d'un calcul")
        verbose_name_plural = _("régions d'un calcul")
        ordering = ["run", "index"]
        constraints = [
            models.UniqueConstraint(fields=["run", "index"], name="one_region_index_per_run")
        ]

    def __str__(self):
        return f"{self.run} — {self.index + 1}"


class PlacementQuerySet(models.QuerySet):
    def published(self):
        return self.filter(run__status=RunStatus.PUBLISHED)

    def with_details(self):
        """With the participant, the offer's site and tutor, the half-day and the run's
        seminar, read in the same query; the run without its solver data (SOLVER_DATA)."""
        return self.select_related(
            "participant", "offer__site", "offer__tutor", "half_day", "run__seminar"
        ).defer(*(f"run__{name}" for name in SOLVER_DATA))


class Placement(models.Model):
    """One participant in one offer (one site, channel and half-day) within a run."""

    run = models.ForeignKey(
        AssignmentRun, verbose_name=_("calcul"), on_delete=models.CASCADE, related_name="placements"
    )
    participant = models.ForeignKey(
        "people.Participant",
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="placements",
    )
    offer = models.ForeignKey(
        "host_sites.Offer",
        verbose_name=_("offre"),
        on_delete=models.CASCADE,
        related_name="placements",
    )
    half_day = models.ForeignKey(
        "seminars.ProgrammeItem",
        verbose_name=_("demi-journée"),
        on_delete=models.CASCADE,
        related_name="placements",
    )
    pinned = models.BooleanField(_("épinglé"), default=False)
    manual = models.BooleanField(_("placé à la main"), default=False)

    objects = PlacementQuerySet.as_manager()

    class Meta:
        verbose_name = _("placement")
        verbose_name_plural = _("placements")
        ordering = ["half_day__starts_at", "participant__last_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["run", "participant", "half_day"],
                name="one_placement_per_participant_half_day",
            )
        ]

    def __str__(self):
        return f"{self.participant} → {self.offer}"


class UnplacedReason(models.TextChoices):
    """The main reason a half-day is left without an immersion (the core's first code)."""

    NO_OFFER = "no_offer", _("aucune offre ce jour-là")
    TOO_FAR = "too_far", _("trop loin")
    TRAVEL_TIME = "travel_time", _("temps de trajet")
    ACCESS = "access", _("accessibilité")
    OWN_ORGANISATION = "own_organisation", _("son propre organisme")
    FORBIDDEN_CATEGORY = "forbidden_category", _("catégorie exclue")
    ALREADY_VISITED = "already_visited", _("structures déjà visitées")
    FULL = "full", _("créneaux complets")
    FREE_SEAT = "free_seat_available", _("place libre : placement possible")
    OTHER = "other", _("autre")


class UnplacedHalfDay(models.Model):
    """One available half-day of a participant that a run leaves without an immersion, with
    its main reason (to filter and count by) and the French reasons the organizer reads.

    Written with the run's ``unplaced`` (the core's output, kept as it came) each time it is
    computed, so the run's review filters and counts them in the database."""

    run = models.ForeignKey(
        AssignmentRun,
        verbose_name=_("calcul"),
        on_delete=models.CASCADE,
        related_name="unplaced_half_days",
    )
    participant = models.ForeignKey(
        "people.Participant",
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    half_day = models.ForeignKey(
        "seminars.ProgrammeItem",
        verbose_name=_("demi-journée"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    reason = models.CharField(_("raison principale"), max_length=30, choices=UnplacedReason.choices)
    reasons = models.JSONField(_("raisons"), default=list, blank=True)

    class Meta:
        verbose_name = _("demi-journée sans immersion")
        verbose_name_plural = _("demi-journées sans immersion")
        constraints = [
            models.UniqueConstraint(
                fields=["run", "participant", "half_day"], name="one_unplaced_per_half_day"
            )
        ]
        indexes = [models.Index(fields=["run", "reason"])]

    def __str__(self):
        return f"{self.participant} — {self.half_day}"
