"""The outline of a document: its title, headings, run-in headings and lead-ins, in order.

One reader for drafts drafter built (read back from .docx) and for exemplars
(text or .docx from anywhere), so the two can be compared. Where a document has
Word heading styles, levels come from them. A plain document (text, or a .docx
typed without heading styles) is read the way a writer reads it:

- the literal markers of official writing: 一、 （一） 1. （1）, and the run-in
  lead-ins 一是/二要, 第一，, 首先/其次, “一个核心，即…”;
- the title and subtitles: the short lines before the first body paragraph;
- stand-alone short lines without closing punctuation (newspaper subheads,
  box labels such as 看点, bullet heads ●, letter heads A/B, one-character motto
  heads “谋”字为先): level 1 when they open a part of the document (a motto, a
  box label, a per-line head that repeats an earlier enumeration or starts with
  a work line's name, a highlights block, a second headline), otherwise one
  level below the head they follow;
- bold lead sentences: in .docx the bold leading run; in text a run of at least
  three paragraphs that each open with a short parallel sentence (谋布局，打好
  主动仗。/ 谋机制，强化主力军。…);
- photo captions, bylines and the salutation are recognised so they are never
  taken for headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.numbering import detect_marker, parse_chinese
from drafter.reader import Para

LEAD_LEVEL = 5
"""Level given to run-in lead-ins (一是、二要 …), below the four heading levels."""
_CN = "一二三四五六七八九十"
LEAD = re.compile(rf"^([{_CN}]+)(是|要|来)")
ORDINAL_LEAD = re.compile(rf"^第([{_CN}]+)[，,、]")
SEQUENCE_LEAD = re.compile(r"^(首先|其次|再次|最后)[，,]")
COUNTED_LEAD = re.compile(rf"^([{_CN}两]+)个[\u4e00-\u9fff]{{1,6}}，即")
"""“一个核心，即…” / “两个抓手，即…”: the points of a counted summary."""
_HALF_TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！",
                               "?": "？"})
_CJK_PUNCT = "\u4e00-\u9fff，。、；：？！“”‘’（）《》〈〉【】—…·"
_SPACE_IN_CJK = re.compile(rf"(?<=[{_CJK_PUNCT}])[ \t\u3000\u00a0]+(?=[{_CJK_PUNCT}])")
_NUMERIC_PUNCT = re.compile(r"(?<=\d)[,:](?=\d)")

TERMINAL = "。！？；…”’）)!?;"
"""A paragraph ending in one of these ends a sentence."""
BULLET = re.compile(r"^[●■◆▲★☆◇□○◎•▶►]\s*")
LETTER = re.compile(r"^[A-H](?:[\s　．.、]+|(?=[\u4e00-\u9fff]))")
MOTTO = re.compile(r"^[“\"「]?[\u4e00-\u9fff][”\"」]?字")
"""One-character motto heads of experience articles: “谋”字为先, “学”字当头."""
CAPTION = re.compile(r"(（[^（）]*(?:摄|供图|资料图|图片来源|图源)[^（）]*）$|^图为|。图为|^（?图片)")
BYLINE = re.compile(r"^(本报记者|本报通讯员|记者|通讯员|特约记者|见习记者|文/|图/|文：|图：)")
SALUTATION = re.compile(r"^(同志们|各位[\u4e00-\u9fff]{0,8}|尊敬的[^：:]{0,30})[：:]$")
DATE_LINE = re.compile(r"^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$")
BLOCK_WORDS = ("亮点", "数说", "链接", "一图读懂", "相关阅读", "背景")
LINE_STARTS = ("组织", "宣传", "统战", "政法", "社会工作", "纪检", "监察", "网信", "编办", "机构编制",
               "老干部", "机关党建", "政研", "保密", "党校", "档案", "巡察", "政协", "人大", "群团")
"""Names that open the per-line heads of a report (组织带动更加有效 …)."""
REPORTING = re.compile(r"表示|指出|强调|认为|介绍|说[，：]|^(会议|会上|据|截至|目前|今年|去年|一年来|近年来"
                       r"|昨日|今天|当前|同时|此外|其中|下一步)")
MAX_HEAD = 50
"""Longest stand-alone line still read as a heading (characters)."""


@dataclass(frozen=True, slots=True)
class Item:
    """One entry of an outline."""

    level: int
    """0 title and subtitles, 1-4 heading levels, 5 lead-in."""
    kind: str
    """``title``, ``subtitle``, ``heading`` (a paragraph of its own), ``run-in`` (heading
    sentence followed by body text in the same paragraph) or ``lead`` (一是 … lead-in)."""
    number: int
    """Ordinal read from the marker (0 when there is none)."""
    marker: str
    """The marker as written: ``一、`` ``（一）`` ``一是`` ``●`` …"""
    text: str
    """The heading's words without the marker and closing punctuation, normalised."""
    index: int
    """Position of the paragraph in the document."""


