from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _programme_attachment(extension: str, mimetype: str):
    def renderer(reference: dict) -> tuple[str, bytes, str]:
        from immersion.documents import programme
        from immersion.people.models import Participant

        participant = Participant.objects.select_related("seminar").get(pk=reference["participant"])
        render = (
            programme.render_personal_programme_pdf
            if extension == "pdf"
            else programme.render_personal_programme_ics
        )
        return programme.programme_filename(participant, extension), render(participant), mimetype

    return renderer


class DocumentsConfig(AppConfig):
    name = "immersion.documents"
    verbose_name = _("Documents")

    def ready(self):
        from immersion.notifications.attachments import register_attachment

        # E-mails (e.g. the convocation) refer to {"kind": ..., "participant": <id>}.
        register_attachment(
            "personal_programme_pdf", _programme_attachment("pdf", "application/pdf")
        )
        register_attachment("personal_programme_ics", _programme_attachment("ics", "text/calendar"))
