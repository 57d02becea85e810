"""Browser tests: Playwright driving Debian's Chromium (/usr/bin/chromium), headless."""

import os

import pytest

CHROMIUM = os.environ.get("IMMERSION_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-dev-shm-usage",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(
            f"Chromium introuvable ({CHROMIUM}) : `make test` l'installe (paquet Debian chromium)."
        )
    # Playwright runs an event loop in this thread; Django's ORM calls from the test body
    # are still synchronous and safe here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session", autouse=True)
def anonymiser_loaded():
    """The server loads the anonymiser at process start (config/wsgi.py); the live server of
    these tests runs in the test process, which loads it here, once, as the server would —
    not inside the first notebook sync, whose page would wait for the model's seconds."""
    from immersion.observation.redaction import warm_up

    warm_up(background=False)


@pytest.fixture
def page(browser, live_server, communes):
    context = browser.new_context(
        locale="fr-FR", timezone_id="Europe/Paris", viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.base_url = live_server.url
    # Nothing a page needs may be refused by its Content-Security-Policy.
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    yield page
    context.close()
    assert refused == [], refused


def current_code(email: str) -> str:
    """The code the account's authenticator app shows now, computed as the app does (pyotp,
    RFC 6238) from the secret in the database — the next step's if this one's was used."""
    import time

    import pyotp

    from immersion.accounts.models import SecondFactor

    factor = SecondFactor.objects.get(user__email=email)
    step = max(int(time.time()) // 30, factor.last_used_step + 1)
    return pyotp.TOTP(factor.secret).at(step * 30)


def sign_in(page, email: str, password: str) -> None:
    """Sign a staff account in through the real pages: password, then the second step —
    the enrolment on a first sign-in (its recovery codes page passed), or the code."""
    page.goto(page.base_url + "/connexion/")
    staff = page.locator("form", has=page.get_by_label("Mot de passe"))
    staff.get_by_label("Adresse électronique").fill(email)
    staff.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").last.click()
    page.wait_for_load_state("domcontentloaded")
    heading = page.locator("h1").first.inner_text()
    if heading == "Activer la double authentification":
        page.get_by_label("Code à 6 chiffres").fill(current_code(email))
        page.get_by_role("button", name="Activer").click()
        page.wait_for_load_state("domcontentloaded")
        page.get_by_role("link", name="J'ai noté mes codes, continuer").click()
        page.wait_for_load_state("domcontentloaded")
    elif heading == "Vérification en deux étapes":
        page.get_by_label("Code à 6 chiffres").fill(current_code(email))
        page.get_by_role("button", name="Valider le code").click()
        page.wait_for_load_state("domcontentloaded")
