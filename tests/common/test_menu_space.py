"""The main menu's space: the rules on the user's role decide, without a query."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from immersion.common.templatetags.vmv import MENU_SPACES, menu_space
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "space"),
    [
        ("organizer", "organizer"),
        ("admin", "organizer"),
        ("programme_manager", "observatory"),
        ("expert", "debrief"),
        ("participant", "participant"),
        ("site_coordinator", "site"),
        ("tutor", "tutor"),
    ],
)
def test_each_role_gets_its_space_as_django_has_perm_says_and_without_a_query(role, space):
    user = UserFactory(role=role, email=f"{role}@example.fr")
    with CaptureQueriesContext(connection) as captured:
        assert menu_space(user) == space
    assert not captured.captured_queries
    # The same answer as the permissions through Django's backends (what the menu asked).
    expected = next((s for perm, s in MENU_SPACES if user.has_perm(perm)), "")
    assert expected == space


def test_a_superuser_and_a_visitor():
    assert menu_space(UserFactory(role="participant", is_superuser=True)) == "organizer"
    assert menu_space(AnonymousUser()) == ""
