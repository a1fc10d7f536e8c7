"""Lint checks of repetition: stock phrases used too often (D501), a phrase said twice in a
row (D503), one sentence opening over and over (D504), one list spelt out again and again
(D505).

The thresholds are the genre's own habits, measured on the seeds, the corpus and the
built samples: a parallel opening once per part of the document is the genre (the seed
report opens each of its 13 sections with 今年，思明区将…), a brief says 会议要求 once per
work line; a list of the work lines is named where each is introduced. Only what no
published document of the kind does is marked. See codes.py for the table.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator

from drafter.lint.running_text import CJK, Hit, excerpt
from drafter.reader import Para

_HAN = re.compile(f"[{CJK}]")

# --- stock phrases (D501) ---------------------------------------------------------------------------

STOCK_PHRASES = (
    "高度重视", "切实加强", "进一步加强", "进一步提高", "进一步推进", "不断提高", "不断提升", "不断增强",
    "不断完善", "扎实推进", "深入推进", "全面推进", "大力推进", "积极推进", "持续推进", "统筹推进",
    "加快推进", "着力推动", "有力推动", "切实做好", "认真做好", "扎实做好", "抓好落实", "狠抓落实",
    "落到实处", "落地见效", "走深走实", "提质增效", "取得明显成效", "取得显著成效", "取得新成效",
    "再上新台阶", "迈上新台阶", "开创新局面", "提供坚强保障", "提供有力保障", "围绕中心、服务大局",
    "凝心聚力", "担当作为", "履职尽责", "守正创新", "真抓实干", "攻坚克难", "齐抓共管", "常抓不懈",
    "落实落细", "抓实抓细", "抓紧抓实", "压紧压实", "不折不扣", "主责主业", "重中之重", "政治站位",
    "形成合力", "良好氛围", "浓厚氛围", "切实增强", "切实提高", "切实发挥", "充分发挥", "示范引领",
    "有效提升", "全面提升", "持续提升", "进一步", "切实", "扎实", "着力", "积极", "不断",
)
"""Stock phrases of official writing: fine once or twice, tired when they recur."""


def stock_phrases(whole: str) -> Iterator[Hit]:
    """D501: a stock phrase used more often than a document of this length can carry."""
    chinese = len(_HAN.findall(whole))
    for phrase in STOCK_PHRASES:
        count = whole.count(phrase)
        limit = _limit(phrase, chinese)
        if count > limit:
            yield 0, "D501", (f"套话“{phrase}”全文用了 {count} 次（这个篇幅以不超过 {limit} 次为宜），"
                              "换个说法或删去一些。")


def _limit(phrase: str, chinese: int) -> int:
    """How often a phrase may recur: short, common words more often; longer texts more.

    Measured on the seeds and the corpus: full-length published documents use a short stock
    word (不断, 切实, 进一步) up to 2.5 times and a four-character one (全面推进) up to 1.3
    times in 1,000 characters; the limits are 3 and 1.5 (and never below 4 and 3, so that a
    short text is not marked for a word said three times). A page that says 进一步 six times
    in 400 characters is marked."""
    if len(phrase) <= 3:
        return max(4, math.ceil(3 * chinese / 1000))
    return max(3, math.ceil(1.5 * chinese / 1000))


# --- a phrase said twice in a row (D503) -------------------------------------------------------------

_CLAUSE_END = "，。；：、,;:！？!?"
_TWICE = re.compile(
    f"([{CJK}]{{3,12}})\\1"
    f"|(?:^|(?<=[{_CLAUSE_END}“”]))([{CJK}][^{_CLAUSE_END}]{{1,30}})[、，；,;]\\2(?=[{_CLAUSE_END}”]|$)")
"""A phrase of 3+ characters typed twice, or a whole clause said again after a comma.
Parallel forms differ in a character (共建共治共享, 有创新、有亮点) and so never match; nor
does a clause that ends with the word the next one starts with (……建设，建设……)."""


def said_twice(numbered: list[tuple[int, Para]]) -> Iterator[Hit]:
    """D503: the same phrase twice in a row."""
    for n, para in numbered:
        for m in _TWICE.finditer(para.text):
            said = m[1] or m[2]
            yield n, "D503", f"“{said}”紧挨着说了两遍，删去一遍：{excerpt(para.text, m.start(), m.end())}"


# --- one opening over and over (D504) ----------------------------------------------------------------

OPENING = 4
"""Characters (letters and digits, not punctuation) that make a sentence's opening."""
_LEAD_INS = re.compile(r"^(?:[一二三四五六七八九十]+(?:是|要|来)|第[一二三四五六七八九十]+[，,、]|"
                       r"（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.、．]|（\d+）|"
                       r"(?:首先|其次|再次|最后|同时|此外|另外)[，,])")