def normalize(text: str) -> str:
    """Full-width punctuation in Chinese text, no spaces between Chinese characters.

    Half-width ``, : ; ( ) ! ?`` become full-width except inside numbers
    (``1,000`` ``10:30``); straight double quotes become “ ” pairs and ``...``
    becomes ``……``. Idempotent.
    """
    return _SPACE_IN_CJK.sub("", punctuate(text)).strip()


def punctuate(text: str) -> str:
    """``normalize`` without removing spaces: for text shown to people, whose spaces between
    the halves of a headline or inside a slogan are the writer's."""
    text = text.replace("...", "……")
    out = text.translate(_HALF_TO_FULL)
    if out != text:
        kept = [m.start() for m in _NUMERIC_PUNCT.finditer(text)]
        if kept:
            chars = list(out)
            for i in kept:
                chars[i] = text[i]
            out = "".join(chars)
        text = out
    if '"' in text:
        parts = text.split('"')
        text = "".join(part + ("“" if i % 2 == 0 else "”") for i, part in enumerate(parts[:-1])) + parts[-1]
    return text.strip()


def first_sentence(text: str) -> tuple[str, bool]:
    """The text up to the first full stop, and whether more text follows it."""
    head, stop, rest = text.partition("。")
    return head.rstrip("：:，,；; "), bool(stop and rest.strip())


_first_sentence = first_sentence


def outline(paras: list[Para], *, plain: bool | None = None) -> list[Item]:
    """The outline of a list of paragraphs.

    Args:
        paras: the document's paragraphs.
        plain: read it as a plain document (see the module docstring). Default:
            when no paragraph carries a Word heading level.
    """
    if plain is None:
        plain = not any(p.outline_level is not None for p in paras)
    if not plain:
        items: list[Item] = []
        for i, p in enumerate(paras):
            it = _styled_item(p, i)
            if it is None:
                continue
            last = items[-1] if items else None
            if last is not None and it.kind == last.kind == "title" and last.index == i - 1:
                items[-1] = Item(0, "title", 0, "", last.text + it.text, i)  # a title over two lines
                continue
            items.append(it)
        return items
    return [it for it in _plain_items(paras) if it is not None]


def kinds(paras: list[Para]) -> list[str]:
    """What each paragraph of a plain document is: ``title``, ``subtitle``, ``heading``,
    ``run-in``, ``lead``, ``caption``, ``byline``, ``salutation``, ``meta``, ``empty`` or ``body``."""
    return read_plain(paras)[1]


def read_plain(paras: list[Para]) -> tuple[list[Item], list[str]]:
    """The outline of a plain document and what each of its paragraphs is (see ``kinds``)."""
    out = ["body"] * len(paras)
    items = [it for it in _plain_items(paras, out) if it is not None]
    for it in items:
        out[it.index] = it.kind
    return items, out


# --- documents with Word heading styles (drafts drafter built) -----------------------------

