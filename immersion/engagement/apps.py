from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngagementConfig(AppConfig):
    name = "immersion.engagement"
    verbose_name = _("Engagement de confidentialité et questionnaires")

    def ready(self):
        from immersion.engagement import receivers  # noqa: F401 - connects the receivers
