"""A signed-in test client for the benches, as after a real sign-in: staff accounts also
passed the second step (as if their TOTP code had been typed). Import after django.setup()."""

from django.test import Client

from immersion.accounts.second_factor import VERIFIED_SESSION_KEY


def signed_in_client(user) -> Client:
    client = Client()
    client.force_login(user)
    if user.needs_second_factor:
        session = client.session
        session[VERIFIED_SESSION_KEY] = "bench"
        session.save()
    return client
