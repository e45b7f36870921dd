"""The layers of docs/architecture.md hold where no import tool looks.

import-linter (`make lint`) checks Python imports. These tests check what it
cannot see: model relations and page-type rules written as strings, and
templates that include, extend or call templates of another app. They read the
layers from pyproject.toml, so there is one list to change.
"""

import re
import tomllib
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from wagtail.models import Page

ROOT = Path(settings.BASE_DIR)
PROJECT_TEMPLATES = {"base.html", "404.html", "500.html"}  # the frame every app fills


def _layers() -> dict[str, int]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    (contract,) = config["tool"]["importlinter"]["contracts"]
    depth = {}
    for height, line in enumerate(reversed(contract["layers"])):
        for name in line.split("|"):
            depth[name.strip()] = height
    return depth


LAYERS = _layers()


def _app_of_label(label: str) -> str | None:
    """The masthead app name ("articles") of an app label, or None for others."""
    config = apps.get_app_config(label)
    prefix = "masthead."
    return config.name[len(prefix) :] if config.name.startswith(prefix) else None


def _ours():
    return [config for config in apps.get_app_configs() if config.name.startswith("masthead.")]


def _relations():
    for config in _ours():
        for model in config.get_models():
            for field in model._meta.get_fields(include_hidden=True):
                if field.is_relation and field.concrete and field.related_model is not None:
                    yield model, field.name, field.related_model._meta.app_label


def _page_type_rules():
    for config in _ours():
        for model in config.get_models():
            if issubclass(model, Page):
                for rule in ("parent_page_types", "subpage_types"):
                    for target in model.__dict__.get(rule) or []:
                        yield model, rule, target.split(".")[0]


def _points_up(source_label: str, target_label: str) -> bool:
    source, target = _app_of_label(source_label), _app_of_label(target_label)
    if source is None or target is None or source == target:
        return False
    # Siblings on one line (or the same app) are allowed only downwards, never across.
    return LAYERS[target] >= LAYERS[source]


def test_every_app_has_a_layer():
    assert {config.name.removeprefix("masthead.") for config in _ours()} == set(LAYERS)


def test_no_model_relation_points_up_the_layers():
    upward = [
        f"{model._meta.label}.{name} -> {target}"
        for model, name, target in _relations()
        if _points_up(model._meta.app_label, target)
    ]
    assert upward == []


def test_no_page_type_rule_points_up_the_layers():
    upward = [
        f"{model._meta.label}.{rule} names {target}"
        for model, rule, target in _page_type_rules()
        if _points_up(model._meta.app_label, target)
    ]
    assert upward == []


def test_the_check_sees_an_upward_relation():
    """The rule itself: people sit below articles, so a person pointing at an
    article would be refused; so would a read count (readership counts pages,
    not articles)."""
    assert _points_up("people", "articles")
    assert not _points_up("articles", "people")
    assert _points_up("readership", "articles")
    assert not _points_up("articles", "readership")
    assert _points_up("newsletter", "syndication")


# -- templates ------------------------------------------------------------------

TEMPLATE_REFERENCE = re.compile(
    r"""\{%-?\s*(?:include|extends|component|from|import)\s+["']([^"']+)["']"""
)


def _template_owners() -> dict[str, str]:
    """Each template name -> the app whose folder holds it."""
    owners = {}
    for config in _ours():
        for folder in ("templates", "jinja2"):
            base = Path(config.path) / folder
            for path in base.rglob("*"):
                if path.is_file():
                    owners[path.relative_to(base).as_posix()] = config.label
    return owners


def _template_references():
    owners = _template_owners()
    for config in _ours():
        for folder in ("templates", "jinja2"):
            base = Path(config.path) / folder
            for path in base.rglob("*"):
                if not path.is_file():
                    continue
                for name in TEMPLATE_REFERENCE.findall(path.read_text()):
                    if name in PROJECT_TEMPLATES:
                        continue
                    yield path.relative_to(ROOT), config.label, name, owners.get(name)


def test_every_template_of_ours_that_an_app_uses_exists():
    """(Wagtail's own templates, such as the admin's, are not ours to check.)"""
    ours = {*LAYERS, "components"}
    missing = [
        f"{path}: {name}"
        for path, _, name, owner in _template_references()
        if not owner and name.split("/")[0] in ours
    ]
    assert missing == []


def test_no_template_uses_a_template_of_a_layer_above():
    upward = [
        f"{path} uses {name} ({owner})"
        for path, label, name, owner in _template_references()
        if owner and _points_up(label, owner)
    ]
    assert upward == []


@pytest.mark.parametrize("template", sorted(PROJECT_TEMPLATES))
def test_the_project_frame_templates_exist(template):
    assert (ROOT / "masthead" / "templates" / template).exists()
