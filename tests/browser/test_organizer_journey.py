import datetime as dt

import pytest
from playwright.sync_api import expect

from immersion.demo.services import load_demo
from tests.browser.conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_demo_organizer_sees_the_demo_programme(page):
    load_demo(today=dt.date(2026, 11, 30))
    sign_in(page, "organisateur@demo.vivez-ma-vie-usager.fr", "demo-organisateur")
    expect(page.get_by_role("heading", name="Séminaires", exact=True)).to_be_visible()
    page.get_by_role("link", name="Vivez ma vie d'usager — Rennes").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vivez ma vie d'usager — Rennes")
    timeline = page.locator(".vmv-timeline")
    expect(timeline.first).to_contain_text("16:30")
    expect(timeline.first).to_contain_text("Séquence 1")
    expect(timeline.last).to_contain_text("18:35")
    expect(timeline.last).to_contain_text("Retour")
    expect(page.get_by_text("18", exact=True).first).to_be_visible()


def test_organizer_imports_a_participant_file_with_errors_then_fixes_it(page, tmp_path):
    load_demo(today=dt.date(2026, 11, 30))
    sign_in(page, "organisateur@demo.vivez-ma-vie-usager.fr", "demo-organisateur")
    page.get_by_role("link", name="Vivez ma vie d'usager — Rennes").click()
    page.get_by_role("link", name="Voir les participants").click()
    page.get_by_role("link", name="Importer").click()
    bad = tmp_path / "liste.csv"
    bad.write_text(
        "Prénom;Nom;E-mail;Catégorie;Organisme\nAnne;Rouxel;anne@example.fr;astronaute;Lycée\n"
    )
    page.get_by_label("Fichier Excel (.xlsx) ou CSV").set_input_files(str(bad))
    page.get_by_role("button", name="Importer").click()
    expect(page.locator("#erreurs-import")).to_contain_text("Ligne 2, colonne « Catégorie »")
    good = tmp_path / "liste-corrigee.csv"
    good.write_text(
        "Prénom;Nom;E-mail;Catégorie;Organisme\nAnne;Rouxel;anne@example.fr;enseignant;Lycée\n"
    )
    page.get_by_label("Fichier Excel (.xlsx) ou CSV").set_input_files(str(good))
    page.get_by_role("button", name="Importer").click()
    expect(page.get_by_text("1 participant(s) importé(s)")).to_be_visible()
    expect(page.get_by_role("table")).to_contain_text("Rouxel")
    expect(page.get_by_role("table")).to_contain_text("19 participants")
