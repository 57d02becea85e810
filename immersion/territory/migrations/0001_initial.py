from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Commune",
            fields=[
                ("code", models.CharField(max_length=5, primary_key=True, serialize=False, verbose_name="code INSEE")),
                ("name", models.CharField(max_length=120, verbose_name="nom")),
                ("department", models.CharField(max_length=3, verbose_name="département")),
                ("postal_code", models.CharField(blank=True, max_length=5, verbose_name="code postal")),
                ("latitude", models.FloatField(verbose_name="latitude")),
                ("longitude", models.FloatField(verbose_name="longitude")),
                ("population", models.PositiveIntegerField(blank=True, null=True, verbose_name="population")),
            ],
            options={"verbose_name": "commune", "verbose_name_plural": "communes", "ordering": ["name"]},
        ),
    ]