def _styled_item(para: Para, index: int) -> Item | None:
    text = normalize(para.text)
    if not text:
        return None
    style = para.style.lower()
    if style == "title":
        return Item(0, "title", 0, "", text, index)
    if style in ("subtitle", "副标题"):
        return Item(0, "subtitle", 0, "", text, index)
    found = detect_marker(text)
    if found is not None:
        level, number, mark = found
        head, more = _first_sentence(text[len(mark):])
        if para.outline_level is not None:
            level = para.outline_level + 1
        return Item(level, "run-in" if more else "heading", number, mark, head, index)
    if para.outline_level is not None and para.outline_level < 4:
        m = BULLET.match(text) or LETTER.match(text)
        mark = m[0].strip() if m else ""
        return Item(para.outline_level + 1, "heading", 0, mark, text[m.end() if m else 0:].rstrip("。"), index)
    run_in_level = getattr(para, "run_in_level", None)  # an unnumbered run-in heading's character style
    if run_in_level is not None:
        head, _ = _first_sentence(text)
        return Item(run_in_level, "run-in", 0, "", head, index)
    found_lead = _lead(text, index)
    if found_lead is None and para.bold_lead:  # a bold lead-in without a numeral: a point of a series
        head, _ = _first_sentence(text)
        return Item(LEAD_LEVEL, "lead", 0, "", head, index)
    return found_lead


def _lead(text: str, index: int, *, sequence: bool = False) -> Item | None:
    """A run-in lead-in (一是 …, 第一，…, 首先，…, 一个核心，即…) or None."""
    m = LEAD.match(text) or ORDINAL_LEAD.match(text)
    if m:
        head, _ = _first_sentence(text[len(m[0]):])
        return Item(LEAD_LEVEL, "lead", parse_chinese(m[1]) or 0, m[0], head, index)
    m = SEQUENCE_LEAD.match(text) if sequence else None
    if m:
        head, _ = _first_sentence(text[len(m[0]):])
        number = ("首先", "其次", "再次").index(m[1]) + 1 if m[1] != "最后" else 0
        return Item(LEAD_LEVEL, "lead", number, m[0], head, index)
    m = COUNTED_LEAD.match(text)
    if m:
        head, _ = _first_sentence(text)
        return Item(LEAD_LEVEL, "lead", parse_chinese(m[1].replace("两", "二")) or 0, "", head, index)
    return None


# --- plain documents --------------------------------------------------------------------------

def is_standalone(text: str) -> bool:
    """A short line that does not end a sentence: a title or heading candidate."""
    return 0 < len(text) <= MAX_HEAD and text[-1] not in TERMINAL and "。" not in text


def _classify(texts: list[str], paras: list[Para]) -> list[str]:
    """First reading of each paragraph: empty, caption, byline, salutation, meta, head or body."""
    kind = []
    for t, p in zip(texts, paras, strict=True):
        if not t:
            kind.append("empty")
        elif CAPTION.search(t) and not detect_marker(t):
            kind.append("caption")
        elif BYLINE.match(t) and len(t) <= 40 and "。" not in t:
            kind.append("byline")
        elif SALUTATION.match(t):
            kind.append("salutation")
        elif DATE_LINE.match(t):
            kind.append("meta")
        elif is_standalone(t) or p.style.lower() == "title":
            kind.append("head")
        else:
            kind.append("body")
    last_body = max((i for i, k in enumerate(kind) if k == "body"), default=-1)
    for i in range(last_body + 1, len(kind)):  # nothing follows them: signatures, not headings
        if kind[i] == "head" and paras[i].style.lower() != "title":
            kind[i] = "meta"
    return kind


