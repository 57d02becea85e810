"""Attachments are generated when the e-mail is sent, from a reference stored on the e-mail.

An app that can render a document registers a renderer for a kind, e.g. in its AppConfig.ready():

    register_attachment("personal_programme_pdf", render_programme_attachment)

where the renderer takes the reference dict and returns (filename, content bytes, mimetype).
"""

from collections.abc import Callable

Renderer = Callable[[dict], tuple[str, bytes, str]]
_RENDERERS: dict[str, Renderer] = {}


class UnknownAttachment(LookupError):
    pass


def register_attachment(kind: str, renderer: Renderer) -> None:
    _RENDERERS[kind] = renderer


def render_attachment(reference: dict) -> tuple[str, bytes, str]:
    kind = reference.get("kind", "")
    try:
        renderer = _RENDERERS[kind]
    except KeyError:
        raise UnknownAttachment(kind) from None
    return renderer(reference)
