"""The battery of bad inputs: every one gets its exact Chinese message and nothing else.

Each failing case runs ``drafter build`` the way a writer would (in a folder holding
the facts file and the document an earlier build wrote) and checks: exit code 1, the
exact message on stderr with file:line(:col), no traceback, nothing on stdout, no new
file, and the earlier document byte-identical. Cases that drafter accepts (other date
spellings, other encodings, text pasted from Word) build, and the document is opened
and read back to prove it is whole and clean.

The cases run in-process through ``cli.run`` for speed (a traceback there is an
exception escaping ``run``); a sample of them, the 50 MB file and the paths whose
behaviour depends on the operating system run as real subprocesses.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from helpers import ROOT, run_cli

from drafter import cli
from drafter.reader import read_docx

MINIMAL = """\
模板: speech
地区: 全区
党委: 区委
会议:
  名称: 全区组织工作会议
  日期: 2023-02-24
  主要任务: 总结去年工作，部署今年任务
回顾:
  总体: 围绕中心、服务大局
今年:
  定位: 今年是开局之年
条线:
  - 名称: 组织
    部门: 组织部门
    回顾: 扎实践行新时代党的组织路线
    任务:
      标题: 凝心聚力，提供坚强组织保证
      要点:
        - 标题: 建强组织体系
          内容: 推动基层组织全面进步。
意义:
  标题: 提高政治站位
  要点:
    - 标题: 做好党建工作是必然要求
      内容: 抓好党建是最大政绩。
部署:
  标题: 聚焦重点任务
保障:
  标题: 加强党的领导
  要点:
    - 标题: 强化主体责任
结束语:
  号召: 征途漫漫，惟有奋斗
  目标: 实现“两个更好”
