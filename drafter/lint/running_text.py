"""Lint checks of running text: punctuation (GB/T 15834), numbers and dates (GB/T 15835),
document numbers (GB/T 9704), doubled words, paragraphs broken or left without their stop.

The checks run on passages: paragraphs joined where a paragraph was broken in the
middle of a sentence (text copied from a PDF or a web page), so a bracket opened before
the break and closed after it is not reported; each finding still names the paragraph
(or line) where it is. See codes.py for the table of codes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from drafter.numbering import PAIRED_MARKS, detect_marker
from drafter.outline import LEAD
from drafter.reader import Para

Hit = tuple[int, str, str]
"""(paragraph or line, code, message)."""

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_HAN = re.compile(f"[{CJK}]")
_CHINESE = re.compile(f"[{CJK}\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f“”‘’…—]")
"""Chinese characters and Chinese (full-width) punctuation."""
_END = "。！？；：…”’）)」』】》.!?;:—\"'"
"""Characters a complete paragraph may end with."""


@dataclass(frozen=True, slots=True)
class Passage:
    """One or more paragraphs read as one, where a sentence ran across a break."""

    text: str
    parts: tuple[tuple[int, int, int], ...]
    """(offset in ``text``, paragraph or line number, position in the document) of each
    paragraph that makes up the passage."""
    heading: bool = False

    def number_at(self, offset: int) -> int:
        """The paragraph (or line) number of the character at ``offset``."""
        return self.parts[self._part(offset)][1]

    def position_at(self, offset: int) -> int:
        """The document position of the paragraph holding ``offset``."""
        return self.parts[self._part(offset)][2]

    def _part(self, offset: int) -> int:
        return max(0, bisect_right(self.parts, offset, key=lambda part: part[0]) - 1)


def broken(text: str) -> bool:
    """A long paragraph of running text that stops in the middle of a sentence."""
    return len(text) >= 30 and bool(re.search("[，,。、；]", text)) and text[-1] not in _END


def _continues(text: str) -> bool:
    return bool(_HAN.match(text)) and detect_marker(text) is None and not LEAD.match(text)


def passages(paragraphs: list[tuple[int, str]], headings: set[int]) -> list[Passage]:
    """Paragraphs as passages; ``headings`` are positions never joined to their neighbours."""
    out: list[Passage] = []
    text, parts = "", []
    for pos, (n, para) in enumerate(paragraphs):
        parts.append((len(text), n, pos))
        text += para
        nxt = paragraphs[pos + 1][1] if pos + 1 < len(paragraphs) else ""
        if pos in headings or pos + 1 in headings or not broken(para) or not _continues(nxt):
            out.append(Passage(text, tuple(parts), pos in headings))
            text, parts = "", []
    return out


def excerpt(text: str, start: int, end: int, width: int = 8) -> str:
    """The words around ``text[start:end]``, for the writer to find the place."""
    left = "…" if start > width else ""
    right = "…" if end + width < len(text) else ""
    return f"“{left}{text[max(0, start - width):end + width]}{right}”"


def broken_paragraphs(numbered: list[tuple[int, Para]], headings: set[int]) -> Iterator[Hit]:
    """D410: paragraphs broken in the middle of a sentence."""
    for pos, (n, para) in enumerate(numbered[:-1]):
        text = para.text.strip()
        if pos not in headings and pos + 1 not in headings and broken(text) and \
                _continues(numbered[pos + 1][1].text.strip()):
            yield n, "D410", (f"这一段在句子中间断开了（多是从 PDF 或网页复制时带来的断行），"
                              f"应与下一段接上：{excerpt(text, len(text), len(text))}")


def unstopped(numbered: list[tuple[int, Para]], skip: set[int]) -> Iterator[Hit]:
    """D411: a paragraph of running text (sentences with commas) that ends without its stop;
    ``skip`` are the positions of headings and titles. A paragraph that runs on into the
    next is D410's, not this; in plain text, where a line may be hard-wrapped, only a line
    followed by a new point, a heading or the end is taken. Short lines are left alone (a
    caption, a slogan), except the points of a series (一是……), sentences however short."""
    for pos, (n, para) in enumerate(numbered):
        text = para.text.strip()
        if pos in skip or len(text) < (6 if LEAD.match(text) else 15) or text[-1] in _END or text[-1] in "】" or \
                not _SENTENCE.search(text[:-1]) or _URL_AT_END.search(text):
            continue
        nxt = numbered[pos + 1][1].text.strip() if pos + 1 < len(numbered) else ""
        if _continues(nxt) and (broken(text) or not para.style):
            continue  # it may run on into the next line (D410; in plain text, a hard wrap)
        yield n, "D411", (f"这一段末尾没有句号（或问号、叹号等收尾的标点），补上“。”："
                          f"{excerpt(text, len(text), len(text))}")


_SENTENCE = re.compile("[，,；;。]")
_URL_AT_END = re.compile(r"(?:https?://|www\.)\S+$")


def check(passage: Passage, following: str = "") -> Iterator[Hit]:
    """Every check of running text on one passage; ``following`` is the next passage's text."""
    text = passage.text
    yield from _half_width(passage)
    yield from _pairs(passage, following)
    for code, pattern, message in _PATTERNS:
        for m in pattern.finditer(text):
            said = message(m) if callable(message) else message.format(m[0])
            if said:
                yield passage.number_at(m.start()), code, f"{said}：{excerpt(text, m.start(), m.end())}"
    if not passage.heading:
        yield from _spaces(passage)
    for start, n, _ in passage.parts:
        if re.match(r"\d{1,2}、", text[start:]):
            yield n, "D206", "第三层序号应写作“1.”（阿拉伯数字加下脚点），不用顿号。"


