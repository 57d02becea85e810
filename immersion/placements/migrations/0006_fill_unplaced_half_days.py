"""Write the existing runs' ``unplaced`` (JSON) as ``UnplacedHalfDay`` rows, the way
``placements.services.store_unplaced`` does for every new calculation."""

from django.db import migrations

REASONS = {
    "no_offer",
    "too_far",
    "travel_time",
    "access",
    "own_organisation",
    "forbidden_category",
    "already_visited",
    "full",
    "free_seat_available",
}


def forwards(apps, schema_editor):
    AssignmentRun = apps.get_model("placements", "AssignmentRun")
    UnplacedHalfDay = apps.get_model("placements", "UnplacedHalfDay")
    ProgrammeItem = apps.get_model("seminars", "ProgrammeItem")
    Participant = apps.get_model("people", "Participant")
    for run in AssignmentRun.objects.exclude(unplaced=[]).iterator():
        half_days = dict(
            ProgrammeItem.objects.filter(seminar_id=run.seminar_id, kind="immersion")
            .exclude(half_day="")
            .values_list("half_day", "pk")
        )
        people = set(
            Participant.objects.filter(seminar_id=run.seminar_id).values_list("pk", flat=True)
        )
        rows = {}
        for u in run.unplaced or []:
            if not isinstance(u, dict):
                continue
            key = str(u.get("participant", ""))
            participant = int(key[1:]) if key[1:].isdigit() else None
            half_day = half_days.get(u.get("half_day"))
            if participant not in people or half_day is None:
                continue
            codes = u.get("codes") or []
            rows[participant, half_day] = UnplacedHalfDay(
                run_id=run.pk,
                participant_id=participant,
                half_day_id=half_day,
                reason=codes[0] if codes and codes[0] in REASONS else "other",
                reasons=list(u.get("reasons", [])),
            )
        UnplacedHalfDay.objects.bulk_create(rows.values(), batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("placements", "0005_unplaced_half_days"),
        ("people", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
