from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "immersion.notifications"
    verbose_name = _("Courriels")

    def ready(self):
        from immersion.common.scheduling import register_due
        from immersion.notifications.services import flag_interrupted_sends, send_scheduled_emails

        register_due("courriels-programmes", send_scheduled_emails)
        register_due("courriels-interrompus", flag_interrupted_sends)
