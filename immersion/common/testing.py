"""Test helpers that settings import (kept free of pytest so settings load anywhere)."""

import sys
from pathlib import Path

OUR_TEMPLATES = str(Path(__file__).resolve().parent.parent)


class InvalidTemplateVariableError(Exception):
    pass


class InvalidTemplateVariable(str):
    """``string_if_invalid`` that fails on an unknown variable in *our* templates.

    Third-party templates (django-dsfr, Django's admin) are not ours to fix, so a missing
    variable there renders as empty, as in production.
    """

    def __mod__(self, variable):
        origin = _template_origin()
        if origin and origin.startswith(OUR_TEMPLATES) and "/site-packages/" not in origin:
            raise InvalidTemplateVariableError(f"Variable inconnue {variable!r} dans {origin}")
        return ""

    def __contains__(self, key):
        return key == "%s"


def _template_origin() -> str | None:
    """The file of the innermost template node being rendered, found by walking the raw
    frames (``inspect.stack`` reads every frame's source file: 40 ms a call)."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == "render" and "self" in frame.f_locals:
            origin = getattr(frame.f_locals["self"], "origin", None)
            if origin is not None and getattr(origin, "name", None):
                return str(origin.name)
        frame = frame.f_back
    return None
