from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ObservationConfig(AppConfig):
    name = "immersion.observation"
    verbose_name = _("Carnet d'observation")

    def ready(self):
        from immersion.observation import receivers  # noqa: F401 - connects the receivers
