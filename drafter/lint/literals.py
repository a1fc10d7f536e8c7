"""``drafter templates lint``: what one document's facts left written into a template (T101), and
the quoted work brands a place gives its own campaigns (T102, a reminder).

A template made from last year's document (by hand or by ``drafter mine --skeleton``) may
still carry its facts in its fixed text: years (2022年, and in Chinese numerals 二〇二二年),
dates, figures, people's names (区委书记刘东伟, 杨政指出), places (思明区; the short form 思明
where the text uses it as a place: 结合思明实际, 平安思明, 推动思明高质量发展) and congresses
(十九大). Each is reported with its file, line and column and how to write it from the facts.

T102 reads a quoted name before a brand word (“爱乡爱企促发展 同心同行兴万村”行动, “红色网格”工程,
“好学济宁·学在汶上”品牌): the campaigns of the exemplar's own place, which another place's draft must not
keep; the nationwide campaigns every place runs (“万企兴万村”行动, “清朗”专项行动 …) are not named. It is a
reminder: the writer of the place itself keeps its brand, so it does not fail the check.

Only the fixed text counts: Jinja expressions, statements and comments are masked with
spaces of the same length, so columns stay those of the file. Every check is a regular
expression or a lookup in the gazetteer (drafter/data/regions.txt): no segmenter.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from drafter.provenance import PATTERNS

CODE = "T101"
_CN_DIGIT = "〇零○Ｏ0一二三四五六七八九"
CN_YEAR = re.compile(rf"(?<![{_CN_DIGIT}])[一二][{_CN_DIGIT}]{{3}}年")
"""A year in Chinese numerals (二〇二三年, 一九九五年)."""
FIXES = {
    "年份": "年份每年都变，请从会议日期写出：{{ 会议.日期 | 年份 }}（上一年 {{ 会议.日期 | 年份(-1) }}，"
          "中文数字 {{ 会议.日期 | 中文年份 }}）",
    "日期": "日期请从事实写出：{{ 会议.日期 | 日期 }} 或 {{ 会议.日期 | 月日 }}",
    "百分比": "请把这个数写进事实文件，模板里用 {{ 字段 }} 引用",
    "数字": "请把这个数写进事实文件，模板里用 {{ 字段 }} 引用",
    "人名": "人名请从事实写出：{{ 讲话人.姓名 }}、{{ 主持人.姓名 }} 或 {{ 出席[0].姓名 }}",
    "地名": "地名请从事实写出：{{ 地名 }}（简称 {{ 地名 | 简称 }}，上级 {{ 上级地名 }}），别处的地名写进事实文件",
    "党的会议": "党代会届次随会议日期而变，请从会议日期写出：党的{{ 会议.日期 | 党代会 }}（下一次 {{ 会议.日期 | 党代会(1) }}，"
            "届次 {{ 会议.日期 | 党代会(0, \"届\") }}历次全会）；"
            "中央全会请写进事实文件（如 会议.传达），模板里用 {{ 会议.传达 }} 引用",
}


BRAND_CODE = "T102"
BRAND = "工作品牌"
"""The kind of a T102 reminder."""
_BRAND = re.compile(r"“([^“”\s{}]{2,20}(?:[ ·][^“”\s{}]{2,20})?)”(?:系列)?"
                    r"(专项行动|行动|工程|品牌|计划|工作法|驿站|工作室|志愿服务队|服务队|宣讲团|服务站|讲堂|课堂|书屋|之家|联盟"
                    r"|主题活动|活动|项目)")
"""A quoted name before a word that makes it a campaign or a brand of one place."""
NATIONWIDE = frozenset({
    "万企兴万村", "万企帮万村", "清朗", "净网", "护苗", "扫黄打非", "雪亮", "天网", "千万", "千村示范、万村整治",
    "我们的节日", "我为群众办实事", "学习强国", "青年大学习", "希望", "春雨", "春风", "百千万", "双报到", "两新", "同心",
    "百县千乡万村", "三下乡", "送温暖", "一带一路", "新时代文明实践", "四下基层", "三服务", "放管服", "最多跑一次",
})
"""Campaigns every place runs, named by the centre or a ministry: not one place's brand (nor a five-year
plan, “十五”计划)."""
_PLAN = re.compile(r"十[一二三四五六七八九]?五|[一二三四五六七八九十]{1,3}五")
"""A five-year plan (“十五”计划, “十一五”规划): no place's brand either."""


