import pytest
from django.core.management import call_command

from immersion.territory.models import Commune

pytestmark = pytest.mark.django_db


def test_bundled_referential_has_rennes_and_its_neighbours():
    rennes = Commune.objects.get(code="35238")
    assert rennes.name == "Rennes"
    assert (round(rennes.latitude, 2), round(rennes.longitude, 2)) == (48.12, -1.69)
    assert Commune.objects.filter(department="35").count() >= 30
    assert Commune.objects.filter(code="75056", name="Paris").exists()


def test_import_communes_loads_an_insee_file(tmp_path):
    path = tmp_path / "communes.csv"
    path.write_text(
        "insee_com,insee_dep,commune,commune_article,code_postal,lat,lng,population_2021\n"
        "29019,29,Brest,Brest,29200,48.4,-4.5,139619\n"
        "29019,29,Brest,Brest,29200,48.4,-4.5,139619\n"
        "35238,35,Rennes,Rennes,35000,48.11,-1.68,225081\n"
    )
    call_command("import_communes", str(path))
    assert Commune.objects.get(code="29019").population == 139619
    assert Commune.objects.get(code="35238").latitude == pytest.approx(48.11)
