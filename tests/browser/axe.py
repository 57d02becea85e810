"""Accessibility checks with axe-core (vendored from npm: tests/browser/vendor/axe.min.js)."""

from pathlib import Path

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text("utf-8")
BLOCKING = {"critical", "serious"}


def axe_violations(page) -> list[str]:
    """Serious and critical WCAG 2.1 A/AA violations on the current page, as readable lines."""
    # Evaluated by the browser's devtools protocol, which the pages' Content-Security-Policy
    # (script-src 'self', no inline script) does not apply to; a <script> tag would be refused.
    page.evaluate("() => {" + AXE + "\n}")
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
        })"""
    )
    return [
        f"{v['impact']}: {v['id']} — {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
        for v in result["violations"]
        if v["impact"] in BLOCKING
    ]
