from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GdprConfig(AppConfig):
    name = "immersion.gdpr"
    label = "gdpr"
    verbose_name = _("Données personnelles")

    def ready(self):
        from immersion.common.scheduling import register_due
        from immersion.gdpr.retention import apply_due_retention

        register_due("conservation-donnees", apply_due_retention)
