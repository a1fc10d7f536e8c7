"""PyYAML's complaints about a facts file, told in Chinese, pointing at the real slip.

The commonest slips of writers typing YAML with a Chinese input method (a full-width
colon or space where YAML needs a half-width one, a Tab, an unquoted value starting with
``**`` or ``@``) are recognised and named in the hint; other errors are translated.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from drafter.errors import Problem

FULLWIDTH_SPACE = "\u3000"


def ime_hint(line: str) -> str:
    """A hint when a line shows a Chinese-IME slip (full-width colon or space)."""
    if "：" not in line and FULLWIDTH_SPACE not in line:  # each slip below needs one of them
        return ""
    stripped = line.lstrip(" -")
    if re.match(r"^[^\s:：#\"'][^:：，。、；]{0,20}：", stripped) and ":" not in stripped.split("：")[0]:
        return "冒号“：”是中文全角的，YAML 要用英文半角冒号“:”，后面再加一个空格，例如“名称: 组织”。"
    if FULLWIDTH_SPACE in line[: len(line) - len(line.lstrip(" \u3000"))] or \
            (FULLWIDTH_SPACE in stripped.split(":")[0]) or re.match(r"^[^:#]{1,20}:\u3000", stripped):
        return "这一行有全角空格“　”，YAML 的缩进和冒号后只能用半角空格（切换到英文输入法再敲空格）。"
    return ""


_QUOTE_HINT = "如果这是正文，请把整个值用引号括起来，例如 名称: \"**全会\"。"


def syntax_problem(e: yaml.MarkedYAMLError, text: str, path: Path) -> Problem:
    """The Problem to report for a YAML syntax error in ``text`` (the file ``path``)."""
    lines = text.splitlines()
    message, hint, at_context = _translate(e)
    mark = (e.context_mark if at_context else None) or e.problem_mark or e.context_mark
    line = mark.line + 1 if mark else None
    col = mark.column + 1 if mark else None
    # The slip is often on the line before the one PyYAML complains about.
    candidates = [n for n in (line, (line or 1) - 1) if n and 0 < n <= len(lines)]
    for n in candidates:
        ime = ime_hint(lines[n - 1])
        if ime:
            return Problem(str(path), n, None, "", "YAML 格式错误：输入法打出了全角字符。", ime)
    if line and line <= len(lines) and "\t" in lines[line - 1]:
        text_line = lines[line - 1]
        if re.search(r"\S:\t", text_line):
            return Problem(str(path), line, text_line.index(":\t") + 2, "",
                           "YAML 格式错误：冒号后面用了制表符（Tab）。", "冒号后面要敲一个空格，不能用 Tab。")
        return Problem(str(path), line, col, "", "YAML 格式错误：这一行用了制表符（Tab）。",
                       "YAML 只能用空格缩进，请把 Tab 换成空格（一般每级两个空格）。")
    if line and line > len(lines) and lines:  # PyYAML points past the end of the file
        line, col = len(lines), len(lines[-1]) + 1
    return Problem(str(path), line, col, "", f"YAML 格式错误：{message}", hint)


_GENERIC_HINT = "检查这一行及上一行的缩进、冒号和引号是否成对；冒号后要有一个空格。"
_YAML_PROBLEMS: tuple[tuple[str, str, str, bool], ...] = (
    # (pattern of PyYAML's problem or context, message, hint, point at the context mark)
    (r"mapping values are not allowed", "这里不能出现“字段: 值”（可能缩进不对，或值里有冒号需要加引号）",
     _GENERIC_HINT, False),
    (r"could not find expected ':'", "缺少冒号“:”", _GENERIC_HINT, False),
    (r"found character '(.)' that cannot start any token", "值不能以“{0}”开头", _QUOTE_HINT, False),
    (r"invalid indentation or unclosed", "缩进不对，或方括号“[”、花括号“{{”没有成对", _GENERIC_HINT, False),
    (r"sequence entries are not allowed", "这里不能出现以“- ”开头的列表项（可能缩进不对）",
     _GENERIC_HINT, False),
    (r"mapping keys are not allowed", "这里不能出现“?”", _QUOTE_HINT, False),
    (r"did not find expected key", "没有找到应有的字段（可能是缩进不一致）", _GENERIC_HINT, False),
    (r"found undefined alias '?([^']*)", "“*{0}”被当成了 YAML 的锚点引用", _QUOTE_HINT, False),
    (r"found duplicate anchor '?([^';]*)", "锚点“&{0}”重名", _GENERIC_HINT, False),
    (r"while scanning an? (?:alias|anchor)", "值不能以“*”或“&”开头", _QUOTE_HINT, False),
    (r"while (?:scanning|parsing) an? (?:tag|node)|found undefined tag|found non-specific tag|"
     r"while scanning a (?:tag|directive)", "值不能以“!”或“%”开头", _QUOTE_HINT, False),
    (r"while scanning a block scalar", "“|”或“>”后面应当换行再写内容", _QUOTE_HINT, False),
    (r"found unknown escape character|expected escape sequence", "双引号里的反斜杠“\\”用法不对",
     "双引号里要写反斜杠时写成“\\\\”，或改用单引号。", False),
    (r"found unexpected end of stream", "引号从这里开始，直到文件末尾都没有结束",
     "检查这一行的引号是否成对。", True),
    (r"found unexpected document separator", "引号从这里开始，直到“---”都没有结束",
     "检查这一行的引号是否成对。", True),
    (r"expected ',' or '\]'", "方括号“[”从这里开始，没有配对的“]”", "补上“]”，列表项之间用英文逗号隔开。",
     True),
    (r"expected ',' or '\}'", "花括号“{{”从这里开始，没有配对的“}}”", _QUOTE_HINT, True),
    (r"but found another document", "文件里有“---”分出的第二份内容，一个事实文件只能有一份",
     "删掉“---”及其后的内容，或把它们放进另一个文件。", False),
    (r"expected the node content", "这里缺少内容", _GENERIC_HINT, False),
    (r"expected <block end>", "缩进不一致", _GENERIC_HINT, False),
    (r"expected '<document start>'|found (?:duplicate|incompatible) YAML|duplicate tag handle",
     "以“%”开头的行是 YAML 指令，事实文件里用不到", "删掉这一行，或把它写成注释（以“#”开头）。", False),
)


def _translate(e: yaml.MarkedYAMLError) -> tuple[str, str, bool]:
    """PyYAML's error in Chinese: (message, hint, whether to point at the context mark)."""
    for pattern, zh, hint, at_context in _YAML_PROBLEMS:
        for said in (e.problem or "", e.context or ""):
            m = re.search(pattern, said)
            if m:
                return zh.format(*m.groups()), hint, at_context
    return f"无法解析（{e.problem or e.context}）", _GENERIC_HINT, False
