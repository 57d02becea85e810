from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "immersion.accounts"
    verbose_name = _("Comptes et rôles")

    def ready(self):
        from immersion.accounts import checks  # noqa: F401 - registers the system checks
