from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from immersion.common.choices import DIETS_TO_SPECIFY, Diet, diet_label
from immersion.common.diet_migration import parse_diet


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)

    class Meta:
        abstract = True


class DietFields(models.Model):
    """A diner's diet: one of the usual choices, and a free-text precision."""

    diet = models.CharField(_("régime alimentaire"), max_length=20, choices=Diet, blank=True)
    dietary_needs = models.CharField(
        _("précision sur le régime"),
        max_length=200,
        blank=True,
        help_text=_("Obligatoire pour une allergie ou « autre » : laquelle, quoi éviter."),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.diet in DIETS_TO_SPECIFY and not self.dietary_needs.strip():
            raise ValidationError(
                {"dietary_needs": _("Précisez l'allergie ou le régime (« autre »).")}
            )

    def derive_diet(self) -> None:
        """A diet typed freely with no choice made (an old caller, a file) becomes a choice."""
        if not self.diet and self.dietary_needs.strip():
            self.diet, self.dietary_needs = parse_diet(self.dietary_needs)

    @property
    def diet_display(self) -> str:
        """« Végétarien », « Allergie : arachides », « Sans porc (pas de gélatine) »."""
        label = diet_label(self.diet) if self.diet != Diet.AUCUN else ""
        precision = " ".join(self.dietary_needs.split())
        if label and precision and self.diet in DIETS_TO_SPECIFY:
            return f"{label} : {precision}"
        if label and precision:
            return f"{label} ({precision})"
        return label or precision


class AuditEntry(models.Model):
    """Who did what, when. Payloads hold identifiers and field names, never free text."""

    created_at = models.DateTimeField(_("date"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=80, db_index=True)
    object_type = models.CharField(_("type d'objet"), max_length=80, blank=True)
    object_id = models.CharField(_("identifiant de l'objet"), max_length=64, blank=True)
    # The seminar the object belongs to (a plain number: the socle imports no domain app), so
    # that an organizer reads the entries of their own seminars only.
    seminar_pk = models.PositiveBigIntegerField(
        _("séminaire"), null=True, blank=True, db_index=True
    )
    data = models.JSONField(_("détails"), default=dict, blank=True)

    class Meta:
        verbose_name = _("entrée du journal d'audit")
        verbose_name_plural = _("journal d'audit")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.object_type}#{self.object_id}"


class ThrottleHit(models.Model):
    """One attempt counted by a throttle (sign-in, link request). The key is a keyed hash of
    the account or address it concerns: no e-mail or IP address is stored in clear."""

    scope = models.CharField(_("portée"), max_length=40)
    key = models.CharField(_("clé (empreinte)"), max_length=64)
    created_at = models.DateTimeField(_("date"), db_index=True)

    class Meta:
        verbose_name = _("tentative limitée")
        verbose_name_plural = _("tentatives limitées")
        indexes = [models.Index(fields=["scope", "key", "created_at"])]

    def __str__(self):
        return f"{self.scope} {self.created_at:%Y-%m-%d %H:%M}"


class DueClaim(models.Model):
    """A dated send already queued (an evaluation, a reminder, a review request): one row per
    key, unique, so that running the scheduler twice — or on two machines at once — queues
    nothing twice. The key names the kind and the object (``evaluation-a-froid:participant:42``),
    never a person's name or address."""

    key = models.CharField(_("clé"), max_length=160, unique=True)
    created_at = models.DateTimeField(_("date"), auto_now_add=True)

    class Meta:
        verbose_name = _("envoi programmé effectué")
        verbose_name_plural = _("envois programmés effectués")

    def __str__(self):
        return self.key


class WorkerLease(models.Model):
    """A running task worker's lease: it renews ``heartbeat_at`` every few seconds from its own
    thread. A task left « running » by a worker whose lease has expired (the process was
    killed, its machine lost) is put back in the queue by another worker
    (``common.workers.recover_abandoned_tasks``). Names a machine and a process, nobody."""

    worker_id = models.CharField(_("identifiant du worker"), max_length=64, unique=True)
    host = models.CharField(_("machine"), max_length=100, blank=True)
    pid = models.PositiveIntegerField(_("processus"), default=0)
    started_at = models.DateTimeField(_("démarré le"))
    heartbeat_at = models.DateTimeField(_("dernier signe de vie"), db_index=True)

    class Meta:
        verbose_name = _("worker de tâches")
        verbose_name_plural = _("workers de tâches")

    def __str__(self):
        return f"{self.host}:{self.pid} ({self.worker_id})"


class StoredFile(models.Model):
    """A document a background task produced (e.g. a selection's attendance sheet), kept in
    the database for a short while: app servers and task workers keep no local files, so the
    worker that renders it and the app server that serves it need not be the same machine.
    Deleted past ``expires_at`` (``common.files.purge_expired_files``, a due finder run with
    the daily tasks); it may hold personal data (names on a sheet), hence the short life."""

    filename = models.CharField(_("nom du fichier"), max_length=200)
    title = models.CharField(_("titre"), max_length=200, blank=True)
    content_type = models.CharField(_("type de contenu"), max_length=100)
    content = models.BinaryField(_("contenu"))
    size = models.PositiveIntegerField(_("taille (octets)"), default=0)
    created_at = models.DateTimeField(_("créé le"))
    expires_at = models.DateTimeField(_("expire le"), db_index=True)

    class Meta:
        verbose_name = _("fichier produit")
        verbose_name_plural = _("fichiers produits")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.filename
