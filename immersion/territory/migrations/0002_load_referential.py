from django.db import migrations


def load(apps, schema_editor):
    from immersion.territory.referential import load_bundled_communes

    load_bundled_communes(apps.get_model("territory", "Commune"))


class Migration(migrations.Migration):
    dependencies = [("territory", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
