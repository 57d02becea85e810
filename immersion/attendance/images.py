"""Drawn signatures: a PNG from the signing canvas, checked, cropped and re-encoded.

What the browser sends is untrusted: it must be a PNG data URL of reasonable size that holds
some ink. The stored image is re-encoded by Pillow (no metadata, nothing but pixels), cropped
to the ink and reduced, so that it embeds cleanly in the signed sheet's PDF.
"""

import base64
import binascii
import io

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

PREFIX = "data:image/png;base64,"
MAX_DATA_URL_CHARS = 400_000
MAX_SIDE = 2000
STORED_SIZE = (600, 200)
MIN_INK_PIXELS = 40


def clean_signature_image(data_url: str) -> str:
    """Return a clean PNG data URL, or raise a ValidationError in French."""
    data_url = (data_url or "").strip()
    if not data_url:
        raise ValidationError(_("Signez dans le cadre avant de valider."), code="empty")
    if not data_url.startswith(PREFIX) or len(data_url) > MAX_DATA_URL_CHARS:
        raise ValidationError(_("La signature n'a pas pu être lue : recommencez."), code="invalid")
    try:
        raw = base64.b64decode(data_url[len(PREFIX) :], validate=True)
        with Image.open(io.BytesIO(raw)) as image:
            if image.format != "PNG" or max(image.size) > MAX_SIDE:
                raise ValidationError(
                    _("La signature n'a pas pu être lue : recommencez."), code="invalid"
                )
            image = image.convert("RGBA")
    except (binascii.Error, UnidentifiedImageError, OSError, ValueError):
        raise ValidationError(
            _("La signature n'a pas pu être lue : recommencez."), code="invalid"
        ) from None
    # Ink: opaque pixels that are not (almost) white.
    background = Image.new("RGBA", image.size, (255, 255, 255, 255))
    flat = Image.alpha_composite(background, image).convert("L")
    mask = flat.point(lambda v: 255 if v < 200 else 0)
    if mask.histogram()[255] < MIN_INK_PIXELS:
        raise ValidationError(_("La signature est vide : signez dans le cadre."), code="empty")
    box = mask.getbbox()
    left, top, right, bottom = box
    margin = 8
    cropped = flat.crop(
        (
            max(0, left - margin),
            max(0, top - margin),
            min(flat.width, right + margin),
            min(flat.height, bottom + margin),
        )
    )
    cropped.thumbnail(STORED_SIZE)
    out = io.BytesIO()
    # zlib's default level: the same pixels, a few per cent larger than with optimize=True,
    # which cost several times the rest of this function on every signature of the arrival.
    cropped.save(out, format="PNG")
    return PREFIX + base64.b64encode(out.getvalue()).decode("ascii")