"""
"""A facts file that builds; each case breaks one thing in it."""


def edit(old: str, new: str) -> str:
    """MINIMAL with one line changed (the change must apply exactly once)."""
    assert MINIMAL.count(old) == 1, old
    return MINIMAL.replace(old, new)


TEMPLATE_FACTS = "模板: 坏模板\n地区: 全区\n"


def template(body: str, files: dict[str, str] | None = None) -> Callable[[Path], None]:
    """A writer library ``lib/`` with a template 坏模板 whose body is ``body``."""

    def setup(folder: Path) -> None:
        t = folder / "lib" / "坏模板"
        t.mkdir(parents=True)
        (t / "template.yml").write_text("体裁: 测试\n说明: 测试用模板\n需要: [地区]\n", encoding="utf-8")
        (t / "body.j2").write_text(body, encoding="utf-8")
        for name, text in (files or {}).items():
            (folder / "lib" / name).write_text(text, encoding="utf-8")

    return setup


@dataclass(frozen=True)
class Bad:
    """One bad input and exactly what drafter must say about it."""

    id: str
    facts: str | bytes | None
    """What f.yaml holds (str is written as UTF-8); None: no f.yaml."""
    message: str
    """stderr after “错误：”, without the final newline."""
    args: tuple[str, ...] = ("build", "f.yaml")
    setup: Callable[[Path], None] | None = None


QUOTE = "  提示：如果这是正文，请把整个值用引号括起来，例如 名称: \"**全会\"。"
IME_COLON = ("f.yaml:{}: YAML 格式错误：输入法打出了全角字符。\n  提示：冒号“：”是中文全角的，YAML 要用英文半角冒号“:”，"
             "后面再加一个空格，例如“名称: 组织”。")
DEEP = "  提示：检查缩进是否一行比一行深，方括号“[ ]”和花括号“{ }”是否成对。"
BINARY = "f.yaml: 文件含有二进制内容，不是文本文件。\n  提示：请确认选的是 .yaml 事实文件。"
UTF16 = "f.yaml: 文件是 UTF-16 编码，drafter 只读 UTF-8 或 GB18030（GBK）。\n  提示：在记事本中“另存为”，编码选“UTF-8”。"


def _alias_bomb() -> str:
    lines = ['a: &a ["哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    return MINIMAL + "\n".join(lines) + "\n"


BAD: list[Bad] = [
    # --- YAML syntax ------------------------------------------------------------------------
    Bad("syntax-unclosed-bracket", edit("地区: 全区", "地区: [全区, 全市"),
        "f.yaml:2:5: YAML 格式错误：方括号“[”从这里开始，没有配对的“]”\n  提示：补上“]”，列表项之间用英文逗号隔开。"),
    Bad("syntax-unclosed-brace", edit("地区: 全区", "地区: {全区"),
        "f.yaml:2:5: YAML 格式错误：花括号“{”从这里开始，没有配对的“}”\n" + QUOTE),
    Bad("syntax-unclosed-quote", edit("地区: 全区", '地区: "全区'),
        "f.yaml:2:5: YAML 格式错误：引号从这里开始，直到文件末尾都没有结束\n  提示：检查这一行的引号是否成对。"),
    Bad("syntax-bad-indent", edit("  日期: 2023-02-24", " 日期: 2023-02-24"),
        "f.yaml:6:2: YAML 格式错误：缩进不一致\n"
        "  提示：检查这一行及上一行的缩进、冒号和引号是否成对；冒号后要有一个空格。"),
    Bad("syntax-colon-in-value", edit("地区: 全区", "地区: 全区: 全市"),
        "f.yaml:2:7: YAML 格式错误：这里不能出现“字段: 值”（可能缩进不对，或值里有冒号需要加引号）\n"
        "  提示：检查这一行及上一行的缩进、冒号和引号是否成对；冒号后要有一个空格。"),
    Bad("syntax-placeholder-stars", edit("  总体: 围绕中心、服务大局", "  总体: **会议上，围绕中心"),
        "f.yaml:9:8: YAML 格式错误：值不能以“*”或“&”开头\n" + QUOTE),
    Bad("syntax-alias-undefined", edit("  总体: 围绕中心、服务大局", "  总体: *TODO 待补"),
        "f.yaml:9:7: YAML 格式错误：“*TODO”被当成了 YAML 的锚点引用\n"
        "  提示：如果这是正文，请把整个值用引号括起来，例如 名称: \"**全会\"。"),
    Bad("syntax-at-sign", edit("地区: 全区", "地区: @全区"),
        "f.yaml:2:5: YAML 格式错误：值不能以“@”开头\n" + QUOTE),
    Bad("syntax-second-document", MINIMAL + "---\n地区: 全市\n",
        "f.yaml:35:1: YAML 格式错误：文件里有“---”分出的第二份内容，一个事实文件只能有一份\n"
        "  提示：删掉“---”及其后的内容，或把它们放进另一个文件。"),
    Bad("syntax-bad-escape", edit("地区: 全区", '地区: "C:\\文件\\全区"'),
        "f.yaml:2:9: YAML 格式错误：双引号里的反斜杠“\\”用法不对\n"
        "  提示：双引号里要写反斜杠时写成“\\\\”，或改用单引号。"),
    Bad("syntax-list-in-mapping", edit("党委: 区委", "党委: 区委\n- 区政府"),
        "f.yaml:4:1: YAML 格式错误：缩进不一致\n"
        "  提示：检查这一行及上一行的缩进、冒号和引号是否成对；冒号后要有一个空格。"),
    Bad("syntax-python-tag", edit("地区: 全区", "地区: !!python/object/apply:os.system [echo]"),
        "f.yaml:2:5: 地区: 不支持 YAML 标签“!!python/object/apply:os.system”。\n"
        "  提示：事实文件里只写文字、数字、日期和列表；去掉以“!”开头的标签。"),
    Bad("syntax-merge-key", MINIMAL + "别名: &x {a: 1}\n另一个:\n  <<: *x\n",
        "f.yaml:37:3: 另一个: 不支持 YAML 合并键（<<）。\n"
        "  提示：请把字段直接写出来。"),
    Bad("syntax-not-a-mapping", "- 全区\n- 区委\n",
        "f.yaml:1:1: 文件最外层应当是“字段: 值”的列表。\n"
        "  提示：事实文件应当由“字段: 值”组成，例如“地区: 全区”（冒号后有一个空格）。"),
    Bad("syntax-template-braces-unquoted", edit("  号召: 征途漫漫，惟有奋斗", "  号召: {{ 号召 }}"),
        "f.yaml:33:8: 结束语.号召: 字段名必须是一段文字。\n"
        "  提示：值以“{”或“[”开头时，YAML 会把它读成对象或列表；如果是正文，请把整个值用引号括起来，例如 号召: \"{{ 内容 }}\"。"),
    # --- tabs ---------------------------------------------------------------------------------
    Bad("tab-indent", edit("  日期: 2023-02-24", "\t日期: 2023-02-24"),
        "f.yaml:6:1: YAML 格式错误：这一行用了制表符（Tab）。\n"
        "  提示：YAML 只能用空格缩进，请把 Tab 换成空格（一般每级两个空格）。"),
    Bad("tab-after-colon", edit("地区: 全区", "地区:\t全区"),
        "f.yaml:2:4: YAML 格式错误：冒号后面用了制表符（Tab）。\n  提示：冒号后面要敲一个空格，不能用 Tab。"),
    Bad("tab-in-list", edit("        - 标题: 建强组织体系", "        -\t标题: 建强组织体系"),
        "f.yaml:19:10: YAML 格式错误：这一行用了制表符（Tab）。\n"
        "  提示：YAML 只能用空格缩进，请把 Tab 换成空格（一般每级两个空格）。"),
    # --- full-width characters from a Chinese input method ----------------------------------
    Bad("ime-colon-top", edit("党委: 区委", "党委：区委"), IME_COLON.format(3)),
    Bad("ime-colon-nested", edit("  名称: 全区组织工作会议", "  名称：全区组织工作会议"),
        "f.yaml:5: YAML 格式错误：输入法打出了全角字符。\n"
        "  提示：冒号“：”是中文全角的，YAML 要用英文半角冒号“:”，后面再加一个空格，例如“名称: 组织”。"),
    Bad("ime-colon-only-child", edit("""  名称: 全区组织工作会议
  日期: 2023-02-24
  主要任务: 总结去年工作，部署今年任务
