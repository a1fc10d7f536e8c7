"""The page's form, made from the templates' JSON Schema (``drafter schema``): one source.

Each chosen genre's schema is cut to the fields it requires or uses; their union is
exported as JSON Schema by drafter/schema_export.py and turned here into a tree of
form fields (label, description, example, required, kind). A field added to the
vocabulary or to a template shows up on the page with no change here.

The same tree types what the form sends back (text in, dates and numbers out) so that
validation sees what a YAML file would hold.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from drafter.library import Library, Template
from drafter.schema import CONTROL_KEY, YES_NO, Schema, merge, parse_date
from drafter.schema_export import json_schema

SCALARS = ("text", "date", "integer", "number", "boolean", "choice")


@dataclass(slots=True)
class Node:
    """One field of the form."""

    key: str
    kind: str
    """``text``, ``date``, ``integer``, ``number``, ``boolean``, ``choice``, ``object`` or ``list``."""
    description: str = ""
    example: Any = None
    required: bool = False
    choices: tuple[Any, ...] = ()
    children: list[Node] = field(default_factory=list)
    item: Node | None = None

    @property
    def scalar(self) -> bool:
        return self.kind in SCALARS

    def child(self, key: str) -> Node | None:
        return next((c for c in self.children if c.key == key), None)


def union_schema(library: Library, genres: list[str]) -> tuple[Schema, list[Template]]:
    """The fields any of ``genres`` requires or uses, once; required by any is required."""
    templates = [library.get(g) for g in genres]
    schemas = [library.schema(t) for t in templates]
    required = tuple(dict.fromkeys(p for s in schemas for p in s.required))
    optional = tuple(dict.fromkeys(p for s in schemas for p in s.optional if p not in required))
    whole = Schema(functools.reduce(merge, (library.own_vocabulary(t) for t in templates)), required, optional)
    return Schema(whole.uses(), required, optional), templates


def export(library: Library, genres: list[str]) -> dict[str, Any]:
    """The JSON Schema of the chosen genres' facts (what ``drafter schema`` prints)."""
    schema, templates = union_schema(library, genres)
    title = "、".join(f"{t.genre}（{t.name}）" for t in templates) + "事实文件"
    return json_schema(schema, title)


def fields(doc: dict[str, Any]) -> list[Node]:
    """The form's fields from a JSON Schema export (the control key 模板 is the page's own)."""
    root = node("", doc, False)
    return [c for c in root.children if c.key != CONTROL_KEY]


def node(key: str, spec: dict[str, Any], required: bool) -> Node:
    """One JSON Schema property as a form field."""
    kind = _kind(spec)
    n = Node(key, kind, spec.get("description", ""), (spec.get("examples") or [None])[0], required,
             tuple(spec.get("enum") or ()))
    if kind == "object":
        needed = set(spec.get("required") or ())
        n.children = [node(k, v, k in needed) for k, v in (spec.get("properties") or {}).items()]
    elif kind == "list":
        n.item = node("", spec.get("items") or {}, False)
    return n


def _kind(spec: dict[str, Any]) -> str:
    if spec.get("enum"):
        return "choice"
    kinds = spec.get("type")
    kinds = set(kinds) if isinstance(kinds, list) else {kinds}
    for alt in spec.get("anyOf") or ():
        if alt.get("format") == "date":
            return "date"
        kinds.add(alt.get("type"))
    if "object" in kinds:
        return "object"
    if "array" in kinds:
        return "list"
    if "boolean" in kinds:
        return "boolean"
    if kinds == {"integer"}:
        return "integer"
    if kinds == {"number"}:
        return "number"
    return "text"


_INTEGER = re.compile(r"^[+-]?\d+$")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)$")


def typed(value: Any, n: Node) -> Any:
    """The form's value as YAML would hold it; blank gives None (the field is left out).

    A value that does not fit (a date that is no date) stays text, so that validation
    says what is wrong in the same words as ``drafter check``.
    """
    if n.kind == "object":
        if not isinstance(value, dict):
            return None
        out = {c.key: v for c in n.children if (v := typed(value.get(c.key), c)) is not None}
        return out or None
    if n.kind == "list":
        if not isinstance(value, list) or n.item is None:
            return None
        # a group or line left empty is no fact (the page numbers the others without it)
        items = [t for t in (typed(v, n.item) for v in value) if t is not None]
        return items or None
    if isinstance(value, bool):
        return value if n.kind == "boolean" else None
    text = "" if value is None else str(value).strip()
    return _scalar(text, n.kind) if text else None


def _scalar(text: str, kind: str) -> Any:
    if kind == "date":
        when = parse_date(text)
        return when if when is not None and re.match(r"^\d{4}-\d{2}-\d{2}$", text) else text
    if kind == "integer" and _INTEGER.match(text):
        return int(text)
    if kind == "number" and _NUMBER.match(text):
        return float(text) if "." in text else int(text)
    if kind == "boolean":
        return YES_NO.get(text, {"true": True, "false": False}.get(text, text))
    return text


def typed_all(data: Any, nodes: list[Node]) -> dict[str, Any]:
    """The whole form's facts, typed."""
    root = Node("", "object", children=nodes)
    return typed(data if isinstance(data, dict) else {}, root) or {}


def plain(value: Any) -> Any:
    """Facts as JSON can carry them (dates as 2023-02-20), for the page's script."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dt.date | dt.datetime):
        return shown(value, None)
    return value


def hidden(value: Any, n: Node) -> dict[str, Any]:
    """What a group of a list holds beyond the fields on the page (another genre's fields):
    kept with the group on the page, so it moves with the group and comes back when that
    genre is ticked again."""
    if n.kind != "object" or not isinstance(value, dict):
        return {}
    known = {c.key: c for c in n.children}
    out = {str(k): plain(v) for k, v in value.items() if k not in known}
    for key, c in known.items():
        deeper = hidden(value.get(key), c)
        if deeper:
            out[key] = deeper
    return out


def shown(value: Any, n: Node | None) -> Any:
    """A value of the facts file as the form shows it (dates as 2023-02-20)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    return value
