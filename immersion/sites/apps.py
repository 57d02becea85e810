from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SitesConfig(AppConfig):
    name = "immersion.sites"
    label = "host_sites"
    verbose_name = _("Structures d'accueil et offres")
