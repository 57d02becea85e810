"""PDF rendering with WeasyPrint, from Django templates extending documents/base_pdf.html."""

import logging
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)

# PDF/UA-1 (ISO 14289-1): tagged, with a language and a title, readable by screen readers.
PDF_VARIANT = "pdf/ua-1"


def _fonts_dir() -> str:
    found = finders.find("dsfr/dist/fonts/Marianne-Regular.woff")
    return Path(found).parent.as_uri() + "/" if found else ""


def render_pdf(template: str, context: dict) -> bytes:
    """Render a template to a tagged PDF/UA-1 document. Every PDF of the platform goes through here.

    The document is tagged (structure tree, marked content), in French (``<html lang="fr">`` of
    documents/base_pdf.html) and titled (the template's ``title`` block, shown by readers
    instead of the file name). The Marianne font is taken from django-dsfr's files.
    """
    from weasyprint import HTML  # imported late: Pango is only needed when a PDF is made

    # WeasyPrint reports missing glyphs and CSS it ignores through logging at WARNING level.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    # Official documents (attendance sheets, certificates, programmes) are in French.
    with translation.override(settings.LANGUAGE_CODE):
        html = render_to_string(template, {**context, "fonts_url": _fonts_dir()})
    document = HTML(string=html, base_url=_fonts_dir() or None).render(pdf_variant=PDF_VARIANT)
    # The <title> is indented by the template's formatting: keep its words only.
    title = " ".join((document.metadata.title or "").split())
    if not title:
        raise ValueError(f"{template}: a PDF needs a title (block title)")
    document.metadata.title = title
    document.metadata.lang = settings.LANGUAGE_CODE
    return document.write_pdf(pdf_variant=PDF_VARIANT)
