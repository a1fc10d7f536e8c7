"""What does not belong in a draft at all: placeholders, web-page furniture, program
leftovers (None, template syntax) and invisible control characters.

A placeholder drafter itself left on the writer's request (a picture the facts file asked
for, and its caption) is written in the character style 占位 (drafter.writer.MARK_STYLE);
the reader reports where (``Para.marks``). Such a place is D105 (info: still to be done),
never the writer's slip D101. A 【待补：字段】 of a ``--draft`` build is in the style 待补 and
stays D101: the facts are missing. See codes.py for the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.lint.running_text import CJK, Hit, excerpt
from drafter.reader import Para

PLACEHOLDERS = re.compile(
    r"\*{2,}|＊{2,}|(?<![A-Za-z])(?:[Xx]{2,}|Ｘ{2,})(?![A-Za-z])|[×✕╳]{2,}|[○□■△]{2,}"
    r"|【[^【】]{0,20}?(?:待|补|填|此处|具体|略)[^【】]{0,20}】"
    r"|[（(](?:具体|此处|待|填写|请填|补充|略)[^（）()]{0,15}[）)]"
    r"|\[(?:具体|此处|待|填写|补充)[^\[\]]{0,15}\]|TODO|TBD|FIXME")
_WEB = re.compile(r"小编|推荐访问|本文来源|来源：网络|免责声明|版权声明|版权归|原文链接|点击查看|阅读全文|"
                  r"扫一扫|扫码关注|相关推荐|上一篇|下一篇|责任编辑|ICP备|公网安备|网站标识码|下载本文|"
                  r"文章来源|转载请注明|(?:^|\s)(?:主办|承办)(?:单位)?[:：]")
_PROGRAM = re.compile(
    r"(?<![A-Za-z])(?:None|null|NULL|nan|NaN|undefined|Undefined)(?![A-Za-z])"
    r"|\{\{|\}\}|\{%|%\}|\{#|#\}|\[['\"]|['\"]\]|<built-in|object at 0x")
"""None / null / nan printed for a blank field, Jinja syntax, a Python list or object."""
_BLANKS = {"None", "null", "NULL", "nan", "NaN", "undefined", "Undefined"}
"""A paragraph that is nothing but one of these is a blank field printed (in English text,
the words alone are not taken)."""
_NAMES = {"\u202a": "从左到右嵌入", "\u202b": "从右到左嵌入", "\u202c": "方向嵌入结束",
          "\u202d": "从左到右覆盖", "\u202e": "从右到左覆盖", "\u2066": "从左到右隔离",
          "\u2067": "从右到左隔离", "\u2068": "方向隔离", "\u2069": "方向隔离结束",
          "\u200b": "零宽空格", "\u200c": "零宽不连字", "\u200d": "零宽连字", "\u200e": "从左到右标记",
          "\u200f": "从右到左标记", "\u2060": "零宽不换行", "\ufeff": "字节顺序标记", "\u00ad": "软连字符",
          "\u061c": "阿拉伯字母标记"}


def leftovers(numbered: list[tuple[int, Para]]) -> Iterator[Hit]:
    """D101-D105 of every paragraph ``(number, paragraph)``."""
    for n, p in numbered:
        text = p.text
        marked = p.marks
        for start, end in marked:
            yield n, "D105", (f"程序按事实文件的要求在这里留了位置（“{text[start:end]}”）："
                              "放入图片、写好图注后删去这段文字。")
        for m in PLACEHOLDERS.finditer(text):
            if not any(s <= m.start() and m.end() <= e for s, e in marked):
                yield n, "D101", f"占位符“{m[0]}”没有替换：{excerpt(text, m.start(), m.end())}"
        web = _WEB.search(text)
        if web:
            yield n, "D102", f"像是网页上带来的文字（“{web[0]}”），不属于正文：{excerpt(text, web.start(), web.end())}"
        yield from _program(n, text)
        yield from _invisible(n, text)


def _program(n: int, text: str) -> Iterator[Hit]:
    """D103: what a program printed instead of a fact (only in Chinese text)."""
    if not re.search(f"[{CJK}]", text) and text.strip() not in _BLANKS:
        return
    found = [m for m in _PROGRAM.finditer(text)
             if m[0][0] not in "[]'\"" or re.search(r"\[['\"][^\]]*['\"]\]", text)]
    if not found:
        return
    words = list(dict.fromkeys(m[0] for m in found))
    blank = any(w.lower() in ("none", "null", "nan", "undefined") for w in words)
    hint = ("多是事实文件里某一项空着，程序把“空”印了出来：把这一项填上，或从事实文件里删去"
            if blank else "是模板语法或程序的输出，不该出现在文稿里：检查模板这一处")
    listed = "".join(f"“{w}”" for w in words)
    yield n, "D103", f"文中有程序留下的{listed}（{hint}）：{excerpt(text, found[0].start(), found[0].end())}"


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f"
                      "\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
                      "\U000110bd\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")
"""The control (Cc) and format (Cf) characters of Unicode, but tab and line breaks."""


def _invisible(n: int, text: str) -> Iterator[Hit]:
    """D104: control characters a reader cannot see (bidi overrides can reorder what is shown)."""
    found = [m.start() for m in _CONTROL.finditer(text)]
    if not found:
        return
    counts: dict[str, int] = {}
    for i in found:
        counts[text[i]] = counts.get(text[i], 0) + 1
    listed = "、".join(f"U+{ord(ch):04X}" + (f"（{_NAMES[ch]}）" if ch in _NAMES else "") + f" {k} 个"
                      for ch, k in counts.items())
    visible = _CONTROL.sub("", text[max(0, found[0] - 8):found[0] + 9])
    yield n, "D104", (f"段中有看不见的控制字符：{listed}。它们会打乱显示的顺序或妨碍查找，"
                      f"应当删去：“{visible}”")