""", "  名称：全区组织工作会议\n"), "f.yaml:4:1: 会议: 应为“字段: 值”的对象，实际是“名称：全区组织工作会议”。\n"
        "  提示：这里用了中文全角冒号“：”，YAML 要用英文半角冒号“:”并在后面加一个空格。"),
    Bad("ime-colon-list-item", edit("  - 名称: 组织", "  - 名称：组织"), "f.yaml:13: YAML 格式错误：输入法打出了全角字符。\n"
        "  提示：冒号“：”是中文全角的，YAML 要用英文半角冒号“:”，后面再加一个空格，例如“名称: 组织”。"),
    Bad("ime-space-after-colon", edit("党委: 区委", "党委:\u3000区委"), "f.yaml:3: YAML 格式错误：输入法打出了全角字符。\n"
        "  提示：这一行有全角空格“\u3000”，YAML 的缩进和冒号后只能用半角空格（切换到英文输入法再敲空格）。"),
    Bad("ime-space-indent", edit("  名称: 全区组织工作会议", "\u3000\u3000名称: 全区组织工作会议"),
        "f.yaml:5: YAML 格式错误：输入法打出了全角字符。\n"
        "  提示：这一行有全角空格“\u3000”，YAML 的缩进和冒号后只能用半角空格（切换到英文输入法再敲空格）。"),
    Bad("ime-space-in-key", edit("党委: 区委", "党\u3000委: 区委"), "f.yaml:3:1: 字段名“党\u3000委”里有全角字符。\n"
        "  提示：这一行有全角空格“\u3000”，YAML 的缩进和冒号后只能用半角空格（切换到英文输入法再敲空格）。"),
    # --- duplicate keys -------------------------------------------------------------------------
    Bad("duplicate-top", MINIMAL + "地区: 全市\n", "f.yaml:35:1: 地区: 字段重复：第 2 行已经写过“地区”。\n"
        "  提示：删掉其中一处，或把内容合并到一处。"),
    Bad("duplicate-nested", edit("  日期: 2023-02-24", "  日期: 2023-02-24\n  日期: 2023-02-25"),
        "f.yaml:7:3: 会议.日期: 字段重复：第 6 行已经写过“日期”。\n"
        "  提示：删掉其中一处，或把内容合并到一处。"),
    Bad("duplicate-in-list-item", edit("    部门: 组织部门", "    部门: 组织部门\n    部门: 组织部"),
        "f.yaml:15:5: 条线[1].部门: 字段重复：第 14 行已经写过“部门”。\n"
        "  提示：删掉其中一处，或把内容合并到一处。"),
    # --- wrong types ----------------------------------------------------------------------------
    Bad("type-string-for-tasks", edit("""      要点:
        - 标题: 建强组织体系
          内容: 推动基层组织全面进步。
""", "      要点: 建强组织体系，推动基层组织全面进步\n"),
        "f.yaml:18:7: 条线[1].任务.要点: 应为列表（每项以“- ”开头），实际是“建强组织体系，推动基层组织全面进步”。\n"
        "  提示：每一项另起一行，以“- ”开头，例如“- 标题: …”。"),
    Bad("type-string-for-lines", MINIMAL.split("条线:")[0] + "条线: 组织、宣传\n意义:" + MINIMAL.split("意义:")[1],
        "f.yaml:12:1: 条线: 应为列表（每项以“- ”开头），实际是“组织、宣传”。\n"
        "  提示：每一项另起一行，以“- ”开头，例如“- 名称: …”。"),
    Bad("type-number-for-date", edit("  日期: 2023-02-24", "  日期: 20230224"),
        "f.yaml:6:3: 会议.日期: 应为日期，实际是“20230224”。\n"
        "  提示：请写成 2023-02-24，也可以写 2023年2月24日 或 2023.2.24。"),
    Bad("type-list-for-text", edit("党委: 区委", "党委: [区委, 区政府]"), "f.yaml:3:1: 党委: 应为文本，实际是列表。"),
    Bad("type-object-for-text", edit("党委: 区委", "党委:\n  名称: 区委"),
        "f.yaml:3:1: 党委: 应为文本，实际是“字段: 值”的对象。"),
    Bad("type-text-for-object", edit("""回顾:
  总体: 围绕中心、服务大局
""", "回顾: 围绕中心、服务大局\n"), "f.yaml:8:1: 回顾: 应为“字段: 值”的对象，实际是“围绕中心、服务大局”。"),
    Bad("type-list-for-object", edit("""今年:
  定位: 今年是开局之年
