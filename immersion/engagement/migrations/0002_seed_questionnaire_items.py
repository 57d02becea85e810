from django.db import migrations


def seed(apps, schema_editor):
    from immersion.engagement.item_bank import load_item_bank

    load_item_bank(apps.get_model("engagement", "QuestionnaireItem"))


def unseed(apps, schema_editor):
    apps.get_model("engagement", "QuestionnaireItem").objects.filter(version=1).delete()


class Migration(migrations.Migration):
    dependencies = [("engagement", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
