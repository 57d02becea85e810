from django_tasks import task

from immersion.engagement.invitations import run_invitation_batch, send_requested_link
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


@task()
def send_requested_link_task(user_id: int | None, base_url: str = "") -> None:
    """A sign-in link asked for on the sign-in page. Payload: the account's id, or ``None``
    when the address gets no link (queued all the same: see ``request_sign_in_link``)."""
    send_requested_link(user_id=user_id, base_url=base_url)
