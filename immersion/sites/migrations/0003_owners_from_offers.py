"""Give existing host sites owners: the organizers of the seminars that have offers there.

A site without any offer gets no owner: only administrators may change it until an
administrator gives it owners.
"""

from django.db import migrations


def owners_from_offers(apps, schema_editor):
    HostSite = apps.get_model("host_sites", "HostSite")
    Seminar = apps.get_model("seminars", "Seminar")
    Through = HostSite.owners.through
    pairs = set()
    for site_id, seminar_id in (
        apps.get_model("host_sites", "Offer").objects.values_list("site_id", "seminar_id").distinct()
    ):
        for user_id in Seminar.organizers.through.objects.filter(seminar_id=seminar_id).values_list(
            "user_id", flat=True
        ):
            pairs.add((site_id, user_id))
    existing = set(Through.objects.values_list("hostsite_id", "user_id"))
    Through.objects.bulk_create(
        Through(hostsite_id=site_id, user_id=user_id) for site_id, user_id in sorted(pairs - existing)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("host_sites", "0002_site_owners"),
        ("seminars", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(owners_from_offers, migrations.RunPython.noop),
    ]