class _PlainReader:
    """Walks a plain document once, keeping what the level of the next head depends on."""

    def __init__(self, paras: list[Para]) -> None:
        self.paras = paras
        self.texts = [normalize(p.text) for p in paras]
        self.kind = _classify(self.texts, paras)
        self.last_body = max((i for i, k in enumerate(self.kind) if k == "body"), default=-1)
        self.sequence = (any(t.startswith("首先") for t in self.texts)
                         and any(t.startswith("其次") for t in self.texts))
        self.enumerated = _enumerated_items(self.texts, self.kind)
        self.strong = [i for i, t in enumerate(self.texts) if self.kind[i] == "head"
                       and _opens_part(_strip_mark(t)[1], self.enumerated, self.texts)
                       and not any(w in t for w in BLOCK_WORDS)]
        self.items: list[Item | None] = [None] * len(paras)
        self.in_title_zone = True
        self.prev = ""  # kind of the previous paragraph that is not a caption, byline or empty
        self.prev_level = 0  # level of the previous head
        self.parent_level = 0
        self.anchor = 0  # 1 once a level-1 head that is not a bullet or letter head was seen

    def read(self) -> list[Item | None]:
        for i, t in enumerate(self.texts):
            k = self.kind[i]
            if k in ("empty", "caption", "byline", "meta"):
                if k == "meta" and self.in_title_zone and i < self.last_body:
                    self.items[i] = Item(0, "subtitle", 0, "", t, i)
            elif k == "head" and self.in_title_zone and detect_marker(t) is None:
                has_title = any(it is not None and it.kind == "title" for it in self.items)
                self.items[i] = Item(0, "subtitle" if has_title else "title", 0, "", t, i)
                self.prev = "title"
            elif k == "salutation":
                self.in_title_zone, self.prev = False, k
            elif detect_marker(t) is not None:
                self._marked(i, t)
            elif k == "head":
                self._head(i, t)
            else:
                self._body(i, t)
        self._lead_sentences()
        return self.items

    def _marked(self, i: int, t: str) -> None:
        level, number, mark = detect_marker(t)  # type: ignore[misc]
        head, more = _first_sentence(t[len(mark):])
        self.items[i] = Item(level, "run-in" if more else "heading", number, mark, head, i)
        self.in_title_zone = False
        self.parent_level = self.prev_level = level
        self.prev = "head"

    def _head(self, i: int, t: str) -> None:
        level, mark, words, anchor = _head_level(t, self.prev == "head", self.prev_level, self.anchor,
                                                 any(s < i for s in self.strong), self.enumerated, self.texts)
        if anchor and level == 1:
            self.anchor = 1
        self.items[i] = Item(level, "heading", 0, mark, words, i)
        self.parent_level = self.prev_level = level
        self.prev = "head"

    def _body(self, i: int, t: str) -> None:
        self.in_title_zone = False
        self.items[i] = _lead(t, i, sequence=self.sequence)
        bold = normalize(self.paras[i].bold_lead).rstrip("。：:，, ")
        if self.items[i] is None and bold and len(bold) < len(t):
            self.items[i] = Item(min(self.parent_level + 1, 4), "run-in", 0, "", bold, i)
        self.prev = "body"

    def _lead_sentences(self) -> None:
        found = _lead_sentence_runs(self.texts, self.kind, self.items)
        levels = [next((it.level for it in reversed(self.items[:i]) if it is not None and 0 < it.level < 5), 0)
                  for i, _ in found]
        for (i, head), level in zip(found, levels, strict=True):
            self.items[i] = Item(min(level + 1, 4), "run-in", 0, "", head, i)


def _plain_items(paras: list[Para], kinds_out: list[str] | None = None) -> list[Item | None]:
    reader = _PlainReader(paras)
    items = reader.read()
    if kinds_out is not None:
        for i, k in enumerate(reader.kind):
            if k in ("caption", "byline", "salutation", "meta", "empty"):
                kinds_out[i] = k
    return items


def _strip_mark(text: str) -> tuple[str, str]:
    """A head's bullet or letter marker and its words."""
    m = BULLET.match(text) or LETTER.match(text)
    if m:
        return m[0].strip(), text[m.end():].rstrip("：:")
    return "", text.rstrip("：:")


def _opens_part(words: str, enumerated: set[str], texts: list[str]) -> bool:
    """A head that opens a part of the document: a box label (看点), a motto, a head that
    repeats an earlier enumeration or names a work line among parallel heads."""
    return (len(words) <= 4 or MOTTO.match(words) is not None or words in enumerated
            or (words.startswith(LINE_STARTS) and len(words) <= 12 and _has_parallel(words, texts)))


def _head_level(text: str, after_head: bool, prev_level: int, anchor_level: int, under_part: bool,
                enumerated: set[str], texts: list[str]) -> tuple[int, str, str, bool]:
    """Level, marker and words of a stand-alone head in a plain document, and whether it
    anchors the bullet heads after it.

    Level 1: heads that open a part (``_opens_part``), highlights blocks, long second
    headlines; a head right after another is one level below it; bullet and letter heads
    are level 2 once a level-1 head was seen (else 1); plain heads are level 2 under a
    part-opening head, else level 1."""
    mark, words = _strip_mark(text)
    if any(w in words for w in BLOCK_WORDS) or (not mark and _opens_part(words, enumerated, texts)):
        return 1, mark, words, True
    if after_head:
        return min(prev_level + 1, 4), mark, words, not mark
    if mark:
        return min(anchor_level + 1, 4), mark, words, False
    if len(words) >= 25:  # a further headline on a newspaper page
        return 1, mark, words, True
    return (2 if under_part else 1), mark, words, True


