"""Production settings for the benchmarks on loopback: plain HTTP, rate limits set for load.

A module rather than environment variables alone because the participation rate limits are a
setting (PARTICIPATION_RATE_LIMITS), and because production's hashed static files would need a
collectstatic run that measuring the API does not need. Everything else is production: DEBUG
off, persistent database connections, Redis for the cache and the rate limits, database tasks.

Database and Redis: those the calling script set in DATABASE_URL and REDIS_URL, each
benchmark's own (participation.py: spf_bench_participation and Redis database 11; school.py:
spf_bench_school and Redis database 12); on their own these settings fall back to
participation's. Never the developer's database, never Redis database 0.
"""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-not-a-secret")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("SITE_URL", "https://sipuofare.example.org")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("SECURE_HSTS_SECONDS", "0")
os.environ.setdefault("CONN_MAX_AGE", "600")
os.environ.setdefault("EMAIL_URL", "dummy://")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/11")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/spf_bench_participation")

from config.settings.production import *  # noqa: E402, F403

# The benchmarks build their own throwaway databases on loopback, the demo included.
DEMO_ALLOWED = True

# Static files come from the apps' folders: no collectstatic run, and no warning about its folder.
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = None
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Eight clients on one address: every support is still counted, against limits they never reach.
PARTICIPATION_RATE_LIMITS = {"support": {"user": "100000/m", "ip": "1000000/m"}}
