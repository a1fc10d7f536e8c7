"""Load a YAML facts file safely, remembering the line and column of every value.

Writers type these files with a Chinese input method in Notepad or WPS, so this
module reads UTF-8 (with or without BOM) and GB18030, refuses anything else
clearly, and recognises the usual slips (full-width colon or space, tabs) to say
so in the hint. Only plain data comes out: mappings, lists, strings, numbers,
booleans and dates (YAML is composed with SafeLoader, never constructed as
arbitrary objects), with bounded size, depth and alias expansion.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from drafter import yamlload
from drafter.errors import FactsError, Problem, problem_at
from drafter.yaml_errors import ime_hint, syntax_problem

MAX_BYTES = 2_000_000
"""Largest facts file we read: a real one is a few KB, so 2 MB means a wrong file."""
MAX_NODES = 100_000
"""Most values one file may expand to (after aliases): stops "billion laughs"."""
MAX_DEPTH = 40
"""Deepest nesting of mappings and lists we accept."""

Key = str | int
PathKey = tuple[Key, ...]


@dataclass(frozen=True, slots=True)
class Facts:
    """A loaded facts file: plain data plus where each value was written."""

    data: dict[str, Any]
    """The mapping at the top of the file."""
    path: Path
    """The file it came from."""
    locations: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    """1-based (line, column) of each value, by its path of keys and list indexes."""
    texts: dict[PathKey, str] = field(default_factory=dict)
    """The text as written of each value YAML read as a number, yes/no or date, so a
    text field keeps ``007``, ``1.10`` or ``8:30`` exactly as the writer typed it."""

    def where(self, keys: PathKey) -> tuple[int | None, int | None]:
        """Line and column of the value at ``keys``, or of its nearest written parent."""
        while keys:
            if keys in self.locations:
                return self.locations[keys]
            keys = keys[:-1]
        return self.locations.get((), (None, None))

    def leaves(self) -> Iterator[tuple[PathKey, Any]]:
        """Every scalar value with its key path, in file order."""
        stack: list[tuple[PathKey, Any]] = [((), self.data)]
        while stack:
            keys, value = stack.pop()
            if isinstance(value, dict):
                stack += [((*keys, k), v) for k, v in reversed(list(value.items()))]
            elif isinstance(value, list):
                stack += [((*keys, i), v) for i, v in reversed(list(enumerate(value)))]
            else:
                yield keys, value

    def problem(self, keys: PathKey, message: str, hint: str = "") -> Problem:
        """A Problem located at the value ``keys`` in this file."""
        line, col = self.where(keys)
        return Problem(str(self.path), line, col, field_path(keys), message, hint)


def field_path(keys: PathKey) -> str:
    """Format a key path for writers: ``条线[2].任务`` with 1-based list positions."""
    out = ""
    for k in keys:
        out += f"[{k + 1}]" if isinstance(k, int) else (f".{k}" if out else str(k))
    return out


def load(path: Path | str) -> Facts:
    """Read and parse a facts file.

    Args:
        path: the YAML file.

    Returns:
        The facts, with the location of every value.

    Raises:
        FactsError: the file is missing, not text, not YAML, or not a mapping.
    """
    path = Path(path)
    text = read_text(path)
    return parse(text, path)


def read_text(path: Path) -> str:
    """Read a text file written by Notepad, WPS or an editor; refuse anything else.

    Only a regular file is read (a pipe, a device or a link to one is refused before
    reading), and its size is counted on what is read, not on what the file system says.
    """
    from drafter import inputs

    raw = inputs.read_bytes(path, MAX_BYTES, FactsError, "事实文件", "事实文件一般只有几 KB。",
                            "请确认没有选错文件；事实文件最大 2 MB。")
    return decode(raw, path)


def decode(raw: bytes, path: Path) -> str:
    """Decode UTF-8 (optionally with BOM) or GB18030 bytes; refuse other encodings.

    A few NUL bytes pasted in from a web page are dropped; many mean a binary file
    (or UTF-16 without its byte-order mark), which is refused.
    """
    if raw.startswith(b"PK\x03\x04"):
        raise FactsError(problem_at(path, "这是一个 Word（.docx）或压缩文件，不是事实文件。",
                                    "请给出 .yaml 事实文件；可用 drafter new 模板名 生成一个空白的。"))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(raw):
        raise FactsError(problem_at(path, "文件是 UTF-16 编码，drafter 只读 UTF-8 或 GB18030（GBK）。",
                                    "在记事本中“另存为”，编码选“UTF-8”。"))
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    nuls = raw.count(b"\x00")
    if nuls > MAX_NULS or nuls * 100 > len(raw):
        raise FactsError(problem_at(path, "文件含有二进制内容，不是文本文件。",
                                    "请确认选的是 .yaml 事实文件。"))
    try:
        return raw.replace(b"\x00", b"").decode("utf-8")
    except UnicodeDecodeError as e:
        if nuls:
            raise FactsError(problem_at(path, "文件含有二进制内容，不是文本文件。",
                                        "请确认选的是 .yaml 事实文件。")) from None
        utf8_error = e
    if _mostly_utf8(raw):
        line = raw[: utf8_error.start].count(b"\n") + 1
        column = len(raw[raw.rfind(b"\n", 0, utf8_error.start) + 1: utf8_error.start]
                     .decode("utf-8", "replace")) + 1
        raise FactsError(problem_at(path, "文件是 UTF-8 编码，但这里有无法识别的字节（文件损坏，或混进了别的编码的文字）。",
                                    "删掉这一处重新输入，再用 UTF-8 编码保存。",
                                    line=line, column=column))
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise FactsError(problem_at(path, "文件既不是 UTF-8 也不是 GB18030（GBK）编码，无法读取。",
                                    "在记事本中“另存为”，编码选“UTF-8”。", line=line)) from None


MAX_NULS = 16
"""NUL bytes silently dropped from a text file (pasted from the web); more mean binary."""


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte-order mark: the NULs of its ASCII characters all fall on
    even bytes (big-endian) or all on odd ones (little-endian)."""
    sample = raw[:4000]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return even + odd >= 4 and max(even, odd) >= 0.95 * (even + odd) and \
        (even + odd) * 50 > len(sample)


