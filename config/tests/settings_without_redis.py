"""Production settings for a server started by the tests: static files served without a manifest.

Everything else is production (DEBUG off, Redis for the cache and sessions, database tasks); the
environment names the database and a REDIS_URL that nothing listens on.
"""

from config.settings.production import *  # noqa: F403

WHITENOISE_USE_FINDERS = True
STATIC_ROOT = None
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The tests' users carry the tests' fast password hashes.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.MD5PasswordHasher",
]
