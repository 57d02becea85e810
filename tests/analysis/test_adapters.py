"""The panels fed by the apps other branches build: absent today, shown once they exist.

The other apps are outside this branch: a stand-in module plays their published interface.
"""

import sys
import types

import pytest

from immersion.analysis import adapters

pytestmark = pytest.mark.django_db


def test_without_the_contributions_app_the_panel_is_unavailable(seminar):
    panel = adapters.contributions_panel(seminar)
    assert not panel.available and panel.groups == [] and panel.count == 0


def test_without_figures_for_the_territory_panel_is_unavailable(seminar):
    from immersion.territory import selectors

    if hasattr(selectors, "figures_for"):
        pytest.skip("territory figures are merged: the panel is available")
    assert not adapters.territory_panel(seminar).available


def test_grouped_contributions_are_read_as_text(seminar, monkeypatch):
    class Contribution:
        def __init__(self, text, kind="Levier", merged=0):
            self.text = text
            self.author = "never read"
            self.merged_count = merged
            self.kind = kind

        def get_kind_display(self):
            return self.kind

    module = types.ModuleType("immersion.contributions.selectors")
    module.grouped_contributions = lambda s: [
        ("Leviers", [Contribution("Un numéro direct pour les partenaires.", merged=2)]),
        (None, [Contribution("Former les agents au droit à l'erreur.", "Innovation")]),
    ]
    monkeypatch.setitem(sys.modules, "immersion.contributions", types.ModuleType("c"))
    monkeypatch.setitem(sys.modules, "immersion.contributions.selectors", module)
    sys.modules["immersion.contributions"].selectors = module
    panel = adapters.contributions_panel(seminar)
    assert panel.available and panel.count == 2
    assert panel.groups == [
        (
            "Leviers",
            [adapters.ContributionLine("Un numéro direct pour les partenaires.", "Levier", 2)],
        ),
        (None, [adapters.ContributionLine("Former les agents au droit à l'erreur.", "Innovation")]),
    ]


def test_territory_figures_are_asked_for_the_seminars_city(seminar, monkeypatch):
    from immersion.territory import selectors

    asked = []

    def figures_for(code, *, territory=None):
        asked.append((code, territory))
        return ["row"]

    monkeypatch.setattr(selectors, "figures_for", figures_for, raising=False)
    monkeypatch.setattr(selectors, "territory_for", lambda code: f"place {code}", raising=False)
    panel = adapters.territory_panel(seminar)
    assert panel.available and asked == [("35238", "place 35238")]
    assert (panel.place, panel.figures, panel.commune_code) == ("place 35238", ["row"], "35238")


def test_an_import_error_inside_the_other_app_is_not_hidden(seminar, monkeypatch):
    import importlib.abc

    class Broken(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "immersion.contributions":
                raise ModuleNotFoundError("No module named 'markdown'", name="markdown")
            return None

    monkeypatch.setattr(sys, "meta_path", [Broken(), *sys.meta_path])
    with pytest.raises(ModuleNotFoundError):
        adapters.contributions_panel(seminar)