def _mostly_utf8(raw: bytes) -> bool:
    """True when the bytes are UTF-8 apart from a few damaged places (so GB18030 would
    only turn the whole file into gibberish)."""
    text = raw.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    return good >= 2 and bad * 20 <= good


_UNSAFE_SOURCE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u200b-\u200f\u2060-\u2064"
                            "\u2028-\u202e\u2066-\u2069\u061c\u180e\x85\ufeff\ufff9-\ufffb\ufffe\uffff"
                            "\U000e0000-\U000e007f]")
"""Controls, zero-width characters, and the invisible bidirectional controls (U+202E …)
that would show a figure or a name reversed in the draft while the facts file looks right."""


def clean_source(text: str) -> str:
    """The text of a facts file without what Word and web pages paste in and YAML refuses.

    Control characters (Word's manual line break \\v, page break \\f …), zero-width
    spaces, bidirectional controls, stray byte-order marks and Unicode line separators
    are dropped; non-breaking spaces become ordinary spaces, so ``地区:\\u00a0全区`` still reads as a field.
    """
    text = _UNSAFE_SOURCE.sub("", text).replace("\u00a0", " ")
    return _BLANK_LINE.sub("", text)


_BLANK_LINE = re.compile(r"^[ \t\u3000]+$", re.MULTILINE)
"""Lines of nothing but spaces and tabs: invisible to writers, so made empty."""


