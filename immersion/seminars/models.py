import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from immersion.common.choices import half_day_label
from immersion.common.models import TimeStampedModel


class SeminarStatus(models.TextChoices):
    DRAFT = "draft", _("Brouillon")
    OPEN = "open", _("Inscriptions ouvertes")
    ASSIGNED = "assigned", _("Affectation publiée")
    RUNNING = "running", _("En cours")
    CLOSED = "closed", _("Clos")


class Phase(models.TextChoices):
    """Where the seminar stands in real time: from its dates and its status."""

    BEFORE = "before", _("avant le séminaire")
    DURING = "during", _("pendant le séminaire")
    AFTER = "after", _("après le séminaire")


# How long after the last day the notebook still accepts notes (offline entries, last words).
NOTEBOOK_GRACE = dt.timedelta(days=7)


class ProgrammeScope(models.TextChoices):
    NATIONAL = "national", _("National")
    REGIONAL = "regional", _("Régional")


class ProgrammeQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Programmes whose aggregates a user may read: their managers' and, for
        administrators, every one. Organizers never see a programme as such."""
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser or user.role == "admin":
            return self.all()
        if user.role == "programme_manager":
            return self.filter(managers=user)
        return self.none()


class Programme(TimeStampedModel):
    """A programme of seminars (« Vivez ma vie d'usager 2027 »), national or regional.

    Its managers read aggregates across its seminars (the observatory, the open data),
    never one person's data: they are neither organizers nor experts of its seminars."""

    name = models.CharField(_("nom"), max_length=200, unique=True)
    year = models.PositiveSmallIntegerField(
        _("année"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    scope = models.CharField(
        _("portée"), max_length=20, choices=ProgrammeScope.choices, default=ProgrammeScope.NATIONAL
    )
    region_code = models.CharField(
        _("code INSEE de la région"),
        max_length=3,
        blank=True,
        help_text=_("Pour un programme régional seulement, par exemple 53 (Bretagne)."),
    )
    managers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gestionnaires"),
        related_name="managed_programmes",
        blank=True,
    )

    objects = ProgrammeQuerySet.as_manager()

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        ordering = ["-year", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.scope == ProgrammeScope.REGIONAL and not self.region_code:
            raise ValidationError(
                {"region_code": _("Un programme régional doit indiquer sa région.")}
            )
        if self.scope == ProgrammeScope.NATIONAL and self.region_code:
            raise ValidationError(
                {"region_code": _("Un programme national ne porte pas de code de région.")}
            )
        if self.region_code and not (
            self.region_code.isdigit() and len(self.region_code) in (2, 3)
        ):
            raise ValidationError(
                {
                    "region_code": _(
                        "Le code de région est le code INSEE à 2 chiffres, par exemple 53."
                    )
                }
            )


class SeminarQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Seminars a user may see in the back office: organizers see those they run."""
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser or user.role == "admin":
            return self.all()
        if user.role in ("organizer", "expert"):
            return self.filter(Q(organizers=user) | Q(experts=user)).distinct()
        return self.none()

    def with_counts(self):
        return self.annotate(
            participant_count=models.Count("participants", distinct=True),
            offer_count=models.Count("offers", distinct=True),
        )


class Seminar(TimeStampedModel):
    title = models.CharField(_("titre"), max_length=200)
    city_code = models.CharField(_("code INSEE de la ville"), max_length=5)
    city_name = models.CharField(_("ville"), max_length=120)
    start_date = models.DateField(_("premier jour"))
    end_date = models.DateField(_("dernier jour"))
    venue = models.CharField(_("lieu d'accueil"), max_length=250, blank=True)
    objectives = models.TextField(_("objectifs"), blank=True)
    audience = models.TextField(_("publics visés"), blank=True)
    status = models.CharField(
        _("statut"), max_length=20, choices=SeminarStatus.choices, default=SeminarStatus.DRAFT
    )
    programme = models.ForeignKey(
        Programme,
        verbose_name=_("programme"),
        on_delete=models.PROTECT,
        related_name="seminars",
        null=True,
        blank=True,
    )
    organizers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("organisateurs"),
        related_name="organized_seminars",
        blank=True,
    )
    experts = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("experts"),
        related_name="expert_seminars",
        blank=True,
    )

    objects = SeminarQuerySet.as_manager()

    class Meta:
        verbose_name = _("séminaire")
        verbose_name_plural = _("séminaires")
        ordering = ["-start_date", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=models.F("start_date")),
                name="seminar_end_after_start",
                violation_error_message=_("Le dernier jour doit suivre le premier."),
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("organizer:seminar_detail", args=[self.pk])

    @property
    def days(self) -> list[dt.date]:
        count = (self.end_date - self.start_date).days + 1
        return [self.start_date + dt.timedelta(days=i) for i in range(count)]

    def date_of_day(self, day: int) -> dt.date:
        return self.start_date + dt.timedelta(days=day - 1)

    @property
    def half_days(self):
        return self.programme_items.filter(kind=ItemKind.IMMERSION).order_by("starts_at")

    def phase(self, today: dt.date | None = None) -> str:
        """Before, during or after the seminar, from the real dates AND the status.

        A closed seminar is over; otherwise the calendar decides: pressing "Démarrer" weeks
        early does not start the immersion days, and a seminar still in draft or open on
        its dates has no immersion to run (it stays "before")."""
        today = today or timezone.localdate()
        if self.status == SeminarStatus.CLOSED or today > self.end_date:
            return Phase.AFTER
        if today >= self.start_date and self.status in (
            SeminarStatus.ASSIGNED,
            SeminarStatus.RUNNING,
        ):
            return Phase.DURING
        return Phase.BEFORE

    def notebook_window(self) -> tuple[dt.date, dt.date]:
        """The days the notebook accepts notes: the first day to the last day + 7 days."""
        return self.start_date, self.end_date + NOTEBOOK_GRACE

    def notebook_is_open(self, today: dt.date | None = None) -> bool:
        today = today or timezone.localdate()
        first, last = self.notebook_window()
        return first <= today <= last

    def days_until_start(self, today: dt.date | None = None) -> int:
        return (self.start_date - (today or timezone.localdate())).days

    def shared_analysis_date(self) -> dt.date:
        """The day of sequence 4, the shared analysis (day 2 in the seed's programme): the
        date of its programme item, or the seminar's last day if the programme has none."""
        item = (
            self.programme_items.filter(kind=ItemKind.SHARED_ANALYSIS).order_by("starts_at").first()
        )
        return timezone.localtime(item.starts_at).date() if item else self.end_date

    def shared_analysis_has_begun(self, today: dt.date | None = None) -> bool:
        """Whether participants may answer the "after" questionnaire and post constraints,
        levers and innovations: the seminar is running (or closed), or its assignment is
        published and the day of the shared analysis has come (the organizer may not have
        pressed "Démarrer le séminaire")."""
        if self.status in (SeminarStatus.RUNNING, SeminarStatus.CLOSED):
            return True
        today = today or timezone.localdate()
        return self.status == SeminarStatus.ASSIGNED and today >= self.shared_analysis_date()


class ItemKind(models.TextChoices):
    PLENARY = "plenary", _("Plénière")
    IMMERSION = "immersion", _("Immersion")
    TUTOR_EXCHANGE = "tutor_exchange", _("Échange avec le tuteur")
    SHARED_ANALYSIS = "shared_analysis", _("Analyse partagée")
    MEAL = "meal", _("Repas")
    TRAVEL = "travel", _("Trajet")
    VISIT = "visit", _("Visite")


class ProgrammeItem(TimeStampedModel):
    seminar = models.ForeignKey(
        Seminar,
        verbose_name=_("séminaire"),
        on_delete=models.CASCADE,
        related_name="programme_items",
    )
    kind = models.CharField(_("type"), max_length=20, choices=ItemKind.choices)
    title = models.CharField(_("intitulé"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("début"))
    ends_at = models.DateTimeField(_("fin"), null=True, blank=True)
    sequence = models.PositiveSmallIntegerField(
        _("séquence"),
        null=True,
        blank=True,
        help_text=_("Numéro de séquence du séminaire (1 à 4)."),
    )
    is_optional = models.BooleanField(_("facultatif"), default=False)
    location = models.CharField(_("lieu"), max_length=250, blank=True)
    half_day = models.CharField(
        _("demi-journée"),
        max_length=20,
        blank=True,
        help_text=_("Code de la demi-journée d'immersion (ex. J2-matin), calculé automatiquement."),
    )

    class Meta:
        verbose_name = _("élément de programme")
        verbose_name_plural = _("éléments de programme")
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=models.F("starts_at")),
                name="programme_item_ends_after_start",
                violation_error_message=_("La fin doit être postérieure au début."),
            ),
            models.UniqueConstraint(
                fields=["seminar", "half_day"],
                condition=Q(kind="immersion"),
                name="one_immersion_per_half_day",
                violation_error_message=_("Il y a déjà une immersion sur cette demi-journée."),
            ),
        ]

    def __str__(self):
        local = timezone.localtime(self.starts_at)
        return f"{self.title} ({local:%d/%m %H:%M})"

    @property
    def day(self) -> int:
        local = timezone.localtime(self.starts_at).date()
        return (local - self.seminar.start_date).days + 1

    @property
    def half_day_label(self) -> str:
        return half_day_label(self.half_day)


def half_day_code(day: int, start: dt.time) -> str:
    return f"J{day}-{'matin' if start < dt.time(12, 30) else 'apres-midi'}"
