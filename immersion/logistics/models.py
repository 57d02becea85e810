"""Logistics of a seminar: the guests of its meals (the dinner with local elected officials)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from immersion.common.models import DietFields, TimeStampedModel


class GuestQuerySet(models.QuerySet):
    def for_seminar(self, seminar):
        return self.filter(seminar=seminar).prefetch_related("meals")


class Guest(DietFields, TimeStampedModel):
    """Someone who is not a participant but joins a meal: an elected official, a partner."""

    seminar = models.ForeignKey(
        "seminars.Seminar",
        verbose_name=_("séminaire"),
        on_delete=models.CASCADE,
        related_name="guests",
    )
    name = models.CharField(_("nom et prénom"), max_length=200)
    function = models.CharField(
        _("fonction"), max_length=200, help_text=_("Par exemple : adjointe au maire.")
    )
    organisation = models.CharField(_("collectivité ou organisme"), max_length=200, blank=True)
    meals = models.ManyToManyField(
        "seminars.ProgrammeItem",
        verbose_name=_("repas"),
        related_name="guests",
        limit_choices_to={"kind": "meal"},
    )

    objects = GuestQuerySet.as_manager()

    class Meta:
        verbose_name = _("invité")
        verbose_name_plural = _("invités")
        ordering = ["name", "id"]

    def __str__(self):
        return self.name
