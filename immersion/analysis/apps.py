from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalysisConfig(AppConfig):
    """The shared analysis: every figure of the debrief, computed once (one model: the
    observatory's snapshot, ``analysis.snapshots``)."""

    name = "immersion.analysis"
    verbose_name = _("Analyse partagée")

    def ready(self):
        from immersion.analysis import receivers  # noqa: F401
        from immersion.analysis.snapshots import refresh_due_snapshots
        from immersion.common.scheduling import register_due

        register_due("observatoire-instantanes", refresh_due_snapshots)
