"""French anonymiser for observation notes (pure Python, no Django).

Public API::

    from immersion.privacy import redact, Redactor, Span, RedactionResult

    result = redact("Mme Le Goff, NIR 2 84 05 35 238 127 41")
    result.text    # "Mme [PERSONNE_1], NIR [NIR]"
    result.spans   # [Span(start=4, end=11, label="PERSONNE"), Span(..., label="NIR")]

    Redactor().redact_many(texts)   # batch, uses spaCy's nlp.pipe

Offsets in ``spans`` refer to the original text. No mapping between placeholders and the
values they replace is ever stored or returned. See docs/privacy.md.
"""

from immersion.privacy.redactor import Redactor, redact
from immersion.privacy.types import PLACEHOLDERS, Label, RedactionResult, Span

__all__ = ["PLACEHOLDERS", "Label", "RedactionResult", "Redactor", "Span", "redact"]
