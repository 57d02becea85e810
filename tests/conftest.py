import pytest

from tests.halves import skip_what_the_sqlite_half_ran

pytest_plugins = ["tests.html_check"]


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "real_second_factor: force_login gives an unverified staff session (see below)",
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """In the PostgreSQL half, skip the tests that never reach the database (tests/halves.py).

    pytest-xdist 3.8's ``--dist loadgroup`` marks a test of an ``xdist_group`` by putting an
    ``@group`` suffix on ``item._nodeid``, which pytest 9 no longer reads (``nodeid`` comes
    from ``item._id``): the group was ignored. Carry the suffix over, so that the tests of a
    group run on one worker (runs after xdist's hook: ``trylast``)."""
    from _pytest.nodeid import coerce_node_id

    for item in items:
        suffixed = item.__dict__.get("_nodeid")
        if suffixed and suffixed != item.nodeid:
            item._id = coerce_node_id(suffixed)
    skip_what_the_sqlite_half_ran(items)


@pytest.fixture(autouse=True)
def _french(settings):
    settings.LANGUAGE_CODE = "fr"


@pytest.fixture(autouse=True)
def _force_login_passes_the_second_factor(request, monkeypatch):
    """THE one place where tests skip the staff's second step: ``Client.force_login`` of a
    staff account gives a session already verified, as if the TOTP code had been typed, so
    that the many tests of the back office need not sign in for real. Tests of the second
    step itself are marked ``@pytest.mark.real_second_factor`` and get Django's plain
    ``force_login`` (an unverified session); browser tests sign in through the real pages
    (``tests/browser/conftest.py: sign_in``)."""
    if request.node.get_closest_marker("real_second_factor"):
        return
    from django.test import Client

    from immersion.accounts.second_factor import VERIFIED_SESSION_KEY

    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        if user.needs_second_factor:
            session = self.session
            session[VERIFIED_SESSION_KEY] = "test"
            session.save()

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture
def organizer(db):
    from tests.factories import UserFactory

    return UserFactory(role="organizer")


@pytest.fixture
def seminar(db, organizer):
    from tests.factories import SeminarFactory

    return SeminarFactory(organizers=[organizer])


@pytest.fixture
def organizer_client(client, organizer):
    client.force_login(organizer)
    return client


def page(response) -> str:
    """The response's HTML with entities decoded, to look for French text with apostrophes."""
    import html

    return html.unescape(response.content.decode())


@pytest.fixture
def communes(db):
    """The reference data that data migrations load (the commune referential, the
    questionnaire's item bank): transactional tests flush them, this puts them back."""
    load_reference_data()


def load_reference_data():
    """What ``communes`` does, for module-scoped fixtures (they cannot use ``db``)."""
    from immersion.engagement.item_bank import load_item_bank
    from immersion.engagement.models import QuestionnaireItem
    from immersion.territory.models import Commune
    from immersion.territory.referential import load_bundled_communes

    if not Commune.objects.exists():
        load_bundled_communes(Commune)
    load_item_bank(QuestionnaireItem)
