"""Tests: the database named by DATABASE_URL (SQLite by default), fast hashing, memory e-mail."""

from .base import *  # noqa: F403
from .base import SECRET_KEY

SECRET_KEY = SECRET_KEY or "test-only-insecure-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SITE_URL = "http://testserver"
WAGTAILADMIN_BASE_URL = SITE_URL
CONTACT_EMAIL = "scuola@example.org"
DEMO_ALLOWED = True

# Serve static files straight from the app and project folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

if not USING_POSTGRES:  # noqa: F405
    # The live server answers the browser's parallel requests (map layers, search) in several
    # threads. With an in-memory database Django hands them all one shared connection, which
    # SQLite refuses to use from two threads at once ("bad parameter or other API misuse"), so
    # a map could fail to load at random. A file gives every thread its own connection.
    (BASE_DIR / "test-artifacts").mkdir(exist_ok=True)  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(BASE_DIR / "test-artifacts" / "test-database.sqlite3")  # noqa: F405
    }
