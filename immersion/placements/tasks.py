from django_tasks import task

from immersion.placements.services import execute_run


@task()
def solve_run_task(run_id: int) -> None:
    """Payload: the run's id only."""
    execute_run(run_id)
