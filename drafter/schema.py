"""The facts vocabulary and template schemas: validate facts, export JSON Schema, write blank files.

A schema is written by writers in YAML with Chinese keys::

    会议:
      类型: 对象            # 文本 整数 数字 日期 是否 对象 列表
      说明: 会议的基本信息
      字段:
        名称: {类型: 文本, 说明: 会议全称, 示例: 全区组织、宣传、统战、政法工作会议}

The library holds one shared vocabulary (``templates/facts.yml``) so that one facts
file serves every genre; a template lists which of those fields it requires
(``需要``) and which it can use (``可用``), in paths such as ``条线[].任务.标题``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from drafter.errors import FactsError, Problem, TemplateError
from drafter.facts import Facts, PathKey
from drafter.model import Gap

TYPES = {"文本": "string", "整数": "integer", "数字": "number", "日期": "date", "是否": "boolean",
         "对象": "object", "列表": "array"}
YES_NO = {"是": True, "否": False, "对": True, "不": False}
"""How writers answer a 是否 field in Chinese (YAML itself only knows true/false)."""
_TYPE_NAMES = {"string": "文本", "integer": "整数", "number": "数字", "date": "日期（如 2023-02-24）",
               "boolean": "是 或 否", "object": "“字段: 值”的对象", "array": "列表（每项以“- ”开头）"}


@dataclass(frozen=True, slots=True)
class Field:
    """One field of the vocabulary, as a node of a tree."""

    name: str
    kind: str
    """One of string, integer, number, date, boolean, object, array."""
    description: str = ""
    example: Any = None
    default: Any = None
    choices: tuple[Any, ...] = ()
    fields: tuple[Field, ...] = ()
    """Children of an object."""
    item: Field | None = None
    """Element of an array."""
    bounds: tuple[float | None, float | None] = (None, None)
    """Smallest and largest value of a number (``最小``/``最大`` in the vocabulary)."""
    form: str = ""
    """A named written form the text must take (``格式: 发文字号``), see ``FORMS``."""

    def child(self, name: str) -> Field | None:
        """The child field called ``name``, if any."""
        return next((f for f in self.fields if f.name == name), None)


def parse_fields(spec: Any, where: str, name: str = "") -> Field:
    """Build a Field tree from the YAML of a vocabulary or template.

    Raises:
        TemplateError: the schema is malformed.
    """
    if not isinstance(spec, dict):
        raise TemplateError(f"{where}: 字段“{name}”的定义应当是“类型/说明/示例……”的对象。")
    kind_zh = spec.get("类型", "对象" if "字段" in spec else "文本")
    if kind_zh not in TYPES:
        raise TemplateError(f"{where}: 字段“{name}”的类型“{kind_zh}”不认识；可用：{'、'.join(TYPES)}。")
    kind = TYPES[kind_zh]
    children: tuple[Field, ...] = ()
    item = None
    if kind == "object":
        sub = spec.get("字段") or {}
        if not isinstance(sub, dict):
            raise TemplateError(f"{where}: 字段“{name}”的“字段”应当是对象。")
        children = tuple(parse_fields(v, where, k) for k, v in sub.items())
    elif kind == "array":
        item = parse_fields(spec.get("元素", {"类型": "文本"}), where, f"{name}[]")
    choices = spec.get("可选值") or ()
    bounds = (spec.get("最小"), spec.get("最大"))
    if any(b is not None and (isinstance(b, bool) or not isinstance(b, (int, float))) for b in bounds):
        raise TemplateError(f"{where}: 字段“{name}”的“最小”“最大”应当是数。")
    form = str(spec.get("格式", "") or "")
    if form and form not in FORMS:
        raise TemplateError(f"{where}: 字段“{name}”的格式“{form}”不认识；可用：{'、'.join(FORMS)}。")
    return Field(name, kind, str(spec.get("说明", "")), spec.get("示例"), spec.get("默认"),
                 tuple(choices), children, item, bounds, form)


def merge(base: Field, extra: Field) -> Field:
    """Vocabulary ``base`` with the fields of ``extra`` added (extra wins on conflicts)."""
    merged = []
    for f in base.fields:
        other = extra.child(f.name)
        if other is not None and f.kind == other.kind == "object":
            merged.append(merge(f, other))
        elif (other is not None and f.kind == other.kind == "array" and f.item is not None
              and other.item is not None and f.item.kind == other.item.kind == "object"):
            # a template adding fields to the elements of a shared list (条线[].提出要求)
            merged.append(Field(f.name, "array", f.description, f.example, f.default, f.choices,
                                item=merge(f.item, other.item)))
        else:
            merged.append(other or f)
    merged += [f for f in extra.fields if f.name not in {m.name for m in merged}]
    return Field(base.name, "object", base.description, fields=tuple(merged))


@dataclass(frozen=True, slots=True)
class Schema:
    """What one template needs from a facts file."""

    root: Field
    """The whole vocabulary (every field any genre may use)."""
    required: tuple[str, ...]
    """Field paths that must be present and non-empty, e.g. ``条线[].名称``."""
    optional: tuple[str, ...] = ()
    """Field paths the template uses when present."""

    def uses(self) -> Field:
        """The vocabulary cut down to the fields this template requires or uses."""
        return _prune(self.root, [_split(p) for p in (*self.required, *self.optional)])


def field_at(root: Field, path: str) -> Field | None:
    """The field a path such as ``条线[].任务.标题`` names, or None."""
    node: Field | None = root
    for part in _split(path):
        if node is None:
            return None
        node = node.item if part == "[]" else node.child(part)
    return node


def _split(path: str) -> list[str]:
    return [p for p in re.split(r"\.|(?=\[\])", path) if p]


def _prune(node: Field, paths: list[list[str]]) -> Field:
    keep = []
    for f in node.fields:
        below = [p[1:] for p in paths if p and p[0] == f.name]
        if not below:
            continue
        if any(not p for p in below) and f.kind not in ("object", "array"):
            keep.append(f)
        elif f.kind == "object":
            deeper = [p for p in below if p]
            keep.append(_prune(f, deeper) if deeper else f)
        elif f.kind == "array" and f.item is not None:
            deeper = [p[1:] for p in below if p and p[0] == "[]" and p[1:]]
            if deeper and f.item.kind == "object":
                keep.append(Field(f.name, f.kind, f.description, f.example, f.default, f.choices,
                                  item=_prune(f.item, deeper)))
            else:
                keep.append(f)
        else:
            keep.append(f)
    return Field(node.name, node.kind, node.description, node.example, node.default,
                 node.choices, tuple(keep), node.item)


# --- validation ---------------------------------------------------------------------------

_DATE_FORMS = (
    re.compile(r"^(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$"),
)


_CHINESE_DATE = re.compile(r"^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月"
                           r"([一二三四五六七八九十]{1,3})日?$")


def parse_date(value: Any) -> dt.date | None:
    """Accept a YAML date or the spellings writers use: 2023.2.24, 2023/2/24, 2023年2月24日,
    二〇二三年二月二十四日."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    m = _CHINESE_DATE.match(text)
    if m:
        from drafter.numbering import parse_chinese

        year = "".join(str("〇一二三四五六七八九".find(c)) if c in "〇一二三四五六七八九" else "0"
                       for c in m[1])
        parts = (int(year), parse_chinese(m[2]) or 0, parse_chinese(m[3]) or 0)
    else:
        m = next((m for m in (f.match(text) for f in _DATE_FORMS) if m), None)
        if m is None:
            return None
        parts = (int(m[1]), int(m[2]), int(m[3]))
    try:
        return dt.date(*parts)
    except ValueError:
        return None


