from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationsConfig(AppConfig):
    name = "immersion.evaluations"
    verbose_name = _("Évaluations et engagements")

    def ready(self):
        from immersion.common.scheduling import register_due
        from immersion.evaluations.schedule import (
            queue_cold_evaluations,
            queue_commitment_reviews,
            queue_host_evaluations,
        )

        register_due("evaluations-a-froid", queue_cold_evaluations)
        register_due("evaluations-accueil", queue_host_evaluations)
        register_due("engagements-bilan", queue_commitment_reviews)

        from immersion.evaluations.schedule import cancel_scheduled_sends
        from immersion.people.signals import participant_withdrawn

        participant_withdrawn.connect(
            cancel_scheduled_sends, dispatch_uid="evaluations.cancel_scheduled_sends"
        )
