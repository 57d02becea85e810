"""PDF rendering with WeasyPrint, from Django templates extending documents/base_pdf.html."""

import logging
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


def _fonts_dir() -> str:
    found = finders.find("dsfr/dist/fonts/Marianne-Regular.woff")
    return Path(found).parent.as_uri() + "/" if found else ""


def render_pdf(template: str, context: dict) -> bytes:
    """Render a template to PDF bytes. The Marianne font is taken from django-dsfr's files."""
    from weasyprint import HTML  # imported late: Pango is only needed when a PDF is made

    # WeasyPrint reports missing glyphs and CSS it ignores through logging at WARNING level.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    # Official documents (attendance sheets, certificates, programmes) are in French.
    with translation.override(settings.LANGUAGE_CODE):
        html = render_to_string(template, {**context, "fonts_url": _fonts_dir()})
    return HTML(string=html, base_url=_fonts_dir() or None).write_pdf()
