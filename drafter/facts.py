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

from drafter.errors import FactsError, Problem, problem_at

MAX_BYTES = 2_000_000
"""Largest facts file we read: a real one is a few KB, so 2 MB means a wrong file."""
MAX_NODES = 100_000
"""Most values one file may expand to (after aliases): stops "billion laughs"."""
MAX_DEPTH = 40
"""Deepest nesting of mappings and lists we accept."""

Key = str | int
PathKey = tuple[Key, ...]

FULLWIDTH_COLON = "："
FULLWIDTH_SPACE = "\u3000"


@dataclass(frozen=True, slots=True)
class Facts:
    """A loaded facts file: plain data plus where each value was written."""

    data: dict[str, Any]
    """The mapping at the top of the file."""
    path: Path
    """The file it came from."""
    locations: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    """1-based (line, column) of each value, by its path of keys and list indexes."""

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
    """Read a text file written by Notepad, WPS or an editor; refuse anything else."""
    try:
        if path.is_dir():
            raise FactsError(problem_at(path, "这是一个文件夹，不是事实文件。",
                                        "请给出 .yaml 文件的路径。"))
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise FactsError(problem_at(
                path, f"文件太大（{size // 1024} KB），事实文件一般只有几 KB。",
                "请确认没有选错文件；事实文件最大 2 MB。"))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FactsError(problem_at(path, "找不到这个文件。", "请检查文件名和所在文件夹。")) from None
    except PermissionError:
        raise FactsError(problem_at(path, "没有权限读取这个文件。")) from None
    return decode(raw, path)


def decode(raw: bytes, path: Path) -> str:
    """Decode UTF-8 (optionally with BOM) or GB18030 bytes; refuse other encodings."""
    if raw.startswith(b"PK\x03\x04"):
        raise FactsError(problem_at(path, "这是一个 Word（.docx）或压缩文件，不是事实文件。",
                                    "请给出 .yaml 事实文件；可用 drafter new 模板名 生成一个空白的。"))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FactsError(problem_at(path, "文件是 UTF-16 编码，drafter 只读 UTF-8 或 GB18030（GBK）。",
                                    "在记事本中“另存为”，编码选“UTF-8”。"))
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if b"\x00" in raw:
        raise FactsError(problem_at(path, "文件含有二进制内容，不是文本文件。",
                                    "请确认选的是 .yaml 事实文件。"))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise FactsError(problem_at(path, "文件既不是 UTF-8 也不是 GB18030（GBK）编码，无法读取。",
                                    "在记事本中“另存为”，编码选“UTF-8”。", line=line)) from None


def parse(text: str, path: Path) -> Facts:
    """Parse YAML text into Facts; see ``load``."""
    if not text.strip():
        raise FactsError(problem_at(path, "文件是空的。",
                                    "请先用 drafter new 模板名 生成一个事实文件，再填写。"))
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        raise FactsError(_syntax_problem(e, text, path)) from None
    except yaml.YAMLError as e:  # pragma: no cover - every PyYAML error we know is marked
        raise FactsError(problem_at(path, f"YAML 格式错误：{e}")) from None
    if node is None:
        raise FactsError(problem_at(path, "文件里只有注释，没有内容。"))
    builder = _Builder(path, text)
    data = builder.build(node, ())
    if builder.problems:
        raise FactsError(builder.problems)
    if not isinstance(data, dict):
        line = node.start_mark.line + 1
        hint = _ime_hint(text.splitlines()[node.start_mark.line]) or \
            "事实文件应当由“字段: 值”组成，例如“地区: 全区”（冒号后有一个空格）。"
        raise FactsError(problem_at(path, "文件最外层应当是“字段: 值”的列表。", hint, line=line,
                                    column=node.start_mark.column + 1))
    return Facts(data, path, builder.locations)


