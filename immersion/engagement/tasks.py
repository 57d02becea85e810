from django_tasks import task

from immersion.engagement.invitations import run_invitation_batch


@task()
def invite_participants_task(batch_id: int, base_url: str = "") -> None:
    """Payload: the batch's id and the site's address — never a participant's name or e-mail."""
    run_invitation_batch(batch_id, base_url)
