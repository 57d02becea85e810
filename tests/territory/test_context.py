import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.template.loader import render_to_string

from immersion.common.models import AuditEntry
from immersion.territory.context import INDICATORS, guess_kind
from immersion.territory.indicators import DISPLAYED, LABELS
from immersion.territory.models import Area, TerritoryFigure
from immersion.territory.selectors import figures_for, territory_for
from immersion.territory.services import extract_dir, load_context_extract

pytestmark = pytest.mark.django_db

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "context"


def shared(name: str) -> Path:
    path = SHARED / name
    if not path.is_file():
        pytest.skip(f"{path} absent")
    return path


def value(indicator, level, code, year=None):
    figures = TerritoryFigure.objects.filter(indicator=indicator, level=level, code=code)
    if year:
        figures = figures.filter(year=year)
    return figures.order_by("-year").first()


def refused(*args, **options) -> str:
    with pytest.raises(CommandError) as caught:
        call_command("import_context", *map(str, args), **options)
    assert caught.value.returncode == 2
    assert not TerritoryFigure.objects.exists() and not Area.objects.exists()
    return str(caught.value)


def test_every_indicator_has_a_french_label():
    assert set(LABELS) == set(INDICATORS) and set(DISPLAYED) <= set(INDICATORS)


# --- the real files ---------------------------------------------------------------------------


@pytest.mark.slow
def test_import_real_communes_file_with_totals():
    call_command("import_context", str(shared("communes_2024.csv")))
    rennes = value("population", "commune", "35238")
    assert (rennes.value, rennes.year, rennes.computed) == (225081, 2021, False)
    assert rennes.source.startswith("INSEE, recensement de la population 2021")
    assert rennes.licence == "Licence Ouverte / Etalab 2.0"
    assert value("chomeurs_15_64", "commune", "35238").value == 15458
    assert value("actifs_15_64", "commune", "35238").value == 107669
    rate = value("taux_chomage_recensement", "commune", "35238")
    assert rate.value == Decimal("14.3570") and rate.computed
    assert value("menages", "commune", "35238").value == 118756
    department = value("population", "departement", "35")
    assert department.value == 1098325 and department.computed
    assert "somme des communes" in department.method
    # Paris is the sum of its arrondissements (the file has no line for the city itself).
    assert value("population", "commune", "75056").computed
    assert value("population", "france", "FR").value == 67406310
    assert Area.objects.get(level="commune", code="35238").parent_code == "35"


def test_import_real_filosofi_file_weights_france_by_people():
    call_command("import_context", str(shared("filosofi_pauvrete_departements_2013.csv")))
    poverty = value("taux_pauvrete_60", "departement", "35", 2013)
    assert poverty.value == Decimal("10.1") and poverty.source == "INSEE, Filosofi 2013"
    assert value("revenu_median_uc", "departement", "35").value == Decimal("20688.3")
    assert value("taux_pauvrete_60", "departement", "02").value == Decimal("18.6")
    # Filosofi 2013 covers mainland departments only: mainland France, computed.
    france = value("taux_pauvrete_60", "france", "FRM", 2013)
    assert france.computed and france.value.quantize(Decimal("0.1")) == Decimal("14.5")
    assert not TerritoryFigure.objects.filter(indicator="revenu_median_uc", level="france")


def test_import_real_drees_workbook():
    call_command("import_context", str(shared("drees_minima_sociaux_departements.xlsx")))
    rsa = value("rsa_allocataires", "departement", "35", 2019)
    assert rsa.value == 17611 and rsa.source.startswith("DREES")
    # 2016: the new series ("2016 (2)"), not the old one.
    assert value("rsa_allocataires", "departement", "35", 2016).value == 17009
    assert value("rsa_part_15_69", "departement", "35").value == Decimal("2.3815")
    assert value("rsa_allocataires", "france", "FR", 2019).value == 1916100
    assert value("rsa_allocataires", "france", "FRM", 2019).value == 1707800
    assert value("rsa_allocataires", "departement", "2A", 2019).value == 2375
    assert value("rsa_allocataires", "departement", "976", 2019).value == 5406


