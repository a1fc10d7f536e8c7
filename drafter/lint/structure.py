"""Lint checks of a draft's structure: heading and lead-in numbering, counts, headings too long.

Headings come from outline.py (Word heading styles, or the literal markers 一、 （一）
1. （1））. Lead-ins (一是 二是, 一要 二要, 第一，第二，) are found both at the start of a
paragraph and inside one, after a full stop, semicolon, colon or comma. A count such as
"提出三点要求：" is checked against what follows it: points separated by semicolons,
lead-ins, the headings that follow, or sentences that start with a quoted key word
("做到三个“坚持”。坚持……坚持……"). See codes.py for the table of codes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from drafter.lint.running_text import Hit, Passage, excerpt
from drafter.numbering import chinese, count_value, marker, parse_chinese
from drafter.outline import LEAD_LEVEL, Item
from drafter.reader import Para

FORMATS = {1: "一、", 2: "（一）", 3: "1.", 4: "（1）"}
LEVEL_NAMES = {1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "四级标题"}

_NUM = "一二两三四五六七八九十"
_DIGITS = "一二三四五六七八九十"
LEADS = re.compile(f"(?:^|(?<=[。；;！？：:，,]))\\s*(?:([{_DIGITS}]{{1,3}})(是|要|来)"
                   f"|第([{_DIGITS}]{{1,3}})[，,、：:])")


@dataclass(frozen=True, slots=True)
class _Mark:
    """A numbered thing in document order: a heading or a lead-in."""

    position: int
    offset: int
    number: int
    """1-based paragraph (or line) number to report."""
    level: int
    """1-4 for headings; LEAD_LEVEL for lead-ins."""
    value: int
    kind: str
    """For lead-ins: the verb (是 要 来) or 第; for headings the marker format."""
    shown: str
    where: str


def _marks(items: list[Item], numbered: list[tuple[int, Para]], passages: list[Passage]) -> list[_Mark]:
    marks = [_Mark(it.index, -1, numbered[it.index][0], it.level, it.number, FORMATS[it.level], it.marker,
                   excerpt(numbered[it.index][1].text, 0, len(it.marker)))
             for it in items if 1 <= it.level <= 4 and it.number]
    for passage in passages:
        if passage.heading:
            continue
        for m in LEADS.finditer(passage.text):
            digits, verb = (m[1], m[2]) if m[1] else (m[3], "第")
            value = parse_chinese(digits) or 0
            start = m.start() + len(m[0]) - len(m[0].lstrip())
            shown = f"{digits}{verb}" if verb != "第" else f"第{digits}"
            marks.append(_Mark(passage.position_at(start), start, passage.number_at(start), LEAD_LEVEL, value,
                               verb, shown, excerpt(passage.text, start, start + len(shown))))
    return sorted(marks, key=lambda m: (m.position, m.offset))


def _lead_name(value: int, kind: str) -> str:
    return f"第{chinese(value)}" if kind == "第" else f"{chinese(value)}{kind}"


def numbering(items: list[Item], numbered: list[tuple[int, Para]], passages: list[Passage]) -> Iterator[Hit]:
    """D201-D205: numbering that skips, repeats, starts past one, mixes levels or verbs."""
    last: dict[int, int] = {}
    """Last number seen at each heading level (deeper levels reset under a new heading)."""
    leads: dict[str, tuple[int, str]] = {}
    """Open lead-in series: 是/要/来 share one series, 第 has its own; value and verb."""
    orphaned: set[int] = set()
    mixed: set[str] = set()
    """Series already reported for mixing their verbs."""
    for m in _marks(items, numbered, passages):
        if m.level < LEAD_LEVEL:
            yield from _heading(m, last, orphaned)
            leads.clear()
            continue
        series = "第" if m.kind == "第" else "是"
        prev = leads.get(series)
        leads[series] = (m.value, m.kind)
        if m.value == 1:
            mixed.discard(series)
            continue
        if prev is None:
            yield m.number, "D203", f"“{m.shown}”前面没有“{_lead_name(1, m.kind)}”：{m.where}"
            continue
        value, verb = prev
        if m.value == value + 1:
            if verb != m.kind and series not in mixed:
                mixed.add(series)
                yield m.number, "D205", (f"分述用语前后不一：前面是“{_lead_name(value, verb)}”，"
                                         f"这里是“{m.shown}”：{m.where}")
        elif m.value > value + 1:
            missing = "".join(f"“{_lead_name(v, m.kind)}”" for v in range(value + 1, m.value))
            yield m.number, "D201", f"“{m.shown}”前面缺了{missing}：{m.where}"
        else:
            yield m.number, "D202", f"“{m.shown}”出现在“{_lead_name(value, verb)}”之后，序号重复或倒退：{m.where}"


def _heading(m: _Mark, last: dict[int, int], orphaned: set[int]) -> Iterator[Hit]:
    level = m.level
    if level > 1 and (level - 1) not in last and level not in last and level not in orphaned:
        orphaned.add(level)
        yield m.number, "D204", (f"{LEVEL_NAMES[level]}“{m.shown}”上面没有{LEVEL_NAMES[level - 1]}"
                                 f"（“{marker(FORMATS[level - 1], 1)}”），层次乱了：{m.where}")
    prev = last.get(level)
    if prev is None and m.value != 1:
        yield m.number, "D203", (f"这一层的第一个标题是“{m.shown}”，应从“{marker(m.kind, 1)}”开始：{m.where}")
    elif prev is not None and m.value == prev:
        yield m.number, "D202", f"标题序号“{m.shown}”重复了：{m.where}"
    elif prev is not None and m.value > prev + 1:
        missing = "".join(f"“{marker(m.kind, v)}”" for v in range(prev + 1, m.value))
        yield m.number, "D201", f"标题序号跳号：“{m.shown}”前面缺了{missing}：{m.where}"
    elif prev is not None and m.value < prev and m.value != 1:
        yield m.number, "D202", f"标题序号倒退：“{m.shown}”出现在“{marker(m.kind, prev)}”之后：{m.where}"
    last[level] = m.value
    for deeper in range(level + 1, 5):
        last.pop(deeper, None)
        orphaned.discard(deeper)


# --- headings too long --------------------------------------------------------------------------

HEADING_LIMIT = 40
"""Characters a heading of its own paragraph may have; a newspaper headline of several
phrases set apart by spaces is measured phrase by phrase."""
RUN_IN_LIMIT = 50
"""Characters a run-in heading (the lead sentence of its paragraph) may have."""


def long_headings(items: list[Item], numbered: list[tuple[int, Para]]) -> Iterator[Hit]:
    """D207: a heading so long it is a sentence (or a paragraph) set as a heading."""
    for it in items:
        if not 1 <= it.level <= 4 or it.kind not in ("heading", "run-in"):
            continue
        limit = HEADING_LIMIT if it.kind == "heading" else RUN_IN_LIMIT
        n, para = numbered[it.index]
        size = len(it.text.strip()) if it.kind == "run-in" else _longest_phrase(para.text)
        if size > limit:
            yield n, "D207", (f"{LEVEL_NAMES[it.level]}有 {size} 个字，太长，读起来是一段话而不是标题"
                              f"（以不超过 {limit} 字为宜）：把要点提炼成标题，其余放到正文里："
                              f"{excerpt(para.text, 0, 0, 16)}")


def guessed_headings(items: list[Item], numbered: list[tuple[int, Para]]) -> set[int]:
    """Positions the outline took for headings only because a line of plain text stops
    without a full stop, though it has no marker or style and is too long for a heading or
    opens with a lead-in (一是……): paragraphs that lost their stop (D411), not headings."""
    def lost_its_stop(text: str) -> bool:
        return _longest_phrase(text) > HEADING_LIMIT or bool(LEADS.match(text) and _SENTENCE_MARK.search(text))

    return {it.index for it in items if it.kind == "heading" and not it.marker and
            numbered[it.index][1].outline_level is None and not numbered[it.index][1].style and
            lost_its_stop(numbered[it.index][1].text.strip())}


_SENTENCE_MARK = re.compile("[，,；;]")


def _longest_phrase(text: str) -> int:
    return max((len(w) for w in text.split()), default=0)


# --- counts -------------------------------------------------------------------------------------

_COUNT = re.compile(f"(?<![{_NUM}\\d])([{_NUM}]{{1,3}}|\\d{{1,2}})(点|个方面|方面|项|条|个)(?:“([^”]{{1,6}})”)?([^，。；：:“”（）、]{{0,8}}?)([：:])")
"""提出三点要求：  做好以下四个方面工作：  着力做到三个“坚持”："""
_KEYWORD = re.compile(f"(?:“([{_NUM}]|[2-9])个([^”]{{1,6}})”|([{_NUM}]|[2-9])个“([^”]{{1,6}})”)")
"""“三个突出”  三个“坚持”"""
_NAMELY = re.compile(f"([{_NUM}]|[2-9])个([\u4e00-\u9fff]{{1,4}})[，,]即(?:以)?([^。；]+?)为\\2")
"""四个保障，即以数字支撑、基层减负、队伍建设、作风建设为保障"""
_ET_CETERA = re.compile(f"((?:[^，。；：:“”（）、\\s]{{1,12}}、)+[^，。；：:“”（）、\\s]{{1,12}})等"
                        f"([{_NUM}]|[2-9])(个|项|方面|家|所|条|类|大)")
"""渐美、新垵、石塘、山边等四个精品村"""


_REACH = 3000
_REACH_PASSAGES = 200
"""How far after a count its points are looked for (characters; passages): far past any
real list, and it keeps the check linear however many counts a text has."""


def counts(passages: list[Passage]) -> Iterator[Hit]:
    """D301/D302: a stated number of points that the text does not bear out."""
    for k, passage in enumerate(passages):
        text = passage.text
        for m in _COUNT.finditer(text):
            said = count_value(m[1])
            found = _items_after(text[m.end():m.end() + _REACH], passages[k + 1:k + 1 + _REACH_PASSAGES], m[3])
            if found is not None and found != said:
                yield passage.number_at(m.start()), "D301", (
                    f"说“{m[0].rstrip('：:')}”，后面列了 {found} 项，数目对不上："
                    f"{excerpt(text, m.start(), m.end())}")
        for m in _KEYWORD.finditer(text):
            said, word = (count_value(m[1]), m[2]) if m[1] else (count_value(m[3]), m[4])
            found = _sentences_starting(text[m.end():m.end() + _REACH], word)
            if found >= 2 and found != said:
                yield passage.number_at(m.start()), "D301", (
                    f"说{m[0]}，后面以“{word}”开头的有 {found} 项，数目对不上："
                    f"{excerpt(text, m.start(), m.end())}")
        for m in _NAMELY.finditer(text):
            listed = len(re.split("、|和|及|以及", m[3]))
            if listed != count_value(m[1]):
                yield passage.number_at(m.start()), "D301", (
                    f"说“{m[1]}个{m[2]}”，后面列了 {listed} 个，数目对不上：{excerpt(text, m.start(), m.end())}")
        for m in _ET_CETERA.finditer(text):
            listed = m[1].count("、") + 1
            if listed > count_value(m[2]):
                yield passage.number_at(m.start()), "D302", (
                    f"列举了 {listed} 项，却说“等{m[2]}{m[3]}”：{excerpt(text, m.start(), m.end())}")


def _items_after(rest: str, later: list[Passage], keyword: str | None) -> int | None:
    """How many points follow a count's colon, or None when it cannot be told."""
    if keyword:
        found = _sentences_starting(rest, keyword)
        return found if found >= 2 else None
    leads = [m for m in LEADS.finditer(rest)]
    if len(leads) >= 2:
        return len(leads)
    points = [p for p in re.split("[；;]", rest.split("。")[0]) if p.strip()]
    if len(points) >= 2:
        return len(points)
    if rest.strip():
        return None
    return _points_below(later)


def _points_below(later: list[Passage]) -> int | None:
    """Count the numbered paragraphs that follow a paragraph ending in a colon."""
    from drafter.numbering import detect_marker

    first = later[0].text if later else ""
    found = detect_marker(first)
    if found is not None:
        level = found[0]
        count = 0
        for p in later:
            mark = detect_marker(p.text)
            if mark is None:
                continue
            if mark[0] < level:
                break
            if mark[0] == level:
                count += 1
        return count
    if LEADS.match(first):
        count = 0
        for p in later:
            if not LEADS.match(p.text):
                break
            count += len(LEADS.findall(p.text))
        return count
    return None


def _sentences_starting(text: str, word: str) -> int:
    """Sentences (or clauses after a semicolon) that begin with ``word`` (after 要/是/一是 …)."""
    pattern = re.compile(f"^(?:[{_NUM}]{{1,2}}[是要]|要|是|第[{_NUM}]{{1,2}}[，、]?)?{re.escape(word)}")
    return sum(1 for s in re.split("[。！？；;]", text) if pattern.match(s.strip().lstrip("：:，,")))
