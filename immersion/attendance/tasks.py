from django_tasks import task

from immersion.attendance.printing import run_print_batch


@task()
def print_selection_task(
    batch_id: int, half_day_code: str, participant_ids: list[int], selection: str = ""
) -> None:
    """Payload: the batch's id, the half-day's code, the participants' ids and the selection's
    description (its filters) — never a name or an e-mail address."""
    run_print_batch(batch_id, half_day_code, participant_ids, selection)
