"""Settings shared by every environment; values that differ come from the environment."""

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a boolean from the environment ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated list from the environment."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def mailer_from_url(url: str) -> dict:
    """Turn an EMAIL_URL (smtp://user:pass@host:587/?tls=1, console://, memory://) into a mailer."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    simple = {
        "console": "django.core.mail.backends.console.EmailBackend",
        "memory": "django.core.mail.backends.locmem.EmailBackend",
        "dummy": "django.core.mail.backends.dummy.EmailBackend",
    }
    if scheme in simple:
        return {"BACKEND": simple[scheme]}
    if scheme not in {"smtp", "smtps"}:
        raise ValueError(f"EMAIL_URL: unsupported scheme {scheme!r}")
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    options = {"host": parts.hostname or "localhost"}
    if parts.port:
        options["port"] = parts.port
    if parts.username:
        options["username"] = unquote(parts.username)
        options["password"] = unquote(parts.password or "")
    if scheme == "smtps" or query.get("ssl") in {"1", "true"}:
        options["use_ssl"] = True
    elif query.get("tls") in {"1", "true"}:
        options["use_tls"] = True
    options["timeout"] = int(query.get("timeout", 20))
    return {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": options}


def media_storage() -> dict:
    """Return the storage of uploaded files named by MEDIA_STORAGE: "local" (default) or "s3".

    "s3" is any S3-compatible bucket through django-storages: AWS_STORAGE_BUCKET_NAME, and
    optionally AWS_S3_ENDPOINT_URL (another provider than AWS), AWS_S3_REGION_NAME,
    AWS_S3_CUSTOM_DOMAIN (the CDN or public host that serves the files), AWS_LOCATION (a folder in
    the bucket); the keys come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY as boto3 reads
    them. Links are plain public URLs unless AWS_QUERYSTRING_AUTH=1: signed links expire, and
    pages keep their links in the cache for longer than that.
    """
    kind = os.environ.get("MEDIA_STORAGE", "local").strip().lower() or "local"
    if kind == "local":
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    if kind != "s3":
        raise ImproperlyConfigured(f"MEDIA_STORAGE must be 'local' or 's3', not {kind!r}.")
    bucket = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME.")
    options = {
        "bucket_name": bucket,
        # Two uploads with the same name keep both files, as on a local disk.
        "file_overwrite": False,
        "default_acl": None,
        "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
    }
    for option, variable in (
        ("endpoint_url", "AWS_S3_ENDPOINT_URL"),
        ("region_name", "AWS_S3_REGION_NAME"),
        ("custom_domain", "AWS_S3_CUSTOM_DOMAIN"),
        ("location", "AWS_LOCATION"),
    ):
        value = os.environ.get(variable, "").strip()
        if value:
            options[option] = value
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def media_origins(storage: dict) -> list[str]:
    """Return the origins the pages load uploaded images from, for the Content Security Policy."""
    options = storage.get("OPTIONS", {})
    if "bucket_name" not in options:
        return []
    if options.get("custom_domain"):
        return [f"https://{options['custom_domain']}"]
    if options.get("endpoint_url"):
        return ["{0.scheme}://{0.netloc}".format(urlsplit(options["endpoint_url"]))]
    return ["https://*.amazonaws.com"]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Addresses or networks of the reverse proxies in front of the site ("10.0.0.1,10.0.0.0/24"):
# the client's address is read from X-Forwarded-For through them only (accounts/links.py).
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
        # Django's default, off: a check is one more round trip on every request. Without it,
        # after the database restarts each worker fails one request, then reconnects.
        conn_health_checks=os.environ.get("CONN_HEALTH_CHECKS", "0") == "1",
    )
}
USING_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if USING_POSTGRES:
    # Automatic server-side prepared statements were measured to slow down map queries.
    DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = None
else:
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20, "init_command": "PRAGMA journal_mode=WAL;"}
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    # Our apps first, so that their templates and translations win.
    "accounts",
    "maps",
    "cms",
    "participation",
    "school",
    "cooperation",
    "circle",
    "opendata",
    "demo",
    # Wagtail.
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts.
    "allauth",
    "allauth.account",
    # API and maps.
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "leaflet",
    "django_htmx",
    "django_tasks_db",
    # Django.
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]
if USING_POSTGRES:
    # Wagtail's search index uses PostgreSQL full-text search through this app.
    INSTALLED_APPS.append("django.contrib.postgres")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.locale.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "config.security.NulQueryStringMiddleware",
    "config.auth.HeaderlessApiMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "config.security.AdminContentSecurityPolicyMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

AUTH_USER_MODEL = "accounts.User"
# Django's and allauth's backends, loading with the user what the header shows (config/auth.py).
AUTHENTICATION_BACKENDS = [
    "config.auth.SiteModelBackend",
    "config.auth.SiteAllauthBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# django-allauth: e-mail is the login, verification is mandatory.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Si può fare] "
# Links in allauth's e-mails start with SITE_URL, not with the host of the request.
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/h/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "change_email": "5/h/user",
}

LANGUAGE_CODE = "it"
LANGUAGES = [("it", "Italiano"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "lingua"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Europe/Rome"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": media_storage(),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    from config.redis_fallback import redis_cache

    # Redis down is not the site down: misses read the database, and after a failed connection
    # each process leaves Redis alone for a few seconds (config/redis_fallback.py).
    CACHES = {"default": redis_cache(REDIS_URL, key_prefix="spf")}
    # Sessions are read on every request: from Redis, written through to the database, so a
    # flushed cache, or Redis down, logs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

MAILERS = {"default": mailer_from_url(os.environ.get("EMAIL_URL", "console://"))}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Si può fare <noreply@sipuofare.it>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where the messages of the contact page and of "Gestione comune" are delivered.
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", "scuola@sipuofare.it")

TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}

# Content Security Policy: no inline scripts anywhere; map tiles come from TILE_URL's host.
TILE_URL = os.environ.get("TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
TILE_ATTRIBUTION = os.environ.get(
    "TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
)
_tile_origin = "{0.scheme}://{0.netloc}".format(urlsplit(TILE_URL.replace("{s}", "a")))
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:", _tile_origin, *media_origins(STORAGES["default"])],
    "connect-src": [CSP.SELF],
    "font-src": [CSP.SELF, "data:"],
    "frame-ancestors": [CSP.SELF],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}

# `manage.py load_demo` creates accounts whose passwords are printed and public: it runs only
# where a settings module turns this on (dev with DEBUG, the tests, the benchmarks' throwaway
# databases), never under base or production, and no environment variable turns it on.
DEMO_ALLOWED = False

# Who publishes the open data at /dati/ in the DCAT-AP_IT catalogue: set OPENDATA_PUBLISHER_ID to
# the publisher's IPA code for dati.gov.it (the site's host stands in until then).
OPENDATA_PUBLISHER_NAME = os.environ.get("OPENDATA_PUBLISHER_NAME", "Scuola delle Buone Pratiche")
OPENDATA_PUBLISHER_ID = os.environ.get("OPENDATA_PUBLISHER_ID", "")

WAGTAIL_SITE_NAME = "Si può fare"
# The public address of the site, the one source of every absolute link that leaves a request:
# e-mails (ours, allauth's and Wagtail's), CSV exports, the demo's Wagtail Site.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "italian" if USING_POSTGRES else None,
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Staff log in through allauth too, so the same throttling and verification apply.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_I18N_ENABLED = False
# ASCII page slugs: "comunita", never "comunità": addresses read and type the same everywhere.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    # One error shape for the whole API, and bodies too deeply nested answered 400, not 500.
    "EXCEPTION_HANDLER": "config.api_errors.api_exception_handler",
    "DEFAULT_PARSER_CLASSES": [
        "config.api_errors.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Si può fare API",
    "DESCRIPTION": "API pubblica della Scuola delle Buone Pratiche",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "PREPROCESSING_HOOKS": ["config.api.public_api_only"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "config.api_errors.document_errors",
    ],
    # Swagger UI and Redoc from our own static files: the CSP allows no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # No validator badge: it would load an image from swagger.io, which the CSP refuses.
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    # One schema name per choice set, whatever the field is called.
    "ENUM_NAME_OVERRIDES": {
        "AdoptionStatusEnum": "cms.choices.AdoptionStatus",
        "PhaseEnum": "cms.choices.Phase",
        "DatePrecisionEnum": "cms.choices.DatePrecision",
        "ValueKindEnum": "cms.choices.ValueKind",
        "OfficeEnum": "cms.choices.Office",
        "ActTypeEnum": "cms.choices.ActType",
        "ProposalStatusEnum": "participation.choices.ProposalStatus",
        "PledgeKindEnum": "participation.choices.PledgeKind",
        "FlagReasonEnum": "participation.choices.FlagReason",
        "EmailFrequencyEnum": "participation.choices.EmailFrequency",
        "CooperationStatusEnum": "cooperation.choices.ProjectStatus",
        "CooperationProcessEnum": "cooperation.choices.Process",
        "CooperationLegalFormEnum": "cooperation.choices.LegalForm",
        "CooperationRoleEnum": "cooperation.choices.MemberRole",
    },
}

LEAFLET_CONFIG = {
    "DEFAULT_CENTER": (42.1, 12.6),
    "DEFAULT_ZOOM": 6,
    "MIN_ZOOM": 5,
    "MAX_ZOOM": 18,
    "TILES": [("OpenStreetMap", TILE_URL, {"attribution": TILE_ATTRIBUTION, "maxZoom": 19})],
    "RESET_VIEW": False,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "django.tasks": {"level": "WARNING"},
    },
}