def parse(text: str, path: Path) -> Facts:
    """Parse YAML text into Facts; see ``load``."""
    text = clean_source(text)
    if not text.strip():
        raise FactsError(problem_at(path, "文件是空的。",
                                    "请先用 drafter new 模板名 生成一个事实文件，再填写。"))
    try:
        node = yamlload.compose(text, _BoundedLoader)
    except _TooBigError as e:
        raise FactsError(e.problem(path, text)) from None
    except yaml.MarkedYAMLError as e:
        raise FactsError(syntax_problem(e, text, path)) from None
    except yaml.YAMLError as e:  # a character YAML refuses that clean_source let through
        raise FactsError(problem_at(path, f"YAML 格式错误：文件里有无法识别的字符（{e}）。",
                                    "删掉这个字符再试。")) from None
    except RecursionError:
        raise FactsError(problem_at(path, f"嵌套太深（超过 {MAX_DEPTH} 层），不像是事实文件。",
                                    "检查方括号“[ ]”和花括号“{ }”是否成对。")) from None
    if node is None:
        raise FactsError(problem_at(path, "文件里只有注释，没有内容。"))
    builder = _Builder(path, text)
    try:
        data = builder.build(node, ())
    except _TooBigError:
        # libyaml composed it; say what the bounded loader says of it, line for line
        builder = _Builder(path, text)
        try:
            data = builder.build(yaml.compose(text, Loader=_BoundedLoader), ())
        except _TooBigError as e:
            raise FactsError(e.problem(path, text)) from None
    if builder.problems:
        raise FactsError(builder.problems)
    if not isinstance(data, dict):
        line = node.start_mark.line + 1
        hint = ime_hint(text.splitlines()[node.start_mark.line]) or \
            "事实文件应当由“字段: 值”组成，例如“地区: 全区”（冒号后有一个空格）。"
        raise FactsError(problem_at(path, "文件最外层应当是“字段: 值”的列表。", hint, line=line,
                                    column=node.start_mark.column + 1))
    return Facts(data, path, builder.locations, builder.texts)


class _TooBigError(Exception):
    """Composition stopped: too many values, or nested too deep."""

    def __init__(self, kind: str, line: int) -> None:
        super().__init__(kind)
        self.kind, self.line = kind, line

    def problem(self, path: Path, text: str) -> Problem:
        if self.kind == "deep":
            return problem_at(path, f"嵌套超过 {MAX_DEPTH} 层，不像是事实文件。",
                              "检查缩进是否一行比一行深，方括号“[ ]”和花括号“{ }”是否成对。", line=self.line)
        hint = "请检查是否有互相引用的锚点（& 和 *）。" if _has_aliases(text) else \
            "事实文件一般只有几百项，请确认没有选错文件。"
        return problem_at(path, f"内容展开后超过 {MAX_NODES} 项，不像是事实文件。", hint)


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader that stops composing as soon as a file has more values or
    deeper nesting than a facts file can have, so a 2 MB file of a million tiny values
    is refused in moments, not after 20 seconds and 650 MB."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.nodes = 0
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node:
        self.nodes += 1
        self.depth += 1
        try:
            if self.nodes > MAX_NODES:
                raise _TooBigError("many", self.peek_event().start_mark.line + 1)
            if self.depth > MAX_DEPTH + 1:
                raise _TooBigError("deep", self.peek_event().start_mark.line + 1)
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        finally:
            self.depth -= 1


def _has_aliases(text: str) -> bool:
    return bool(re.search(r"(^|[\s,\[{])\*[\w-]", text))


