"""drafter: Chinese official documents from YAML facts and writer-maintained templates.

Use it as a library::

    import drafter
    drafter.build("facts.yaml")          # -> [Built(template, path, status, ...)]

Everything not named in ``__all__`` is internal.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from drafter.errors import DrafterError
from drafter.facts import load as load_facts
from drafter.pipeline import build, check

try:
    __version__ = version("gongwen-drafter")
except PackageNotFoundError:  # running from a checkout that is not installed
    __version__ = "0.0.0"

__all__ = ["DrafterError", "__version__", "build", "check", "load_facts"]