class _Builder:
    """Turns a composed YAML node tree into plain data, recording locations."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.locations: dict[PathKey, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self.count = 0
        self.constructor = yaml.SafeLoader("")

    def fail(self, node: yaml.Node, keys: PathKey, message: str, hint: str = "") -> None:
        self.problems.append(Problem(str(self.path), node.start_mark.line + 1,
                                     node.start_mark.column + 1, field_path(keys), message, hint))

    def build(self, node: yaml.Node, keys: PathKey) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise FactsError(problem_at(self.path, f"内容展开后超过 {MAX_NODES} 项，不像是事实文件。",
                                        "请检查是否有互相引用的锚点（& 和 *）。"))
        if len(keys) > MAX_DEPTH:
            raise FactsError(problem_at(self.path, f"嵌套超过 {MAX_DEPTH} 层，不像是事实文件。",
                                        line=node.start_mark.line + 1))
        self.locations[keys] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, keys)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*keys, i)) for i, item in enumerate(node.value)]
        return self._scalar(node, keys)

    def _mapping(self, node: yaml.MappingNode, keys: PathKey) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.fail(key_node, keys, "字段名必须是一段文字。")
                continue
            key = str(self.constructor.construct_object(key_node))
            if key == "<<":
                self.fail(key_node, keys, "不支持 YAML 合并键（<<）。", "请把字段直接写出来。")
                continue
            if key in out:
                first = self.locations.get((*keys, key), (0, 0))[0]
                self.fail(key_node, (*keys, key), f"字段重复：第 {first} 行已经写过“{key}”。",
                          "删掉其中一处，或把内容合并到一处。")
                continue
            hint = _ime_hint(key)
            if hint:
                self.fail(key_node, keys, f"字段名“{key}”里有全角字符。", hint)
                continue
            out[key] = self.build(value_node, (*keys, key))
            # A field is located where its name is written.
            self.locations[(*keys, key)] = (key_node.start_mark.line + 1,
                                            key_node.start_mark.column + 1)
        return out

    def _scalar(self, node: yaml.Node, keys: PathKey) -> Any:
        try:
            value = self.constructor.construct_object(node)
        except yaml.constructor.ConstructorError as e:
            self.fail(node, keys, f"无法识别的值：{e.problem}")
            return None
        except ValueError:  # e.g. an impossible date such as 2023-02-30
            self.fail(node, keys, f"“{node.value}”不是有效的值（日期是否写错了？）。")
            return None
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, str):
            value = clean_text(value)
        return value


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\ud800-\udfff]")


def clean_text(value: str) -> str:
    """Remove what Word and web pages paste in that a .docx cannot hold.

    Control characters (vertical tab, form feed, NUL …), zero-width spaces and
    lone surrogates are dropped; non-breaking spaces become ordinary spaces.
    """
    return _CONTROL.sub("", value).replace("\u00a0", " ").replace("\r\n", "\n").replace("\r", "\n")


def _ime_hint(line: str) -> str:
    """A hint when a line shows a Chinese-IME slip (full-width colon or space)."""
    stripped = line.lstrip(" -")
    if re.match(r"^[^\s:：#\"'][^:：]{0,20}：", stripped) and ":" not in stripped.split("：")[0]:
        return "冒号“：”是中文全角的，YAML 要用英文半角冒号“:”，后面再加一个空格，例如“名称: 组织”。"
    if FULLWIDTH_SPACE in line[: len(line) - len(line.lstrip(" \u3000"))] or \
            (FULLWIDTH_SPACE in stripped.split(":")[0]):
        return "这一行有全角空格“　”，YAML 的缩进和冒号后只能用半角空格（切换到英文输入法再敲空格）。"
    return ""


def _syntax_problem(e: yaml.MarkedYAMLError, text: str, path: Path) -> Problem:
    mark = e.problem_mark or e.context_mark
    line = mark.line + 1 if mark else None
    col = mark.column + 1 if mark else None
    lines = text.splitlines()
    # The slip is often on the line before the one PyYAML complains about.
    candidates = [n for n in (line, (line or 1) - 1) if n and 0 < n <= len(lines)]
    for n in candidates:
        hint = _ime_hint(lines[n - 1])
        if hint:
            return Problem(str(path), n, None, "", "YAML 格式错误：输入法打出了全角字符。", hint)
    if line and line <= len(lines) and "\t" in lines[line - 1]:
        return Problem(str(path), line, col, "", "YAML 格式错误：这一行用了制表符（Tab）。",
                       "YAML 只能用空格缩进，请把 Tab 换成空格（一般每级两个空格）。")
    problem = e.problem or "格式错误"
    return Problem(str(path), line, col, "", f"YAML 格式错误：{_translate(problem)}",
                   "检查这一行及上一行的缩进、冒号和引号是否成对；冒号后要有一个空格。")


_YAML_PROBLEMS = (
    (r"mapping values are not allowed", "这里不能出现“字段: 值”（可能缩进不对，或值里有冒号需要加引号）"),
    (r"could not find expected ':'", "缺少冒号“:”"),
    (r"found character .* that cannot start any token", "出现了不能出现在这里的字符"),
    (r"did not find expected key", "没有找到应有的字段（可能是缩进不一致）"),
    (r"found undefined alias", "引用了未定义的锚点"),
    (r"found unexpected end of stream", "文件意外结束（可能是引号没有成对）"),
    (r"did not find expected '-' indicator", "列表的缩进不一致"),
    (r"found unknown escape character", "双引号中的反斜杠“\\”用法不对"),
    (r"expected <block end>", "缩进不一致"),
    (r"found duplicate anchor", "锚点重名"),
)


def _translate(problem: str) -> str:
    for pattern, zh in _YAML_PROBLEMS:
        if re.match(pattern, problem):
            return zh
    return problem
