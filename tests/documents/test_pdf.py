import pytest

from immersion.documents.pdf import render_pdf
from tests.pdfs import assert_tagged_pdf, pdf_text


def test_render_pdf_makes_a_real_pdf_with_french_text():
    text = pdf_text(render_pdf("documents/test_pdf.html", {"title": "Programme personnel"}))
    assert "Programme personnel" in text
    assert "Échange avec le tuteur" in text


def test_render_pdf_makes_a_tagged_pdf_ua_in_french_with_its_title():
    content = render_pdf("documents/test_pdf.html", {"title": "Programme personnel"})
    assert_tagged_pdf(content, title="Programme personnel")


def test_render_pdf_refuses_a_document_without_title():
    with pytest.raises(ValueError, match="title"):
        render_pdf("documents/test_pdf.html", {"title": ""})


def test_assert_tagged_pdf_fails_on_an_untagged_pdf():
    from weasyprint import HTML

    untagged = HTML(string='<html lang="fr"><title>Sans balises</title><p>x</p></html>').write_pdf()
    with pytest.raises(AssertionError, match="not marked|structure"):
        assert_tagged_pdf(untagged)
