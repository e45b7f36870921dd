"""Masthead settings: one module, every value read from the environment.

Optional integrations are switched on by their own variable (REDIS_URL,
ANYMAIL_PROVIDER, ...). Tests adjust settings in tests/conftest.py.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent
PROJECT_DIR = BASE_DIR / "masthead"


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)
# The development key only exists so `make demo` works on a fresh clone; production
# must set DJANGO_SECRET_KEY: `manage.py check --deploy` fails with this key, and the
# web server (masthead/wsgi.py) refuses to start with it outside development.
DEVELOPMENT_SECRET_KEY = "insecure-development-key-change-me"  # noqa: S105 (public on purpose)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or DEVELOPMENT_SECRET_KEY
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "masthead.core",
    "masthead.images",
    "masthead.people",
    "masthead.partners",
    "masthead.readership",
    "masthead.articles",
    "masthead.syndication",
    "masthead.newsletter",
    "masthead.search",
    "masthead.desk",
    "masthead.demo",
    "masthead.scheduling",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "masthead.desk.users_app.NewsroomUsersConfig",  # wagtail.users, guarded (desk/users.py)
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "anymail",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Before anything reads the client's address or asks whether it is HTTPS.
    "masthead.core.proxies.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # ETags and 304s, computed on the final response (core/http_cache.py).
    "django.middleware.http.ConditionalGetMiddleware",
    "masthead.core.http_cache.SharedCacheMiddleware",
    "masthead.core.middleware.PublicMethodsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "masthead.core.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "masthead.urls"
WSGI_APPLICATION = "masthead.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
    {
        # Components: the markup printed many times per page (core/components.py).
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "APP_DIRS": True,
        "OPTIONS": {"environment": "masthead.jinja.environment"},
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # WAL and IMMEDIATE transactions let the web process and task workers share the
    # demo's SQLite file without "database is locked" errors.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        timeout=20,
        transaction_mode="IMMEDIATE",
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # Redis is a cache, never a dependency: when it is down or slow, reads are
    # misses and writes are dropped (logged), so pages render and round-ups send.
    # Rate limits count nothing meanwhile (core/cache.py).
    _REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT_SECONDS", "0.25"))
    CACHES = {
        "default": {
            "BACKEND": "masthead.core.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": _REDIS_TIMEOUT, "socket_timeout": _REDIS_TIMEOUT},
        }
    }
    CACHES["ratelimit"] = CACHES["default"]
else:
    # Without Redis, rate limits still count across web processes: in a table of
    # the database (`manage.py createcachetable`, run by `make setup`). Each
    # process keeps its own page fragments (core/fragments.py): room for a few
    # thousand (Django's default is 300), the least recently used go first.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("MASTHEAD_LOCAL_CACHE_ENTRIES", "5000"))},
        },
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "masthead_ratelimit",
        },
    }

# Rendered fragments of pages (teasers, an article's body, the header and
# footer) are kept in the default cache this long, under keys made of the
# versions of what they show (core/fragments.py, docs/page-cache.md); 0 turns
# them off.
MASTHEAD_FRAGMENT_SECONDS = int(os.environ.get("MASTHEAD_FRAGMENT_SECONDS", str(7 * 24 * 3600)))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("MASTHEAD_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "var" / "media"))
MASTHEAD_SERVE_MEDIA = env_bool("MASTHEAD_SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": os.environ.get(
            "DJANGO_STATICFILES_STORAGE",
            "whitenoise.storage.CompressedManifestStaticFilesStorage",
        )
    },
}

# Background work: Wagtail's own updates (search and reference index) stay on the
# immediate default backend; Masthead's tasks declare backend="db" and run in
# `manage.py db_worker --no-reload`. See docs/background-tasks.md.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "db": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "newsletter", "syndication"],
    },
}

# Periodic work, run by `manage.py scheduler` (masthead/scheduling/jobs.py): how
# often each job runs, in seconds. See docs/background-tasks.md.
MASTHEAD_SCHEDULE_PUBLISHING_SECONDS = int(
    os.environ.get("MASTHEAD_SCHEDULE_PUBLISHING_SECONDS", "60")
)
MASTHEAD_SCHEDULE_NEWSLETTER_SECONDS = int(
    os.environ.get("MASTHEAD_SCHEDULE_NEWSLETTER_SECONDS", "60")
)
MASTHEAD_SCHEDULE_PARTNER_FEEDS_SECONDS = int(
    os.environ.get("MASTHEAD_SCHEDULE_PARTNER_FEEDS_SECONDS", "900")
)
# The most-read lists are worked out again this often (pages showing them are
# purged only when one changed); counts older than this many days are deleted.
MASTHEAD_SCHEDULE_MOST_READ_SECONDS = int(
    os.environ.get("MASTHEAD_SCHEDULE_MOST_READ_SECONDS", "600")
)
MASTHEAD_READS_KEEP_DAYS = int(os.environ.get("MASTHEAD_READS_KEEP_DAYS", "400"))
# /healthz/ flags (without failing: pages still render) a task that has waited
# longer than this for a worker, and a scheduler silent for longer than this.
MASTHEAD_HEALTH_QUEUE_MAX_LAG_SECONDS = int(
    os.environ.get("MASTHEAD_HEALTH_QUEUE_MAX_LAG_SECONDS", "300")
)
MASTHEAD_HEALTH_SCHEDULER_MAX_AGE_SECONDS = int(
    os.environ.get("MASTHEAD_HEALTH_SCHEDULER_MAX_AGE_SECONDS", "300")
)

# Django's SMTP backend, extended to send round-ups exactly once (newsletter/mail/smtp.py).
# A provider through django-anymail: EMAIL_BACKEND=anymail.backends.<provider>.EmailBackend
# and ANYMAIL_* variables.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "masthead.newsletter.mail.smtp.RoundupSMTPBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "127.0.0.1")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "1025"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "The Meridian Review <roundup@localhost>")
# The desk's review notifications (docs/review.md): from the newsroom, not the round-up.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get(
    "MASTHEAD_DESK_FROM_EMAIL", DEFAULT_FROM_EMAIL
)
ANYMAIL = {
    key.removeprefix("ANYMAIL_"): value
    for key, value in os.environ.items()
    if key.startswith("ANYMAIL_")
}

# The round-up (newsletter app).
MASTHEAD_UNSUBSCRIBE_MAILBOX = os.environ.get("MASTHEAD_UNSUBSCRIBE_MAILBOX", "")
MASTHEAD_NEWSLETTER_BATCH_SIZE = int(os.environ.get("MASTHEAD_NEWSLETTER_BATCH_SIZE", "200"))
# A worker's claim on a batch of readers lasts this long and is renewed while it
# works: a killed worker's batch is taken over this many seconds after it died.
MASTHEAD_NEWSLETTER_LEASE_SECONDS = float(os.environ.get("MASTHEAD_NEWSLETTER_LEASE_SECONDS", "10"))
# How long a worker that lost the database keeps reconnecting before it gives up
# (and `roundup_send` exits non-zero, for its supervisor to start it again).
MASTHEAD_NEWSLETTER_DATABASE_RETRY_SECONDS = float(
    os.environ.get("MASTHEAD_NEWSLETTER_DATABASE_RETRY_SECONDS", "30")
)
MASTHEAD_NEWSLETTER_RETRY_DELAYS = [
    int(seconds) for seconds in env_list("MASTHEAD_NEWSLETTER_RETRY_DELAYS", "60,300,1800,7200")
]
MASTHEAD_NEWSLETTER_WORKERS = int(os.environ.get("MASTHEAD_NEWSLETTER_WORKERS", "2"))
MASTHEAD_SIGNUP_LIMIT_PER_IP = int(os.environ.get("MASTHEAD_SIGNUP_LIMIT_PER_IP", "10"))
MASTHEAD_SIGNUP_LIMIT_PER_ADDRESS = int(os.environ.get("MASTHEAD_SIGNUP_LIMIT_PER_ADDRESS", "5"))
# Failed admin sign-ins (core/admin_login.py): after this many in the window, wait.
WAGTAILADMIN_USER_LOGIN_FORM = "masthead.core.admin_login.ThrottledLoginForm"
MASTHEAD_LOGIN_FAILURES_PER_ADDRESS = int(
    os.environ.get("MASTHEAD_LOGIN_FAILURES_PER_ADDRESS", "20")
)
MASTHEAD_LOGIN_FAILURES_PER_USER = int(os.environ.get("MASTHEAD_LOGIN_FAILURES_PER_USER", "5"))
MASTHEAD_LOGIN_WINDOW_SECONDS = int(os.environ.get("MASTHEAD_LOGIN_WINDOW_SECONDS", "900"))
# Behind a proxy or CDN, the META key holding the reader's address (e.g.
# HTTP_CF_CONNECTING_IP); X-Forwarded-For is read without it (core/proxies.py).
MASTHEAD_CLIENT_IP_HEADER = os.environ.get("MASTHEAD_CLIENT_IP_HEADER", "")
# The proxies whose X-Forwarded-* headers are believed: Varnish, the TLS server,
# a load balancer (addresses or networks). Headers from anyone else are dropped.
MASTHEAD_TRUSTED_PROXIES = env_list("MASTHEAD_TRUSTED_PROXIES", "127.0.0.1,::1")

WAGTAIL_SITE_NAME = os.environ.get("MASTHEAD_SITE_NAME", "Masthead")
WAGTAILADMIN_BASE_URL = os.environ.get("MASTHEAD_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "images.CreditedImage"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Admin uploads go through the image policy (images/forms.py, docs/images.md).
WAGTAILIMAGES_IMAGE_FORM_BASE = "masthead.images.forms.CreditedImageForm"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILREDIRECTS_AUTO_CREATE = True
WAGTAILEMBEDS_FINDERS = []  # embeds never fetch oEmbed from the server; see articles/blocks
WAGTAIL_I18N_ENABLED = False
WAGTAILDOCS_EXTENSIONS = ["pdf", "csv", "txt", "docx", "xlsx"]

# Every picture from outside (uploads, partners' lead images) passes the image policy
# (masthead/images/policy.py, docs/images.md): at most this many bytes, pixels (all
# frames together) and animation frames. Wagtail's own upload limits say the same.
MASTHEAD_IMAGE_MAX_BYTES = int(os.environ.get("MASTHEAD_IMAGE_MAX_BYTES", str(20 * 1024 * 1024)))
MASTHEAD_IMAGE_MAX_PIXELS = int(os.environ.get("MASTHEAD_IMAGE_MAX_PIXELS", "40000000"))
MASTHEAD_IMAGE_MAX_FRAMES = int(os.environ.get("MASTHEAD_IMAGE_MAX_FRAMES", "100"))
WAGTAILIMAGES_MAX_UPLOAD_SIZE = MASTHEAD_IMAGE_MAX_BYTES
WAGTAILIMAGES_MAX_IMAGE_PIXELS = MASTHEAD_IMAGE_MAX_PIXELS

# The page cache in front (Varnish or a CDN; core/http_cache.py, core/purge.py,
# docs/serving.md). Public pages are kept by the shared cache until purged (or
# this long), by browsers briefly; stale copies may be served while a fresh one
# is fetched and while the site is down.
MASTHEAD_CACHE_SHARED_SECONDS = int(os.environ.get("MASTHEAD_CACHE_SHARED_SECONDS", "604800"))
MASTHEAD_CACHE_SHORT_SECONDS = int(os.environ.get("MASTHEAD_CACHE_SHORT_SECONDS", "60"))
MASTHEAD_CACHE_BROWSER_SECONDS = int(os.environ.get("MASTHEAD_CACHE_BROWSER_SECONDS", "60"))
MASTHEAD_CACHE_STALE_SECONDS = int(os.environ.get("MASTHEAD_CACHE_STALE_SECONDS", "60"))
MASTHEAD_CACHE_STALE_IF_ERROR_SECONDS = int(
    os.environ.get("MASTHEAD_CACHE_STALE_IF_ERROR_SECONDS", "86400")
)
# Who is told to forget pages when something changes: "varnish" (PURGE with
# surrogate keys to each of MASTHEAD_VARNISH_URLS), "frontendcache" (Wagtail's
# frontend-cache backends, by URL, for a CDN: WAGTAILFRONTENDCACHE), or "" (none).
MASTHEAD_CACHE_PURGER = os.environ.get("MASTHEAD_CACHE_PURGER", "")
MASTHEAD_VARNISH_URLS = env_list("MASTHEAD_VARNISH_URLS", "http://127.0.0.1:8080")

# Security headers that hold in every environment.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# No page may be framed by another; Wagtail's own preview frames override it.
X_FRAME_OPTIONS = "DENY"
# Public pages run no script (JSON-LD is data, not script) and load our own
# styles and pictures, plus the video players of embeds (articles/blocks.py).
# core/middleware.py adds it for anonymous readers; the admin keeps Wagtail's.
_MEDIA_ORIGIN = MEDIA_URL.split("/", 3)[:3] if MEDIA_URL.startswith("http") else []
MASTHEAD_CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "style-src 'self'",
        " ".join(["img-src 'self' data:", "/".join(_MEDIA_ORIGIN)]).strip(),
        "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SESSION_COOKIE_HTTPONLY = True
if env_bool("DJANGO_SECURE", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
    # The TLS proxy in front usually redirects already; this catches what it misses.
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", True)
    # /healthz is asked over plain HTTP by the cache in front (Varnish) on loopback.
    SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# The safe fetcher (masthead/core/fetch): the only way the server fetches a URL.
# See docs/safe-fetcher.md.
MASTHEAD_FETCH_TIMEOUT = float(os.environ.get("MASTHEAD_FETCH_TIMEOUT", "10"))  # seconds, in all
MASTHEAD_FETCH_MAX_BYTES = int(os.environ.get("MASTHEAD_FETCH_MAX_BYTES", str(5 * 1024 * 1024)))
# Wall-clock limits (seconds) on work that reads partners' content, in the task
# worker: importing one piece (fetch, extraction, cleaning, lead image) and
# reading one feed (core/time_limit.py).
MASTHEAD_IMPORT_TIME_LIMIT = float(os.environ.get("MASTHEAD_IMPORT_TIME_LIMIT", "30"))
MASTHEAD_POLL_TIME_LIMIT = float(os.environ.get("MASTHEAD_POLL_TIME_LIMIT", "15"))
MASTHEAD_FETCH_USER_AGENT = os.environ.get(
    "MASTHEAD_FETCH_USER_AGENT", f"Masthead/0.1 (+{WAGTAILADMIN_BASE_URL})"
)
# TEST-ONLY: "host:port" entries (e.g. "127.0.0.1:8123") that may resolve to loopback,
# so tests can reach a local fixture server. Every other check still applies.
# Leave empty in production.
MASTHEAD_FETCH_ALLOW_HOSTS = env_list("MASTHEAD_FETCH_ALLOW_HOSTS")
