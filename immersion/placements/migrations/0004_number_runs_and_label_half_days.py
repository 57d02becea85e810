"""Number the existing assignment runs per seminar (1 for a seminar's first run) and name the
half-days by their labels in the stored solver messages (« J2-apres-midi » → « Jour 2 —
après-midi »)."""

import re

from django.db import migrations

HALF_DAY_CODE = re.compile(r"\bJ(\d+)-(matin|apres-midi)\b")


def _label(match) -> str:
    moment = "matin" if match.group(2) == "matin" else "après-midi"
    return f"Jour {match.group(1)} — {moment}"


def _relabel(text):
    return HALF_DAY_CODE.sub(_label, text) if isinstance(text, str) else text


def forwards(apps, schema_editor):
    AssignmentRun = apps.get_model("placements", "AssignmentRun")
    numbers: dict[int, int] = {}
    for run in AssignmentRun.objects.order_by("seminar_id", "created_at", "id"):
        numbers[run.seminar_id] = numbers.get(run.seminar_id, 0) + 1
        run.number = numbers[run.seminar_id]
        diagnosis = dict(run.diagnosis or {})
        if diagnosis.get("messages"):
            diagnosis["messages"] = [_relabel(m) for m in diagnosis["messages"]]
        unplaced = [
            {**u, "reasons": [_relabel(r) for r in u.get("reasons", [])]}
            if isinstance(u, dict)
            else u
            for u in (run.unplaced or [])
        ]
        stats = dict(run.stats or {})
        if isinstance(stats.get("dropped_pins"), list):
            stats["dropped_pins"] = [
                {**d, "reasons": [_relabel(r) for r in d.get("reasons", [])]}
                if isinstance(d, dict)
                else d
                for d in stats["dropped_pins"]
            ]
        AssignmentRun.objects.filter(pk=run.pk).update(
            number=run.number, diagnosis=diagnosis, unplaced=unplaced, stats=stats
        )


class Migration(migrations.Migration):
    dependencies = [
        ("placements", "0003_assignmentrun_number"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
