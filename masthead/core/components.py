"""Components: the markup printed many times per page, one Jinja2 macro per file.

`articles/components/teaser.html` defines `teaser(request, article, ...)`; its
signature is the component's list of parameters. Django templates call it with
`{% component "articles/components/teaser.html" article=page %}`, Python with
`render_component(...)`. A parameter the macro does not declare, or a required
one left out, is an error rather than a silently empty variable.
See docs/components.md.
"""

from functools import cache
from pathlib import PurePosixPath
from typing import Any, cast

from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest
from django.template import engines
from django.template.backends.jinja2 import Jinja2
from jinja2 import Environment, nodes
from jinja2.runtime import Macro
from markupsafe import Markup


class ComponentError(TypeError):
    """A component was called with parameters it does not declare, or without
    one it requires."""


def _environment() -> Environment:
    engine = engines["jinja2"]
    if not isinstance(engine, Jinja2):
        raise ImproperlyConfigured('The template engine "jinja2" must be the Jinja2 backend.')
    return engine.env


def component_macro(name: str) -> Macro:
    """The macro a component file defines, named after the file."""
    module = _environment().get_template(name).module
    macro = getattr(module, PurePosixPath(name).stem, None)
    if macro is None:
        raise ComponentError(f"{name} defines no macro {PurePosixPath(name).stem}().")
    return macro


@cache
def component_parameters(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The parameters a component declares, as (required, optional), read from
    its macro's signature (the compiled macro keeps no record of defaults)."""
    env = _environment()
    if env.loader is None:
        raise ImproperlyConfigured('The template engine "jinja2" has no template loader.')
    source, _, _ = env.loader.get_source(env, name)
    stem = PurePosixPath(name).stem
    for macro in env.parse(source).find_all(nodes.Macro):
        if macro.name == stem:
            names = [argument.name for argument in macro.args if argument.name != "request"]
            split = len(names) - len(macro.defaults)
            return frozenset(names[:split]), frozenset(names[split:])
    raise ComponentError(f"{name} defines no macro {stem}().")


def render_component(name: str, request: HttpRequest | None = None, **params: Any) -> Markup:
    required, optional = component_parameters(name)
    unknown = sorted(set(params) - required - optional)
    if unknown:
        raise ComponentError(f"{name} takes no parameter {', '.join(unknown)}.")
    missing = sorted(required - set(params))
    if missing:
        raise ComponentError(f"{name} needs {', '.join(missing)}.")
    # masthead.jinja's environment always autoescapes, so a macro returns Markup
    # (jinja2 annotates the call as returning str).
    return cast(Markup, component_macro(name)(request, **params))