@dataclass(frozen=True, slots=True)
class Literal:
    """One piece of a document's facts in a template's fixed text (T101), or a quoted brand that may be its place's
    own (kind ``BRAND``, T102: a reminder)."""

    path: Path
    line: int
    column: int
    """1-based, in characters."""
    kind: str
    text: str

    def message(self) -> str:
        where = f"{_shown(self.path)}:{self.line}:{self.column}:"
        if self.kind == BRAND:
            return (f"{where} {BRAND_CODE} 提醒：模板固定文字里有工作品牌{self.text}，可能是范文所在地方自己的品牌。"
                    "别的地方用这个模板时，请改成本地的品牌，或写进事实文件（如 品牌: 你们的品牌名），模板里用 {{ 品牌 }} 引用；"
                    "本地自用的模板可以不改。")
        return (f"{where} {CODE} 模板固定文字里写死了{self.kind}"
                f"“{self.text}”，应当改为事实文件里的字段。{FIXES.get(self.kind, '')}")


def brands(roots: Iterable[Path]) -> list[Literal]:
    """T102 reminders of the templates (``*.j2``) under ``roots``."""
    out: list[Literal] = []
    for path, n, line in _fixed_lines(roots):
        for m in _BRAND.finditer(line):
            if m[1] not in NATIONWIDE and not _PLAN.fullmatch(m[1]):
                out.append(Literal(path, n, m.start() + 1, BRAND, m[0]))
    return out


def _fixed_lines(roots: Iterable[Path]) -> Iterator[tuple[Path, int, str]]:
    """(file, line number, fixed text of the line) of every template under ``roots``."""
    from drafter import inputs

    for root in roots:
        real_root = root.resolve()
        for path in sorted(root.rglob("*.j2")):
            if not path.is_file() or inputs.outside(path, real_root):
                continue
            text = masked(path.read_text(encoding="utf-8"))
            for n, line in enumerate(text.splitlines(), 1):
                yield path, n, line


def _shown(path: Path) -> str:
    rel = os.path.relpath(path)
    return path.as_posix() if rel.startswith("..") else Path(rel).as_posix()


def masked(text: str) -> str:
    """``text`` with every Jinja expression, statement and comment blanked to spaces of the
    same length (line breaks kept), so positions stay those of the file."""
    return re.sub(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", lambda m: re.sub(r"[^\n]", " ", m[0]), text, flags=re.S)


def scan(roots: Iterable[Path]) -> list[Literal]:
    """T101 findings of the templates (``*.j2``) under ``roots``."""
    out: list[Literal] = []
    for path, n, line in _fixed_lines(roots):
        out += [Literal(path, n, start + 1, kind, piece) for start, kind, piece in find(line)]
    return out


def find(line: str) -> list[tuple[int, str, str]]:
    """(start, kind, text) of each literal fact in one line of fixed text, left to right,
    not overlapping (the earlier finder and the longer piece win)."""
    hits: list[tuple[int, int, str, str]] = []
    for finder in (_names, _congresses, _places, _years_cn, _shaped):
        hits += [(s, e, kind, line[s:e]) for s, e, kind in finder(line)]
    out: list[tuple[int, str, str]] = []
    used = bytearray(len(line) + 1)
    for s, e, kind, piece in hits:
        if 1 in used[s:e]:
            continue
        used[s:e] = b"\1" * (e - s)
        out.append((s, kind, piece))
    return sorted(out)


def _shaped(line: str) -> Iterator[tuple[int, int, str]]:
    """Dates, years, percentages and figures (drafter.provenance.PATTERNS); a lone digit is none."""
    if not re.search(r"\d", line):
        return
    used = bytearray(len(line) + 1)
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(line):
            if 1 in used[m.start():m.end()]:
                continue
            used[m.start():m.end()] = b"\1" * (m.end() - m.start())
            if kind == "数字" and len(m[0]) == 1:
                continue
            yield m.start(), m.end(), kind


def _years_cn(line: str) -> Iterator[tuple[int, int, str]]:
    for m in CN_YEAR.finditer(line):
        yield m.start(), m.end(), "年份"


def _congresses(line: str) -> Iterator[tuple[int, int, str]]:
    from drafter.mining.slots import _CONGRESS

    for m in _CONGRESS.finditer(line):
        if not (m[0].endswith("十八大") and line.startswith("以来", m.end())):  # 党的十八大以来 names the new era
            yield m.start(), m.end(), "党的会议"


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern[str], ...]:
    from drafter.mining.slots import SURNAMES, TITLES

    s = f"[{SURNAMES}]"
    return (
        re.compile(rf"(?:{TITLES})({s}[\u4e00-\u9fff]{{1,2}}?)"
                   r"(?=同志|表示|出席|主持|讲话|指出|强调|要求|介绍|参加|代表|宣读|作了?|做了?|[，、。；）])"),
        re.compile(rf"(?:^|(?<=[。，；：\s]))({s}[\u4e00-\u9fff]{{1,2}}?)(?:同志)?"
                   r"(?:在[^，。]{0,12}?(?:上|中))?(?:指出|强调|要求)[，：]"),
        re.compile(rf"(?<=领导)({s}[\u4e00-\u9fff]{{1,2}}?)(?=、{s})"),
    )


