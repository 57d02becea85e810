from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlacementsConfig(AppConfig):
    name = "immersion.placements"
    verbose_name = _("Affectation des participants")

    def ready(self):
        from immersion.common.workers import task_abandoned

        task_abandoned.connect(_task_abandoned, dispatch_uid="placements.regional")


def _task_abandoned(sender, *, task_path: str, args: list, **kwargs) -> None:
    from immersion.placements.regional import fail_abandoned

    fail_abandoned(task_path, args)
