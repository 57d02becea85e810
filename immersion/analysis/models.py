"""The programme observatory's stored snapshot (``analysis.snapshots``): its tables, computed
by a background task rather than on every visit to the page."""

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _


class ObservatorySnapshot(models.Model):
    """A programme's ``Observatory`` (unfiltered), as JSON (``snapshots.to_json``)."""

    programme = models.OneToOneField(
        "seminars.Programme",
        on_delete=models.CASCADE,
        related_name="observatory_snapshot",
        verbose_name=_("programme"),
    )
    data = models.JSONField(_("tableaux"), encoder=DjangoJSONEncoder)
    k = models.PositiveSmallIntegerField(_("seuil du secret statistique (k)"))
    computed_at = models.DateTimeField(_("calculé le"))
    # Debounce: True while a refresh is queued and not started (at most one per programme).
    refresh_queued = models.BooleanField(_("mise à jour demandée"), default=False)

    class Meta:
        verbose_name = _("instantané de l'observatoire")
        verbose_name_plural = _("instantanés de l'observatoire")

    def __str__(self) -> str:
        return f"{self.programme_id} @ {self.computed_at:%Y-%m-%d %H:%M}"
