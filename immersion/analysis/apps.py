from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalysisConfig(AppConfig):
    """The shared analysis: every figure of the debrief, computed once (no models)."""

    name = "immersion.analysis"
    verbose_name = _("Analyse partagée")
