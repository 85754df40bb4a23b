"""Pictures of proposals being written, kept between the preview and publishing.

A checked picture is stored under a random name and remembered in the writer's session, so that
a preview or a form sent back with an error does not lose it; only that session can see it.
"""

import datetime
import re
import secrets

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

SESSION_KEY = "participation_pending_images"
FOLDER = "proposte/in-attesa"
# Pictures kept per session: a few previews of different photos, not a storage for uploads.
KEEP = 3
# Pictures nobody published are removed after this time.
MAX_AGE = datetime.timedelta(days=1)
TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def _names(request) -> dict[str, str]:
    return dict(request.session.get(SESSION_KEY) or {})


def pending_image_keep(request, content: ContentFile) -> str:
    """Store a prepared picture for this session and return the token that names it."""
    _purge_old()
    names = _names(request)
    token = secrets.token_urlsafe(18)
    names[token] = default_storage.save(f"{FOLDER}/{token}.jpg", content)
    while len(names) > KEEP:
        oldest = next(iter(names))
        default_storage.delete(names.pop(oldest))
    request.session[SESSION_KEY] = names
    return token


def pending_image_name(request, token: str | None) -> str | None:
    """Return the stored name of this session's picture, or None for anything else."""
    if not token or not TOKEN.match(token):
        return None
    name = _names(request).get(token)
    if name and default_storage.exists(name):
        return name
    return None


def pending_image_open(request, token: str | None):
    """Return this session's picture as an open file, or None."""
    name = pending_image_name(request, token)
    return default_storage.open(name, "rb") if name else None


def pending_image_discard(request, token: str | None) -> None:
    """Forget and delete this session's picture."""
    names = _names(request)
    name = names.pop(token or "", None)
    if name:
        default_storage.delete(name)
        request.session[SESSION_KEY] = names


def _purge_old() -> None:
    """Delete the pictures of drafts nobody published in time."""
    limit = timezone.now() - MAX_AGE
    try:
        _folders, files = default_storage.listdir(FOLDER)
    except (FileNotFoundError, NotImplementedError):
        return
    for file_name in files:
        name = f"{FOLDER}/{file_name}"
        try:
            if default_storage.get_modified_time(name) < limit:
                default_storage.delete(name)
        except (FileNotFoundError, NotImplementedError):
            continue
