"""Production: every secret from the environment, HTTPS only, hashed static files."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY, env_bool, mailer_from_url, media_storage

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
if not os.environ.get("ALLOWED_HOSTS"):
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment for production.")
if not os.environ.get("SITE_URL", "").startswith("https://"):
    raise ImproperlyConfigured(
        "SITE_URL must be set in the environment for production, as https://host: "
        "the links in e-mails and exports start with it."
    )

DEBUG = False
# Never the demo and its public passwords here (manage.py load_demo refuses).
DEMO_ALLOWED = False
# Uploads on an S3-compatible bucket (MEDIA_STORAGE=s3) keep the app servers free of state;
# the local folder works for one server, or several sharing MEDIA_ROOT on a network volume.
STORAGES = {
    "default": media_storage(),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
CONN_MAX_AGE = int(os.environ.get("CONN_MAX_AGE", "60"))
DATABASES["default"]["CONN_MAX_AGE"] = CONN_MAX_AGE  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# The load balancer asks the app servers for their health over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^salute/$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail's live preview shows the page in a same-origin frame, so DENY would break editing.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
SESSION_COOKIE_HTTPONLY = True

# A local MTA by default; EMAIL_URL=smtp://user:password@host:587/?tls=1 for a relay.
MAILERS = {"default": mailer_from_url(os.environ.get("EMAIL_URL", "smtp://localhost:25"))}

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "WARNING")  # noqa: F405
