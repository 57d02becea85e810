"""The participants' .xlsx import template: header, example row, drop-down lists."""

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from immersion.common.choices import Category
from immersion.people.imports import EXPORT_HEADERS, import_participants, template_xlsx
from immersion.people.models import Participant
from tests.conftest import page

pytestmark = pytest.mark.django_db


def validations_by_column(sheet) -> dict[str, object]:
    headers = {cell.column_letter: cell.value for cell in sheet[1]}
    found = {}
    for validation in sheet.data_validations.dataValidation:
        letter = str(validation.sqref).split(":")[0].rstrip("0123456789")
        found[headers[letter]] = validation
    return found


def list_values(workbook, validation) -> list[str]:
    sheet_name, cells = validation.formula1.split("!")
    first, last = cells.replace("$", "").split(":")
    return [c.value for (c,) in workbook[sheet_name][first:last]]


def test_the_template_has_the_header_an_example_and_drop_down_lists(seminar):
    workbook = openpyxl.load_workbook(io.BytesIO(template_xlsx(seminar)))
    sheet = workbook.worksheets[0]
    assert [c.value for c in sheet[1]] == EXPORT_HEADERS
    example = dict(zip(EXPORT_HEADERS, [c.value for c in sheet[2]], strict=True))
    assert example["E-mail"] == "camille.exemple@example.org"
    assert example["Catégorie"] == Category.FONCTIONNAIRE_ETAT.label
    assert example["Disponibilités"] == "Jour 2 — matin; Jour 2 — après-midi"
    assert workbook["Listes"].sheet_state == "hidden"
    validations = validations_by_column(sheet)
    assert set(validations) == {"Catégorie", "Disponibilités", "Préférences"}
    assert all(v.type == "list" for v in validations.values())
    assert str(validations["Catégorie"].sqref) == "E2:E1001"
    assert validations["Catégorie"].errorStyle == "stop"
    assert list_values(workbook, validations["Catégorie"]) == [c.label for c in Category]
    assert list_values(workbook, validations["Disponibilités"]) == [
        "Jour 2 — matin",
        "Jour 2 — après-midi",
        "Jour 2 — matin; Jour 2 — après-midi",
    ]
    preferences = list_values(workbook, validations["Préférences"])
    assert "caf:3" in preferences and "france_travail:0" in preferences
    assert validations["Préférences"].errorStyle == "warning"


def test_the_templates_example_row_imports_as_is(seminar):
    content = template_xlsx(seminar)
    import_participants(
        actor=None, seminar=seminar, uploaded=SimpleUploadedFile("modele.xlsx", content)
    )
    camille = Participant.objects.get()
    assert (camille.category, camille.home_commune_code) == ("fonctionnaire_etat", "35238")
    assert camille.preferences == {"caf": 3, "ccas": 1}
    assert [h.half_day for h in camille.available_half_days()] == ["J2-matin", "J2-apres-midi"]


def test_the_import_page_links_to_the_template(organizer_client, seminar):
    url = reverse("organizer:participant_template", args=[seminar.pk])
    content = page(organizer_client.get(reverse("organizer:participant_import", args=[seminar.pk])))
    assert f'href="{url}"' in content
    assert "Télécharger le modèle Excel (.xlsx) avec ses listes de choix" in content
    response = organizer_client.get(url)
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]["A1"].value == (
        "Prénom"
    )
