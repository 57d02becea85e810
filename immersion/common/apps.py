from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommonConfig(AppConfig):
    name = "immersion.common"
    verbose_name = _("Socle commun")

    def ready(self):
        from immersion.common.files import purge_expired_files
        from immersion.common.scheduling import register_due

        register_due("fichiers-expires", purge_expired_files)
