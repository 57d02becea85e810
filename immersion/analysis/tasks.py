from django_tasks import task


@task()
def refresh_observatory_task(programme_id: int) -> None:
    """Payload: the programme's id only."""
    from immersion.analysis.snapshots import refresh_programme_observatory
    from immersion.seminars.models import Programme

    programme = Programme.objects.filter(pk=programme_id).first()
    if programme is not None:
        refresh_programme_observatory(programme)
