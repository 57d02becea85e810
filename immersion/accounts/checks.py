"""System checks of the accounts app: the keys that encrypt TOTP secrets (``encryption``)."""

from django.core import checks

from immersion.accounts import encryption


@checks.register(checks.Tags.security)
def check_totp_keys(app_configs=None, **kwargs):
    """Production without ``IMMERSION_TOTP_KEYS``, or a key that is not a Fernet key."""
    return [
        checks.Error(
            problem,
            hint=(
                'Générez une clé : python -c "from cryptography.fernet import Fernet; '
                'print(Fernet.generate_key().decode())" (docs/deployment.md).'
            ),
            id="accounts.E001",
        )
        for problem in encryption.key_problems()
    ]