""", "今年:\n  - 今年是开局之年\n"), "f.yaml:10:1: 今年: 应为“字段: 值”的对象，实际是列表。\n"
        "  提示：这里不需要“- ”开头的列表，直接写下一级字段。"),
    Bad("type-unknown-field", edit("党委: 区委", "党委: 区委\n党伟: 区委"), "f.yaml:4:1: 党伟: 不认识这个字段。\n"
        "  提示：是不是“党委”？"),
    Bad("type-missing-field", edit("党委: 区委\n", ""), "f.yaml:1:1: 党委: 缺少这个必填字段。\n"
        "  提示：召集会议的党委在文中的称呼。例如：党委: 区委"),
    # --- dates the writer may type --------------------------------------------------------------
    Bad("date-nonsense", edit("  日期: 2023-02-24", "  日期: 下周一"),
        "f.yaml:6:3: 会议.日期: 应为日期，实际是“下周一”。\n"
        "  提示：请写成 2023-02-24，也可以写 2023年2月24日 或 2023.2.24。"),
    Bad("date-impossible-iso", edit("  日期: 2023-02-24", "  日期: 2023-02-30"),
        "f.yaml:6:7: 会议.日期: “2023-02-30”不是有效的日期（月份或日子超出范围）。\n"
        "  提示：请写成 2023-02-24 这样的真实日期。"),
    Bad("date-impossible-chinese", edit("  日期: 2023-02-24", "  日期: 2023年2月30日"),
        "f.yaml:6:3: 会议.日期: “2023年2月30日”不是有效的日期（月份或日子超出范围）。\n"
        "  提示：请写成 2023-02-24 这样的真实日期。"),
    Bad("date-month-only", edit("  日期: 2023-02-24", "  日期: 2023.02"),
        "f.yaml:6:3: 会议.日期: 应为日期，实际是“2023.02”。\n"
        "  提示：请写成 2023-02-24，也可以写 2023年2月24日 或 2023.2.24。"),
    Bad("date-boolean", edit("  日期: 2023-02-24", "  日期: yes"), "f.yaml:6:3: 会议.日期: 应为日期，实际是“yes”。\n"
        "  提示：请写成 2023-02-24，也可以写 2023年2月24日 或 2023.2.24。"),
    # --- empty and not-YAML files ---------------------------------------------------------------
    Bad("empty-file", "", "f.yaml: 文件是空的。\n  提示：请先用 drafter new 模板名 生成一个事实文件，再填写。"),
    Bad("empty-blank-lines", "\n  \n\t\n\u3000\n", "f.yaml: 文件是空的。\n  提示：请先用 drafter new 模板名 生成一个事实文件，再填写。"),
    Bad("empty-comments-only", "# 只有注释\n# 还是注释\n", "f.yaml: 文件里只有注释，没有内容。"),
    Bad("empty-bom-only", b"\xef\xbb\xbf", "f.yaml: 文件是空的。\n  提示：请先用 drafter new 模板名 生成一个事实文件，再填写。"),
    Bad("not-yaml-docx", None, "f.yaml: 这是一个 Word（.docx）或压缩文件，不是事实文件。\n"
        "  提示：请给出 .yaml 事实文件；可用 drafter new 模板名 生成一个空白的。", setup=lambda d: shutil.copy(d / "f.docx", d / "f.yaml")),
    Bad("not-yaml-pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 40 >>\nstream\n" + bytes(range(256)) * 4,
        BINARY),
    Bad("not-yaml-png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), BINARY),
    Bad("not-yaml-prose", "各位领导，同志们：\n今天我们召开会议。\n", "f.yaml:1:1: 文件最外层应当是“字段: 值”的列表。\n"
        "  提示：事实文件应当由“字段: 值”组成，例如“地区: 全区”（冒号后有一个空格）。"),
    # --- encodings drafter refuses --------------------------------------------------------------
    Bad("encoding-utf16-le-bom", b"\xff\xfe" + MINIMAL.encode("utf-16-le"), UTF16),
    Bad("encoding-utf16-be-bom", b"\xfe\xff" + MINIMAL.encode("utf-16-be"), UTF16),
    Bad("encoding-utf16-no-bom", MINIMAL.encode("utf-16-le"), UTF16),
    Bad("encoding-binary-junk", bytes((i * 7919 + 13) % 256 for i in range(5000)), BINARY),
    Bad("encoding-damaged-utf8", MINIMAL.encode().replace("全区组织工作会议".encode(), "全区组织".encode() + b"\xe5\xb7"
                                                         + "作会议".encode()), "f.yaml:5:11: 文件是 UTF-8 编码，但这里有无法识别的字节（文件损坏，或混进了别的编码的文字）。\n"
        "  提示：删掉这一处重新输入，再用 UTF-8 编码保存。"),
    Bad("encoding-unknown", b"\x81\x30\xff\xff\xfe", "f.yaml:1: 文件既不是 UTF-8 也不是 GB18030（GBK）编码，无法读取。\n"
        "  提示：在记事本中“另存为”，编码选“UTF-8”。"),
    # --- hostile input --------------------------------------------------------------------------
    Bad("hostile-alias-bomb", _alias_bomb(),
        "f.yaml: 内容展开后超过 100000 项，不像是事实文件。\n  提示：请检查是否有互相引用的锚点（& 和 *）。"),
    Bad("hostile-deep-flow", MINIMAL + "深: " + "[" * 3000 + "]" * 3000 + "\n",
        "f.yaml:35: 嵌套超过 40 层，不像是事实文件。\n" + DEEP),
    Bad("hostile-deep-block", MINIMAL + "深:\n" + "".join(" " * i + f"第{i}层:\n" for i in range(1, 60)),
        "f.yaml:75: 嵌套超过 40 层，不像是事实文件。\n" + DEEP),
    Bad("hostile-many-items", MINIMAL + "多: [" + ", ".join(["1"] * 100_001) + "]\n", "f.yaml: 内容展开后超过 100000 项，不像是事实文件。\n"
        "  提示：事实文件一般只有几百项，请确认没有选错文件。"),
    # --- templates that try to escape the sandbox ------------------------------------------------
    Bad("sandbox-class", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（不能使用“__class__”），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"), template("{{ ''.__class__ }}")),
    Bad("sandbox-subclasses", TEMPLATE_FACTS, "lib/坏模板/body.j2:2: 模板试图访问不安全的内容（不能使用“__subclasses__”），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"),
        template("正文\n{{ ().__class__.__base__.__subclasses__() }}")),
    Bad("sandbox-fact-class", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（不能使用“__mro__”），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"),
        template("{{ 地区.__class__.__mro__ }}")),
    Bad("sandbox-self", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（不能使用“self”），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"), template("{{ self }}")),
    Bad("sandbox-self-context", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（不能使用“_TemplateReference__context”），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"),
        template("{{ self._TemplateReference__context }}")),
    Bad("sandbox-cycler", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（不能使用“__globals__”），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"),
        template("{{ cycler.__init__.__globals__.os.popen('id').read() }}")),
    Bad("sandbox-lipsum", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（不能使用“__globals__”），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"),
        template("{{ lipsum.__globals__['os'].system('id') }}")),
    Bad("sandbox-lipsum-call", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（不能使用“lipsum”），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"), template("{{ lipsum() }}")),
    Bad("sandbox-joiner", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（不能使用“__globals__”），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"),
        template("{{ joiner.__init__.__globals__ }}")),
    Bad("sandbox-namespace", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（不能使用“__globals__”），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"),
        template("{{ namespace.__init__.__globals__ }}")),
    Bad("sandbox-attr-filter", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（不能访问“__class__”（str）），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"),
        template("{{ 地区 | attr('__cla' ~ 'ss__') }}")),
    Bad("sandbox-getitem", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（不能访问“__class__”（str）），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"),
        template("{{ 地区['__cla' ~ 'ss__'] }}")),
    Bad("sandbox-format", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（不能访问“__class__”（str）），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"),
        template("{{ '{0.__class__}'.format(地区) }}")),
    Bad("sandbox-os", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: os: 模板用到的“os”在事实文件里没有。\n"
        "  提示：在事实文件里补上这个字段，或在模板里用 {% if … is defined %} 判断。", ("build", "f.yaml", "-L", "lib"), template("{{ os.system('id') }}")),
    Bad("sandbox-sys", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: sys: 模板用到的“sys”在事实文件里没有。\n"
        "  提示：在事实文件里补上这个字段，或在模板里用 {% if … is defined %} 判断。", ("build", "f.yaml", "-L", "lib"), template("{{ sys.modules }}")),
    Bad("sandbox-include-etc", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板引用的文件“/etc/passwd”不存在。\n"
        "  提示：检查 include/import/extends 的文件名；模板只能引用模板库里的文件。", ("build", "f.yaml", "-L", "lib"),
        template("{% include '/etc/passwd' %}")),
    Bad("sandbox-include-parent", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板引用的文件“../../f.yaml”不存在。\n"
        "  提示：检查 include/import/extends 的文件名；模板只能引用模板库里的文件。", ("build", "f.yaml", "-L", "lib"),
        template("{% include '../../f.yaml' %}")),
    Bad("sandbox-repeat-bomb", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（重复的次数太多），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"),
        template("{{ '哈' * 10 ** 9 }}")),
    Bad("sandbox-power-bomb", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（乘方的指数太大），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"),
        template("{{ 2 ** 100000000 }}")),
    Bad("sandbox-loop-bomb", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（循环次数太多（超过 1000000 次）），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"),
        template("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}")),
    Bad("sandbox-width-bomb", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（参数 1000000000 太大），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"),
        template("{{ 地区 | center(1000000000) }}{{ 地区.ljust(1000000000) }}")),
    Bad("sandbox-format-bomb", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板试图访问不安全的内容（格式宽度太大），已被拒绝。\n"
        "  提示：模板只能读取事实、使用过滤器和 range、dict、namespace。", ("build", "f.yaml", "-L", "lib"),
        template("{{ '%1000000000s' % 地区 }}")),
    Bad("sandbox-output-bomb", TEMPLATE_FACTS, "lib/坏模板/body.j2: 模板生成的内容超过 1000000 字，不像是一篇文稿。\n"
        "  提示：检查模板里的循环，以及事实文件里是否有异常长的列表。", ("build", "f.yaml", "-L", "lib"),
        template("{% for i in range(20000) %}{{ '重复的一段话' * 10 }}\n{% endfor %}")),
    Bad("sandbox-recursion", TEMPLATE_FACTS, "lib/坏模板/body.j2:1: 模板里的宏在无休止地调用自己。\n"
        "  提示：检查宏（macro）或 include 是否调用了自己。", ("build", "f.yaml", "-L", "lib"),
        template("{% macro 套娃() %}{{ 套娃() }}{% endmacro %}\n{{ 套娃() }}")),
    # --- template errors ----------------------------------------------------------------------
    Bad("template-missing-endif", TEMPLATE_FACTS, "lib/坏模板/body.j2:3: 模板语法错误：模板在“if”块结束之前就结束了，缺少 {% endif %}\n"
        "  提示：检查 {{ }}、{% %} 是否成对，{% if %}/{% for %} 是否有对应的 end。", ("build", "f.yaml", "-L", "lib"),
        template("# 标题\n{% if 地区 %}\n正文\n")),
    Bad("template-unclosed-print", TEMPLATE_FACTS, "lib/坏模板/body.j2:3: 模板语法错误：这里应为“}}”，实际是“正文”\n"
        "  提示：检查 {{ }}、{% %} 是否成对，{% if %}/{% for %} 是否有对应的 end。", ("build", "f.yaml", "-L", "lib"),
        template("# 标题\n{{ 地区 \n正文\n")),
    Bad("template-unknown-filter", TEMPLATE_FACTS, "lib/坏模板/body.j2:2: 模板语法错误：没有名为“日其”的过滤器\n"
        "  提示：是不是“日期”？常用的过滤器：中文数字、数量、序号、分述、列举、顿号、日期、月日、日、年月、年份、中文年份、党代会、全会、全会列表、五年规划、周年、成句、去标点、相对日期、职务姓名、礼宾排序、代称、尊称、排位、去重、按人分组、指人、共同开头、简称、级别、党委名、下级。", ("build", "f.yaml", "-L", "lib"),
        template("# 标题\n{{ 地区 | 日其 }}\n")),
    Bad("template-unknown-tag", TEMPLATE_FACTS, "lib/坏模板/body.j2:2: 模板语法错误：不认识的标签“如果”\n"
        "  提示：检查 {{ }}、{% %} 是否成对，{% if %}/{% for %} 是否有对应的 end。", ("build", "f.yaml", "-L", "lib"),
        template("# 标题\n{% 如果 地区 %}\n")),
    Bad("template-undefined", TEMPLATE_FACTS, "lib/坏模板/body.j2:3: 会议: 模板用到的“会议”在事实文件里没有。\n"
        "  提示：在事实文件里补上这个字段，或在模板里用 {% if … is defined %} 判断。", ("build", "f.yaml", "-L", "lib"),
        template("# 标题\n正文\n{{ 会议.名称 }}\n")),
    Bad("template-filter-wrong-value", TEMPLATE_FACTS, "lib/坏模板/body.j2:2: 模板运行出错：需要一个日期，得到的是“全区”", ("build", "f.yaml", "-L", "lib"),
        template("# 标题\n{{ 地区 | 日期 }}\n")),
    Bad("template-division-by-zero", TEMPLATE_FACTS, "lib/坏模板/body.j2:2: 模板运行出错：除数为零。", ("build", "f.yaml", "-L", "lib"),
        template("# 标题\n{{ 1 // 0 }}\n")),
    Bad("template-error-in-macro-file", TEMPLATE_FACTS, "lib/宏.j2:2: 没有这个: 模板用到的“没有这个”在事实文件里没有。\n"
        "  提示：在事实文件里补上这个字段，或在模板里用 {% if … is defined %} 判断。", ("build", "f.yaml", "-L", "lib"),
        template("{% import '宏.j2' as 宏 %}\n# 标题\n{{ 宏.称呼() }}\n",
                 {"宏.j2": "{% macro 称呼() %}\n{{ 没有这个 }}\n{% endmacro %}\n"})),
    Bad("template-unknown-style", TEMPLATE_FACTS, "lib/坏模板/body.j2: 模板输出第 2 行用了版式里没有的样式“@不存在的样式”。\n"
        "  提示：可用的样式：出席名单、副标题、图注、图片、标题、正文、称谓、署名、附件、附件标题、附件说明。", ("build", "f.yaml", "-L", "lib"),
        template("# 标题\n@不存在的样式 正文\n")),
    # --- paths ------------------------------------------------------------------------------------
    Bad("path-unknown-template", edit("模板: speech", "模板: speach"),
        "f.yaml:1:1: 模板: 没有名为“speach”的模板。\n"
        "  提示：是不是“speech”？可用的模板：brief、experience、feature、minutes、report、speech。"),
    Bad("path-unknown-template-option", MINIMAL, "没有名为“spech”的模板。\n"
        "  提示：是不是“speech”？可用的模板：brief、experience、feature、minutes、report、speech。", ("build", "f.yaml", "-t", "spech")),
    Bad("path-missing-facts", None, "没有这个.yaml: 找不到这个文件。\n"
        "  提示：请检查文件名和所在文件夹。", ("build", "没有这个.yaml")),
    Bad("path-facts-is-folder", None, "目录.yaml: 这是一个文件夹，不是事实文件。\n"
        "  提示：请给出文件的路径。", ("build", "目录.yaml"), lambda d: (d / "目录.yaml").mkdir()),
    Bad("path-output-folder-missing", MINIMAL, "没有的文件夹: 输出文件夹不存在。\n"
        "  提示：先建好文件夹，或用 -o 换一个位置。", ("build", "f.yaml", "-o", "没有的文件夹/讲话.docx")),
    Bad("path-output-parent-is-file", MINIMAL, "f.yaml: 这是一个文件，不能当作输出文件夹。\n"
        "  提示：请用 -o 换一个位置。", ("build", "f.yaml", "-o", "f.yaml/讲话.docx")),
    Bad("path-output-is-folder", MINIMAL, "f.docx: 输出路径是一个文件夹。\n"
        "  提示：请用 -o 给出 .docx 文件名。", setup=lambda d: _replace_with_folder(d / "f.docx")),
    Bad("path-output-is-pipe", MINIMAL, "管道.docx: 输出路径已经被一个不是普通文件的东西占用（设备或管道）。\n"
        "  提示：请用 -o 换一个文件名。", ("build", "f.yaml", "-o", "管道.docx"),
        lambda d: os.mkfifo(d / "管道.docx")),
    Bad("path-library-missing", MINIMAL, "没有的库: 模板库文件夹不存在。\n"
        "  提示：检查 --library 参数或环境变量 DRAFTER_LIBRARY。", ("build", "f.yaml", "-L", "没有的库")),
]


def _replace_with_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


# --- running a case -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The document an earlier, good build of MINIMAL wrote."""
    folder = tmp_path_factory.mktemp("previous")
    (folder / "f.yaml").write_text(MINIMAL, encoding="utf-8")
    code, _, err = run_inprocess(folder, "build", "f.yaml")
    assert code == 0 and only_notices(err), err
    return (folder / "f.docx").read_bytes()