class _Builder:
    """Turns a composed YAML node tree into plain data, recording locations."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.locations: dict[PathKey, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self.texts: dict[PathKey, str] = {}
        self.count = 0
        self.constructor = yaml.SafeLoader("")

    def fail(self, node: yaml.Node, keys: PathKey, message: str, hint: str = "") -> None:
        self.problems.append(Problem(str(self.path), node.start_mark.line + 1,
                                     node.start_mark.column + 1, field_path(keys), message, hint))

    def build(self, node: yaml.Node, keys: PathKey) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooBigError("many", node.start_mark.line + 1)
        if len(keys) > MAX_DEPTH:
            raise _TooBigError("deep", node.start_mark.line + 1)
        self.locations[keys] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and \
                node.tag not in (_YAML + "map", _YAML + "seq"):
            self.fail(node, keys, f"不支持 YAML 标签“{_short_tag(node.tag)}”。",
                      "事实文件里只写文字、数字、日期和列表；去掉以“!”开头的标签。")
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, keys)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*keys, i)) for i, item in enumerate(node.value)]
        return self._scalar(node, keys)

    def _mapping(self, node: yaml.MappingNode, keys: PathKey) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.fail(key_node, keys, "字段名必须是一段文字。",
                          "值以“{”或“[”开头时，YAML 会把它读成对象或列表；如果是正文，"
                          "请把整个值用引号括起来，例如 号召: \"{{ 内容 }}\"。")
                continue
            # A field name is the text the writer typed: ``yes:`` or ``2023:`` stay as written.
            key = clean_text(str(key_node.value))
            if key_node.tag == _MERGE or (key == "<<" and key_node.style is None):
                self.fail(key_node, keys, "不支持 YAML 合并键（<<）。", "请把字段直接写出来。")
                continue
            if key in out:
                first = self.locations.get((*keys, key), (0, 0))[0]
                self.fail(key_node, (*keys, key), f"字段重复：第 {first} 行已经写过“{key}”。",
                          "删掉其中一处，或把内容合并到一处。")
                continue
            hint = ime_hint(key)
            if hint:
                self.fail(key_node, keys, f"字段名“{key}”里有全角字符。", hint)
                continue
            out[key] = self.build(value_node, (*keys, key))
            # A field is located where its name is written.
            self.locations[(*keys, key)] = (key_node.start_mark.line + 1,
                                            key_node.start_mark.column + 1)
        return out

    def _scalar(self, node: yaml.Node, keys: PathKey) -> Any:
        if node.tag == _VALUE:  # a bare ``=``: PyYAML has no constructor for it
            return "="
        if node.tag not in _PLAIN_TAGS:
            self.fail(node, keys, f"不支持 YAML 标签“{_short_tag(node.tag)}”。",
                      "事实文件里只写文字、数字、日期和列表；去掉以“!”开头的标签。")
            return None
        try:
            value = self.constructor.construct_object(node)
        except ValueError:
            if node.tag != _TIMESTAMP:  # a number too long for Python: keep it as text
                return clean_text(str(node.value))
            self.fail(node, keys, f"“{_clip(str(node.value))}”不是有效的日期（月份或日子超出范围）。",
                      "请写成 2023-02-24 这样的真实日期。")
            return None
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, str):
            return clean_text(value)
        if value is not None:
            self.texts[keys] = clean_text(str(node.value))
        return value


_YAML = "tag:yaml.org,2002:"
_PLAIN_TAGS = frozenset(_YAML + t for t in ("str", "int", "float", "bool", "null", "timestamp"))
_TIMESTAMP, _MERGE, _VALUE = _YAML + "timestamp", _YAML + "merge", _YAML + "value"


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_YAML):] if tag.startswith(_YAML) else tag


def _clip(text: str, n: int = 30) -> str:
    return text if len(text) <= n else text[:n] + "…"


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\ufffe\uffff"
                      "\ud800-\udfff]")


def clean_text(value: str) -> str:
    """Remove what Word and web pages paste in that a .docx cannot hold.

    Control characters (vertical tab, form feed, NUL …), zero-width spaces and
    lone surrogates are dropped; non-breaking spaces become ordinary spaces.
    """
    return _CONTROL.sub("", value).replace("\u00a0", " ").replace("\r\n", "\n").replace("\r", "\n")
