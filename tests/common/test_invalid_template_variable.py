"""The test settings' ``string_if_invalid``: loud in our templates, silent in others'."""

import pytest
from django.template import Context, Template, engines
from django.template.base import Origin

from immersion.common.testing import OUR_TEMPLATES, InvalidTemplateVariableError


def _template(path: str) -> Template:
    return Template(
        "<p>{{ inconnue }}</p>", origin=Origin(name=path), engine=engines["django"].engine
    )


def test_an_unknown_variable_in_our_template_fails_and_names_the_file():
    path = f"{OUR_TEMPLATES}/templates/essai.html"
    with pytest.raises(InvalidTemplateVariableError, match="inconnue.*essai.html"):
        _template(path).render(Context({}))


def test_an_unknown_variable_in_a_third_party_template_renders_empty():
    path = "/venv/lib/python3.11/site-packages/dsfr/templates/essai.html"
    assert _template(path).render(Context({})) == "<p></p>"
