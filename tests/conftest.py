import pytest

pytest_plugins = ["tests.html_check"]


@pytest.fixture(autouse=True)
def _french(settings):
    settings.LANGUAGE_CODE = "fr"


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
    from immersion.engagement.item_bank import load_item_bank
    from immersion.engagement.models import QuestionnaireItem
    from immersion.territory.models import Commune
    from immersion.territory.referential import load_bundled_communes

    if not Commune.objects.exists():
        load_bundled_communes(Commune)
    load_item_bank(QuestionnaireItem)
