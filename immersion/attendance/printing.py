"""« Imprimer la sélection » in the background: the blank attendance sheet of a selection of
participants for one half-day, rendered by a task worker (WeasyPrint takes seconds for a few
hundred rows) and kept as a ``StoredFile`` for a day, downloaded by the seminar's organizers.

The batch (``EmailBatch`` of kind ``print``) is what the progress page polls; the task's
payload is the batch's id, the half-day's code, the participants' ids and the selection's
description (its filters, and that a search was made but not its text) — never a name or an
e-mail address.
"""

import logging

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from immersion.attendance import documents
from immersion.attendance.halfdays import get_half_day
from immersion.attendance.selectors import TrainingProviderMissing, require_training_provider
from immersion.common.audit import log_action
from immersion.common.files import store_file
from immersion.notifications.models import BatchState, EmailBatch, EmailKind

logger = logging.getLogger(__name__)

# The largest selection printed at once: a seminar of 2,000 people and some margin. Measured
# on the 2-core development machine (SQLite, WeasyPrint 70): 250 rows 5 s, 600 rows 10 s,
# 2,500 rows 43 s, a 1 MB PDF and under 0.6 GB of memory for the worker. Beyond, the selection
# is split (category, half-day…) rather than hold a worker for minutes.
PRINT_LIMIT = 2500


@transaction.atomic
def start_print_batch(*, actor, seminar, half_day_code: str, participants, selection: str):
    """Queue the sheet of ``participants`` (a queryset of the seminar's participants, the
    withdrawn left out) for the half-day: the batch the progress page follows. Raises
    ``ValidationError`` (nobody, too many, unknown half-day) or ``TrainingProviderMissing``
    (the sheet names the training provider) before anything is queued."""
    require_training_provider(seminar)
    half_day = get_half_day(seminar, half_day_code)
    if half_day is None:
        raise ValidationError(_("Cette demi-journée ne fait pas partie de la formation."))
    ids = list(participants.filter(withdrawn_at=None).order_by("pk").values_list("pk", flat=True))
    if not ids:
        raise ValidationError(_("Personne à imprimer dans cette sélection."))
    if len(ids) > PRINT_LIMIT:
        raise ValidationError(
            _(
                "La sélection compte plus de %(n)d personnes : affinez-la (catégorie, "
                "disponibilité, recherche) pour l'imprimer en plusieurs fois."
            )
            % {"n": PRINT_LIMIT}
        )
    batch = EmailBatch(
        seminar=seminar,
        kind=EmailKind.PRINT,
        total=len(ids),
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    batch.full_clean()
    batch.save()
    log_action(
        actor,
        "participants.print_selection",
        seminar,
        batch=batch.pk,
        half_day=half_day.code,
        total=len(ids),
    )
    from immersion.attendance.tasks import print_selection_task

    pk, code = batch.pk, half_day.code
    transaction.on_commit(lambda: print_selection_task.enqueue(pk, code, ids, selection))
    return batch


def run_print_batch(
    batch_id: int, half_day_code: str, participant_ids: list[int], selection: str = ""
) -> EmailBatch:
    """The task's work: render the sheet, store it, mark the batch done (or failed, with a
    French message). Run again on a finished batch, it does nothing."""
    batch = EmailBatch.objects.select_related("seminar").get(pk=batch_id)
    if batch.is_finished:
        return batch
    seminar = batch.seminar
    EmailBatch.objects.filter(pk=batch.pk).update(
        state=BatchState.RUNNING, updated_at=timezone.now()
    )
    error = ""
    try:
        half_day = get_half_day(seminar, half_day_code)
        if half_day is None:
            error = _("Cette demi-journée ne fait plus partie de la formation : rien à imprimer.")
        else:
            content = documents.render_attendance_sheet_pdf(
                seminar,
                half_day,
                blank=True,
                participants=seminar.participants.filter(pk__in=participant_ids),
                selection=selection,
            )
            filename = documents.attendance_sheet_filename(seminar, half_day, blank=True)
            title = _("Feuille d'émargement — %(label)s") % {"label": half_day.label}
    except TrainingProviderMissing:
        error = _(
            "L'organisme de formation n'est plus renseigné : complétez-le (page « Formation ») "
            "puis imprimez de nouveau."
        )
    except Exception:
        logger.exception("Print batch %s failed", batch_id)
        error = _("Erreur inattendue : la feuille n'a pas été produite. Réessayez.")
    if error:
        EmailBatch.objects.filter(pk=batch.pk).update(
            state=BatchState.FAILED, error=error[:250], finished_at=timezone.now()
        )
    else:
        with transaction.atomic():
            stored = store_file(
                filename=filename.replace(".pdf", "-selection.pdf"),
                title=title,
                content=content,
                content_type="application/pdf",
            )
            EmailBatch.objects.filter(pk=batch.pk).update(
                state=BatchState.DONE,
                done=len(participant_ids),
                document=stored,
                finished_at=timezone.now(),
            )
    batch.refresh_from_db()
    return batch
