from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from immersion.common.choices import AccessNeed, Category, Channel, SiteKind
from immersion.common.models import TimeStampedModel
from immersion.common.validators import (
    validate_insee_code,
    validate_postal_code,
    validate_site_aids,
)
from immersion.seminars.models import Seminar


class HostSiteQuerySet(models.QuerySet):
    def visible_to(self, user):
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser or user.role in ("admin", "organizer"):
            return self.all()
        if user.role == "expert":  # the sites of the seminars they run, nothing else
            return self.filter(offers__seminar__experts=user).distinct()
        if user.role == "site_coordinator":
            return self.filter(coordinator=user)
        return self.none()

    def with_counts_for(self, user):
        """Number of tutors, and of offers of the seminars the user sees (admins: all): an
        organizer never learns how much another seminar uses a shared site."""
        offers = models.Count("offers", distinct=True)
        if not (user.is_superuser or user.role == "admin"):
            offers = models.Count(
                "offers",
                filter=Q(offers__seminar__in=Seminar.objects.visible_to(user)),
                distinct=True,
            )
        return self.annotate(tutor_count=models.Count("tutors", distinct=True), offer_count=offers)

    def editable_by(self, user):
        """Sites whose details, coordinator and tutors the user may change in the back office:
        their owners' (the organizers who created or were given them) and, for admins, all."""
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser or user.role == "admin":
            return self.all()
        if user.role == "organizer":
            return self.filter(owners=user)
        return self.none()


