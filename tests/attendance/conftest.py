import pytest


@pytest.fixture(autouse=True)
def _long_sessions(settings):
    """Tests move the clock months ahead (frozen_clock): sessions must outlive the jump."""
    settings.SESSION_COOKIE_AGE = 5 * 365 * 24 * 3600