def only_notices(stderr: str) -> bool:
    """stderr of a successful build: nothing, or notices (fonts this machine lacks …)."""
    return all(line.startswith(("注意：", "注意（", "  ")) for line in stderr.splitlines())


def run_inprocess(folder: Path, *args: str) -> tuple[int, str, str]:
    """``drafter ARGS`` in this process, in ``folder``: (exit code, stdout, stderr).

    Anything but a clean exit (an exception escaping ``cli.run``) fails the test, as a
    traceback on a writer's screen would.
    """
    out, err = io.StringIO(), io.StringIO()
    here = Path.cwd()
    handler = signal.getsignal(signal.SIGTERM)
    os.chdir(folder)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                cli.run(list(args))
                code = 0
            except SystemExit as e:
                code = int(e.code or 0)
    finally:
        os.chdir(here)
        signal.signal(signal.SIGTERM, handler)
    return code, out.getvalue(), err.getvalue()


def prepare(folder: Path, case: Bad, previous: bytes) -> dict[str, bytes | None]:
    """Lay out the writer's folder for ``case``; return a snapshot of it."""
    (folder / "f.docx").write_bytes(previous)
    if case.facts is not None:
        data = case.facts.encode("utf-8") if isinstance(case.facts, str) else case.facts
        (folder / "f.yaml").write_bytes(data)
    if case.setup is not None:
        case.setup(folder)
    return snapshot(folder)


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file under ``folder`` with its bytes (None for folders and pipes)."""
    return {str(p.relative_to(folder)): p.read_bytes() if p.is_file() else None
            for p in sorted(folder.rglob("*"))}


@pytest.mark.parametrize("case", BAD, ids=[c.id for c in BAD])
def test_bad_input(tmp_path: Path, previous: bytes, case: Bad) -> None:
    before = prepare(tmp_path, case, previous)
    code, out, err = run_inprocess(tmp_path, *case.args)
    assert err == f"错误：{case.message}\n"
    assert (code, out) == (1, "")
    assert "Traceback" not in err
    assert snapshot(tmp_path) == before  # no new file, nothing changed, nothing left behind


# --- inputs drafter accepts: read right, cleaned, never a corrupt document ------------------------

@dataclass(frozen=True)
class Accepted:
    """An input drafter reads; ``expect`` must appear in the document it writes."""

    id: str
    facts: str | bytes
    expect: str
    """Text of one paragraph of the document (a substring of it)."""


def _gb18030(text: str) -> bytes:
    return text.encode("gb18030")


CLOSING = "同志们，{}。让我们高举"
"""How the closing paragraph starts; the 号召 fact goes in the gap."""

ACCEPTED: list[Accepted] = [
    Accepted("encoding-utf8", MINIMAL, "（2023年2月24日）"),
    Accepted("encoding-utf8-bom", b"\xef\xbb\xbf" + MINIMAL.encode(), "（2023年2月24日）"),
    Accepted("encoding-gb18030", _gb18030(MINIMAL), CLOSING.format("征途漫漫，惟有奋斗")),
    Accepted("encoding-gb18030-rare-chars", _gb18030(edit("征途漫漫，惟有奋斗", "𠀀𪚥䶮，惟有奋斗")),
             CLOSING.format("𠀀𪚥䶮，惟有奋斗")),
    Accepted("date-dots", edit("  日期: 2023-02-24", "  日期: 2023.2.24"), "（2023年2月24日）"),
    Accepted("date-slashes", edit("  日期: 2023-02-24", "  日期: 2023/2/24"), "（2023年2月24日）"),
    Accepted("date-chinese", edit("  日期: 2023-02-24", "  日期: 2023年2月24日"), "（2023年2月24日）"),
    Accepted("date-chinese-no-ri", edit("  日期: 2023-02-24", "  日期: 2023年2月24"), "（2023年2月24日）"),
    Accepted("date-chinese-numerals", edit("  日期: 2023-02-24", "  日期: 二〇二三年二月二十四日"),
             "（2023年2月24日）"),
    Accepted("date-unpadded-iso", edit("  日期: 2023-02-24", "  日期: 2023-2-4"), "（2023年2月4日）"),
    Accepted("date-with-time", edit("  日期: 2023-02-24", "  日期: 2023-02-24 09:30:00"), "（2023年2月24日）"),
    # Text pasted from Word and web pages, written straight into the file.
    Accepted("pasted-word-line-break", edit("征途漫漫，惟有奋斗", "征途漫漫，\x0b惟有\x0c奋斗"),
             CLOSING.format("征途漫漫，惟有奋斗")),
    Accepted("pasted-nul", edit("征途漫漫，惟有奋斗", "征途\x00漫漫，惟有奋斗"), CLOSING.format("征途漫漫，惟有奋斗")),
    Accepted("pasted-zero-width", edit("征途漫漫，惟有奋斗", "征\u200b途\u200c漫\u200d漫\u2060，\ufeff惟有奋斗"),
             CLOSING.format("征途漫漫，惟有奋斗")),
    Accepted("pasted-zero-width-in-key", edit("  号召: ", "  号\u200b召: "), CLOSING.format("征途漫漫，惟有奋斗")),
    Accepted("pasted-nbsp-after-colon", edit("  号召: ", "  号召:\u00a0"), CLOSING.format("征途漫漫，惟有奋斗")),
    Accepted("pasted-nbsp-in-text", edit("征途漫漫，惟有奋斗", "Party\u00a0building 征途漫漫"),
             CLOSING.format("Party building 征途漫漫")),
    Accepted("pasted-line-separators", edit("征途漫漫，惟有奋斗", "征途漫漫，\u2028惟有\u2029奋斗\x85"),
             CLOSING.format("征途漫漫，惟有奋斗")),
    Accepted("pasted-c1-controls", edit("征途漫漫，惟有奋斗", "征途\x81漫漫\x9f，惟有奋斗\x7f"),
             CLOSING.format("征途漫漫，惟有奋斗")),
    Accepted("pasted-escaped-controls", edit("征途漫漫，惟有奋斗", '"征途\\v漫漫\\f，\\0惟有\\e奋斗\\x01"').replace(
        "  号召: ", "  号召: ", 1), CLOSING.format("征途漫漫，惟有奋斗")),
    Accepted("pasted-lone-surrogate", edit("征途漫漫，惟有奋斗", '"征途\\ud800漫漫，\\udfff惟有奋斗\\uffff\\ufffe"'),
             CLOSING.format("征途漫漫，惟有奋斗")),
    Accepted("pasted-blank-line-with-tab", MINIMAL.replace("回顾:\n", "\t \n回顾:\n", 1), "（2023年2月24日）"),
    # Facts are data: template syntax and document markup in them are printed as written.
    Accepted("facts-template-syntax", edit("征途漫漫，惟有奋斗",
                                           "\"{{ 7*7 }}{% for x in range(3) %}x{% endfor %}{# 注 #}{{ ''.__class__ }}\""),
             CLOSING.format("{{ 7*7 }}{% for x in range(3) %}x{% endfor %}{# 注 #}{{ ''.__class__ }}")),
    Accepted("facts-markup", edit("征途漫漫，惟有奋斗", "'# 标题 @空行 **加粗** \\ 反斜杠'"),
             CLOSING.format("# 标题 @空行 **加粗** \\ 反斜杠")),
    Accepted("facts-raw-block", edit("征途漫漫，惟有奋斗", '"{% raw %}{{ 号召 }}{% endraw %}"'),
             CLOSING.format("{% raw %}{{ 号召 }}{% endraw %}")),
    # Text fields keep what the writer typed even where YAML sees a number or yes/no.
    Accepted("typed-as-written", edit("地区: 全区", "地区: 007"), "为007经济社会发展"),
    Accepted("typed-decimal", edit("地区: 全区", "地区: 1.10"), "为1.10经济社会发展"),
    Accepted("typed-time", edit("地区: 全区", "地区: 8:30"), "为8:30经济社会发展"),
    Accepted("typed-yes", edit("地区: 全区", "地区: yes"), "为yes经济社会发展"),
    Accepted("typed-long-number", edit("地区: 全区", "地区: " + "9" * 5000), "为" + "9" * 5000 + "经济社会发展"),
    Accepted("typed-equals", edit("地区: 全区", "地区: ="), "为=经济社会发展"),
]


def assert_whole_docx(path: Path) -> list[str]:
    """The .docx is a valid zip of well-formed XML that Word's own reader (python-docx)
    opens; returns its paragraphs' text."""
    from xml.etree import ElementTree as ET

    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                ET.fromstring(z.read(name))  # raises on a corrupt part
    docx.Document(str(path))
    return [p.text for p in read_docx(path)]


