from django_tasks import task

from immersion.engagement.invitations import run_invitation_batch
from immersion.engagement.withdrawals import run_withdrawal_batch


@task()
def invite_participants_task(
    batch_id: int, base_url: str = "", participant_ids: list[int] | None = None
) -> None:
    """Payload: the batch's id, the site's address and, for a selection, the participants'
    ids — never a participant's name or e-mail."""
    run_invitation_batch(batch_id, base_url, participant_ids)


@task()
def withdraw_participants_task(batch_id: int, participant_ids: list[int]) -> None:
    """Payload: the batch's id and the participants' ids — never a name or an e-mail."""
    run_withdrawal_batch(batch_id, participant_ids)
