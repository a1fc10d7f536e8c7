"""drafter: Chinese official documents from YAML facts and writer-maintained templates.

Use it as a library::

    import drafter
    drafter.build("facts.yaml")          # -> [Built(template, path, status, ...)]

Everything not named in ``__all__`` is internal. The names are imported on first use,
so ``drafter --help`` (which imports this package) does not load the pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from drafter.errors import DrafterError
    from drafter.facts import load as load_facts
    from drafter.pipeline import build, check

__all__ = ["DrafterError", "__version__", "build", "check", "load_facts"]

_LAZY = {"DrafterError": ("drafter.errors", "DrafterError"), "build": ("drafter.pipeline", "build"),
         "check": ("drafter.pipeline", "check"), "load_facts": ("drafter.facts", "load")}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("gongwen-drafter")
        except PackageNotFoundError:  # running from a checkout that is not installed
            value = "0.0.0"
    elif name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
    else:
        raise AttributeError(f"module 'drafter' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY, "__version__"])
