from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The observatory's full-text index of the seminars' anonymised texts."""

    name = "immersion.search"
    verbose_name = _("Recherche plein texte")

    def ready(self):
        from immersion.search import receivers  # noqa: F401
