"""The outline of a document: its title, headings, run-in headings and lead-ins, in order.

One reader for drafts drafter built (read back from .docx) and for exemplars
(text or .docx from anywhere), so the two can be compared. Where a document has
Word heading styles, levels come from them. A plain document (text, or a .docx
typed without heading styles) is read the way a writer reads it (``outline_plain``):

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
CAPTION = re.compile(r"(（[^（）]*(?:摄|供图|资料图|图片来源|图源)[^（）]*）$|^图为|。图为|^（?图片|^（图[：:\d]"
                     r"|^[\u4e00-\u9fff]{0,6}(?:颁奖|会议|活动|表彰|签约|仪式)现场$|^[\u4e00-\u9fff]{2,3}(?:同志)?(?:讲话|致辞|作报告)$)")
"""A photo's caption: （…摄）, 图为…, （图：…）, 颁奖现场, 张哲君讲话 (a name and 讲话 alone under a report's headline)."""
_BULLET = "[□■◆●◇○◎★☆•·]"
"""A bullet a page sets before a byline or an author line."""
BYLINE = re.compile(rf"^{_BULLET}?\s*(?:本报记者|本报通讯员|记者|通讯员|特约记者|见习记者|文/|图/|文：|图："
                    r"|[\u4e00-\u9fff]{2,10}(?:记者|通讯员)(?=[\s：:])|[\u4e00-\u9fff]{2,16}(?:课题组|调研组|写作组)$"
                    r"|[\u4e00-\u9fff]{2,10}\d{1,2}月\d{1,2}日(?:电|讯)$"
                    r"|[\u4e00-\u9fff]{2,12}(?:网|在线|日报|报|电视台)[（(][\u4e00-\u9fff\s、]{2,12}[）)]$)")
"""A byline: 记者 …, 本报通讯员 …, a newsroom's reporters (赤壁融媒体记者 钟晓阳 陈实, □记者 赵霞 报道), a study
group as author (■市委组织部课题组, dev10 1039), a dispatch line alone (浙江在线04月14日讯, dev16 1614), or an outlet
and its reporter in brackets (新华网蕉城在线（吴辉东）, dev19 1922)."""
AUTHOR_LINE = re.compile(rf"^{_BULLET}?\s*[\u4e00-\u9fff]{{2,20}}(?:委员会|政府|委|部|局|办公室|办|厅|中心|街道|镇|乡|社区|村|院|所|处|科)"
                         r"[？?]?\s+[\u4e00-\u9fff]{2,3}$")
"""An experience article's author line: the unit and the writer's name (■保店镇政府 祁吉艳)."""
NAMES_LINE = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}[ \u3000]+){1,6}[\u4e00-\u9fff]{2,3}$")
"""The writers' names alone, set off by spaces (向伟 梁朔 吴艺晨 李汶, dev7 664)."""
SALUTATION = re.compile(r"^(同志们|各位[\u4e00-\u9fff]{0,8}|尊敬的[^：:]{0,30})"
                        r"(?:[，、][\u4e00-\u9fff]{0,8}(?:同志们|朋友们|朋友|来宾|嘉宾|代表))*[：:]?$")
"""同志们：, 各位领导、同志们：, 各位同志们、各宗教界朋友：; alone on its line, also without its colon (a copy that lost
it: 同志们, dev9 944)."""
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


CUE_LEAD = re.compile(r"^[^，。；：]{0,30}?(?:强调|指出|要求|提出)[，：:](?:(?:做好|抓好|推进|加强|就)[^，。；：“”！？]{2,14}，)?"
                      r"([^，。；：“”！？]{3,16})。(?=.)")
"""A paragraph that opens with who speaks and a short lead sentence (张伯松强调，要突出政治引领。坚持…), maybe after
the work it is about (卢伟在讲话中强调，做好民族宗教工作，务必提升政治站位。, dev10 1012)."""


def cue_lead(text: str) -> tuple[int, str] | None:
    """The offset and words of the short lead sentence after a paragraph's opening cue, if any: the
    first of a run of lead sentences whose others open the paragraphs after it (dev4 307)."""
    m = CUE_LEAD.match(text)
    return (m.start(1), m[1]) if m else None


def first_sentence(text: str) -> tuple[str, bool]:
    """The text up to the first full stop, and whether more text follows it."""
    head, stop, rest = text.partition("。")
    return head.rstrip("：:，,；; "), bool(stop and rest.strip())


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
    from drafter.outline_plain import read

    return read(paras)[0]


def kinds(paras: list[Para]) -> list[str]:
    """What each paragraph of a plain document is: ``title``, ``subtitle``, ``heading``,
    ``run-in``, ``lead``, ``caption``, ``byline``, ``salutation``, ``meta``, ``empty`` or ``body``."""
    return read_plain(paras)[1]


def read_plain(paras: list[Para]) -> tuple[list[Item], list[str]]:
    """The outline of a plain document and what each of its paragraphs is (see ``kinds``)."""
    from drafter.outline_plain import read

    return read(paras)


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
        head, more = first_sentence(text[len(mark):])
        if para.outline_level is not None:
            level = para.outline_level + 1
        return Item(level, "run-in" if more else "heading", number, mark, head, index)
    if para.outline_level is not None and para.outline_level < 4:
        m = BULLET.match(text) or LETTER.match(text)
        mark = m[0].strip() if m else ""
        return Item(para.outline_level + 1, "heading", 0, mark, text[m.end() if m else 0:].rstrip("。"), index)
    run_in_level = getattr(para, "run_in_level", None)  # an unnumbered run-in heading's character style
    if run_in_level is not None:
        head, _ = first_sentence(text)
        return Item(run_in_level, "run-in", 0, "", head, index)
    found_lead = lead_in(text, index)
    if found_lead is None and para.bold_lead:  # a bold lead-in without a numeral: a point of a series
        head, _ = first_sentence(text)
        return Item(LEAD_LEVEL, "lead", 0, "", head, index)
    return found_lead


def lead_in(text: str, index: int, *, sequence: bool = False) -> Item | None:
    """A run-in lead-in (一是 …, 第一，…, 首先，…, 一个核心，即…) or None."""
    m = LEAD.match(text) or ORDINAL_LEAD.match(text)
    if m:
        head, _ = first_sentence(text[len(m[0]):])
        return Item(LEAD_LEVEL, "lead", parse_chinese(m[1]) or 0, m[0], head, index)
    m = SEQUENCE_LEAD.match(text) if sequence else None
    if m:
        head, _ = first_sentence(text[len(m[0]):])
        number = ("首先", "其次", "再次").index(m[1]) + 1 if m[1] != "最后" else 0
        return Item(LEAD_LEVEL, "lead", number, m[0], head, index)
    m = COUNTED_LEAD.match(text)
    if m:
        head, _ = first_sentence(text)
        return Item(LEAD_LEVEL, "lead", parse_chinese(m[1]) or 0, "", head, index)
    return None


def is_standalone(text: str) -> bool:
    """A short line that does not end a sentence: a title or heading candidate."""
    return 0 < len(text) <= MAX_HEAD and text[-1] not in TERMINAL and "。" not in text


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
