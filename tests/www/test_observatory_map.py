"""The observatory's map of France by department and its comparison with the territory's
figures: the bundled geometry, the classes and the values of every department, « secret
statistique » for a withheld department (never its value, in the drawing or its text), the
indicator in the URL, the territory's figures beside the observations."""

import json
import re
from importlib import resources

import pytest
from django.db import transaction
from django.urls import reverse

from immersion.analysis.choropleth import SECRET, quantile_classes
from immersion.analysis.observatory import ALL, SUPPRESSED_COLUMN, OpenTable
from immersion.demo.programme import load_demo_territory_figures
from immersion.seminars.services import attach_to_programme, create_programme
from immersion.sites.models import HostSite
from immersion.territory.departments_map import departments_map
from immersion.www.observatory.territories import comparison, france_map, indicator_value
from tests.analysis.factories import make_debrief_seminar
from tests.conftest import page
from tests.factories import UserFactory

# One worker builds the programme for the whole module (``--dist loadgroup``).
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("observatory_map")]

# The synthetic seminar's sites, moved to other departments (commune codes of chefs-lieux).
MOVES = ["59350", "13055", "59350", "67482"]


def svg_of(response) -> str:
    return re.search(r'<svg class="vmv-carte__dessin".*?</svg>', page(response), re.S).group(0)


def areas(svg: str) -> dict[str, tuple[str, str]]:
    """{department code: (its class, its title)} of the drawing."""
    found = re.findall(
        r'<path class="vmv-carte__zone ([^"]+)"[^>]*data-departement="(\w+)"[^>]*>\s*'
        r"<title>([^<]*)</title>",
        svg,
    )
    return {code: (css, title) for css, code, title in found}


@pytest.fixture(scope="module")
def _built(django_db_setup, django_db_blocker):
    """The programme and its manager, built once for the module (the tests only read them), in
    a transaction rolled back at its end; each test adds a savepoint on top of it."""
    with django_db_blocker.unblock(), transaction.atomic():
        manager = UserFactory(role="programme_manager")
        programme = create_programme(
            actor=None, name="Vivez ma vie d'usager 2027", year=2027, managers=[manager]
        )
        built = make_debrief_seminar(participants=24, situations_each=3, seed=5)
        for site, code in zip(built.sites[1:], MOVES, strict=False):
            HostSite.objects.filter(pk=site.pk).update(commune_code=code)
        attach_to_programme(actor=None, seminar=built.seminar, programme=programme)
        yield manager, programme
        transaction.set_rollback(True)


@pytest.fixture
def manager(_built):
    return _built[0]


@pytest.fixture
def programme(_built):
    return _built[1]


def url(programme, **query):
    return reverse("observatory:programme", args=[programme.pk]), query


def test_the_bundled_geometry_is_small_and_says_its_source_and_licence():
    folder = resources.files("immersion.territory").joinpath("data", "carte_departements")
    raw = folder.joinpath("departements.json").read_bytes()
    assert len(raw) < 300_000
    data = json.loads(raw)
    codes = {d["code"] for d in data["departements"]}
    assert len(codes) == 101 and {"01", "2A", "2B", "75", "971", "976"} <= codes
    readme = folder.joinpath("README.md").read_text(encoding="utf-8")
    assert "pygal_maps_fr" in readme and "LGPL-3.0-or-later" in readme
    assert folder.joinpath("LICENCE-LGPL-3.txt").is_file()
    assert {i.label for i in departments_map().insets} >= {"Guadeloupe", "Mayotte"}


def test_map_draws_every_department_with_its_value_and_class(client, manager, programme):
    client.force_login(manager)
    response = client.get(*url(programme))
    table = response.context["data"].departments_figures
    rows = {r["departement"]: r for r in table.rows if r["departement"] != ALL}
    assert set(rows) >= {"35", "59", "13"}
    drawn = areas(svg_of(response))
    assert len(drawn) == 101  # every department of the geometry, each with its title
    classes = quantile_classes({c: r["situations"] or SECRET for c, r in rows.items()})
    for code, row in rows.items():
        css, title = drawn[code]
        if row["situations"] is None:
            assert css == "vmv-carte__zone--secret" and "secret statistique" in title
        else:
            assert css == f"vmv-carte__zone--{classes.css(code)}"
            assert title.endswith(f": {row['situations']}")
    css, title = drawn["29"]  # Finistère: nothing observed there
    assert css == "vmv-carte__zone--vide" and "aucune situation observée" in title
    assert "Carte de France par département : Situations observées" in page(response)