def validate(facts: Facts, schema: Schema, *, draft: bool = False) -> tuple[dict[str, Any], list[str]]:
    """Check facts against a template's schema, reporting every problem at once.

    Args:
        facts: the loaded facts file.
        schema: the template's schema.
        draft: report missing required fields as gaps instead of errors.

    Returns:
        The facts with dates normalised and defaults filled in, and the paths of
        missing required fields (only when ``draft``; otherwise they are errors).

    Raises:
        FactsError: listing every problem found.
    """
    checker = _Checker(facts)
    data = checker.value(facts.data, schema.root, ())
    if data is None:  # nothing but the template's name (a template without fields, a mined one of an anonymised text)
        data = {}
    missing: list[str] = []
    seen: set[PathKey] = set()
    for path in schema.required:
        if draft:
            filled: list[PathKey] = []
            data = _fill(data, schema.root, _split(path), (), filled)
            missing += [_dotted(k) for k in filled if _dotted(k) not in missing]
            continue
        for keys in _missing(data, _split(path), ()):
            if keys in seen or keys in checker.failed:
                continue  # already reported (e.g. a value of the wrong type)
            seen.add(keys)
            line, col = facts.where(keys)
            checker.problems.append(Problem(
                str(facts.path), line, col, _dotted(keys), "缺少这个必填字段。",
                _example_hint(schema.root, keys)))
    if checker.problems:
        raise FactsError(sorted(checker.problems, key=lambda p: (p.line or 0, p.column or 0)))
    data = absent_blanks(data)
    # A container filled in only to hold deeper gaps is not itself a gap to report.
    missing = [m for m in missing
               if not any(o != m and o.startswith((f"{m}.", f"{m}[")) for o in missing)]
    return data, missing


