from django_tasks import task

from immersion.placements import regional
from immersion.placements.services import execute_run


@task()
def solve_run_task(run_id: int) -> None:
    """Payload: the run's id only. A large run is split here into regional tasks."""
    execute_run(run_id)


@task()
def solve_region_task(run_id: int, index: int) -> None:
    """Payload: the run's id and the region's number (its participants' keys are in the
    database, ``RegionSolve``): any worker can take it."""
    regional.solve_region(run_id, index)


@task()
def merge_run_task(run_id: int) -> None:
    """Payload: the run's id. Queued once, by the region that finished last."""
    regional.merge_run(run_id)