def _names(line: str) -> Iterator[tuple[int, int, str]]:
    """People named after their post (区委书记刘东伟，), or before what they said (杨政指出，)."""
    from drafter.mining.slots import FRAME_NAMES, NOT_NAMES, SURNAMES

    for pattern in _name_patterns():
        for m in pattern.finditer(line):
            name = m[1]
            if name in FRAME_NAMES or name[1] in "委长记任" or name[:2] in NOT_NAMES:
                continue
            yield m.start(1), m.end(1), "人名"
            # the rest of a list of names: 刘东伟、江岚、张晓家
            pos = m.end(1)
            while line[pos:pos + 1] == "、":
                nxt = re.match(rf"[{SURNAMES}][\u4e00-\u9fff]{{1,2}}?(?=[、，。；\s]|等|同志|参加|出席)", line[pos + 1:])
                if not nxt:
                    break
                yield pos + 1, pos + 1 + len(nxt[0]), "人名"
                pos += 1 + len(nxt[0])


def _places(line: str) -> Iterator[tuple[int, int, str]]:
    """Divisions of the gazetteer: a full name (思明区, 偏关县) wherever it stands as one, and a
    short form (思明) where the text uses it as a place: in the frames of drafter.mining.places
    (结合思明实际, 平安思明, 推动思明高质量发展, 思明篇章 …), or, when it is no common word
    (滨湖, not 长安), next to punctuation or a slot with no common word running into it
    (“聚贤滨湖”, 思明、湖里)."""
    from drafter.lint.regions import _words, places
    from drafter.mining.places import _FRAMES, _JOINS, _table

    for start, end, name in places(line):
        yield start, end, "地名"
    by_name, _, shorts = _table()
    for m in re.finditer(r"[\u4e00-\u9fff]{2}[县旗]", line):  # two-character names: 道县, 黟县
        name = m[0][1:] if m[0][1:] in by_name else ""
        if name and not (m[0][0] in "全本我各该每邻" or name[0] in _JOINS or _runs_into(line, m.start() + 1, m.end())):
            yield m.start() + 1, m.end(), "地名"
    present = [s for s in shorts if s in line]
    if not present:
        return
    words = _words()
    for short in present:
        for frame in _FRAMES:
            for m in re.finditer(frame.format(s=re.escape(short)), line):
                yield m.start(1), m.end(1), "地名"
        if short in words:
            continue  # a common word (长安, 安宁) is a place only in a frame
        for m in re.finditer(re.escape(short), line):
            s, e = m.start(), m.end()
            edge = s == 0 or not _HAN.match(line[s - 1]) or e == len(line) or not _HAN.match(line[e])
            if edge and not _runs_into(line, s, e) and line[e:e + 1] not in _FEATURES:
                yield s, e + (line[e:e + 1] in _SUFFIXES), "地名"  # 三都县 of 三都水族自治县 whole


_HAN = re.compile(r"[\u4e00-\u9fff]")
_FEATURES = "山河江湖路街桥岛"
_SUFFIXES = "县区市旗"
"""A short form before one of these names a mountain, river or street (阳明山), no division."""


def _runs_into(line: str, s: int, e: int) -> bool:
    """Whether a common word runs into ``line[s:e]`` from either side (代理县长 has no 理县,
    示范县 no 范县, 安居乐业 no 乐业)."""
    from drafter.lint.regions import _words

    words = _words()
    return any(line[a:b] in words for a, b in ((s - 1, s + 1), (e - 1, e + 1), (s - 2, s + 1), (e - 1, e + 2),
                                               (s - 3, s + 1), (e - 1, e + 3), (s - 2, e), (s, e + 2))
               if a >= 0 and b <= len(line) and b - a > 1)
