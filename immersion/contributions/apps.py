from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContributionsConfig(AppConfig):
    name = "immersion.contributions"
    verbose_name = _("Contraintes, leviers et innovations")
