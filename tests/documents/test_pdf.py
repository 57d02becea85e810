from immersion.documents.pdf import render_pdf
from tests.pdfs import pdf_text


def test_render_pdf_makes_a_real_pdf_with_french_text():
    text = pdf_text(render_pdf("documents/test_pdf.html", {"title": "Programme personnel"}))
    assert "Programme personnel" in text
    assert "Échange avec le tuteur" in text
