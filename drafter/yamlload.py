"""Safe YAML, fast: libyaml where it reads a file exactly as PyYAML does, PyYAML otherwise.

PyYAML's own parser is pure Python: ~8 ms for the 22 KB sample facts file, more than
the rest of a warm build. libyaml (PyYAML's C binding) builds the same nodes with the
same line/column marks ~15x faster. Both are used with the safe loader only, so no
YAML tag ever builds a Python object. Any file libyaml rejects is parsed again by
PyYAML, so a writer's syntax error is always reported with PyYAML's own message and
marks, exactly as before.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

_FAST_LOADER = getattr(yaml, "CSafeLoader", None)
"""libyaml's safe loader; None when PyYAML was installed without libyaml."""
SLOW_CHARS = "\t\r\x85\u2028\u2029\ufeff"
"""Characters libyaml counts or accepts differently from PyYAML (found by comparing the
two on thousands of mangled facts files; tests/test_fast_paths.py keeps checking):
text holding any of them, or a lone carriage return, goes through PyYAML's parser.
Windows line ends (CR LF) read the same in both."""
FAST_MAX_CHARS = 256_000
FAST_MAX_NESTING = 800
"""libyaml builds nested collections by recursion in C, which overflows the stack (a
crash, not an error) somewhere past a few thousand levels. Only text that cannot nest
deeper than about a thousand levels goes to it: at most this many characters that open
a level (``[ { - ?``) and no line indented 200 spaces or more. Real facts files have a
few dozen; anything else is read by PyYAML, with its limits and messages."""
_DEEP_INDENT = re.compile(r"^ {200}", re.MULTILINE)


def _fast_ok(text: str) -> bool:
    if _FAST_LOADER is None or len(text) > FAST_MAX_CHARS:
        return False
    probe = text.replace("\r\n", "\n") if "\r" in text else text
    if any(c in probe for c in SLOW_CHARS):
        return False
    openers = text.count("[") + text.count("{") + text.count("-") + text.count("?")
    return openers <= FAST_MAX_NESTING and not _DEEP_INDENT.search(text)


def compose(text: str, loader: type = yaml.SafeLoader) -> yaml.Node | None:
    """The node tree of ``text`` (None for a document with no content), as
    ``yaml.compose(text, Loader=loader)`` gives it; ``loader`` is a safe loader.

    Raises:
        yaml.YAMLError: as ``yaml.compose`` with ``loader`` raises it.
    """
    if _fast_ok(text):
        try:
            return yaml.compose(text, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            pass
    return yaml.compose(text, Loader=loader)


def load(text: str) -> Any:
    """Plain data of ``text``, as ``yaml.safe_load`` gives it.

    Raises:
        yaml.YAMLError: as ``yaml.safe_load`` raises it.
    """
    if _fast_ok(text):
        try:
            return yaml.load(text, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


KIND = f"yaml file, PyYAML {yaml.__version__}"
"""What ``load_file`` is, for drafter's cache of parsed library files (drafter/cache.py)."""


def load_file(path: Path) -> Any:
    """Plain data of a UTF-8 YAML file (a byte-order mark allowed), as ``load`` gives it.

    Only a regular file of at most ``MAX_FILE`` bytes is read (drafter.inputs).

    Raises:
        TemplateError: not a regular file, missing, unreadable or too big.
        UnicodeDecodeError: not UTF-8.
        yaml.YAMLError: as ``yaml.safe_load`` raises it.
    """
    from drafter import inputs
    from drafter.errors import TemplateError

    raw = inputs.read_bytes(path, MAX_FILE, TemplateError, "模板库文件", "模板库的文件一般只有几十 KB。")
    return load(raw.decode("utf-8-sig"))


MAX_FILE = 4_000_000
"""Largest library YAML file read (a big phrase bank is ~100 KB)."""
