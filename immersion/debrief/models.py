"""The wall of quotes: what the expert pins, groups or hides among the seminar's notes.

A quote is not copied: a ``QuoteMark`` points at its source (a situation's note, an
astonishment, a free answer of the "after" questionnaire) by kind and id, and carries only
the expert's choices. Hiding never deletes anything; a quote without a mark is simply shown.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from immersion.common.models import TimeStampedModel


class SourceKind(models.TextChoices):
    SITUATION = "situation", _("Situation observée")
    ASTONISHMENT = "astonishment", _("Étonnement")
    AFTER_TEXT = "after_text", _("Réponse libre du questionnaire « après »")


class QuoteGroup(TimeStampedModel):
    """A theme the expert gathers quotes under, on the wall."""

    seminar = models.ForeignKey(
        "seminars.Seminar",
        verbose_name=_("séminaire"),
        on_delete=models.CASCADE,
        related_name="quote_groups",
    )
    title = models.CharField(_("titre"), max_length=120)
    position = models.PositiveSmallIntegerField(_("ordre"), default=0)

    class Meta:
        verbose_name = _("groupe de citations")
        verbose_name_plural = _("groupes de citations")
        ordering = ["seminar", "position", "id"]

    def __str__(self):
        return self.title


class QuoteMark(TimeStampedModel):
    seminar = models.ForeignKey(
        "seminars.Seminar",
        verbose_name=_("séminaire"),
        on_delete=models.CASCADE,
        related_name="quote_marks",
    )
    source_kind = models.CharField(_("source"), max_length=20, choices=SourceKind.choices)
    source_id = models.PositiveBigIntegerField(_("identifiant de la source"))
    pinned = models.BooleanField(_("épinglée"), default=False)
    hidden = models.BooleanField(_("masquée"), default=False)
    # The expert agrees that this (anonymised) quote leaves the seminar: the programme's
    # observatory and open data publish no other free text.
    publishable = models.BooleanField(_("publiable"), default=False)
    group = models.ForeignKey(
        QuoteGroup,
        verbose_name=_("groupe"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="marks",
    )

    class Meta:
        verbose_name = _("citation retenue")
        verbose_name_plural = _("citations retenues")
        constraints = [
            models.UniqueConstraint(
                fields=["seminar", "source_kind", "source_id"], name="one_mark_per_quote"
            ),
            models.CheckConstraint(
                condition=~(models.Q(pinned=True) & models.Q(hidden=True)),
                name="quote_pinned_or_hidden",
            ),
            models.CheckConstraint(
                condition=~(models.Q(publishable=True) & models.Q(hidden=True)),
                name="quote_publishable_not_hidden",
            ),
        ]

    def __str__(self):
        return f"{self.source_kind} #{self.source_id}"

    def clean(self):
        if self.group_id and self.group.seminar_id != self.seminar_id:
            raise ValidationError({"group": _("Ce groupe appartient à un autre séminaire.")})
