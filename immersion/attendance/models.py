"""Attendance sheets signed per half-day, one-time signing codes, the training provider.

A half-day is not stored: it is derived from the programme (``halfdays.py``) and named by its
code ("J2-matin"). A signature is a participant's (``participant`` set) or the person in
charge's (``participant`` empty, ``signer`` set: an organizer or the expert).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from immersion.common.models import TimeStampedModel


class SignatureMethod(models.TextChoices):
    DRAWN = "drawn", _("Signature manuscrite sur écran")
    CODE = "code", _("Code à usage unique reçu par e-mail")
    PAPER = "paper", _("Feuille papier signée, reportée par l'organisateur")


METHOD_SHORT = {
    SignatureMethod.DRAWN: _("Tracé à l'écran"),
    SignatureMethod.CODE: _("Code à usage unique"),
    SignatureMethod.PAPER: _("Feuille papier"),
}


class SignaturePlace(models.TextChoices):
    KIOSK = "kiosk", _("Tablette de l'organisateur")
    OWN_DEVICE = "own_device", _("Téléphone ou ordinateur du signataire")
    PAPER = "paper", _("Feuille papier")


class SignatureQuerySet(models.QuerySet):
    def for_sheet(self, seminar, half_day: str):
        return self.filter(seminar=seminar, half_day=half_day)

    def of_participants(self):
        return self.filter(participant__isnull=False)

    def of_persons_in_charge(self):
        return self.filter(participant__isnull=True)


class Signature(models.Model):
    seminar = models.ForeignKey(
        "seminars.Seminar",
        verbose_name=_("séminaire"),
        on_delete=models.CASCADE,
        related_name="attendance_signatures",
    )
    half_day = models.CharField(_("demi-journée"), max_length=20)
    # RESTRICT: a participant who signed an attendance sheet cannot be deleted on their own
    # (the sheet is a record the training organisation keeps); deleting the seminar removes
    # both.
    participant = models.ForeignKey(
        "people.Participant",
        verbose_name=_("participant"),
        null=True,
        blank=True,
        on_delete=models.RESTRICT,
        related_name="attendance_signatures",
    )
    signer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsable signataire"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signer_name = models.CharField(_("nom du signataire"), max_length=200)
    signer_function = models.CharField(_("qualité du signataire"), max_length=200, blank=True)
    method = models.CharField(_("mode de signature"), max_length=10, choices=SignatureMethod)
    place = models.CharField(_("support"), max_length=12, choices=SignaturePlace)
    image = models.TextField(
        _("signature dessinée"), blank=True, help_text=_("Image PNG (data URL), recadrée.")
    )
    signed_at = models.DateTimeField(_("signé le"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("enregistré par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    out_of_day = models.BooleanField(
        _("signé hors de la date prévue"),
        default=False,
        help_text=_("Dérogation accordée par l'organisateur, inscrite au journal d'audit."),
    )

    objects = SignatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("signature d'émargement")
        verbose_name_plural = _("signatures d'émargement")
        ordering = ["signed_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "half_day"],
                condition=Q(participant__isnull=False),
                name="one_signature_per_participant_half_day",
                violation_error_message=_("Cette demi-journée est déjà émargée."),
            ),
            models.UniqueConstraint(
                fields=["seminar", "half_day", "signer"],
                condition=Q(participant__isnull=True),
                name="one_certification_per_person_in_charge_half_day",
                violation_error_message=_("Vous avez déjà signé cette feuille d'émargement."),
            ),
            models.CheckConstraint(
                condition=Q(participant__isnull=False) | Q(signer__isnull=False),
                name="signature_has_a_signer",
            ),
            models.CheckConstraint(
                condition=~Q(method="drawn") | ~Q(image=""),
                name="drawn_signature_has_an_image",
            ),
        ]
        indexes = [models.Index(fields=["seminar", "half_day"])]

    def __str__(self):
        return f"{self.signer_name} — {self.half_day}"

    @property
    def is_person_in_charge(self) -> bool:
        return self.participant_id is None

    @property
    def method_short(self) -> str:
        """For the printed sheet's narrow column (its legend spells the methods out)."""
        return str(METHOD_SHORT.get(self.method, self.get_method_display()))


class AttendanceCode(models.Model):
    """A 6-digit code sent by e-mail to sign one half-day. Only its keyed hash is kept."""

    participant = models.ForeignKey(
        "people.Participant",
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="attendance_codes",
    )
    half_day = models.CharField(_("demi-journée"), max_length=20)
    salt = models.CharField(_("sel"), max_length=32)
    code_hash = models.CharField(_("empreinte du code"), max_length=64)
    created_at = models.DateTimeField(_("créé le"))
    expires_at = models.DateTimeField(_("expire le"))
    attempts = models.PositiveSmallIntegerField(_("essais"), default=0)
    used_at = models.DateTimeField(_("utilisé le"), null=True, blank=True)
    email = models.ForeignKey(
        "notifications.OutgoingEmail",
        verbose_name=_("courriel"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("code d'émargement")
        verbose_name_plural = _("codes d'émargement")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["participant", "half_day", "created_at"])]

    def __str__(self):
        return f"{self.participant_id} — {self.half_day}"


class TrainingProvider(TimeStampedModel):
    """Who runs the training, as the certificate of completion names them (one per seminar)."""

    seminar = models.OneToOneField(
        "seminars.Seminar",
        verbose_name=_("séminaire"),
        on_delete=models.CASCADE,
        related_name="training_provider",
    )
    name = models.CharField(_("organisme de formation"), max_length=200)
    declaration_number = models.CharField(
        _("numéro de déclaration d'activité"),
        max_length=20,
        blank=True,
        help_text=_("Enregistré auprès du préfet de région (11 chiffres)."),
    )
    representative_name = models.CharField(_("nom du responsable"), max_length=200)
    representative_title = models.CharField(_("qualité du responsable"), max_length=200, blank=True)
    prerequisites = models.TextField(
        _("prérequis"), blank=True, help_text=_("Laissez vide pour « Aucun prérequis ».")
    )
    contact = models.CharField(
        _("contact (inscription, accessibilité)"),
        max_length=250,
        blank=True,
        help_text=_("Personne à contacter, notamment pour l'accueil des personnes handicapées."),
    )

    class Meta:
        verbose_name = _("organisme de formation")
        verbose_name_plural = _("organismes de formation")

    def __str__(self):
        return self.name


class Convocation(models.Model):
    """A convocation e-mail prepared for one participant and one version of their placements.

    ``fingerprint`` identifies the participant's placements (half-days and offers): a new
    assignment run that leaves them unchanged does not call for a new convocation.
    """

    participant = models.ForeignKey(
        "people.Participant",
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="convocations",
    )
    run = models.ForeignKey(
        "placements.AssignmentRun",
        verbose_name=_("affectation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    fingerprint = models.CharField(_("empreinte des immersions"), max_length=64)
    email = models.ForeignKey(
        "notifications.OutgoingEmail",
        verbose_name=_("courriel"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("préparée le"))

    class Meta:
        verbose_name = _("convocation")
        verbose_name_plural = _("convocations")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["participant", "fingerprint"])]

    def __str__(self):
        return f"{self.participant} — {self.created_at:%Y-%m-%d}"