class HostSite(TimeStampedModel):
    name = models.CharField(_("nom"), max_length=200)
    kind = models.CharField(_("type de structure"), max_length=20, choices=SiteKind.choices)
    organisation = models.CharField(
        _("organisme"),
        max_length=200,
        help_text=_(
            "Organisme de rattachement (ex. Caf d'Ille-et-Vilaine) : sert à éviter les "
            "conflits d'intérêts."
        ),
    )
    address = models.CharField(_("adresse"), max_length=250)
    postal_code = models.CharField(
        _("code postal"), max_length=5, blank=True, validators=[validate_postal_code]
    )
    commune_code = models.CharField(
        _("code commune INSEE"), max_length=5, validators=[validate_insee_code]
    )
    commune_name = models.CharField(_("commune"), max_length=120)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    accessibility_notes = models.TextField(_("accessibilité"), blank=True)
    step_free_access = models.BooleanField(
        _("accès de plain-pied"),
        null=True,
        blank=True,
        help_text=_(
            "Accessible en fauteuil roulant, sans marche ni ressaut. Inconnu : la structure "
            "ne reçoit pas de personne en fauteuil roulant."
        ),
    )
    aids = models.JSONField(
        _("aides à l'accessibilité"),
        default=list,
        blank=True,
        validators=[validate_site_aids],
    )
    travel_minutes = models.PositiveSmallIntegerField(
        _("temps de trajet depuis le lieu du séminaire, en minutes"),
        null=True,
        blank=True,
        help_text=_("Vide : estimé d'après la distance à vol d'oiseau."),
    )
    access_notes = models.TextField(_("accès et consignes"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("référent"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coordinated_sites",
    )
    # The catalogue is shared by every organizer, but a site is changed only by its owners
    # (and administrators): the organizers who created it, or to whom an admin gave it.
    owners = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gestionnaires"),
        blank=True,
        related_name="owned_sites",
        help_text=_(
            "Organisateurs qui peuvent modifier la structure, son référent et ses tuteurs."
        ),
    )

    objects = HostSiteQuerySet.as_manager()

    class Meta:
        verbose_name = _("structure d'accueil")
        verbose_name_plural = _("structures d'accueil")
        ordering = ["commune_name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "commune_code"],
                name="unique_site_name_per_commune",
                violation_error_message=_(
                    "Une structure de ce nom existe déjà dans cette commune."
                ),
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="site_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="site_longitude_range",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.commune_name})"

    def get_absolute_url(self):
        return reverse("organizer:site_detail", args=[self.pk])

    @property
    def access_codes(self) -> list[str]:
        """What the site provides, as AccessNeed codes (step-free access only when known)."""
        codes = [AccessNeed.PLAIN_PIED.value] if self.step_free_access else []
        return codes + [c for c in AccessNeed.values if c in (self.aids or [])]

    @property
    def aid_labels(self) -> list[str]:
        return [str(AccessNeed(c).label) for c in self.aids or [] if c in AccessNeed.values]

    @property
    def full_address(self) -> str:
        return ", ".join(
            p for p in [self.address, f"{self.postal_code} {self.commune_name}".strip()] if p
        )


class Tutor(TimeStampedModel):
    site = models.ForeignKey(
        HostSite, verbose_name=_("structure"), on_delete=models.CASCADE, related_name="tutors"
    )
    first_name = models.CharField(_("prénom"), max_length=100)
    last_name = models.CharField(_("nom"), max_length=100)
    job_title = models.CharField(_("fonction"), max_length=150)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tutor_profile",
    )

    class Meta:
        verbose_name = _("agent tuteur")
        verbose_name_plural = _("agents tuteurs")
        ordering = ["last_name", "first_name"]

    def __str__(self):
        return f"{self.first_name} {self.last_name} — {self.job_title}"


class OfferQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Offers of the seminars the user sees in the back office (never another seminar's)."""
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser or user.role == "admin":
            return self.all()
        return self.filter(seminar__in=Seminar.objects.visible_to(user))

    def for_seminar(self, seminar):
        return self.filter(seminar=seminar).select_related("site", "half_day", "tutor")


class Offer(TimeStampedModel):
    """What a site offers one seminar: one channel on one half-day, for a number of observers."""

    seminar = models.ForeignKey(
        "seminars.Seminar",
        verbose_name=_("séminaire"),
        on_delete=models.CASCADE,
        related_name="offers",
    )
    site = models.ForeignKey(
        HostSite, verbose_name=_("structure"), on_delete=models.CASCADE, related_name="offers"
    )
    half_day = models.ForeignKey(
        "seminars.ProgrammeItem",
        verbose_name=_("demi-journée"),
        on_delete=models.PROTECT,
        related_name="offers",
        limit_choices_to={"kind": "immersion"},
    )
    channel = models.CharField(_("canal"), max_length=30, choices=Channel.choices)
    capacity = models.PositiveSmallIntegerField(_("nombre d'observateurs"), default=2)
    forbidden_categories = models.JSONField(_("catégories non admises"), default=list, blank=True)
    needs_authorisation = models.BooleanField(
        _("autorisation préalable requise"),
        default=False,
        help_text=_(
            "La venue de chaque observateur doit être autorisée au préalable par la structure."
        ),
    )
    rules_notes = models.TextField(_("règles et consignes"), blank=True)
    journalists_authorised_at = models.DateTimeField(
        _("journalistes autorisés le"),
        null=True,
        blank=True,
        help_text=_(
            "Un contrôle sur place exclut les journalistes, sauf autorisation explicite de la "
            "structure, enregistrée avec son auteur et sa date."
        ),
    )
    journalists_authorised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("journalistes autorisés par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tutor = models.ForeignKey(
        Tutor,
        verbose_name=_("tuteur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offers",
    )

    objects = OfferQuerySet.as_manager()

    class Meta:
        verbose_name = _("offre d'immersion")
        verbose_name_plural = _("offres d'immersion")
        ordering = ["half_day__starts_at", "site__name", "channel"]
        constraints = [
            models.UniqueConstraint(
                fields=["seminar", "site", "half_day", "channel"],
                name="one_offer_per_site_channel_half_day",
                violation_error_message=_(
                    "Cette structure propose déjà ce canal sur cette demi-journée."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.site.name} — {self.get_channel_display()} — {self.half_day.half_day_label}"

    def clean(self):
        from django.core.exceptions import ValidationError

        errors = {}
        if self.half_day_id and self.half_day.kind != "immersion":
            errors["half_day"] = _("Choisissez une demi-journée d'immersion du programme.")
        if self.half_day_id and self.seminar_id and self.half_day.seminar_id != self.seminar_id:
            errors["half_day"] = _("Cette demi-journée appartient à un autre séminaire.")
        if (
            self.channel == Channel.CONTROLE_SUR_PLACE
            and self.site_id
            and self.site.kind not in (SiteKind.CAF, SiteKind.CPAM)
        ):
            errors["channel"] = _(
                "Le contrôle sur place n'est proposé que par une Caf ou une Cpam."
            )
        unknown = [c for c in self.forbidden_categories or [] if c not in Category.values]
        if unknown:
            errors["forbidden_categories"] = _("Catégories inconnues : %(codes)s") % {
                "codes": ", ".join(unknown)
            }
        if self.capacity is not None and self.capacity < 1:
            errors["capacity"] = _("Une offre accueille au moins un observateur.")
        if self.channel == Channel.CONTROLE_SUR_PLACE:
            if self.capacity is not None and self.capacity > 1:
                errors["capacity"] = _("Un contrôle sur place n'accueille qu'un seul observateur.")
            journalists_excluded = Category.JOURNALISTE in (self.forbidden_categories or [])
            if not journalists_excluded and self.journalists_authorised_at is None:
                errors["forbidden_categories"] = _(
                    "Les journalistes sont exclus d'un contrôle sur place, sauf autorisation "
                    "explicite de la structure : cochez « Journalistes autorisés par la "
                    "structure » ou gardez la catégorie « Journaliste » exclue."
                )
        if self.tutor_id and self.site_id and self.tutor.site_id != self.site_id:
            errors["tutor"] = _("Ce tuteur appartient à une autre structure.")
        if errors:
            raise ValidationError(errors)

    @property
    def forbidden_category_labels(self) -> list[str]:
        return [str(Category(c).label) for c in self.forbidden_categories if c in Category.values]