def test_import_real_departments_and_regions():
    call_command("import_context", str(shared("departements_2024.csv")))
    call_command("import_context", str(shared("regions_2024.csv")))
    ille = Area.objects.get(level="departement", code="35")
    assert (ille.name, ille.parent_code, ille.year) == ("Ille-et-Vilaine", "53", 2024)
    assert Area.objects.get(level="region", code="53").name == "Bretagne"
    assert Area.objects.filter(level="departement").count() == 101


def test_kind_is_guessed_from_the_header_then_the_name(tmp_path):
    for name, kind in [
        ("communes_2024.csv", "communes"),
        ("filosofi_pauvrete_departements_2013.csv", "filosofi"),
        ("departements_2024.csv", "departements"),
        ("regions_2024.csv", "regions"),
        ("drees_minima_sociaux_departements.xlsx", "drees"),
        ("totaux.csv", "figures"),
    ]:
        renamed = tmp_path / f"fichier{Path(name).suffix}"
        shutil.copy(extract_dir() / name, renamed)
        assert guess_kind(renamed) == kind


# --- the bundled extract ----------------------------------------------------------------------


def test_bundled_extract_loads_and_is_idempotent():
    load_context_extract()
    count = TerritoryFigure.objects.count()
    load_context_extract()
    assert TerritoryFigure.objects.count() == count
    assert value("population", "commune", "35238").value == 225081
    # The department's totals come from totaux.csv (the full file), not from the extract's
    # few communes.
    assert value("population", "departement", "35").value == 1098325
    assert value("population", "region", "53").value == 3394567
    assert value("taux_pauvrete_60", "france", "FRM").computed
    assert AuditEntry.objects.filter(action="territory.import_context").exists()


def test_figures_for_rennes_gives_each_level_with_source_and_year():
    load_context_extract()
    territory = territory_for("35238")
    assert (territory.commune_name, territory.department_name, territory.region_name) == (
        "Rennes",
        "Ille-et-Vilaine",
        "Bretagne",
    )
    rows = {row.indicator: row for row in figures_for("35238")}
    assert list(rows) == list(DISPLAYED)

    population = rows["population"]
    assert population.commune.value == 225081 and population.commune.year == 2021
    assert population.department.value == 1098325 and population.department.computed
    assert population.france.value == 67406310 and population.france.place == "France"
    assert population.source.startswith("INSEE, recensement de la population 2021")
    assert population.year == 2021

    unemployment = rows["taux_chomage_recensement"]
    assert "au sens du recensement" in unemployment.label
    assert unemployment.commune.display == "14,4 %"
    assert unemployment.department.value == Decimal("9.2612")

    poverty = rows["taux_pauvrete_60"]
    assert poverty.commune is None
    assert poverty.department.value == Decimal("10.1") and poverty.department.year == 2013
    assert poverty.france.note == "France métropolitaine" and poverty.france.computed
    assert poverty.source == "INSEE, Filosofi 2013 (2013)"

    assert rows["revenu_median_uc"].france is None
    rsa = rows["rsa_allocataires"]
    assert (rsa.department.value, rsa.department.year) == (17611, 2019)
    assert rsa.france.value == 1916100 and rsa.france.place == "France"
    assert rows["rsa_part_15_69"].department.display == "2,4 %"
    assert all(c.licence == "Licence Ouverte / Etalab 2.0" for r in rows.values() for c in r.cells)


def test_figures_for_takes_the_latest_year_of_each_level(tmp_path):
    load_context_extract()
    newer = tmp_path / "totaux.csv"
    newer.write_text(
        "indicator,level,code,year,value,unit,source,licence,computed,method\n"
        "rsa_allocataires,departement,35,2023,18000,allocataires,DREES,,0,\n",
        encoding="utf-8",
    )
    call_command("import_context", str(newer))
    rsa = next(r for r in figures_for("35238") if r.indicator == "rsa_allocataires")
    assert (rsa.department.value, rsa.department.year) == (18000, 2023)
    assert rsa.france.year == 2019
    assert rsa.source == "DREES (2023) ; " + rsa.france.source + " (2019)"


