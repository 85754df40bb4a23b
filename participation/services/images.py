"""Check an uploaded picture and re-encode it: a bounded JPEG without metadata."""

import io
import uuid

from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from participation import conf
from participation.errors import ParticipationError

ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
# Refuse images whose decoded size could exhaust memory, whatever the file's size.
MAX_PIXELS = 40_000_000
JPEG_QUALITY = 84


def _error(message) -> ParticipationError:
    return ParticipationError({"image": [message]}, code="invalid_image")


def image_prepare(upload) -> ContentFile:
    """Return the upload re-encoded as a JPEG of at most the configured side, or raise."""
    max_bytes = conf.get("PARTICIPATION_IMAGE_MAX_BYTES")
    size = getattr(upload, "size", None)
    if size is not None and size > max_bytes:
        raise _error(
            _("The image is larger than %(mb)d MB: choose a smaller one.")
            % {"mb": max_bytes // (1024 * 1024)}
        )
    upload.seek(0)
    data = upload.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _error(
            _("The image is larger than %(mb)d MB: choose a smaller one.")
            % {"mb": max_bytes // (1024 * 1024)}
        )
    try:
        with Image.open(io.BytesIO(data)) as probe:
            image_format = probe.format
            width, height = probe.size
            probe.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise _error(_("This file is not an image we can read: use JPEG, PNG or WebP.")) from None
    if image_format not in ACCEPTED_FORMATS:
        raise _error(_("Use a JPEG, PNG or WebP image."))
    if width * height > MAX_PIXELS:
        raise _error(_("The image has too many pixels: choose a smaller one."))
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.seek(0)
            image = ImageOps.exif_transpose(image)
            if image.mode in ("RGBA", "LA", "P"):
                image = image.convert("RGBA")
                background = Image.new("RGB", image.size, (255, 255, 255))
                background.paste(image, mask=image.getchannel("A"))
                image = background
            else:
                image = image.convert("RGB")
            side = conf.get("PARTICIPATION_IMAGE_MAX_SIDE")
            image.thumbnail((side, side), Image.Resampling.LANCZOS)
            output = io.BytesIO()
            # A fresh image carries no EXIF, GPS or comments: only the pixels are written.
            clean = Image.new("RGB", image.size)
            clean.paste(image)
            clean.save(output, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    except (OSError, ValueError, Image.DecompressionBombError):
        raise _error(_("This file is not an image we can read: use JPEG, PNG or WebP.")) from None
    return ContentFile(output.getvalue(), name=f"{uuid.uuid4().hex}.jpg")