@pytest.mark.parametrize("case", ACCEPTED, ids=[c.id for c in ACCEPTED])
def test_accepted_input(tmp_path: Path, case: Accepted) -> None:
    data = case.facts.encode("utf-8") if isinstance(case.facts, str) else case.facts
    (tmp_path / "f.yaml").write_bytes(data)
    code, out, err = run_inprocess(tmp_path, "build", "f.yaml")
    assert code == 0 and only_notices(err), err
    assert re.fullmatch(r"已生成 f\.docx（speech，\d+ 字）\n", out)
    texts = assert_whole_docx(tmp_path / "f.docx")
    assert any(case.expect in t for t in texts), texts
    bad = [t for t in texts if any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF or c in "\ufffe\uffff\u200b"
                                   for c in t)]
    assert bad == []


# --- the same through a real process; limits only a process can show ---------------------------

SUBPROCESS = ["syntax-unclosed-quote", "ime-colon-top", "type-string-for-tasks", "not-yaml-docx",
              "hostile-alias-bomb", "sandbox-cycler", "template-undefined", "path-missing-facts"]


@pytest.mark.parametrize("case", [c for c in BAD if c.id in SUBPROCESS], ids=SUBPROCESS)
def test_bad_input_in_a_real_process(tmp_path: Path, previous: bytes, case: Bad) -> None:
    before = prepare(tmp_path, case, previous)
    result = run_cli(*case.args, cwd=tmp_path)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"错误：{case.message}\n"
    assert snapshot(tmp_path) == before