_SENTENCES = re.compile(r"[^。！？；;!?]+[。！？；;!?]*")
_WORD = re.compile(r"\w")


def openings(numbered: list[tuple[int, Para]], skip: set[int], parts_start: set[int]) -> Iterator[Hit]:
    """D504: many sentences that open with the same words. Once per part of the document is
    the genre; more than that, or more than three times within one part, is a tic.

    ``skip`` are the positions of headings and titles (not sentences); ``parts_start``
    those of the headings (levels 1-4, own or run-in) that start a part."""
    total: Counter[str] = Counter()
    in_part: Counter[tuple[int, str]] = Counter()
    first: dict[str, tuple[int, str]] = {}
    part = 0
    for pos, (n, para) in enumerate(numbered):
        part += pos in parts_start
        if pos in skip:
            continue
        for m in _SENTENCES.finditer(para.text):
            sentence = _LEAD_INS.sub("", m[0].strip())
            key = "".join(_WORD.findall(sentence[:OPENING * 3]))[:OPENING]
            if len(key) < OPENING or not _HAN.match(key):
                continue
            total[key] += 1
            in_part[part, key] += 1
            first.setdefault(key, (n, _shown(sentence)))
    parts = part + 1
    allowed, allowed_in_part = max(4, parts), 4
    crowded = {key for (_, key), k in in_part.items() if k > allowed_in_part}
    for key, count in total.items():
        if count > allowed or key in crowded:
            n, shown = first[key]
            yield n, "D504", (f"全文有 {count} 句以“{shown}”开头（全文 {parts} 个部分，"
                              "排比句式一个部分用一次为宜），换几种说法，或把相同的主语并到一句里。")


def _shown(sentence: str) -> str:
    """The opening as written (with its punctuation), up to its OPENING-th letter."""
    seen = 0
    for i, ch in enumerate(sentence):
        if _WORD.match(ch):
            seen += 1
            if seen == OPENING:
                return sentence[:i + 1] + "……"
    return sentence


# --- one list over and over (D505) ---------------------------------------------------------------------

_LIST = re.compile(f"[{CJK}]{{1,6}}(?:、[{CJK}]{{1,6}}){{3,}}")
LIST_ITEMS, LIST_TIMES, LIST_SHARE = 4, 5, 0.045
"""A list of 4 items or more, spelt out 5 times or more, taking more than 4.5% of the text.
The seeds name their four work lines up to 8 times (under 4% of the text; the
speech of the issue spelt five lines out 8 times in 2,000 characters, 6.4%)."""


def lists(numbered: list[tuple[int, Para]], whole: str) -> Iterator[Hit]:
    """D505: one list of items spelt out so often that it crowds the text."""
    chinese = max(1, len(_HAN.findall(whole)))
    found: Counter[str] = Counter()
    sizes: Counter[str] = Counter()
    first: dict[str, int] = {}
    for n, para in numbered:
        for m in _LIST.finditer(para.text):
            items = m[0].split("、")
            key = "、".join(items[1:-1])  # the first and last may run into the words around
            found[key] += 1
            sizes[key] += len(_HAN.findall(m[0]))
            first.setdefault(key, n)
    for key, count in found.items():
        size = sizes[key]
        if key.count("、") + 3 >= LIST_ITEMS and count >= LIST_TIMES and size / chinese > LIST_SHARE:
            yield first[key], "D505", (f"“……、{key}、……”这一串全文写了 {count} 次，占了全文的 "
                                       f"{size * 100 // chinese}%：第一次写全，以后用“各条线”“这几项工作”"
                                       "等概括的说法。")