def blank(value: Any) -> bool:
    """Whether a value says nothing: left blank (``成绩:``), empty (``""``, ``[]``, ``{}``),
    only spaces, or an object or list holding nothing else."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, dict)):
        return all(blank(v) for v in (value.values() if isinstance(value, dict) else value))
    return False


def absent_blanks(value: Any) -> Any:
    """``value`` with every blank field and list item taken out, so that a field left
    blank, written empty or left out reads the same to every template: absent. This is
    the one place that decides it (templates test ``is defined`` and never see None)."""
    if isinstance(value, dict):
        return {k: absent_blanks(v) for k, v in value.items() if not blank(v)}
    if isinstance(value, list):
        return [absent_blanks(v) for v in value if not blank(v)]
    return value


def _fill(value: Any, field: Field | None, parts: list[str], keys: PathKey,
          filled: list[PathKey]) -> Any:
    """``value`` with every absent or empty field on ``parts`` replaced by a placeholder:
    a ``Gap`` for a missing text (or date, number …), one placeholder element for an
    empty list, an empty object to hold deeper gaps; records each placeholder's path."""
    if field is None:
        return value
    if not parts:
        if _present(value):
            return value
        filled.append(keys)
        return _placeholder(field, keys)
    head, rest = parts[0], parts[1:]
    if head == "[]":
        if field.kind != "array":
            return value
        items = value if isinstance(value, list) and value else \
            [_placeholder(field.item, (*keys, 0))] if field.item is not None else []
        if not (isinstance(value, list) and value):
            filled.append(keys)
        return [_fill(item, field.item, rest, (*keys, i), filled) for i, item in enumerate(items)]
    if field.kind != "object":
        return value
    out = dict(value) if isinstance(value, dict) else {}
    child = field.child(head)
    out[head] = _fill(out.get(head), child, rest, (*keys, head), filled)
    return out


def _placeholder(field: Field | None, keys: PathKey) -> Any:
    if field is None or field.kind not in ("object", "array"):
        return Gap(_dotted(keys))
    if field.kind == "object":
        return {}
    if field.item is None or field.item.kind not in ("object", "array"):
        return [Gap(_dotted(keys))]
    return [_placeholder(field.item, (*keys, 0))]


def _dotted(keys: PathKey) -> str:
    from drafter.facts import field_path

    return field_path(keys)


def _example_hint(root: Field, keys: PathKey) -> str:
    node: Field | None = root
    for k in keys:
        if node is None:
            break
        node = node.item if isinstance(k, int) else node.child(k)
    if node is None:
        return ""
    text = f"{node.description}。" if node.description else ""
    if node.example is not None:
        text += f"例如：{keys[-1]}: {_show(node.example)}"
    return text


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "[" + "、".join(map(str, value)) + "]"
    return str(value)


