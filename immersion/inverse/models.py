"""Reverse immersion ("vivez ma vie de dirigeant"): a participant — a decision-maker — offers a
day or half-day in which a front-line agent, or a member of the public through an association,
follows them in their work; people apply from a public page, without an account.

An applicant's name, address, organisation and motivation are personal data: they are kept
only as long as needed (an unconfirmed application goes after ``UNCONFIRMED_DAYS`` days, the
others are anonymised ``RETENTION_DAYS`` after the offer's date) and never written to a log or
to the audit trail (which records identifiers and statuses only).
"""

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from immersion.common.models import TimeStampedModel

MAX_PLACES = 5
MAX_MOTIVATION = 600
MAX_FEEDBACK = 600
UNCONFIRMED_DAYS = 7
RETENTION_DAYS = 365


class Duration(models.TextChoices):
    MORNING = "matin", _("Une matinée")
    AFTERNOON = "apres_midi", _("Un après-midi")
    DAY = "journee", _("Une journée")


# Paris wall-clock hours of each duration (the calendar invitation's start and end).
DURATION_HOURS = {
    Duration.MORNING: (dt.time(9, 0), dt.time(12, 30)),
    Duration.AFTERNOON: (dt.time(14, 0), dt.time(17, 30)),
    Duration.DAY: (dt.time(9, 0), dt.time(17, 30)),
}


class OfferStatus(models.TextChoices):
    OPEN = "open", _("Ouverte")
    CLOSED = "closed", _("Fermée")


class ApplicantRole(models.TextChoices):
    AGENT = "agent", _("Agent d'accueil du public")
    PUBLIC = "usager", _("Usager, par une association")


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", _("En attente de confirmation de l'adresse")
    CONFIRMED = "confirmed", _("Confirmée, à examiner")
    ACCEPTED = "accepted", _("Acceptée")
    DECLINED = "declined", _("Déclinée")
    WITHDRAWN = "withdrawn", _("Retirée")


RATING_CHOICES = [(n, str(n)) for n in range(1, 6)]


class ReverseOfferQuerySet(models.QuerySet):
    def open(self):
        """Open offers of hosts still taking part (a withdrawn participant's offers go)."""
        return self.filter(status=OfferStatus.OPEN, host__withdrawn_at__isnull=True)

    def upcoming(self, today: dt.date):
        return self.filter(date__gte=today)

    def of_host_user(self, user):
        return self.filter(host__user=user, host__withdrawn_at__isnull=True)


class ReverseOffer(TimeStampedModel):
    seminar = models.ForeignKey(
        "seminars.Seminar",
        verbose_name=_("séminaire"),
        on_delete=models.CASCADE,
        related_name="reverse_offers",
    )
    host = models.ForeignKey(
        "people.Participant",
        verbose_name=_("dirigeant qui accueille"),
        on_delete=models.CASCADE,
        related_name="reverse_offers",
    )
    date = models.DateField(_("date"))
    duration = models.CharField(_("durée"), max_length=20, choices=Duration.choices)
    place = models.CharField(
        _("lieu"), max_length=250, help_text=_("Adresse ou lieu de rendez-vous, commune.")
    )
    what_will_be_seen = models.TextField(
        _("ce qui sera vu"),
        max_length=1000,
        help_text=_("Réunions, arbitrages, rencontres : ce que la personne accueillie suivra."),
    )
    conditions = models.TextField(
        _("conditions"),
        max_length=1000,
        blank=True,
        help_text=_("Confidentialité, tenue, accessibilité, frais de déplacement…"),
    )
    places = models.PositiveSmallIntegerField(
        _("nombre de places"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PLACES)],
    )
    status = models.CharField(
        _("statut"), max_length=10, choices=OfferStatus.choices, default=OfferStatus.OPEN
    )

    objects = ReverseOfferQuerySet.as_manager()

    class Meta:
        verbose_name = _("offre d'immersion inversée")
        verbose_name_plural = _("offres d'immersion inversée")
        ordering = ["date", "id"]

    def __str__(self):
        return f"{self.host} — {self.date:%Y-%m-%d}"

    def clean(self):
        if self.host_id and self.seminar_id and self.host.seminar_id != self.seminar_id:
            raise ValidationError(_("L'offre doit être proposée pour le séminaire du dirigeant."))

    @property
    def is_open(self) -> bool:
        return self.status == OfferStatus.OPEN


class ReverseApplication(TimeStampedModel):
    offer = models.ForeignKey(
        ReverseOffer,
        verbose_name=_("offre"),
        on_delete=models.CASCADE,
        related_name="applications",
    )
    name = models.CharField(_("nom et prénom"), max_length=150)
    email = models.EmailField(_("adresse e-mail"))
    organisation = models.CharField(
        _("organisme ou association"),
        max_length=200,
        help_text=_("Votre employeur, ou l'association par laquelle vous venez."),
    )
    role = models.CharField(_("vous êtes"), max_length=10, choices=ApplicantRole.choices)
    motivation = models.TextField(_("motivation"), max_length=MAX_MOTIVATION)
    status = models.CharField(
        _("statut"),
        max_length=10,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.PENDING,
    )
    confirmed_at = models.DateTimeField(_("adresse confirmée le"), null=True, blank=True)
    decided_at = models.DateTimeField(_("décidée le"), null=True, blank=True)
    # The SHA-256 of the nonce of the last link sent (confirmation, then feedback; see
    # tokens.py): a link works once, the hash is cleared when it is used.
    link_hash = models.CharField(_("empreinte du lien"), max_length=64, blank=True)
    anonymised_at = models.DateTimeField(_("anonymisée le"), null=True, blank=True)
    feedback_requested_at = models.DateTimeField(_("retours demandés le"), null=True, blank=True)
    host_rating = models.PositiveSmallIntegerField(
        _("note du dirigeant"), null=True, blank=True, choices=RATING_CHOICES
    )
    host_comment = models.TextField(_("retour du dirigeant"), max_length=MAX_FEEDBACK, blank=True)
    host_feedback_at = models.DateTimeField(_("retour du dirigeant le"), null=True, blank=True)
    applicant_rating = models.PositiveSmallIntegerField(
        _("note de la personne accueillie"), null=True, blank=True, choices=RATING_CHOICES
    )
    applicant_comment = models.TextField(
        _("retour de la personne accueillie"), max_length=MAX_FEEDBACK, blank=True
    )
    applicant_feedback_at = models.DateTimeField(
        _("retour de la personne accueillie le"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("candidature d'immersion inversée")
        verbose_name_plural = _("candidatures d'immersion inversée")
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.get_status_display()} — {self.offer_id}"
