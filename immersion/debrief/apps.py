from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DebriefConfig(AppConfig):
    """The expert's curation of the debrief: the wall of quotes (pinned, grouped, hidden)."""

    name = "immersion.debrief"
    verbose_name = _("Débriefing")
