from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlacementsConfig(AppConfig):
    name = "immersion.placements"
    verbose_name = _("Affectation des participants")
