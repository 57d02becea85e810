"""Reading PDFs in tests: text extraction (pypdf) to check content, not just existence.

Every PDF read here is also checked to be tagged PDF/UA (``assert_tagged_pdf``).
"""

import io

from pypdf import PdfReader


def assert_tagged_pdf(content: bytes, *, title: str | None = None) -> None:
    """The PDF is tagged (PDF/UA-1): marked, with a structure tree, in French, with a title."""
    assert content.startswith(b"%PDF"), "not a PDF"
    reader = PdfReader(io.BytesIO(content))
    root = reader.trailer["/Root"]
    mark_info = root.get("/MarkInfo")
    assert mark_info is not None and bool(mark_info.get_object().get("/Marked")), "not marked"
    assert "/StructTreeRoot" in root, "no structure tree"
    assert root.get("/Lang") == "fr", f"document language: {root.get('/Lang')!r}"
    document_title = (reader.metadata or {}).get("/Title") or ""
    assert document_title.strip(), "no document title"
    if title is not None:
        assert title in document_title, f"title {document_title!r} lacks {title!r}"
    preferences = root.get("/ViewerPreferences")
    assert preferences is not None and bool(preferences.get_object().get("/DisplayDocTitle"))
    metadata = root.get("/Metadata")
    assert metadata is not None and b"pdfuaid:part" in metadata.get_object().get_data()


def pdf_text(content: bytes) -> str:
    assert_tagged_pdf(content)
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def pdf_pages(content: bytes) -> int:
    return len(PdfReader(io.BytesIO(content)).pages)
