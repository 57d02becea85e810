"""The observatory (/observatoire/): only a programme's managers and administrators, only
aggregates, « secret statistique » where the rule hides a cell, filters in the URL."""

import io
import re
import zipfile

import pytest
from django.urls import reverse

from immersion.seminars.services import attach_to_programme, create_programme
from tests.analysis.factories import make_debrief_seminar
from tests.conftest import page
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", page(response)).split())


@pytest.fixture
def manager():
    return UserFactory(role="programme_manager")


@pytest.fixture
def built(manager):
    programme = create_programme(
        actor=None, name="Vivez ma vie d'usager 2027", year=2027, managers=[manager]
    )
    seminar = make_debrief_seminar(participants=10, situations_each=3, seed=5)
    attach_to_programme(actor=None, seminar=seminar.seminar, programme=programme)
    return programme, seminar


def test_manager_sees_aggregates_with_secrets_and_no_person(client, manager, built):
    programme, seminar = built
    client.force_login(manager)
    home = client.get(reverse("observatory:home"))
    assert programme.name in text(home)
    response = client.get(reverse("observatory:programme", args=[programme.pk]))
    content = text(response)
    assert "Situations observées par département" in content
    assert "secret statistique" in content
    assert "situations observées au total" in content  # the chart's text alternative
    for participant in seminar.participants:
        assert participant.last_name not in content
    for site in seminar.sites:
        assert site.name not in content
    assert seminar.seminar.title not in content


def test_filters_live_in_the_url_and_bad_ones_are_said(client, manager, built):
    programme, _seminar = built
    client.force_login(manager)
    url = reverse("observatory:programme", args=[programme.pk])
    response = client.get(url, {"type_structure": "caf", "canal": "accueil_physique"})
    situations = response.context["data"].situations.rows
    assert situations and {r["type_structure"] for r in situations} == {"caf"}
    assert re.search(r'value="caf"\s+selected', page(response))
    response = client.get(url, {"periode": "1999"})
    assert "Un filtre n'est pas valide" in text(response)
    assert response.context["filtered"] is False


@pytest.mark.parametrize(
    "query",
    [
        {"type_structure": "caf"},
        {"departement": "35"},
        {"periode": "2027", "canal": "accueil_physique"},
        {"categorie": "elu"},
    ],
)
def test_a_filter_only_selects_published_lines_and_computes_nothing(client, manager, built, query):
    """No new subtotal: every line a filter shows is a line of the unfiltered tables, the
    same figures and the same secrets (a computed subtotal would allow a differencing
    attack on the totals)."""
    programme, _seminar = built
    client.force_login(manager)
    url = reverse("observatory:programme", args=[programme.pk])
    whole = client.get(url).context["data"]
    part = client.get(url, query).context["data"]
    for name in ("situations", "waiting", "frictions", "perception"):
        lines = [tuple(sorted(r.items())) for r in getattr(whole, name).rows]
        chosen = [tuple(sorted(r.items())) for r in getattr(part, name).rows]
        assert set(chosen) <= set(lines), name
    if "departement" in query or "periode" in query:
        assert all(r["departement"] != "ensemble" for r in part.situations.rows)
    if "type_structure" in query:
        assert all(r["type_structure"] != "ensemble" for r in part.situations.rows)


def test_other_people_and_other_programmes_get_a_404(client, built):
    programme, seminar = built
    url = reverse("observatory:programme", args=[programme.pk])
    for user in [
        seminar.organizer,
        seminar.expert,
        UserFactory(role="participant"),
        UserFactory(role="programme_manager"),  # manages no programme: not this one
    ]:
        client.force_login(user)
        assert client.get(url).status_code == 404
        assert client.get(reverse("observatory:open_data", args=[programme.pk])).status_code == 404
    client.force_login(UserFactory(admin=True))
    assert client.get(url).status_code == 200


def test_manager_cannot_open_a_seminar_of_the_programme(client, manager, built):
    _programme, seminar = built
    client.force_login(manager)
    assert client.get(reverse("debrief:board", args=[seminar.seminar.pk])).status_code == 404
    response = client.get(reverse("organizer:seminar_detail", args=[seminar.seminar.pk]))
    assert response.status_code in (403, 404)


def test_open_data_download_is_the_package(client, manager, built):
    programme, _seminar = built
    client.force_login(manager)
    response = client.get(reverse("observatory:open_data", args=[programme.pk]))
    assert response["Content-Type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert "vivez-ma-vie-d-usager-2027/datapackage.json" in names
    assert "vivez-ma-vie-d-usager-2027/situations.csv" in names
    assert "vivez-ma-vie-d-usager-2027/README.md" in names


def test_manager_lands_on_the_observatory(client, manager, built):
    client.force_login(manager)
    response = client.get(reverse("public:home"))
    assert response.url == reverse("observatory:home")


@pytest.mark.parametrize(
    "filters",
    [
        {"site_kind": "caf"},
        {"department": "35", "period": "2027"},
        {"channel": "accueil_physique", "category": "elu"},
    ],
)
def test_a_filtered_page_selects_from_the_unfiltered_tables(built, filters):
    """The page computes the programme's tables once and selects the filtered lines from
    them: the same as computing the filtered observatory."""
    from immersion.analysis.observatory import Filters, programme_observatory, select_lines

    programme, _seminar = built
    whole = programme_observatory(programme, Filters())
    assert select_lines(whole, Filters(**filters)) == programme_observatory(
        programme, Filters(**filters)
    )