def test_a_withheld_department_never_shows_its_value(client, manager, programme, settings):
    client.force_login(manager)
    counts = {
        r["departement"]: r["situations"]
        for r in client.get(*url(programme)).context["data"].departments_figures.rows
        if r["departement"] != ALL
    }
    settings.IMMERSION_DISCLOSURE_K = min(counts.values()) + 1  # the smallest is withheld
    smallest = min(counts, key=counts.get)
    for indicator in ("situations", "attente", "non_resolue", "difficultes"):
        response = client.get(*url(programme, indicateur=indicator))
        table = response.context["data"].departments_figures
        rows = [r for r in table.rows if r["departement"] != ALL]
        drawn = areas(svg_of(response))
        withheld = 0
        for row in rows:
            css, title = drawn[row["departement"]]
            if indicator_value(row, indicator) == SECRET:
                withheld += 1
                assert css == "vmv-carte__zone--secret", (indicator, row)
                name = f"{row['departement_libelle']} ({row['departement']})"
                assert title == f"{name} : secret statistique"
            else:
                assert css != "vmv-carte__zone--secret", (indicator, row)
        assert withheld, indicator
        if indicator != "attente":  # the count of waiting times noted is another figure
            assert drawn[smallest][0] == "vmv-carte__zone--secret"
            assert not re.search(r"\d", drawn[smallest][1].split(")", 1)[1])  # no figure
    legend = re.search(r'<ul class="vmv-carte__legende".*?</ul>', page(response), re.S).group(0)
    assert "vmv-carte__cle--secret" in legend and "secret statistique" in legend


def test_the_indicator_lives_in_the_url_and_a_bad_one_is_said(client, manager, programme):
    client.force_login(manager)
    response = client.get(*url(programme, indicateur="attente", type_structure="caf"))
    assert response.context["indicator"] == "attente"
    html = page(response)
    assert re.search(r'<option value="attente"\s+selected', html)
    assert "Carte de France par département : Attente médiane (minutes)" in html
    assert 'name="type_structure" value="caf"' in html  # the filters kept beside the map
    assert 'name="indicateur" value="attente"' in html  # and the indicator beside the filters
    titles = [t for _css, t in areas(svg_of(response)).values()]
    assert any(t.endswith(" min") for t in titles)
    response = client.get(*url(programme, indicateur="inconnu"))
    assert response.context["indicator"] == "situations"
    assert "Cet indicateur n'existe pas : la carte montre les situations observées." in page(
        response
    )


def test_comparison_sets_the_territory_figures_beside_the_observations(client, manager, programme):
    load_demo_territory_figures()
    client.force_login(manager)
    response = client.get(*url(programme))
    compared = response.context["comparison"]
    rows = {r.code: r for r in compared.rows}
    assert compared.headers == [
        "Département",
        "Situations observées",
        "Attente médiane",
        "Avec difficulté",
        "Non résolues",
        "Pauvreté",
        "Chômage",
        "RSA (15-69 ans)",
    ]
    assert rows["59"].name == "Nord (59)"
    assert rows["59"].cells[-3:] == ["19,5 %", "15,5 %", "6,5 %"]
    assert rows["13"].cells[-3:] == ["18,0 %", "14,5 %", "6,5 %"]
    assert rows["35"].cells[-3:] == ["—", "—", "—"]  # no figure loaded for it here
    reading = " ".join(compared.reading)
    assert "Taux de pauvreté — valeurs les plus élevées" in reading
    assert "Nord (19,5 %" in reading
    assert "ne disent pas que l'une explique l'autre" in reading
    assert any("Chiffres de démonstration" in s for s in compared.sources)
    html = page(response)
    assert "Comparaison avec les chiffres du territoire" in html and "19,5 %" in html


def table_of(rows: list[dict]) -> OpenTable:
    full = []
    for r in rows:
        full.append(
            {
                "departement": r["code"],
                "departement_libelle": r["name"],
                "situations": r.get("situations"),
                "situations_avec_attente": r.get("waits", 0),
                "attente_mediane_minutes": r.get("median"),
                "non_resolue": r.get("non_resolue", 0),
                "avec_difficulte": r.get("frictions", 0),
                SUPPRESSED_COLUMN: r.get("secret", False),
            }
        )
    return OpenTable("departements", "", "", [], full)


def test_map_classes_are_quantiles_and_secrets_have_no_number():
    table = table_of(
        [
            {"code": "59", "name": "Nord", "situations": 40, "waits": 30, "median": 18.5},
            {"code": "13", "name": "Bouches-du-Rhône", "situations": 20, "waits": 12},
            {"code": "35", "name": "Ille-et-Vilaine", "situations": 10, "waits": 8},
            {"code": "67", "name": "Bas-Rhin", "situations": None, "waits": None, "secret": True},
        ]
    )
    drawn = {a.code: a for a in france_map(table, "situations").areas}
    assert drawn["59"].css == "vmv-carte__zone--5" and drawn["59"].title == "Nord (59) : 40"
    assert drawn["35"].css == "vmv-carte__zone--1"
    assert drawn["67"].css == "vmv-carte__zone--secret"
    assert drawn["67"].title == "Bas-Rhin (67) : secret statistique"
    waiting = france_map(table, "attente")
    drawn = {a.code: a for a in waiting.areas}
    assert drawn["59"].title == "Nord (59) : 18,5 min"
    assert drawn["13"].css == "vmv-carte__zone--vide"  # waits noted, no median published
    assert drawn["67"].css == "vmv-carte__zone--secret"
    assert "secret statistique" in waiting.summary and "Nord (18,5 min)" in waiting.summary
    assert [item.label for item in waiting.legend][-2:] == [
        "secret statistique",
        "aucune situation observée",
    ]
    assert comparison(table, "situations").rows[0].cells[0] == "20"