def _limit_memory(megabytes: int) -> Callable[[], None]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (megabytes << 20, megabytes << 20))

    return limit


def test_50_mb_facts_file_refused_without_reading_it(tmp_path: Path, previous: bytes) -> None:
    (tmp_path / "f.docx").write_bytes(previous)
    with (tmp_path / "f.yaml").open("wb") as f:
        f.write(MINIMAL.encode())
        for _ in range(50):
            f.write(("# " + "很长的注释" * 174_762 + "\n").encode()[: 1 << 20])
    # 256 MB of address space in all: enough for drafter, far too little to read and parse 50 MB.
    result = subprocess.run([sys.executable, "-m", "drafter", "build", "f.yaml"], cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                            timeout=60, preexec_fn=_limit_memory(256))
    size = (tmp_path / "f.yaml").stat().st_size // 1024
    assert result.stderr == (f"错误：f.yaml: 文件太大（{size} KB），事实文件一般只有几 KB。\n"
                             "  提示：请确认没有选错文件；事实文件最大 2 MB。\n")
    assert result.returncode == 1
    assert (tmp_path / "f.docx").read_bytes() == previous


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Path:
    """A folder nobody may write in: read-only for a user, immutable (chattr +i) for root."""
    folder = tmp_path / "只读"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("running as root and chattr +i is not available: cannot make a folder read-only")
    try:
        yield folder
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_output_folder_not_writable(tmp_path: Path, read_only_folder: Path) -> None:
    (tmp_path / "f.yaml").write_text(MINIMAL, encoding="utf-8")
    result = run_cli("build", "f.yaml", "-o", "只读/讲话.docx", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == ("错误：只读/讲话.docx: 没有权限写入这个位置（或文件正被其他程序占用）。\n"
                             "  提示：关闭正在打开它的程序，或用 -o 写到别的文件夹。\n")
    assert list(read_only_folder.iterdir()) == []
