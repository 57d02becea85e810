from django_tasks import task

from immersion.notifications.services import deliver


@task()
def send_email_task(email_id: int) -> None:
    """Payload: the e-mail's id only — never an address, a name or a text."""
    deliver(email_id)
