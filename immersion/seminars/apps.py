from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeminarsConfig(AppConfig):
    name = "immersion.seminars"
    verbose_name = _("Séminaires et programmes")
