from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InverseConfig(AppConfig):
    name = "immersion.inverse"
    verbose_name = _("Immersion inversée")

    def ready(self):
        from immersion.common.scheduling import register_due
        from immersion.inverse import services, tokens
        from immersion.inverse.ics import render_ics_attachment
        from immersion.notifications.attachments import register_attachment
        from immersion.notifications.secrets import register_secret

        register_attachment("reverse_immersion_ics", render_ics_attachment)
        register_secret(
            tokens.CONFIRMATION,
            placeholder=tokens.CONFIRMATION_PLACEHOLDER,
            mint=services.mint_link(tokens.CONFIRMATION),
        )
        register_secret(
            tokens.FEEDBACK,
            placeholder=tokens.FEEDBACK_PLACEHOLDER,
            mint=services.mint_link(tokens.FEEDBACK),
        )
        register_due(services.FEEDBACK_FINDER, services.queue_feedback_requests)
        register_due(services.EXPIRATION_FINDER, services.clean_applications)
