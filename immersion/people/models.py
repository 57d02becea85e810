from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from immersion.common.choices import AccessNeed, Category, SiteKind
from immersion.common.models import DietFields, TimeStampedModel
from immersion.common.validators import validate_access_needs, validate_insee_code

PREFERENCE_MAX = 3


def validate_preferences(value) -> None:
    if not isinstance(value, dict):
        raise ValidationError(
            _("Les préférences doivent associer un type de structure à une note.")
        )
    for kind, score in value.items():
        if kind not in SiteKind.values:
            raise ValidationError(
                _("Type de structure inconnu dans les préférences : %(kind)s"),
                params={"kind": kind},
            )
        if not isinstance(score, int) or not 0 <= score <= PREFERENCE_MAX:
            raise ValidationError(
                _("La préférence pour %(kind)s doit être un entier de 0 à 3."),
                params={"kind": kind},
            )


class ParticipantQuerySet(models.QuerySet):
    def active(self):
        """Registered and not withdrawn."""
        return self.filter(withdrawn_at__isnull=True)

    def for_seminar(self, seminar):
        return self.filter(seminar=seminar).prefetch_related("unavailable_half_days")

    def visible_to(self, user):
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser or user.role == "admin":
            return self.all()
        if user.role == "organizer":
            return self.filter(seminar__organizers=user)
        if user.role == "participant":
            return self.filter(user=user)
        return self.none()


class Participant(DietFields, TimeStampedModel):
    """A person registered to one seminar, as an observer."""

    seminar = models.ForeignKey(
        "seminars.Seminar",
        verbose_name=_("séminaire"),
        on_delete=models.CASCADE,
        related_name="participants",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="participations",
    )
    first_name = models.CharField(_("prénom"), max_length=100)
    last_name = models.CharField(_("nom"), max_length=100)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    category = models.CharField(_("catégorie"), max_length=40, choices=Category.choices)
    organisation = models.CharField(
        _("organisme employeur"),
        max_length=200,
        help_text=_(
            "Sert à éviter les conflits d'intérêts : personne n'observe son propre organisme."
        ),
    )
    function = models.CharField(_("fonction"), max_length=200, blank=True)
    home_commune_code = models.CharField(
        _("code commune du domicile ou du lieu de travail"),
        max_length=5,
        blank=True,
        validators=[validate_insee_code],
    )
    home_commune_name = models.CharField(_("commune"), max_length=120, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    max_km = models.PositiveSmallIntegerField(
        _("distance maximale acceptée (km)"),
        null=True,
        blank=True,
        help_text=_(
            "Distance maximale jusqu'à la structure d'immersion, depuis le domicile pour qui "
            "habite près de la ville du séminaire, sinon depuis la ville du séminaire."
        ),
    )
    unavailable_half_days = models.ManyToManyField(
        "seminars.ProgrammeItem",
        verbose_name=_("demi-journées d'indisponibilité"),
        blank=True,
        related_name="unavailable_participants",
    )
    preferences = models.JSONField(
        _("préférences par type de structure"),
        default=dict,
        blank=True,
        validators=[validate_preferences],
        help_text=_("De 0 (indifférent) à 3 (très souhaité)."),
    )
    accessibility_needs = models.TextField(_("besoins d'accessibilité"), blank=True)
    access_needs = models.JSONField(
        _("aménagements nécessaires"),
        default=list,
        blank=True,
        validators=[validate_access_needs],
        help_text=_(
            "Seules les structures qui les offrent lui sont proposées. Ne notez ici aucune "
            "information de santé : seuls ces aménagements sont communiqués à la structure."
        ),
    )
    withdrawn_at = models.DateTimeField(_("désisté le"), null=True, blank=True)
    arrival_travel = models.CharField(
        _("arrivée"),
        max_length=200,
        blank=True,
        help_text=_(
            "Train ou moyen de transport, gare et heure d'arrivée (ex. TGV 8611, 14 h 28)."
        ),
    )
    departure_travel = models.CharField(
        _("départ"),
        max_length=200,
        blank=True,
        help_text=_(
            "Train ou moyen de transport, gare et heure de départ (ex. TGV 8648, 18 h 35)."
        ),
    )
    invited_at = models.DateTimeField(_("invité le"), null=True, blank=True)
    profile_confirmed_at = models.DateTimeField(_("profil complété le"), null=True, blank=True)

    objects = ParticipantQuerySet.as_manager()

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["last_name", "first_name"]
        constraints = [
            models.UniqueConstraint(
                "seminar",
                Lower("email"),
                name="unique_participant_email_per_seminar",
                violation_error_message=_("Cette adresse e-mail est déjà inscrite à ce séminaire."),
            ),
        ]

    def __str__(self):
        return f"{self.first_name} {self.last_name}"

    def get_absolute_url(self):
        return reverse("organizer:participant_edit", args=[self.seminar_id, self.pk])

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def access_need_labels(self) -> list[str]:
        return [str(AccessNeed(c).label) for c in self.access_needs or [] if c in AccessNeed.values]

    def available_half_days(self):
        unavailable = {h.pk for h in self.unavailable_half_days.all()}
        return [h for h in self.seminar.half_days if h.pk not in unavailable]
