"""Every e-mail the platform sends goes through the outbox (one row per message)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from immersion.common.models import TimeStampedModel


class EmailKind(models.TextChoices):
    SIGN_IN_LINK = "sign_in_link", _("Lien de connexion")
    INVITATION = "invitation", _("Invitation")
    REMINDER = "reminder", _("Relance")
    CONVOCATION = "convocation", _("Convocation")
    SITE_INVITATION = "site_invitation", _("Invitation d'une structure")
    TUTOR_BRIEF = "tutor_brief", _("Fiche tuteur")
    EVALUATION = "evaluation", _("Évaluation")
    OTHER = "other", _("Autre")
    # Only a batch's kind (EmailBatch): a selection withdrawn at once; its e-mails (the
    # notices to the host sites) have their own kind.
    WITHDRAWAL = "withdrawal", _("Désistements")
    # Only a batch's kind too: a selection's attendance sheet printed in the background (the
    # batch's ``document``); no e-mail at all.
    PRINT = "print", _("Impression")


class EmailStatus(models.TextChoices):
    DRAFT = "draft", _("À relire")
    QUEUED = "queued", _("En file d'envoi")
    # A dated send (follow-up): visible and cancellable in the outbox until its time comes.
    SCHEDULED = "scheduled", _("Programmé")
    # Claimed by a worker, handed to the mail server now. Left so only if the worker died.
    SENDING = "sending", _("En cours d'envoi")
    SENT = "sent", _("Envoyé")
    # The worker died while sending it: it may have left. Never sent again by itself; the
    # organizer checks with the recipient and sends it again if needed (« Renvoyer »).
    UNCERTAIN = "uncertain", _("À vérifier")
    FAILED = "failed", _("Échec")
    CANCELLED = "cancelled", _("Annulé")


class OutgoingEmailQuerySet(models.QuerySet):
    def for_seminar(self, seminar):
        return self.filter(seminar=seminar)

    def drafts(self):
        return self.filter(status=EmailStatus.DRAFT)


class OutgoingEmail(TimeStampedModel):
    seminar = models.ForeignKey(
        "seminars.Seminar",
        verbose_name=_("séminaire"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="emails",
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("destinataire (compte)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="emails",
    )
    to_email = models.EmailField(_("destinataire"))
    to_name = models.CharField(
        _("nom du destinataire"),
        max_length=250,
        blank=True,
        help_text=_("Prénom et nom, pour que l'organisateur sache à qui part le courriel."),
    )
    kind = models.CharField(_("type"), max_length=30, choices=EmailKind.choices)
    subject = models.CharField(_("objet"), max_length=250)
    body_text = models.TextField(_("texte"))
    body_html = models.TextField(_("HTML"), blank=True)
    attachments = models.JSONField(
        _("pièces jointes"),
        default=list,
        blank=True,
        help_text=_("Références des documents à générer à l'envoi (jamais leur contenu)."),
    )
    secret = models.JSONField(
        _("secret créé à l'envoi"),
        default=dict,
        blank=True,
        help_text=_(
            "Ce qu'il faut créer au moment de l'envoi (lien de connexion, code) : le texte "
            "enregistré ne contient qu'un espace réservé, jamais le secret."
        ),
    )
    status = models.CharField(
        _("statut"), max_length=20, choices=EmailStatus.choices, default=EmailStatus.QUEUED
    )
    sent_at = models.DateTimeField(_("envoyé le"), null=True, blank=True)
    send_after = models.DateTimeField(_("envoi prévu le"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("tentatives"), default=0)
    error = models.CharField(_("erreur"), max_length=250, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("créé par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = OutgoingEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("courriel")
        verbose_name_plural = _("courriels")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["to_email", "kind", "created_at"])]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.to_email}"


class BatchState(models.TextChoices):
    PENDING = "pending", _("En attente")
    RUNNING = "running", _("En cours")
    DONE = "done", _("Terminé")
    FAILED = "failed", _("Échec")


class EmailBatch(TimeStampedModel):
    """A group of e-mails prepared in the background (e.g. « Inviter tous »): what the
    organizer's page polls to show the progress. Holds counts only, never an address."""

    seminar = models.ForeignKey(
        "seminars.Seminar",
        verbose_name=_("séminaire"),
        on_delete=models.CASCADE,
        related_name="email_batches",
    )
    kind = models.CharField(_("type"), max_length=30, choices=EmailKind.choices)
    state = models.CharField(
        _("état"), max_length=20, choices=BatchState.choices, default=BatchState.PENDING
    )
    total = models.PositiveIntegerField(_("courriels prévus"), default=0)
    done = models.PositiveIntegerField(_("courriels préparés"), default=0)
    failed = models.PositiveIntegerField(_("échecs"), default=0)
    error = models.CharField(_("erreur"), max_length=250, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lancé par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    finished_at = models.DateTimeField(_("terminé le"), null=True, blank=True)
    # What a batch produced to download (a printed sheet); gone once the file expires.
    document = models.ForeignKey(
        "common.StoredFile",
        verbose_name=_("document produit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("lot de courriels")
        verbose_name_plural = _("lots de courriels")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.get_kind_display()} — {self.done}/{self.total}"

    @property
    def is_finished(self) -> bool:
        return self.state in (BatchState.DONE, BatchState.FAILED)

    @property
    def percent(self) -> int:
        if self.is_finished:
            return 100
        return round(100 * (self.done + self.failed) / self.total) if self.total else 0