def _missing(data: Any, parts: list[str], keys: PathKey) -> list[PathKey]:
    """Paths (as keys) where ``parts`` is absent or empty in ``data``."""
    if not parts:
        return [] if _present(data) and not (isinstance(data, list) and not
                                             any(_present(x) for x in data)) else [keys]
    head, rest = parts[0], parts[1:]
    if head == "[]":
        if not isinstance(data, list):
            return []
        return [m for i, x in enumerate(data) for m in _missing(x, rest, (*keys, i))]
    if not isinstance(data, dict):
        return [] if keys else [(head,)]
    value = data.get(head)
    if not isinstance(value, (dict, list)) and not _present(value) or value in ([], {}):
        return [(*keys, head)]
    # A container left blank inside (the blank file's 会议: with 名称: and 日期: empty)
    # is reported field by field: the writer sees which lines to fill.
    return _missing(value, rest, (*keys, head))


def _present(value: Any) -> bool:
    return not blank(value)


class _Checker:
    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.problems: list[Problem] = []
        self.failed: set[PathKey] = set()

    def fail(self, keys: PathKey, message: str, hint: str = "") -> None:
        self.failed.add(keys)
        self.problems.append(self.facts.problem(keys, message, hint))

    def value(self, value: Any, field: Field, keys: PathKey) -> Any:
        if value is None or value == [] or value == {} or isinstance(value, str) and not value.strip():
            return field.default  # blank (``成绩:``, ``""``, ``[]``) is the same as left out
        kind = field.kind
        if kind == "object":
            return self._object(value, field, keys)
        if kind == "array":
            if not isinstance(value, list):
                if field.item is not None and field.item.kind == "string" and isinstance(value, str):
                    self.fail(keys, "应为列表，实际写成了一段文字。",
                              "每一项单独一行，以“- ”开头（减号后有空格）。")
                elif field.item is not None and field.item.kind == "object" and isinstance(value, str):
                    example = next((f.name for f in field.item.fields), "名称")
                    self.fail(keys, f"应为{_TYPE_NAMES['array']}，实际是{_describe(value)}。",
                              f"每一项另起一行，以“- ”开头，例如“- {example}: …”。")
                else:
                    self.fail(keys, f"应为{_TYPE_NAMES['array']}，实际是{_describe(value)}。")
                return []
            assert field.item is not None
            return [self.value(v, field.item, (*keys, i)) for i, v in enumerate(value)]
        return self._scalar(value, field, keys)

    def _object(self, value: Any, field: Field, keys: PathKey) -> Any:
        if not isinstance(value, dict):
            hint = ""
            if isinstance(value, str) and "：" in value:
                hint = "这里用了中文全角冒号“：”，YAML 要用英文半角冒号“:”并在后面加一个空格。"
            elif isinstance(value, list):
                hint = "这里不需要“- ”开头的列表，直接写下一级字段。"
            self.fail(keys, f"应为{_TYPE_NAMES['object']}，实际是{_describe(value)}。", hint)
            return {}
        out: dict[str, Any] = {}
        names = [f.name for f in field.fields]
        for key, sub in value.items():
            child = field.child(key)
            if child is None:
                import difflib  # only for the did-you-mean of an error

                close = difflib.get_close_matches(key, names, n=1, cutoff=0.5)
                hint = f"是不是“{close[0]}”？" if close else (
                    f"这一级可用的字段：{'、'.join(names)}。" if names else "")
                self.fail((*keys, key), "不认识这个字段。", hint)
                continue
            out[key] = self.value(sub, child, (*keys, key))
        for child in field.fields:
            if child.name not in out and child.default is not None:
                out[child.name] = child.default
        return out

    def _not_a_date(self, value: Any, written: str | None, keys: PathKey) -> None:
        self.fail(keys, *_date_problem(value, written))

    def _scalar(self, value: Any, field: Field, keys: PathKey) -> Any:
        kind = field.kind
        result: Any = None
        written = self.facts.texts.get(keys)
        """What the writer typed, when YAML read it as a number, yes/no or date."""
        if kind == "string":
            result = _as_text(value, written)
        elif kind == "date":
            result = parse_date(value)
            if result is None:
                self._not_a_date(value, written, keys)
                return None
        elif kind == "integer":
            if isinstance(value, str) and re.fullmatch(r"\s*\d+\s*", value):
                value = int(value)  # writers sometimes quote numbers
            result = value if isinstance(value, int) and not isinstance(value, bool) else None
        elif kind == "number":
            if isinstance(value, str) and re.fullmatch(r"\s*\d+(\.\d+)?\s*", value):
                value = float(value)
            result = value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
        elif kind == "boolean":
            # Writers answer 是/否 in Chinese; YAML only knows true/false.
            result = value if isinstance(value, bool) else YES_NO.get(str(value).strip())
        if result is None:
            self.fail(keys, f"应为{_TYPE_NAMES[kind]}，实际是{_describe(value)}。")
            return None
        if field.form and isinstance(result, str):
            problem = FORMS[field.form](result)
            if problem:
                self.fail(keys, *problem)
                return None
        if field.choices and result not in field.choices:
            self.fail(keys, f"“{result}”不在可选范围内；可选：{'、'.join(map(str, field.choices))}。")
        low, high = field.bounds
        if kind in ("integer", "number") and ((low is not None and result < low) or
                                               (high is not None and result > high)):
            self.fail(keys, f"“{result}”不合情理：应在 {low if low is not None else '…'} 到 "
                            f"{high if high is not None else '…'} 之间。")
            return None
        return result


