"""Chinese numerals and the literal markers of official writing (一、 （一） 1. （1） 一是 一要).

Shared by the renderer's filters, the document model's heading numbering and the
outline reader, so that what drafter writes and what it reads agree.
"""

from __future__ import annotations

import re

DIGITS = "〇一二三四五六七八九"
_UNITS = ((1000, "千"), (100, "百"), (10, "十"))

HEADING_FORMATS = ("一、", "（一）", "1.", "（1）")
"""GB/T 9704 7.3.3 markers of heading levels 1-4, as format examples."""


PAIRED_MARKS = {"“": "”", "‘": "’", "（": "）", "《": "》", "【": "】", "〔": "〕", "「": "」", "『": "』", "〈": "〉"}
"""Each opening quotation mark or bracket of Chinese text and the mark that closes it (the lint's D403/D404 and a
broken title's 词意完整 read them; a marker's bracket, （一）, is one of them)."""

WORDS_BEFORE_ONE = "统唯之同第单万逐合划归专均整如每"
"""Characters before 一 in words (统一, 唯一, 之一, 每一): 一、/一是/一要 after them is no numeral of a list."""


def chinese(n: int) -> str:
    """Chinese numeral for 0 <= n < 10000 in the counting form: 11 -> 十一, 105 -> 一百零五."""
    if not 0 <= n < 10000:
        raise ValueError(f"{n} is outside 0..9999")
    if n < 10:
        return "零" if n == 0 else DIGITS[n]
    out = ""
    zero = False
    for unit, name in _UNITS:
        q, n = divmod(n, unit)
        if q:
            if zero:
                out += "零"
            out += ("" if (q == 1 and unit == 10 and not out) else DIGITS[q]) + name
            zero = False
        elif out:
            zero = True
    if n:
        out += ("零" if zero else "") + DIGITS[n]
    return out


def year_chinese(year: int) -> str:
    """A year written digit by digit with 〇: 2023 -> 二〇二三."""
    return "".join(DIGITS[int(d)] for d in str(year))


def marker(fmt: str, n: int) -> str:
    """Format heading number ``n`` after an example format.

    ``fmt`` is written with 一, 1 or A standing for the number: ``一、`` ``（一）``
    ``1.`` ``（1）`` ``第一部分`` ``A`` (A, B … Z, as feature sections are lettered);
    a format without any of them (``●``) is used as it is; an empty format gives no marker.
    """
    if not fmt:
        return ""
    if "一" in fmt:
        return fmt.replace("一", chinese(n), 1)
    if "1" in fmt:
        return fmt.replace("1", str(n), 1)
    if "A" in fmt and 1 <= n <= 26:
        return fmt.replace("A", chr(ord("A") + n - 1), 1)
    return fmt


def lead(n: int, verb: str = "是") -> str:
    """Run-in lead-in of the n-th point: 一是, 二要, 十一是; ``verb`` may be 是 要 来 …"""
    return chinese(n) + verb


_CN = "〇一二三四五六七八九十百千零两"
MARKER_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^([{_CN}]+)、")),
    (2, re.compile(rf"^[（(]([{_CN}]+)[）)]")),
    (3, re.compile(r"^(\d{1,2})[.．](?!\d)")),
    (4, re.compile(r"^[（(](\d{1,2})[）)]")),
)
"""How each heading level's marker is recognised at the start of a paragraph."""


LEADING_MARKER = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、．.]|\d+[、．.]"
    r"|[一二三四五六七八九十]+(?:是|要|来)|第[一二三四五六七八九十]+(?:[，,、]|$)|首先|其次|再次|最后"
    r"|[①-⑳]|[●■◆▲★☆◇□○◎•▶►]|[A-H](?=[\s\u4e00-\u9fff]))\s*")
"""Any enumeration marker a unit of a real document may open with, at every level and in every
form (一、 （一） 1. 一是 二要 第一， ① ● A …): cut off to compare or reuse a unit's words
(the scorer's keys, the phrase bank's openers). ``MARKER_PATTERNS`` reads heading levels."""


def parse_chinese(text: str) -> int | None:
    """Value of a small Chinese numeral (一 … 九十九, 一百 …), or None."""
    if not text or any(c not in _CN for c in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch in "十百千":
            unit = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (current or 1) * unit
            current = 0
        elif ch in "零〇":
            current = 0
        else:
            current = "一二三四五六七八九".index(ch) + 1 if ch != "两" else 2
    return total + current


def count_value(text: str) -> int:
    """The value of a count written in digits or in Chinese numerals (6, 三, 两, 十二), else 0."""
    return int(text) if text.isdigit() else parse_chinese(text) or 0


def detect_marker(text: str) -> tuple[int, int, str] | None:
    """(level, number, marker text) when a paragraph starts with a heading marker."""
    for level, pattern in MARKER_PATTERNS:
        m = pattern.match(text)
        if m:
            num = int(m[1]) if m[1].isdigit() else parse_chinese(m[1])
            if num:
                return level, num, m[0]
    return None
