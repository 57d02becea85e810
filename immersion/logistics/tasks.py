from django_tasks import task

from immersion.logistics.followup import run_reminder_batch


@task()
def remind_participants_task(batch_id: int, participant_ids: list[int], base_url: str = "") -> None:
    """Payload: the batch's id, the participants' ids and the site's address — never a
    participant's name or e-mail."""
    run_reminder_batch(batch_id, participant_ids, base_url)