_BRACKETS = re.compile(r"[\[［【(（〈〔]\s*(\d{4})\s*[\]］】)）〉〕]")


def _issue_number(text: str) -> tuple[str, str] | None:
    """What is wrong with a 发文字号 (GB/T 9704 7.2.5), as message and hint; None if right.

    The form is 机关代字 + year in 六角括号 + number + 号: 区委办〔2026〕12号 (no 第, no
    leading zeros)."""
    text = text.strip()
    m = re.fullmatch(r"(\S+?)〔(\d{4})〕(\d+)号", text)
    if m and not m[3].startswith("0"):
        return None
    fixed = _BRACKETS.sub(r"〔\1〕", text).replace("第", "")
    fixed = re.sub(r"〕0+(\d)", r"〕\1", fixed)
    if not fixed.endswith("号") and re.search(r"〕\d+$", fixed):
        fixed += "号"
    if not re.fullmatch(r"(\S+?)〔(\d{4})〕(\d+)号", fixed):
        return (f"发文字号“{text}”的写法不对。",
                "应写成“机关代字〔年份〕序号号”，如 区委办〔2026〕12号：年份用六角括号〔〕，"
                "序号不加“第”、不编虚位。")
    return (f"发文字号“{text}”的写法不对：年份要用六角括号〔〕，序号不加“第”、不编虚位（GB/T 9704 7.2.5）。",
            f"请改为“{fixed}”。")


FORMS = {"发文字号": _issue_number}
"""Named written forms a text field may require (``格式:`` in the vocabulary)."""


def _as_text(value: Any, written: str | None) -> str | None:
    """A value for a text field: 007, 1.10, 8:30 or yes as typed, not as YAML reads them."""
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, (int, float, bool)) and written is not None:
        return written
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _date_problem(value: Any, written: str | None) -> tuple[str, str]:
    """The message and hint for a value that is not a date."""
    shown = written if written is not None else str(value)
    if isinstance(value, str) and any(f.match(value.strip()) for f in (*_DATE_FORMS, _CHINESE_DATE)):
        return f"“{shown}”不是有效的日期（月份或日子超出范围）。", "请写成 2023-02-24 这样的真实日期。"
    return f"应为日期，实际是“{shown[:30]}”。", "请写成 2023-02-24，也可以写 2023年2月24日 或 2023.2.24。"


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "是/否"
    if isinstance(value, dict):
        return "“字段: 值”的对象"
    if isinstance(value, list):
        return "列表"
    if isinstance(value, (int, float)):
        return f"数字 {value}"
    if isinstance(value, dt.date):
        return f"日期 {value.isoformat()}"
    text = str(value)
    return f"“{text[:30]}{'…' if len(text) > 30 else ''}”"


CONTROL_KEY = "模板"
"""Top-level key naming the template(s) a facts file is for: a name or a list of names."""