def _has_parallel(words: str, texts: list[str]) -> bool:
    """Another stand-alone line of the same length sharing the same middle (更加有效/更加有方)."""
    for other in texts:
        if other != words and len(other) == len(words) and is_standalone(other):
            same = sum(a == b for a, b in zip(other[2:], words[2:], strict=False))
            if same >= max(2, (len(words) - 2) // 2):
                return True
    return False


def _enumerated_items(texts: list[str], kind: list[str]) -> set[str]:
    """Items of enumerations in body paragraphs (a、b、c——): heads repeating one open a part."""
    found: set[str] = set()
    for t, k in zip(texts, kind, strict=True):
        if k != "body":
            continue
        for sentence in re.split(r"[。；——：]", t):
            parts = sentence.split("、")
            if len(parts) >= 3:
                found.update(p.strip("，,") for p in parts if 4 <= len(p) <= 12)
    return found


def _lead_sentence_runs(texts: list[str], kind: list[str],
                        items: list[Item | None]) -> list[tuple[int, str]]:
    """Bold lead sentences of a text file: runs of >= 3 paragraphs opening with a short,
    parallel sentence that is not reported speech (谋布局，打好主动仗。…)."""
    out: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []
    last = max((i for i, k in enumerate(kind) if k == "body"), default=-1)

    shapes: set[tuple[int, ...]] = set()
    pairs: list[list[tuple[int, str]]] = []

    def close() -> None:
        if len(run) >= 3:
            kept = _parallel(run)
            out.extend(kept)
            shapes.update(_shape(h) for _, h in kept)
        elif len(run) == 2:
            pairs.append(list(run))
        run.clear()

    for i, t in enumerate(texts):
        if kind[i] in ("caption", "byline", "empty"):
            continue
        head, more = _first_sentence(t)
        if (kind[i] == "body" and items[i] is None and more and 4 <= len(head) <= 24 and i != last
                and not REPORTING.search(head) and not re.match(r"^\d|^[\u4e00-\u9fff][，、]", head)):
            run.append((i, head))
        else:
            close()
    close()
    for pair in pairs:  # two lead sentences shaped like those of a longer series (优服务，暖人心。)
        if all(_shape(h) in shapes for _, h in pair):
            out.extend(pair)
    return sorted(out)


def _shape(head: str) -> tuple[int, ...]:
    """Lengths of a sentence's clauses: 谋布局，打好主动仗 -> (3, 5)."""
    return tuple(len(c) for c in re.split(r"[，、]", head))


def _parallel(run: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The members of a run that are parallel: they share a first or last character with
    most of the run, or the run is of about one length; outliers far longer are dropped."""
    heads = [h for _, h in run]
    need = (2 * len(heads) + 2) // 3
    lengths = sorted(len(h) for h in heads)
    median = lengths[len(lengths) // 2]
    tests = [lambda h, c=c: h[0] == c for c in {h[0] for h in heads}]
    tests += [lambda h, c=c: h[-1] == c for c in {h[-1] for h in heads}]
    tests.append(lambda h: abs(len(h) - median) <= 2)
    shared = [t for t in tests if sum(map(t, heads)) >= need]
    if not shared:
        return []
    return [(i, h) for i, h in run if any(t(h) for t in shared) or len(h) <= 2.5 * median]


# --- comparing and showing outlines -------------------------------------------------------------

def signature(items: list[Item], *, max_level: int = LEAD_LEVEL) -> list[tuple[int, str, int, str]]:
    """What two outlines must share to match: level, kind, number and words of each item."""
    return [(it.level, "heading" if it.kind == "run-in" else it.kind, it.number, it.text)
            for it in items if 0 < it.level <= max_level]


def render(items: list[Item]) -> str:
    """An indented plain-text outline for people to read."""
    lines = []
    for it in items:
        pad = "  " * max(0, min(it.level, LEAD_LEVEL) - 1)
        tail = "（接排）" if it.kind == "run-in" else ""
        lines.append(f"{pad}{it.marker}{it.text}{tail}")
    return "\n".join(lines)