# --- half-width punctuation and quotes ---------------------------------------------------------

_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）", ".": "。"}


def _neighbours(text: str, i: int) -> tuple[str, str]:
    """The nearest non-space characters before and after position ``i``."""
    before = text[:i].rstrip(" ")
    after = text[i + 1:].lstrip(" ")
    return before[-1:] or "", after[:1] or ""


def _half_width(passage: Passage) -> Iterator[Hit]:
    """D401/D402, one finding per paragraph with the count of each mark."""
    text = passage.text
    marks: dict[int, Counter[str]] = {}
    first: dict[int, int] = {}
    for m in re.finditer(r"[,:;?!().\"']", text):
        ch, i = m[0], m.start()
        before, after = _neighbours(text, i)
        if ch == ".":
            # 工作. or 工作.” ends a sentence; 会议.名称 is a field path, 1.5 a number.
            hit = bool(_HAN.match(before)) and (not after or (bool(_CHINESE.match(after)) and
                                                              not _HAN.match(after)))
        elif ch == "(":
            hit = bool(_CHINESE.match(after))
        elif ch == ")":
            hit = bool(_CHINESE.match(before))
        else:
            hit = bool(_CHINESE.match(before) or _CHINESE.match(after))
        if hit:
            n = passage.number_at(i)
            marks.setdefault(n, Counter())[ch] += 1
            first.setdefault(n, i)
    for n, counts in marks.items():
        at = excerpt(text, first[n], first[n] + 1)
        punct = {c: k for c, k in counts.items() if c not in "\"'"}
        quotes = {c: k for c, k in counts.items() if c in "\"'"}
        if punct:
            listed = "、".join(f"“{c}”{k} 处" for c, k in punct.items())
            wanted = "".join(f"“{_FULL[c]}”" for c in punct)
            yield n, "D401", f"中文里用了半角标点：{listed}，应改为全角的{wanted}：{at}"
        if quotes:
            listed = "、".join(f"“{c}”{k} 处" for c, k in quotes.items())
            yield n, "D402", f"中文里用了半角引号：{listed}，应改为“”或‘’：{at}"


# --- quotes and brackets in pairs ------------------------------------------------------------------

_OPEN = PAIRED_MARKS
_CLOSE = {v: k for k, v in _OPEN.items()}
_MARKS = re.compile("[" + re.escape("".join(_OPEN) + "".join(_CLOSE)) + "]")


def _pairs(passage: Passage, following: str) -> Iterator[Hit]:
    """D403 (quotes) and D404 (brackets): every opening mark closed, every closing one opened.

    A closing mark closes the nearest open mark of its kind; marks opened after that one
    and still open are unpaired. Each kind keeps the stack positions of its open marks,
    so the check stays linear however the marks are nested."""
    text = passage.text
    stack: list[tuple[str, int]] = []
    by_kind: dict[str, list[int]] = {}
    unpaired: list[tuple[str, int, str]] = []
    for m in _MARKS.finditer(text):
        ch, i = m[0], m.start()
        if ch in _OPEN:
            by_kind.setdefault(ch, []).append(len(stack))
            stack.append((ch, i))
            continue
        opened = by_kind.get(_CLOSE[ch])
        if not opened:
            unpaired.append((ch, i, f"“{ch}”前面没有对应的“{_CLOSE[ch]}”"))
            continue
        match = opened[-1]
        for c, j in stack[match + 1:]:
            unpaired.append((c, j, f"“{c}”没有对应的“{_OPEN[c]}”"))
            by_kind[c].pop()
        opened.pop()
        del stack[match:]
    # A quotation running over several paragraphs opens each one and closes only the last.
    carried = following.startswith("“")
    unpaired += [(c, j, f"“{c}”没有对应的“{_OPEN[c]}”") for c, j in stack if not (c == "“" and carried)]
    for ch, i, said in sorted(unpaired, key=lambda u: u[1]):
        code, kind = ("D403", "引号") if ch in "“”‘’" else ("D404", "括号")
        yield passage.number_at(i), code, f"{kind}不成对，{said}：{excerpt(text, i, i + 1)}"


