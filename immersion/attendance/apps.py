from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AttendanceConfig(AppConfig):
    name = "immersion.attendance"
    verbose_name = _("Émargement et attestations")

    def ready(self):
        from immersion.attendance.services import (
            ATTENDANCE_CODE,
            CODE_PLACEHOLDER,
            mint_attendance_code,
        )
        from immersion.notifications.secrets import register_secret

        register_secret(ATTENDANCE_CODE, placeholder=CODE_PLACEHOLDER, mint=mint_attendance_code)
