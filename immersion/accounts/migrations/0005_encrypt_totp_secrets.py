"""The staff's TOTP secrets, encrypted at rest (accounts/encryption.py).

The column is renamed ``secret`` → ``secret_token`` and becomes a text field (a Fernet token
is about 140 characters); each stored base32 secret is replaced by its token, encrypted with
the first key of IMMERSION_TOTP_KEYS (or, without keys, one derived from SECRET_KEY — not in
production). Reversible: going back decrypts every token into the base32 secret again.
"""

from django.db import migrations, models


def encrypt_secrets(apps, schema_editor):
    from immersion.accounts import encryption

    SecondFactor = apps.get_model("accounts", "SecondFactor")
    for factor in SecondFactor.objects.only("pk", "secret_token").iterator():
        if not encryption.is_token(factor.secret_token):
            factor.secret_token = encryption.encrypt(factor.secret_token)
            factor.save(update_fields=["secret_token"])


def decrypt_secrets(apps, schema_editor):
    from immersion.accounts import encryption

    SecondFactor = apps.get_model("accounts", "SecondFactor")
    for factor in SecondFactor.objects.only("pk", "secret_token").iterator():
        if encryption.is_token(factor.secret_token):
            factor.secret_token = encryption.decrypt(factor.secret_token)[0]
            factor.save(update_fields=["secret_token"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_programme_manager_role"),
    ]

    operations = [
        migrations.RenameField(
            model_name="secondfactor",
            old_name="secret",
            new_name="secret_token",
        ),
        migrations.AlterField(
            model_name="secondfactor",
            name="secret_token",
            field=models.TextField(verbose_name="secret TOTP chiffré"),
        ),
        migrations.RunPython(encrypt_secrets, decrypt_secrets, elidable=False),
    ]