def test_figures_for_an_unknown_commune_is_empty():
    assert figures_for("99999") == []


def test_partial_renders_an_accessible_table():
    load_context_extract()
    html = render_to_string(
        "components/territory_figures.html",
        {"territory": territory_for("35238"), "figures": figures_for("35238")},
    )
    assert "<caption>" in html and "Rennes, Ille-et-Vilaine et France" in html
    assert html.count('scope="col"') == 5
    assert html.count('scope="row"') == len(DISPLAYED)
    assert "225\u202f081" in html or "225 081" in html or "225\xa0081" in html
    assert "au sens du recensement" in html
    assert "INSEE, Filosofi 2013 (2013)" in html
    assert "France métropolitaine" in html
    assert "Licence Ouverte / Etalab 2.0" in html
    assert "valeur calculée" in html


# --- faulty files: exit code 2, one French message, nothing imported ---------------------------


def extract_copy(tmp_path, name) -> Path:
    path = tmp_path / name
    shutil.copy(extract_dir() / name, path)
    return path


def test_bad_number_names_line_and_column(tmp_path):
    path = extract_copy(tmp_path, "filosofi_pauvrete_departements_2013.csv")
    lines = path.read_text("utf-8").splitlines()
    lines[3] = lines[3].replace('"10,1"', "n/a")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    message = refused(path)
    assert "ligne 4, colonne « Taux de pauvreté-Ensemble (% pop totale) »" in message
    assert "nombre attendu (reçu « n/a »)" in message


def test_bad_number_in_communes_rolls_back_everything(tmp_path):
    path = extract_copy(tmp_path, "communes_2024.csv")
    text = path.read_text("utf-8").replace(",15458,", ",quinze,", 1)
    path.write_text(text, encoding="utf-8")
    message = refused(path)
    assert "colonne « pop_15_64_chomage_2021 »" in message and "« quinze »" in message


def test_missing_column(tmp_path):
    path = tmp_path / "filosofi_2013.csv"
    path.write_text("Code géographique,Nombre de ménages fiscaux\n35,419197\n", encoding="utf-8")
    message = refused(path, kind="filosofi")
    assert "ligne 1" in message and "colonne manquante" in message


def test_unknown_column(tmp_path):
    path = extract_copy(tmp_path, "regions_2024.csv")
    lines = path.read_text("utf-8").splitlines()
    lines = [lines[0] + ",surprise"] + [line + ",1" for line in lines[1:]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert "ligne 1, colonne « surprise » : colonne inconnue" in refused(path)


def test_empty_file(tmp_path):
    path = tmp_path / "communes_2024.csv"
    path.write_text("", encoding="utf-8")
    assert "fichier vide" in refused(path, kind="communes")


def test_truncated_xlsx(tmp_path):
    data = (extract_dir() / "drees_minima_sociaux_departements.xlsx").read_bytes()
    path = tmp_path / "drees_minima_sociaux_departements.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert "illisible ou tronqué" in refused(path)


def test_bad_value_in_xlsx_names_line_and_column(tmp_path):
    import openpyxl

    path = extract_copy(tmp_path, "drees_minima_sociaux_departements.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Tableau 11"]
    row = next(r for r in sheet.iter_rows() if r[1].value == "35")
    row[15].value = "beaucoup"  # column P: 2019
    book.save(path)
    message = refused(path)
    assert f"ligne {row[0].row}, colonne « P »" in message and "« beaucoup »" in message


def test_a_bad_file_leaves_earlier_figures_untouched(tmp_path):
    load_context_extract()
    before = TerritoryFigure.objects.count()
    path = extract_copy(tmp_path, "totaux.csv")
    path.write_text(path.read_text("utf-8") + "population,france,FR,2021,x,habitants,s,,1,\n")
    with pytest.raises(CommandError):
        call_command("import_context", str(path))
    assert TerritoryFigure.objects.count() == before
