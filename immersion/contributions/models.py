"""Constraints, levers and innovations: what participants post during the shared analysis
(sequence 4), each in their own field of work, and how the expert and the organizers sort
them for the debrief board.

Moderation never deletes: a contribution is hidden (``status``), merged into another
(``merged_into``: the duplicate keeps its row) or put in a group. Texts are redacted by the
anonymiser before they are stored (``services.post_contribution``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from immersion.common.choices import Category

MAX_TEXT = 500


class Kind(models.TextChoices):
    CONSTRAINT = "contrainte", _("Contrainte")
    LEVER = "levier", _("Levier")
    INNOVATION = "innovation", _("Innovation")


class WorkField(models.TextChoices):
    """The author's own field of work (the seed: « dans leurs propres domaines »)."""

    ETAT = "etat", _("État")
    COLLECTIVITE = "collectivite", _("Collectivité territoriale")
    SECURITE_SOCIALE = "securite_sociale", _("Sécurité sociale")
    HOPITAL = "hopital", _("Hôpital")
    ENTREPRISE = "entreprise", _("Entreprise")
    PRESSE = "presse", _("Presse")
    ECOLE = "ecole", _("École")
    ELU = "elu", _("Mandat électif")


# The field a participant's category suggests (preselected on their phone).
FIELD_OF_CATEGORY = {
    Category.FONCTIONNAIRE_ETAT: WorkField.ETAT,
    Category.FONCTIONNAIRE_TERRITORIAL: WorkField.COLLECTIVITE,
    Category.CADRE_SECURITE_SOCIALE: WorkField.SECURITE_SOCIALE,
    Category.CADRE_HOPITAL: WorkField.HOPITAL,
    Category.JOURNALISTE: WorkField.PRESSE,
    Category.CHEF_ENTREPRISE: WorkField.ENTREPRISE,
    Category.ELU: WorkField.ELU,
    Category.ENSEIGNANT: WorkField.ECOLE,
}


class Status(models.TextChoices):
    VISIBLE = "visible", _("Visible")
    HIDDEN = "hidden", _("Masquée")


class ContributionGroup(models.Model):
    """A heading under which the expert gathers contributions on the board."""

    seminar = models.ForeignKey(
        "seminars.Seminar",
        verbose_name=_("séminaire"),
        on_delete=models.CASCADE,
        related_name="contribution_groups",
    )
    title = models.CharField(_("titre"), max_length=150)
    position = models.PositiveSmallIntegerField(_("ordre"), default=0)

    class Meta:
        verbose_name = _("groupe de contributions")
        verbose_name_plural = _("groupes de contributions")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["seminar", "title"],
                name="unique_contribution_group_title",
                violation_error_message=_("Un groupe porte déjà ce titre."),
            )
        ]

    def __str__(self):
        return self.title


class ContributionQuerySet(models.QuerySet):
    def on_board(self):
        """What the board shows: visible and not merged into another."""
        return self.filter(status=Status.VISIBLE, merged_into__isnull=True)


class Contribution(models.Model):
    seminar = models.ForeignKey(
        "seminars.Seminar",
        verbose_name=_("séminaire"),
        on_delete=models.CASCADE,
        related_name="contributions",
    )
    author = models.ForeignKey(
        "people.Participant",
        verbose_name=_("auteur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
    )
    kind = models.CharField(_("nature"), max_length=20, choices=Kind.choices)
    field = models.CharField(_("domaine"), max_length=20, choices=WorkField.choices)
    text = models.CharField(_("texte"), max_length=MAX_TEXT)
    status = models.CharField(
        _("statut"), max_length=10, choices=Status.choices, default=Status.VISIBLE
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("fusionnée dans"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )
    group = models.ForeignKey(
        ContributionGroup,
        verbose_name=_("groupe"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
    )
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)

    objects = ContributionQuerySet.as_manager()

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["seminar", "status"])]

    def __str__(self):
        return f"{self.get_kind_display()} — {self.text[:40]}"
