"""Test helpers that settings import (kept free of pytest so settings load anywhere)."""

import inspect
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
    for frame_info in inspect.stack(context=0):
        if frame_info.function == "render" and "self" in frame_info.frame.f_locals:
            node = frame_info.frame.f_locals["self"]
            origin = getattr(node, "origin", None)
            if origin is not None and getattr(origin, "name", None):
                return str(origin.name)
    return None
