# Masthead: the developer's verbs. `make help` lists them.
PYTHON ?= python3
UV_VERSION := 0.13.9
UV := UV_PYTHON_DOWNLOADS=never .tools/bin/uv
PY := .venv/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
TEST_WORKERS ?= auto

.DEFAULT_GOAL := help
.PHONY: help env setup demo run test lint format check audit bench bench-newsletter bench-faults bench-pages bench-search clean
TEMPLATES = $(shell find masthead \( -path '*/templates/*' -o -path '*/jinja2/*' \) -name '*.html')

help: ## List the verbs
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

env: .tools/bin/uv ## Install the locked dependencies into .venv
	$(UV) sync --locked --quiet --python "$$(command -v $(PYTHON))"

setup: env ## Install dependencies from uv.lock, collect static files, migrate
	$(PY) manage.py install_prepare

SERVE = trap 'kill 0' EXIT INT TERM; \
	.venv/bin/python manage.py db_worker --backend db --queue-name '*' --no-reload -v 0 & \
	.venv/bin/python manage.py scheduler & \
	MASTHEAD_DEVELOPMENT_SERVER=1 .venv/bin/gunicorn masthead.wsgi --bind $(HOST):$(PORT) --workers 2 --access-logfile - & \
	wait

demo: setup ## Load the demo magazine and serve it (and a task worker) on http://127.0.0.1:8000
	$(PY) manage.py load_demo
	@echo "Serving the demo magazine on http://$(HOST):$(PORT)/ (Ctrl-C stops it)."
	@echo "Emails (signup confirmations, round-ups, review notifications) are printed here instead of sent."
	@EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend bash -c "$(SERVE)"

run: setup ## Serve the site and a task worker, without loading the demo
	@bash -c "$(SERVE)"

.PHONY: serve bench-serve
serve: setup ## Serve through Varnish on http://127.0.0.1:8080: gunicorn, task worker, scheduler (docs/serving.md)
	@HOST=$(HOST) PORT=$(PORT) deploy/serve-local.sh

test: setup ## Run the whole test suite in parallel (browser tests need /usr/bin/chromium)
	.venv/bin/pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

lint: env ## ruff, the template indenter, import contracts and the type checker, as CI runs them
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	@echo ".venv/bin/djhtml --check (every template)"
	@.venv/bin/djhtml --check $(TEMPLATES)
	.venv/bin/lint-imports
	.venv/bin/mypy

format: env ## Format Python (ruff) and indent templates (djhtml)
	.venv/bin/ruff format .
	.venv/bin/ruff check --fix .
	@.venv/bin/djhtml $(TEMPLATES)

check: setup ## Django's system checks and missing migrations
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

audit: env ## pip-audit on the locked dependencies (AUDIT_STRICT=1: fail when any could not be looked up)
	$(PY) .ci/audit.py

bench: setup ## Render benchmark on a 10,000-article magazine
	$(PY) bench/render.py

bench-newsletter: setup ## Newsletter send benchmark: 100,000 readers, 2 workers, local SMTP sink
	$(PY) bench/newsletter.py

bench-serve: setup ## Serving benchmark: nginx, bare Django, Varnish hits, the app uncached, purge latency (wrk)
	@command -v wrk >/dev/null && command -v nginx >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk nginx >/dev/null)
	$(PY) bench/serve.py

bench-search: setup ## Search benchmark: 100,000 pieces on PostgreSQL, a fixed query mix, p95 per class
	$(PY) bench/search.py

bench-faults: setup ## Newsletter send under faults: kills, a PostgreSQL restart, Redis down (own PostgreSQL, Redis)
	$(PY) bench/faults.py

bench-pages: setup ## Lighthouse on the demo (mobile, median of 3): scores and bytes of four pages (npm ci, Chromium)
	@test -x node_modules/.bin/lighthouse || npm ci --no-audit --no-fund --ignore-scripts
	$(PY) bench/pages.py

clean: ## Remove the environment, database and generated files
	rm -rf .venv .tools var db.sqlite3
