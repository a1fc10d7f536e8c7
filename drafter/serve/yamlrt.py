"""Save a form's facts back into the writer's YAML file, keeping everything else as written.

The facts file stays the source of truth: the page and the command line take turns on
the same file. ruamel.yaml's round-trip mode keeps the comments, key order, blank lines,
flow lists and quoting of the file; only the values the writer changed on the page are
replaced, new fields are put where the vocabulary orders them, and keys the page does
not show (another genre's fields, 措辞 pins, anything unknown) are left alone.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from drafter.serve.form import Node


def _yaml(text: str) -> YAML:
    y = YAML(typ="rt")
    y.preserve_quotes = True
    y.width = 100_000  # never fold a long Chinese line
    y.allow_unicode = True
    # The two list styles writers meet: "条线:\n- 名称" (samples) and "条线:\n  - 名称" (drafter new).
    indented = re.search(r"^( *)[^\s#][^\n]*:[ \t]*\n(?:[ \t]*(?:#[^\n]*)?\n)*\1  - ", text, re.M)
    flush = re.search(r"^( *)[^\s#][^\n]*:[ \t]*\n(?:[ \t]*(?:#[^\n]*)?\n)*\1- ", text, re.M)
    if indented and not flush:
        y.indent(mapping=2, sequence=4, offset=2)
    else:
        y.indent(mapping=2, sequence=2, offset=0)
    return y


def load(text: str) -> Any:
    """The file's round-trip document (an empty mapping for an empty file)."""
    doc = _yaml(text).load(text)
    return CommentedMap() if doc is None else doc


def dump(doc: Any, like: str) -> str:
    """The document as YAML text, in the list style of ``like`` (the file it came from)."""
    out = io.StringIO()
    _yaml(like).dump(doc, out)
    return out.getvalue()


def save(text: str, data: dict[str, Any], fields: list[Node], control: tuple[str, Any]) -> str:
    """``text`` (a facts file) with the page's ``data`` written into it.

    Args:
        text: the file as it is on disk now.
        data: the facts from the form, typed (dates, numbers) and with blanks left out.
        fields: the form's fields: only these keys are written or cleared.
        control: the control key and its value (``模板``, the genres chosen on the page).
    """
    doc = load(text)
    if not isinstance(doc, CommentedMap):
        doc = CommentedMap()
    key, genres = control
    value = genres[0] if len(genres) == 1 else genres
    if key not in doc:
        doc.insert(0, key, value)
    elif not _same(sorted(doc[key]) if isinstance(doc[key], list) else doc[key],
                   sorted(value) if isinstance(value, list) else value):  # same genres, any order
        if isinstance(doc[key], CommentedSeq) and isinstance(value, list):
            _update_list(doc[key], value, None)
        else:
            doc[key] = _flow(value)
    _update_map(doc, data, fields)
    return dump(doc, text)


def _flow(value: Any) -> Any:
    if isinstance(value, list):
        seq = CommentedSeq(value)
        seq.fa.set_flow_style()
        return seq
    return value


def _update_map(old: CommentedMap, new: dict[str, Any], fields: list[Node]) -> None:
    order = [f.key for f in fields]
    for f in fields:
        if f.key in new:
            continue
        if f.key in old and not _blank(old[f.key]):
            old[f.key] = None  # cleared on the page: the key and its comment stay, empty
    for f in fields:
        if f.key not in new:
            continue
        value = new[f.key]
        if f.key in old:
            old[f.key] = _merged(old[f.key], value, f)
            continue
        # A new key goes after the nearest key before it in the vocabulary's order.
        before = [k for k in order[: order.index(f.key)] if k in old]
        position = list(old).index(before[-1]) + 1 if before else _first_position(old, order)
        old.insert(position, f.key, value)


def _first_position(old: CommentedMap, order: list[str]) -> int:
    """Where a key that comes first in the vocabulary goes: before the first field the
    form knows (after 模板 and any keys written above it)."""
    keys = list(old)
    known = [i for i, k in enumerate(keys) if k in order]
    return known[0] if known else len(keys)


def _merged(old: Any, new: Any, node: Node | None) -> Any:
    if isinstance(new, dict):
        if isinstance(old, CommentedMap):
            _update_map(old, new, node.children if node else [])
            return old
        return new
    if isinstance(new, list):
        if isinstance(old, CommentedSeq):
            _update_list(old, new, node.item if node else None)
            return old
        return new
    return old if _same(old, new) else new


def _update_list(old: CommentedSeq, new: list[Any], item: Node | None) -> None:
    for i, value in enumerate(new):
        if i < len(old):
            old[i] = _merged(old[i], value, item)
        else:
            old.append(value)
    del old[len(new):]


def _same(old: Any, new: Any) -> bool:
    """Whether a value on disk already says what the page says (then it is kept as
    written: its quotes, its spelling of a date or a number)."""
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(_same(a, b) for a, b in zip(old, new, strict=True))
    if isinstance(old, bool) or isinstance(new, bool):
        return old is new
    if isinstance(old, dt.date) and isinstance(new, dt.date):
        return old == new
    if isinstance(old, str | int | float) and isinstance(new, str | int | float):
        return str(old) == str(new) or (not isinstance(old, str) and not isinstance(new, str)
                                        and old == new)
    return old == new


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
