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

from django.template import engines
from jinja2 import nodes
from markupsafe import Markup


class ComponentError(TypeError):
    """A component was called with parameters it does not declare, or without
    one it requires."""


def component_macro(name: str):
    """The macro a component file defines, named after the file."""
    module = engines["jinja2"].env.get_template(name).module
    macro = getattr(module, PurePosixPath(name).stem, None)
    if macro is None:
        raise ComponentError(f"{name} defines no macro {PurePosixPath(name).stem}().")
    return macro


@cache
def component_parameters(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The parameters a component declares, as (required, optional), read from
    its macro's signature (the compiled macro keeps no record of defaults)."""
    env = engines["jinja2"].env
    source, _, _ = env.loader.get_source(env, name)
    stem = PurePosixPath(name).stem
    for macro in env.parse(source).find_all(nodes.Macro):
        if macro.name == stem:
            names = [argument.name for argument in macro.args if argument.name != "request"]
            split = len(names) - len(macro.defaults)
            return frozenset(names[:split]), frozenset(names[split:])
    raise ComponentError(f"{name} defines no macro {stem}().")


def render_component(name: str, request=None, **params) -> Markup:
    required, optional = component_parameters(name)
    unknown = sorted(set(params) - required - optional)
    if unknown:
        raise ComponentError(f"{name} takes no parameter {', '.join(unknown)}.")
    missing = sorted(required - set(params))
    if missing:
        raise ComponentError(f"{name} needs {', '.join(missing)}.")
    return component_macro(name)(request, **params)
