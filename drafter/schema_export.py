"""JSON Schema and blank facts files, made from a template's schema (schema.py).

`drafter schema NAME` prints the first, for YAML editors' completion and checking;
`drafter new NAME` prints the second, every field commented with its description
and an example.
"""

from __future__ import annotations

from typing import Any

from drafter.schema import CONTROL_KEY, YES_NO, Field, Schema, _show

def json_schema(schema: Schema, title: str) -> dict[str, Any]:
    """The template's schema as JSON Schema (draft 2020-12), for YAML editors."""
    doc: dict[str, Any] = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title}
    doc.update(_json_node(schema.root, schema, ()))
    control = doc["properties"].get(CONTROL_KEY)
    if control is not None:
        control.pop("type", None)
        control["anyOf"] = [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]
    return doc


def _json_node(field: Field, schema: Schema, parts: tuple[str, ...]) -> dict[str, Any]:
    node: dict[str, Any] = {}
    if field.description:
        node["description"] = field.description
    if field.kind == "date":
        node["anyOf"] = [{"type": "string", "format": "date"},
                         {"type": "string", "pattern": r"^\d{4}([.\-/]\d{1,2}){2}$"},
                         {"type": "string", "pattern": r"^\d{4}年\d{1,2}月\d{1,2}日?$"}]
    elif field.kind == "string":
        node["type"] = ["string", "number"]
    elif field.kind == "object":
        node["type"] = "object"
        node["properties"] = {f.name: _json_node(f, schema, (*parts, f.name)) for f in field.fields}
        node["additionalProperties"] = False
        needed = [f.name for f in field.fields if _required((*parts, f.name), schema)]
        if needed:
            node["required"] = needed
    elif field.kind == "array":
        node["type"] = "array"
        assert field.item is not None
        node["items"] = _json_node(field.item, schema, (*parts, "[]"))
        if _required(parts, schema):
            node["minItems"] = 1
    elif field.kind == "boolean":
        node["anyOf"] = [{"type": "boolean"}, {"enum": list(YES_NO)}]
    else:
        node["type"] = field.kind
    if field.choices:
        node["enum"] = list(field.choices)
    for key, bound in zip(("minimum", "maximum"), field.bounds, strict=True):
        if bound is not None:
            node[key] = bound
    if field.example is not None and field.kind != "date":
        node["examples"] = [field.example]
    if field.default is not None:
        node["default"] = field.default
    return node


def _dotted_parts(parts: tuple[str, ...]) -> str:
    return ".".join(parts).replace(".[]", "[]")


def _required(parts: tuple[str, ...], schema: Schema) -> bool:
    """Whether the build refuses facts without this field: it is required itself, or a
    field inside it is (``会议.名称`` required makes ``会议`` required; ``条线[].名称``
    makes ``条线`` a list of at least one)."""
    path = _dotted_parts(parts)
    return any(r == path or r.startswith((f"{path}.", f"{path}[")) for r in schema.required)


def combined(schemas: list[Schema]) -> Schema:
    """One schema for a facts file several templates build from: the fields any of them
    requires are required, the fields any of them uses are listed."""
    required = tuple(dict.fromkeys(p for s in schemas for p in s.required))
    optional = tuple(dict.fromkeys(p for s in schemas for p in s.optional if p not in required))
    return Schema(schemas[0].root, required, optional)


def blank_facts(schema: Schema, heading: str, template: str | list[str]) -> str:
    """A facts file to fill in: every field the template(s) use, commented with its
    description and an example; required fields are marked 【必填】."""
    names = template if isinstance(template, str) else f"[{', '.join(template)}]"
    lines = [f"# {heading}", "# 标有【必填】的字段必须填写；其余可以删掉不用，也可以留空（留空就是不写）。"
             "冒号后面要有一个空格。", "", f"{CONTROL_KEY}: {names}", ""]
    _blank(schema.uses(), schema, (), 0, lines)
    return "\n".join(lines) + "\n"


def _blank(node: Field, schema: Schema, parts: tuple[str, ...], depth: int, out: list[str]) -> None:
    pad = "  " * depth
    for f in node.fields:
        path = (*parts, f.name)
        mark = "【必填】" if _required(path, schema) else ""
        note = "；".join(x for x in (mark + f.description, _example_note(f)) if x)
        if note:
            out.append(f"{pad}# {note}")
        if f.kind == "object":
            out.append(f"{pad}{f.name}:")
            _blank(f, schema, path, depth + 1, out)
        elif f.kind == "array" and f.item is not None and f.item.kind == "object":
            out.append(f"{pad}{f.name}:")
            out.append(f"{pad}  -")
            _blank(f.item, schema, (*path, "[]"), depth + 2, out)
        elif f.kind == "array":
            out.append(f"{pad}{f.name}:")
            out.append(f"{pad}  - ")
        else:
            out.append(f"{pad}{f.name}: ")
        if depth == 0:
            out.append("")


def _example_note(f: Field) -> str:
    if f.example is None:
        return ""
    return f"例：{_show(f.example)}"