def _spaces(passage: Passage) -> Iterator[Hit]:
    """D408: spaces between Chinese characters in running text (outside brackets, and outside
    short quotations: a slogan is written with spaces between its phrases)."""
    text = passage.text
    if len(text) < 30 or not re.search("[，。,]", text):
        return
    plain = re.sub(r"[（(][^（）()]*[）)]|“[^“”]{1,40}”", lambda m: "（" * len(m[0]), text)
    hits = [m.start() for m in re.finditer(f"(?<=[{CJK}])[ \u3000]+(?=[{CJK}])", plain)]
    by_para: dict[int, list[int]] = {}
    for i in hits:
        by_para.setdefault(passage.number_at(i), []).append(i)
    for n, at in by_para.items():
        yield n, "D408", (f"汉字之间有多余的空格 {len(at)} 处（多是从 PDF 复制时带来的）："
                          f"{excerpt(text, at[0], at[0] + 1)}")


# --- patterns: dashes, ellipses, document numbers, doubled marks and words, numbers ---------------

def _ellipsis(m: re.Match[str]) -> str:
    run = m[0]
    if set(run) == {"…"}:
        return "" if len(run) in (2, 4) else f"省略号应当是两个“…”（……），这里有 {len(run)} 个"
    return f"省略号应当写作“……”，不要写成“{run}”"


def _document_number(m: re.Match[str]) -> str:
    org, opening, year, closing, di, seq = m.groups()
    if opening + closing != "〔〕":
        return f"发文字号的年份应当用六角括号〔〕：写作“{org}〔{year}〕{int(seq)}号”"
    if di:
        return f"发文字号的顺序号前不加“第”：写作“{org}〔{year}〕{int(seq)}号”"
    if seq.startswith("0"):
        return f"发文字号的顺序号不编虚位：写作“{org}〔{year}〕{int(seq)}号”"
    return ""


_REDUPLICATED = {"研究", "讨论", "商量", "考虑", "学习", "了解", "认识", "交流", "活动", "休息", "打扫",
                 "整理", "检查", "比较", "联系", "沟通", "锻炼", "体验", "思考", "琢磨", "介绍", "说明"}


def _doubled(m: re.Match[str]) -> str:
    word = m[1]
    if word in _REDUPLICATED or word[0] in "一二三四五六七八九十两几每" or word[0] == word[1]:
        return ""
    return f"“{word}”连写了两遍"


_PATTERNS: tuple[tuple[str, re.Pattern[str], object], ...] = (
    ("D405", re.compile(r"(?<![—\d ])—(?!—)|—{3,}"), "破折号应当是两个“—”（——），不要写成“{}”"),
    ("D405", re.compile(f"(?<=[{CJK}])(?:-{{2,}}|－+|―+|─{{2,}}|~{{2,}})(?=[{CJK}])"),
     "破折号应当写作“——”，不要写成“{}”"),
    ("D406", re.compile(r"\.{3,}|。{3,}|·{3,}|…+"), _ellipsis),
    ("D406", re.compile(r"……等|等等……|等……"), "省略号和“等”不要同时用：“{}”"),
    ("D407", re.compile(f"([{CJK}]{{1,12}})([\\[［【(（〔])\\s*((?:19|20)\\d{{2}})\\s*([\\]］】)）〕])\\s*(第?)\\s*(\\d+)\\s*号"),
     _document_number),
    ("D409", re.compile(r"[，。、；：]{2,}|[，、；：]+[。！？]|[。！？][，、；：。]|[。！？][”’]。"),
     "标点重复：“{}”"),
    ("D502", re.compile(f"([{CJK}]{{2}})\\1"), _doubled),
    ("D502", re.compile(r"的的(?!确)"), "“的”连写了两遍"),
    ("D601", re.compile(r"(?<!\d)\d{4}年0\d月|(?<![\d.])0\d月\d{1,2}日|(?<=月)0\d日"),
     "日期不要在月、日前补零（GB/T 15835）：“{}”"),
    ("D602", re.compile(r"(?<![\d〇零一二三四五六七八九十.])\d{2}年\d{1,2}月"),
     "年份要写全四位数字（GB/T 15835）：“{}”"),
    ("D603", re.compile(r"\d+(?:\.\d+)?[十百千](?!米|克|瓦|伏|帕|赫|兆|分|字节)|百分之\d+(?:\.\d+)?"),
     "阿拉伯数字和汉字数字混用（GB/T 15835）：“{}”应写作全用阿拉伯数字（如“3000”“5%”）"),
    ("D604", re.compile(r"[０-９]+"), "全角数字“{}”应写作半角阿拉伯数字"),
    ("D605", re.compile(r"(?=[〇○OＯ0零一二三四五六七八九]{4}年)(?=[^年]*[一二三四五六七八九])"
                        r"(?=[^年]*[○OＯ0零])[〇○OＯ0零一二三四五六七八九]{4}年"),
     "年份里的零应当写作“〇”（GB/T 15835）：“{}”"),
)
"""(code, pattern, message format or function of the match giving the message, "" to skip)."""
