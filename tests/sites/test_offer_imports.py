"""Offers imported from a file: all or nothing, faults named by line and column."""

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from immersion.common.imports import ImportRejected
from immersion.sites.models import Offer
from immersion.sites.offer_imports import HEADERS, import_offers, template_xlsx
from tests.conftest import page
from tests.factories import SiteFactory, make_tutor

pytestmark = pytest.mark.django_db

HEADER = "Structure;Demi-journée;Canal;Observateurs;Autorisation préalable;Tuteur"


def csv_file(*rows, header=HEADER):
    return SimpleUploadedFile("o.csv", ("\n".join([header, *rows]) + "\n").encode("utf-8"))


@pytest.fixture
def caf(db):
    site = SiteFactory(kind="caf", name="Caf de Rennes")
    make_tutor(site, first_name="Sandrine", last_name="Le Bihan", email="sandrine@caf.fr")
    return site


def test_a_clean_file_creates_every_offer_with_the_channels_defaults(seminar, caf):
    created = import_offers(
        actor=None,
        seminar=seminar,
        uploaded=csv_file(
            "Caf de Rennes;Jour 2 — matin;Accueil physique;3;oui;Sandrine Le Bihan",
            "caf de rennes;J2-apres-midi;controle_sur_place;;;sandrine@caf.fr",
        ),
    )
    assert len(created) == 2
    physical = Offer.objects.get(channel="accueil_physique")
    assert (physical.capacity, physical.needs_authorisation) == (3, True)
    assert physical.tutor.first_name == "Sandrine"
    inspection = Offer.objects.get(channel="controle_sur_place")
    assert (inspection.capacity, inspection.forbidden_categories) == (1, ["journaliste"])


def test_one_bad_row_imports_nothing_and_every_fault_is_named(seminar, caf):
    other = SiteFactory(ccas=True, name="CCAS de Rennes")
    make_tutor(other, first_name="Marc", last_name="Péron")
    with pytest.raises(ImportRejected) as exc:
        import_offers(
            actor=None,
            seminar=seminar,
            uploaded=csv_file(
                "Caf de Rennes;Jour 2 — matin;Accueil physique;2;non;",
                "Mairie de Nulle-Part;Jour 2 — matin;Accueil physique;2;non;",
                "Caf de Rennes;Jour 3 — soir;Accueil physique;2;non;",
                "Caf de Rennes;Jour 2 — matin;accueil physique;2;non;",
                "CCAS de Rennes;Jour 2 — matin;Contrôle sur place;;non;",
                "Caf de Rennes;Jour 2 — après-midi;Accueil physique;99;peut-être;Marc Péron",
            ),
        )
    assert not Offer.objects.exists()
    assert [(e.line, e.column) for e in exc.value.errors] == [
        (3, "Structure"),
        (4, "Demi-journée"),
        (5, "Canal"),
        (6, "Canal"),
        (7, "Autorisation préalable"),
        (7, "Observateurs"),
        (7, "Tuteur"),
    ]
    messages = [str(e) for e in exc.value.errors]
    assert "Ligne 5, colonne « Canal » : doublon de la ligne 2" in messages
    assert any("n'est pas un tuteur de « Caf de Rennes »" in m for m in messages)
    assert any("Caf ou une Cpam" in m for m in messages)


def test_an_offer_already_there_is_refused(seminar, caf):
    import_offers(
        actor=None, seminar=seminar, uploaded=csv_file("Caf de Rennes;J2-matin;Accueil;;;")
    )
    with pytest.raises(ImportRejected) as exc:
        import_offers(
            actor=None, seminar=seminar, uploaded=csv_file("Caf de Rennes;J2-matin;Accueil;;;")
        )
    assert "cette offre existe déjà pour ce séminaire" in str(exc.value.errors[0])
    assert Offer.objects.count() == 1


def test_the_template_opens_with_drop_down_lists(seminar):
    workbook = openpyxl.load_workbook(io.BytesIO(template_xlsx(seminar)))
    sheet = workbook.worksheets[0]
    assert [c.value for c in sheet[1]] == HEADERS
    assert sheet["C2"].value == "Jour 2 — matin"
    rules = sheet.data_validations.dataValidation
    assert len(rules) == 4 and all(r.type == "list" for r in rules)


def test_the_import_page_imports_and_links_the_template(organizer_client, seminar, caf):
    url = reverse("organizer:offer_import", args=[seminar.pk])
    assert url in page(organizer_client.get(reverse("organizer:offer_list", args=[seminar.pk])))
    content = page(organizer_client.get(url))
    assert reverse("organizer:offer_template", args=[seminar.pk]) in content
    response = organizer_client.post(url, {"file": csv_file("Caf de Rennes;Jour 3;Accueil;;;")})
    assert "Ligne 2, colonne « Demi-journée » : demi-journée inconnue" in page(response)
    response = organizer_client.post(
        url, {"file": csv_file("Caf de Rennes;J2-matin;Accueil;;;")}, follow=True
    )
    assert "1 offre(s) d'immersion importée(s)." in page(response)
    assert Offer.objects.get().site == caf
