"""Take screenshots of the main pages of a running server (docs/ and visual checks).

.venv/bin/python scripts/screenshots.py http://127.0.0.1:8000 docs/screenshots
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-dev-shm-usage",
]


def main(base: str, out: Path, pages: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{base}/connexion/")
        page.fill("input[name=username]", "organisateur@demo.vivez-ma-vie-usager.fr")
        page.fill("input[name=password]", "demo-organisateur")
        page.click("button[type=submit]:has-text('Se connecter')")
        page.wait_for_load_state("networkidle")
        for spec in pages:
            name, _, path = spec.partition("=")
            if path == "@seminar":
                page.goto(f"{base}/organisation/seminaires/")
                page.click(".fr-card__title a")
            else:
                page.goto(f"{base}{path}")
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(out / f"{name}.png"), full_page=True)
            print(out / f"{name}.png")
        browser.close()


if __name__ == "__main__":
    base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")
    pages = sys.argv[3:] or ["seminaire=@seminar"]
    main(base, out, pages)
