"""Development and demo: SQLite, console e-mail, immediate tasks, DEBUG on."""

from .base import *  # noqa: F403
from .base import SECRET_KEY, env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = ["*"]
# The demo and its public passwords only where DEBUG is on: dev settings run with DEBUG=0 on a
# server refuse them like production.
DEMO_ALLOWED = DEBUG

# Serve static files straight from the app and project folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
