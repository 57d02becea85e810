"""The staff's second factor in Chromium, as a person does it: the password, the enrolment
page read like a person reads it (the key typed by hand into an "app" — pyotp here), the
recovery codes, then at the next sign-in the code. Every page passes axe."""

import re

import pyotp
import pytest
from playwright.sync_api import expect

from immersion.accounts.models import SecondFactor
from tests.browser.axe import axe_violations
from tests.browser.conftest import current_code
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def password_step(page, email, password):
    page.goto(page.base_url + "/connexion/")
    staff = page.locator("form", has=page.get_by_label("Mot de passe"))
    staff.get_by_label("Adresse électronique").fill(email)
    staff.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").last.click()
    page.wait_for_load_state("domcontentloaded")


def test_a_new_organizer_enrols_then_signs_in_with_a_code(page):
    UserFactory(role="organizer", email="orga@example.fr", first_name="Nora")
    password_step(page, "orga@example.fr", "motdepasse-de-test")
    expect(page.get_by_role("heading", level=1)).to_have_text("Activer la double authentification")
    assert axe_violations(page) == []
    expect(page.get_by_role("img", name=re.compile("QR code"))).to_be_visible()
    # Typed by hand into the authenticator app: the key as the page shows it.
    key = page.locator(".vmv-secret").inner_text().replace(" ", "")
    code_field = page.get_by_label("Code à 6 chiffres")
    assert code_field.get_attribute("autocomplete") == "one-time-code"
    assert code_field.get_attribute("inputmode") == "numeric"
    # Going anywhere else first leads back here.
    page.goto(page.base_url + "/organisation/seminaires/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Activer la double authentification")
    page.get_by_label("Code à 6 chiffres").fill(pyotp.TOTP(key).now())
    page.get_by_role("button", name="Activer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vos codes de secours")
    assert axe_violations(page) == []
    codes = page.get_by_role("list", name="Codes de secours").get_by_role("listitem")
    expect(codes).to_have_count(10)
    page.get_by_role("link", name="J'ai noté mes codes, continuer").click()
    expect(page.get_by_role("heading", name="Séminaires", exact=True)).to_be_visible()
    assert SecondFactor.objects.get(user__email="orga@example.fr").secret == key

    # Next sign-in: the code only.
    page.get_by_role("button", name="Se déconnecter").click()
    password_step(page, "orga@example.fr", "motdepasse-de-test")
    expect(page.get_by_role("heading", level=1)).to_have_text("Vérification en deux étapes")
    assert axe_violations(page) == []
    page.get_by_label("Code à 6 chiffres").fill(current_code("orga@example.fr"))
    page.get_by_role("button", name="Valider le code").click()
    expect(page.get_by_role("heading", name="Séminaires", exact=True)).to_be_visible()

    # The account's security page, then « Se déconnecter partout ».
    page.get_by_role("link", name="Nora").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sécurité du compte")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Se déconnecter partout").click()
    expect(page.get_by_text("Vous êtes déconnecté(e) de tous vos appareils")).to_be_visible()
