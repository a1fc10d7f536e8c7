"""Repair what page layout and web pages did to an exemplar, and say what was done.

Documents reach a writer's corpus copied from newspapers' PDFs and web pages:
paragraphs broken mid-sentence by page or column breaks, spaces inside words
from narrow columns, half-width punctuation, site furniture before and after the
text (“下面是小编为大家整理的…”, “推荐访问:”, “主办：…网站标识码…”), names
anonymised as “**”. ``clean`` repairs what can be repaired and returns a list of
``Repair`` records a writer can read.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from drafter.mining import furniture as furniture_mod
from drafter.mining import headline
from drafter.mining.furniture import classify, is_furniture
from drafter.outline import (
    BYLINE,
    CAPTION,
    COUNTED_LEAD,
    LEAD,
    MOTTO,
    REPORTING,
    TERMINAL,
    detect_marker,
    is_standalone,
    normalize,
    punctuate,
)
from drafter.outline import SALUTATION as SALUTATION_LINE
from drafter.reader import Para

__all__ = ["Cleaned", "Repair", "clean", "is_furniture", "unwrap"]

TITLE_IN_FURNITURE = re.compile(
    r"(?:为大家|给大家|为您)(?:整理|收集|分享|带来|精心整理)(?:的|了)(?:关于)?(.{4,80}?)[，,](?:供|希望|仅供|欢迎)")
LIBRARY_TITLE = re.compile(r"^《\s*(.{4,80}?)\s*(?:_\d{1,2})?(?:\.(?:docx?|pdf|wps|txt))?\s*》由会员(?:上传)?分享")
"""A document library's line naming the file (《统战工作会议讲话_1.docx》由会员分享，…, dev6 539)."""
TITLE_FIELD = re.compile(r"(?:^|[|｜])\s*(?:文章|文档|资料)?(?:标题|题目|题名)\s*[：:]\s*([^|｜]{4,80}?)\s*(?:[|｜]|$)")
"""A metadata table's title field (| 标题：… |)."""
SHOWN = 8
"""How many dropped furniture lines the report shows."""
ANONYMISED = re.compile(r"\*{2,}|＊{2,}|[XＸ]{2,}|(?<=[\u4e00-\u9fff，。,、；：])[#＃]{2,}(?=[\u4e00-\u9fff])|(?<![A-Za-z])[xｘ]{2,}(?![A-Za-z])|(?<![\u4e00-\u9fff])某某(?=同志)"
                        r"|(?<![A-Za-z\u4e00-\u9fff*＊])[XxＸｘ](?=同志|书记|部长|局长|主任|主席|[县区市]长)"
                        r"|(?<![A-Za-z\d*＊])[*＊](?![*＊])(?=[\u4e00-\u9fff%％])")
"""Names a copy withheld: ××, XX, **, ####书记 (dev14 1440), 某某同志, one X before 同志 or a post (刚才，X同志…, dev9 940), and one * before
a word (学习领会*省推广*社区治理经验, dev10 1041; 举办*场次, dev4 166)."""
SPACED = re.compile(r"(?<=[\u4e00-\u9fff\d%，。、；：“”（）《》])[ \t\u3000\u00a0]+"
                    r"(?=[\u4e00-\u9fff\d，。、；：“”（）《》])")


@dataclass(frozen=True, slots=True)
class Repair:
    """One kind of repair made to a document."""

    kind: str
    """``furniture``, ``joined``, ``spaces``, ``punctuation``, ``anonymised``, ``title``."""
    message: str
    """What was done, in Chinese, for the writer."""
    examples: tuple[str, ...] = ()


@dataclass(slots=True)
class Cleaned:
    """A document after repair."""

    paras: list[Para]
    repairs: list[Repair] = field(default_factory=list)
    title: str = ""
    """A title named in the furniture (a copy site's preface, seed 001; a metadata table's 标题),
    used when no line of the text is a title."""
    title_given: bool = False
    """Whether ``title`` is a metadata table's 标题 field (then it is the title, whatever the
    text's first lines are); a title named in a preface is used only when no line is a title."""
    furniture: list[tuple[str, str]] = field(default_factory=list)
    """(line, kind) of each furniture line dropped (``furniture.Verdict.kind``)."""


def clean(paras: list[Para]) -> Cleaned:
    """Repair a document's paragraphs; see the module docstring."""
    out = Cleaned([p for p in paras if p.text.strip()])
    _markup(out)
    _unwrap(out)
    _quote_breaks(out)
    _library_pages(out)
    _split_run_together(out)  # before furniture: a page stored as one line has its furniture inside
    _salutation_apart(out)
    _each_line(out, _collection_head, "删去文档网站的合集标记 {} 处")
    _each_line(out, _bulleted_marker, "删去序号前的项目符号或改写序号的括号 {} 处")
    _strip_furniture(out)
    _anonymised(out)
    _comma_markers(out)
    _spaces_and_punctuation(out)
    _join_broken(out)
    if out.title_given:
        _given_title(out)
    _title_glued(out)
    if out.title_given or (not _mark_title(out) and out.title):
        out.paras.insert(0, Para(out.title, "Title"))
        after = max((k + 1 for k, r in enumerate(out.repairs) if r.kind == "furniture"), default=0)
        out.repairs.insert(after, Repair("title", f"从网页附加文字中找回标题“{out.title}”"))
    return out


_HEADLINE_REST = re.compile(r"(?:召开|举行|组织召开|专题研究|研究部署|传达学习)")
"""The second line of a headline broken after its subject (…领导小组 / 召开第一次（扩大）会议)."""


def _title_glued(doc: Cleaned) -> None:
    """A title the furniture named, glued to the first paragraph of the text (统战工作会议讲话市第八次
    党代会确定的…, a library's text layer): set on a line of its own."""
    if not doc.title or not doc.paras or doc.title_given:
        return
    title = re.sub(r"\s+", "", doc.title)
    for k, p in enumerate(doc.paras[:3]):
        text = p.text.strip()
        if text.startswith(title) and len(text) > len(title) + 10:
            doc.paras[k:k + 1] = [_with_text(p, title), _with_text(p, text[len(title):].lstrip("：: "))]
            doc.repairs.append(Repair("joined", f"标题“{title}”与正文连在一起，分开"))
            return


_SPOKEN_AT = r"上的(?:讲话|致辞|发言|报告|点评|讲评)(?:[（(][^）)]*[）)])?$"
_SPEECH_TAIL = re.compile(r"^[^，。]{0,12}?(?:会议|大会|会)" + _SPOKEN_AT)
"""The last row of a speech title broken before its end (在全区村居“两委”换届选举工作 / 会议上的讲话)."""
_BARE_TAIL = re.compile("^" + _SPOKEN_AT)
"""A speech title's last row that is only 上的讲话, the meeting's name ending the row above (…推进会 / 上的讲话, dev16 1630)."""
_SPEAKER_AT = re.compile(r"^(?:[\u4e00-\u9fff]{2,10}?(?:书记|部长|主任|区长|县长|市长|主席|同志))?在")
"""A speech title's first row: 在…, or the speaker's post, then 在… (区委书记在2025年全区基层 / 党建工作述职评议会上的点评,
dev14 1431)."""


def _join_title_rows(doc: Cleaned) -> None:
    """Join the rows of a title broken in two in the document's head: a second row opening on 暨
    (2018年全区街道社区工作会 / 暨“两新”组织党建工作推进会议讲话, dev12 1244) or ending a speech title the
    first opened (在全区村居“两委”换届选举工作 / 会议上的讲话, dev11 1147)."""
    texts = [p.text for p in doc.paras]
    zone = min(headline.head_zone(texts) + 1, len(texts))
    for k in range(zone - 1):
        a, b = normalize(texts[k]).strip(), normalize(texts[k + 1]).strip()
        if (_title_row(a) and b.startswith("暨") and _title_row(b)) or (
                _title_row(a, worded=False) and _SPEAKER_AT.match(a) and "上的" not in a and (
                    _SPEECH_TAIL.match(b) or (re.search(r"会议?$", a) and _BARE_TAIL.match(b)))):
            doc.paras[k] = _with_text(doc.paras[k], texts[k].rstrip() + texts[k + 1].strip())
            del doc.paras[k + 1]
            doc.repairs.append(Repair("joined", "标题断成两行，接上"))
            return


def _title_row(text: str, *, worded: bool = True) -> bool:
    """A row that can be half of a title broken over two rows: short, no sentence end, words of our work (unless not
    ``worded``: the first row of a speech title whose second row has them)."""
    row = normalize(text).strip()
    return (0 < len(row) <= 40 and not headline.SENTENCE_END.search(row)
            and (not worded or bool(headline.WORK_WORDS.search(row))))


def _mark_title(doc: Cleaned) -> bool:
    """Give the line ``headline.choose`` finds the Title style, so the outline reader takes it
    for the title even where it would not by its shape (讲话（提纲）). Documents with Word
    heading styles keep their own."""
    if any(p.outline_level is not None or p.style.lower() == "title" for p in doc.paras):
        return True
    _join_title_rows(doc)
    texts = [p.text for p in doc.paras]
    i = headline.choose(texts, tuple(t for t, _ in doc.furniture))
    if i is not None:
        doc.paras[i] = dataclasses.replace(doc.paras[i], style="Title")
        if i + 1 < len(texts) and _HEADLINE_REST.match(rest := normalize(texts[i + 1])) and len(rest) <= 30 \
                and not headline.SENTENCE_END.search(rest):  # 区委…领导小组 / 召开第一次（扩大）会议
            doc.paras[i] = _with_text(doc.paras[i], texts[i].rstrip() + texts[i + 1].strip())
            del doc.paras[i + 1]
            doc.repairs.append(Repair("joined", "标题断成两行，接上"))
    else:  # no title: a broken line of body text at the top is body (Word's 正文文本 style)
        for k in headline.body_lines(texts):
            doc.paras[k] = dataclasses.replace(doc.paras[k], style="Body Text")
    return i is not None


def _short(text: str, n: int = 24) -> str:
    return text if len(text) <= n else text[:n] + "…"


def _strip_furniture(doc: Cleaned) -> None:
    """Drop the lines ``furniture.classify`` finds, recover a title named in a copy site's
    preface (seed 001), and report what was dropped, grouped by kind."""
    paras = doc.paras
    verdicts = classify([p.text for p in paras])
    drop = [i for i, v in enumerate(verdicts) if v.furniture]
    for i in drop:
        field_ = TITLE_FIELD.search(paras[i].text)
        m = field_ or TITLE_IN_FURNITURE.search(normalize(paras[i].text)) or LIBRARY_TITLE.search(paras[i].text)
        if m and not doc.title:
            doc.title = punctuate(m[1]).strip("“”《》 ")
            doc.title_given = bool(field_)
        elif not doc.title and (named := furniture_mod.page_title(paras[i].text)):
            doc.title = named
    doc.paras = [p for i, p in enumerate(paras) if i not in set(drop)]
    _report_furniture(doc, [(paras[i].text.strip(), verdicts[i].kind) for i in drop])


def _report_furniture(doc: Cleaned, dropped: list[tuple[str, str]]) -> None:
    """One report of all furniture dropped (a second pass after a one-line text was split adds
    to the first): how many lines of each kind, and the first of them."""
    if not dropped:
        return
    doc.furniture += dropped
    kinds = Counter(k for _, k in doc.furniture)
    repair = Repair("furniture", f"删去网页附加文字 {len(doc.furniture)} 段（"
                    + "，".join(f"{k} {n}" for k, n in kinds.items()) + "）",
                    tuple(_short(t) for t, _ in doc.furniture[:SHOWN]))
    at = next((k for k, r in enumerate(doc.repairs) if r.message.startswith("删去网页附加文字")), None)
    if at is None:
        doc.repairs.append(repair)
    else:
        doc.repairs[at] = repair


def _given_title(doc: Cleaned) -> None:
    """Insert a title the metadata named, and drop the lines of the head that only repeat
    pieces of it (the cell that printed it again, cut at its spaces)."""
    title = re.sub(r"\s+", "", normalize(doc.title))
    zone = headline.head_zone([p.text for p in doc.paras])
    repeats = [i for i in range(zone)
               if len(piece := re.sub(r"\s+", "", normalize(doc.paras[i].text))) >= 4 and piece in title]
    dropped = [(doc.paras[i].text.strip(), furniture_mod.FEATURES["repeat"].kind) for i in repeats]
    doc.paras = [p for i, p in enumerate(doc.paras) if i not in set(repeats)]
    _report_furniture(doc, dropped)


_SALUTATION_IN = re.compile(r"(?:同志们|各位[\u4e00-\u9fff]{0,8})(?:[，、][\u4e00-\u9fff]{0,8}(?:同志们|朋友们|朋友|来宾|嘉宾|代表))*[：:]")
_HEAD_IN = re.compile(r"(?<=[。！？!?：:])(?=[一二三四五六七八九十]、|[（(][一二三四五六七八九十][）)])")
_GAP = re.compile(r"[ \t\u3000\u00a0]+")
_DATE_LED = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日")
"""A news lead opens with its date (3月6日，…): a gap before it ends the line before (a headline,
字体:), though digits stand on one side."""
_HAN = re.compile(r"[\u4e00-\u9fff，、（）“”《》,()]")
"""A character a narrow column's space falls beside (a Chinese character or mid-sentence punctuation)."""
ONE_LINE = 400
"""A paragraph longer than this, beside only short lines (title, page furniture) or few others,
was stored without its line breaks."""


_LIBRARY = re.compile(r"由会员(?:上传)?分享|分享文档|文档编号|珍藏版|上传人[：:]|可在线阅读|文库")
"""A document library's page (金锄头文库, 淘文阁): it prints each page of the file as a paragraph
numbered 1、 2、 …, cut wherever the page ended, mid-word (…拥护祖国 / 2、者、社会主义…)."""
_PAGE_MARK = re.compile(r"^\s*(\d{1,2})[、.．]")


def _library_pages(doc: Cleaned) -> None:
    """A document library's pages (see ``_LIBRARY``) joined back into the text they cut, their
    page numbers dropped."""
    pages = [(k, int(m[1])) for k, p in enumerate(doc.paras) if (m := _PAGE_MARK.match(p.text))]
    if len(pages) < 2 or [n for _, n in pages] != list(range(1, len(pages) + 1)):
        return
    cut = sum(doc.paras[k - 1].text.rstrip()[-1:] not in "。！？”" for k, _ in pages[1:])
    long_pages = all(len(doc.paras[k].text) >= 150 for k, _ in pages[:-1])
    if not any(_LIBRARY.search(p.text) for p in doc.paras) and not (len(pages) >= 3 and long_pages and cut):
        return  # without the library's own words: long numbered pages, one cut mid-sentence (dev7 655)
    first = pages[0][0]
    text = "".join(_PAGE_MARK.sub("", doc.paras[k].text).strip() for k in range(first, len(doc.paras))
                   if not is_furniture(doc.paras[k].text))
    doc.paras[first:] = [_with_text(doc.paras[first], text)]
    doc.repairs.append(Repair("joined", f"文库网页按页排的 {len(pages)} 页接成原文，删去页码"))


def _split_run_together(doc: Cleaned) -> bool:
    """A document stored as one line: split off the salutation (and the title before it), and
    start a paragraph at each 一、/（一） heading after a sentence end and at each gap a PDF's text
    layer left between paragraphs (a space after a sentence end, before a numbered heading or
    after a heading line). Whether it split."""
    joined = _run_together(doc.paras)
    if not joined:
        return False  # paragraphs of all lengths: the text has its line breaks
    out: list[Para] = []
    for k, p in enumerate(doc.paras):
        if k not in joined:
            out.append(p)
            continue
        out += [_with_text(p, t) for t in _pieces(p.text)]
    if len(out) > len(doc.paras):
        doc.repairs.append(Repair("joined", f"整篇存成一行的文档，按称谓、标题和段间空格分成 {len(out)} 段"))
        doc.paras = out
        return True
    return False


SHORT_PAGE = 150
"""A short page (a brief) stored as one line: its only paragraph longer than 80 characters is
longer than this and has gaps for three or more paragraphs, two of them ending a sentence."""


def _run_together(paras: list[Para]) -> set[int]:
    """The indexes of the paragraphs that were stored without their line breaks: those longer
    than ``ONE_LINE`` beside only short lines or few others, or a short page's only paragraph."""
    long_ = {k for k, p in enumerate(paras) if len(p.text) > ONE_LINE}
    if long_:
        mixed = len(long_) * 3 < len(paras) and any(80 < len(p.text) <= ONE_LINE for p in paras)
        return set() if mixed else long_
    body = [k for k, p in enumerate(paras) if len(p.text) > 80]
    if len(body) == 1 and len(paras[body[0]].text) > SHORT_PAGE:
        pieces = _pieces(paras[body[0]].text)
        if len(pieces) >= 3 and sum(p.rstrip()[-1:] in "。！？" for p in pieces) >= 2:
            return set(body)
    return set()


_CUE_IN = re.compile(r"(?<=[。！？!?])(?=(?:会议|会上|大会)还?(?:指出|强调|要求|认为|提出|号召|明确|充分肯定)[，：,:]"
                     r"|会上[，,]|[\u4e00-\u9fff]{2,3}在(?:会上|讲话中)[^。]{0,30}?(?:指出|强调|要求|部署|讲话))")
"""Where a report stored as one line starts its next paragraph: after a sentence end, what the
meeting said, 会上，, or a speaker's words (李秀华在会上就…进行了安排部署)."""
_HEADLINE_LEAD = re.compile(r"^([^。！？，,；;：:]{6,50}?)(?=(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[，,]|上午|下午|晚)"
                            r"|本报讯|[\u4e00-\u9fff]{2,8}讯[（(]|(?:近年来|近年以来|今年以来|去年以来|\d{4}年以来)[，,])")
"""A headline run into the lead that follows it (全县统战工作推进会召开6月15日，…)."""


_SPEECH_TITLE_IN = re.compile(r"^([^。！？：:]{4,60}?上的(?:讲话|讲话提纲|致辞|发言))(?=[^，。！？（(]{0,8}(?:书记|常委|部长|主任|区长"
                              r"|市长|县长|主席|同志))")
"""A speech title run into the speaker's post (one-line copies: …上的讲话市委常委、组织部长（2010年2月25日）);
a date in brackets right after it stays with the title."""


def _page_head(text: str) -> list[str]:
    """The headline and the metadata fields a page stored as one line opens with (标题来源:…
    2020-03-19 14:50浏览次数:为贯彻落实…): the headline, then the fields up to where the body
    starts (after the last field label, date or clock time among them); [] when it opens
    otherwise."""
    from drafter.mining.furniture import CLOCK, FIELD_LABEL, PAGE_DATE

    first = FIELD_LABEL.search(text, 0, 80)
    if first is None or not 6 <= first.start() <= 60 or re.search(r"[。！？，]", text[:first.start()]):
        return []
    end, at = first.end(), first.end()
    while True:
        nxt = min((m for m in (pattern.search(text, at, at + 40) for pattern in (FIELD_LABEL, PAGE_DATE, CLOCK))
                   if m), key=lambda m: m.start(), default=None)
        if nxt is None:
            break
        end = at = nxt.end()
    return [text[:first.start()], text[first.start():end]]


_GLUED_HEAD = re.compile(r"^([一二三四五六七八九十]{1,2}、[^，。,：:；;\s]{4,30}?)(?=(?:(?:19|20)\d{2}年(?:以来)?|去年以来|过去的?一年"
                         r"|一年来|近年来|今年以来)[，,])")
"""A numbered heading run into its section's first words, which open on the time they look back from (一、去年以来宣传
思想工作回顾去年以来，…, dev6 544; 一、在肯定成绩中增强信心2023年，…, shared 13): a line of its own."""


def _glued_head(text: str) -> list[str]:
    m = _GLUED_HEAD.match(text)
    return [m[1], text[m.end():]] if m else [text]


def _pieces(text: str) -> list[str]:
    """A paragraph stored without its line breaks, cut where its paragraphs began: at the gaps a
    PDF's text layer left, around a salutation, before counted headings, after a headline run
    into its lead and before each cue of a report (…参加会议。会议指出，…)."""
    parts: list[str] = []
    for k, piece in enumerate(_gap_split(text)):
        m = _SALUTATION_IN.search(piece, 0, 120)
        if m and (m.start() == 0 or len(piece) > ONE_LINE or (  # …上的讲话××镇党委书记××2018年9月17日同志们： (dev15 1535)
                m.end() == len(piece) and re.search(r"日[）)]?$", piece[:m.start()]))):
            parts += [piece[:m.start()], m[0]]
            piece = piece[m.end():]
        if k == 0 and not parts:
            parts += _page_head(piece)
            piece = piece[sum(len(x) for x in parts):]
        head = _HEADLINE_LEAD.match(piece) if k == 0 and not parts else None
        if head:
            parts.append(head[1])
            piece = piece[head.end():]
        parts += [cue for part in _counted_split(piece) for head_ in _HEAD_IN.split(part)
                  for glued in _glued_head(head_) for cue in _CUE_IN.split(glued)]
    if parts and (said := _SPEECH_TITLE_IN.match(parts[0])):  # 在…上的讲话市委常委、组织部长(2010年2月25日)
        rest = parts[0][said.end():]
        parts[:1] = [said[1], rest]
    return [t.strip() for t in parts if t.strip()]


def _salutation_apart(doc: Cleaned) -> None:
    """A salutation run into the line before it (在全区社会工作会议上的讲话 同志们：) on a line of
    its own, near the top only."""
    for k, p in enumerate(doc.paras[:8]):
        m = _SALUTATION_IN.search(p.text)
        if m and m.end() == len(p.text.rstrip()) and m.start() >= 4 and len(p.text) <= 80 \
                and p.text[m.start() - 1] in " \u3000\t" + "讲话稿）)":
            doc.paras[k:k + 1] = [_with_text(p, p.text[:m.start()].strip()), _with_text(p, m[0])]
            return
        title = _TITLE_RUN_IN.match(p.text) or (_TITLE_GLUED.match(p.text) if len(p.text) > 120 else None)
        if title and (m is None or m.start() >= title.end()) and not _preview(doc.paras, k):
            # 领导在…动员会上的讲话 同志们：根据…, 锐意进取，开拓创新在…座谈会上的讲话 全国、全省…
            rest = p.text[title.end():].strip()
            pieces = [title[1].strip()]
            if m and m.start() - title.end() <= 2:
                pieces.append(m[0])
                rest = p.text[m.end():].strip()
            doc.paras[k:k + 1] = [_with_text(p, t) for t in [*pieces, rest] if t]
            return


def _preview(paras: list[Para], k: int) -> bool:
    """Whether paragraph ``k`` is a preview of the text under it (the page printed the text's
    opening above the text, dev6 542): furniture, not a run-together title."""
    key = re.sub(r"\s+", "", normalize(paras[k].text))
    after = [re.sub(r"\s+", "", normalize(p.text)) for p in paras[k + 1:k + 16]]
    return len(key) >= 30 and furniture_mod.previews(key, after)


_TITLE_RUN_IN = re.compile(r"^([^。！？：:\s]{4,60}?上的(?:讲话|讲话稿|讲话提纲|致辞|发言))\s+(?=\S.{40})")
"""A speech title run into the text after it, a space between (one-line copies)."""
_TITLE_GLUED = re.compile(r"^([^。！？：:\s，,了]{4,60}?(?:会议|大会|座谈会|推进会|交流会|仪式|典礼)上的?(?:讲话|致辞|发言))"
                          r"(?=[\u4e00-\u9fff])(?![时中稿提的和及等]|精神|要求|内容)")
"""A speech title run into the text after it with nothing between, in a one-line copy
(在全区村、社区两委换届工作会议上讲话按照中央有关精神…, dev9 954); not a report's sentence telling what was studied
(会议传达了…在区委统一战线工作领导小组会议上的讲话精神, dev3 229: no title says 了, and 讲话精神 is one word)."""


_PAREN_NUMBER = re.compile(r"[（(]([一二三四五六七八九十])[）)]")
_HEAD_NUMBER = re.compile(r"([一二三四五六七八九十])、")


def _counted_split(text: str) -> list[str]:
    """``text`` cut before each （一）, （二）, … and each 一、, 二、, … of a series counted from one:
    in a text stored without breaks the heading before has no full stop (…的重要意义（一）做好…,
    …作出新贡献二、聚焦…)."""
    from drafter.numbering import WORDS_BEFORE_ONE, parse_chinese

    cuts: list[int] = []
    for pattern in (_PAREN_NUMBER, _HEAD_NUMBER):
        run: list[int] = []
        for m in pattern.finditer(text):
            n = parse_chinese(m[1]) or 0
            before = text[m.start() - 1] if m.start() else ""
            if not before or before in "第、，" or before.isdigit() or (n == 1 and before in WORDS_BEFORE_ONE):
                continue
            if pattern is _HEAD_NUMBER and before in "一二三四五六七八九十":
                continue
            if n == len(run) + 1:
                run.append(m.start())
            elif n == 1:  # counted again under the next heading: after one series, any run counts
                cuts += run if len(run) >= 2 or cuts else []
                run = [m.start()]
        cuts += run if len(run) >= 2 or cuts else []
    if not cuts:
        return [text]
    bounds = [0, *sorted(cuts), len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b]]


def _gap_split(text: str) -> list[str]:
    """``text`` cut at the gaps that stand for paragraph breaks; gaps inside words (narrow
    columns) and between a heading's halves stay. Only when there are two or more."""
    gaps = list(_GAP.finditer(text))
    inside = [m for m in gaps if 0 < m.start() and m.end() < len(text)
              and _HAN.match(text[m.start() - 1]) and _HAN.match(text[m.end()])]
    if len(inside) >= 6 and len(text) / len(inside) < 60:
        # a PDF layer's or a narrow column's spaces every few words: rows of one width, and a
        # short row ends a paragraph (or there are no paragraph gaps to find)
        rows = [r for r in _GAP.split(text) if r]
        width = _wrap_width([_width(r) for r in rows], 16)
        if width:
            return _rejoin(rows, width)
        if inside[-1].start() - inside[0].start() > len(text) / 2:
            return [text]
        # the spaces crowd in one part (a footer's, a byline's): cut at the gaps below
    cuts = []
    last = 0
    for k, m in enumerate(gaps):
        before, after = text[last:m.start()].strip(), text[m.end():]
        if _unclosed(before):
            continue  # inside brackets: (记者 陈秀秀 李友汉)
        dated = bool(_DATE_LED.match(after))
        if not before or not after or (before[-1].isascii() and after[0].isascii() and not dated):
            continue  # 2022/6/27 16:32:14
        if after[0] in "暨及与和" and before[-1] not in "。！？：；”:;!?":
            continue  # …工作会 暨“两新”组织党建工作推进会议讲话: a title's halves (dev12 1244)
        if re.fullmatch(r"在[^，。！？：:；]{2,40}", before) and "上的" not in before and \
                re.match(r"[^，。！？\s]{0,30}?上的(?:讲话|发言|致辞|报告)", after):
            continue  # 在…基层党建工作 示范点授牌仪式上的讲话: a speech title's halves (dev15 1531)
        half = text[m.end():gaps[k + 1].start()] if k + 1 < len(gaps) else ""
        if len(before) == len(half) <= 12 and is_standalone(half) and "，" not in before + half:
            continue  # the two halves of a couplet heading (深化政治建设 突出政治把关)
        if (before[-1] in "。！？：；”:;!?" or detect_marker(after) is not None or _SALUTATION_IN.match(after)
                or (detect_marker(before) is not None and is_standalone(before) and len(before) <= 30)  # 一、基本情况 2020 年…
                or (is_standalone(before) and (len(before) >= 6 or is_furniture(before))
                    and not _cut_sentence(before)
                    and (dated or not (_figure(before[-1]) or _figure(after[0]))))):  # 成立 90 周年, 受理 X 件
            cuts.append(m)
            last = m.end()
    if len(cuts) < 2:
        return [text]
    out, start = [], 0
    for m in cuts:
        out.append(text[start:m.start()])
        start = m.end()
    return out + [text[start:]]


def _cut_sentence(text: str) -> bool:
    """Whether ``text`` is a sentence cut at a space in it, no heading or title before a paragraph break: a long clause
    after a comma (会议期间，郑丽萍为…上了题为 “…”的辅导; 该镇党委书记…并就如何做好文楼镇2016年 党…), unless the line is
    a headline printed twice (…会议召开,…会议召开)."""
    m = re.search(r"[，,]([^，,]{12,})$", text)
    return m is not None and text[:m.start()] != m[1]


def _figure(ch: str) -> bool:
    """Whether ``ch`` is a figure's, or a withheld figure's mask (共受理群众来信来访 X(件)批 X 人次, dev14 1437): a gap beside
    it is the spacing a figure gets, no paragraph break."""
    return ch.isdigit() or ch in "XxＸ×*＊"


def _unclosed(text: str) -> bool:
    """Whether ``text`` ends inside an opened bracket (a byline's (记者 甲 乙)): no paragraph
    break falls there."""
    depth = 0
    for ch in text[-60:]:
        depth = depth + 1 if ch in "(（【[" else max(0, depth - 1) if ch in ")）】]" else depth
    return depth > 0


def _width(text: str) -> int:
    """Display width: two for a CJK or full-width character, one for the rest."""
    return sum(2 if ord(c) >= 0x1100 else 1 for c in text)


def _wrap_width(widths: list[int], least: int) -> int:
    """The width a text was wrapped at (0 if it was not): many of its lines are full, within a
    few columns of one width of at least ``least``, and hardly any is wider."""
    best, full = 0, 0
    for w in set(widths):
        if w >= least:
            n = sum(w - 4 <= x <= w for x in widths)
            if n > full:
                best, full = w, n
    wider = sum(x > best + 2 for x in widths)
    if full < max(4, 0.35 * len(widths)) or wider > 0.05 * len(widths):
        return 0  # no wrapping width: lines of all lengths, or many longer than the band
    return best


def _rejoin(rows: list[str], width: int) -> list[str]:
    """Wrapped rows joined back (see ``_row_groups``)."""
    return ["".join(rows[k] for k in group) for group in _row_groups(rows, width)]


def _row_groups(rows: list[str], width: int, measure: Callable[[str], int] = _width) -> list[list[int]]:
    """The rows of each paragraph of a wrapped text: each full row runs on into the next, unless
    the next opens a numbered heading, a salutation, or a news lead after a line that is no
    sentence (a dateline or a headline: 发布日期:2019年02月25日 | 2月19日,全市…), or is only a
    page's date or a file card's count (a headline as wide as the rows, then 2024-11-26, dev8 733).
    A paragraph's first row may be two characters short (the text layer dropped its indent) and
    still run on, unless it ends a sentence."""
    out: list[list[int]] = []
    carry = False
    for k, row in enumerate(rows):
        opens = detect_marker(row) or SALUTATION_LINE.match(row) or furniture_mod.stamp(row) or (
            out and _DATE_LED.match(row) and not re.search(r"[。，,；;！？]", rows[out[-1][-1]]))
        if carry and not opens:
            out[-1].append(k)
        else:
            out.append([k])
        first = not carry or bool(opens)  # the row opens a paragraph
        carry = width - 4 <= measure(row) <= width + 2 or (  # a wider row is no wrapped one (a preview line)
            first and width - 8 <= measure(row) < width - 4 and row[-1] not in "。！？：；”）)"
            and (not detect_marker(row) or _heading_rest(rows[k + 1:k + 2], width, measure))) or (  # indent lost (dev8 733)
            0.8 * width <= measure(row) < width - 4 and _CJK_END.search(row) is not None
            and not detect_marker(row))  # a justified layer's row cut mid-word (…中国特色社会主义 / 思想为指导，…, dev14 1431)
    return out


_CJK_END = re.compile(r"[\u4e00-\u9fff]$")
"""A row ending on a character, no mark: a word broken at the row's end."""


def _heading_rest(after: list[str], width: int, measure: Callable[[str], int]) -> bool:
    """Whether the row after a numbered heading's first row is the rest of the heading (…充分认识做 /
    好政法工作的极端重要性, dev5 438): a short row that ends no sentence, not a row of body text."""
    return bool(after) and measure(after[0]) < width - 8 and after[0][-1:] not in "。！？：；" and not detect_marker(after[0])


_GLUE = re.compile(r"^[“”‘’\"'「」『』]+$")
_RUNS_ON = re.compile(r"^[，。、；：！？”’」』,.;:!?）)]")


def _quote_breaks(doc: Cleaned) -> None:
    """A text layer that put each quotation mark on a line of its own (dev4 333: …不是 / “ / 软任务 /
    ”“ / 虚功夫 / ” / ，而是…): the lines joined back where two or more such marks stand alone."""
    paras = doc.paras
    if sum(bool(_GLUE.match(p.text.strip())) for p in paras) < 2:
        return
    out: list[Para] = []
    join_next = False
    for p in paras:
        text = p.text.strip()
        glue = bool(_GLUE.match(text))
        if out and (glue or join_next or _RUNS_ON.match(text)):
            out[-1] = _with_text(out[-1], out[-1].text.rstrip() + text)
        else:
            out.append(p)
        join_next = glue and text[-1] in "“‘「『\""
    doc.repairs.append(Repair("joined", f"接上被单独成行的引号断开的句子 {len(paras) - len(out)} 处"))
    doc.paras = out


def unwrap(paras: list[Para]) -> tuple[list[Para], Repair | None]:
    """Join a hard-wrapped text's lines (a PDF's text layer or a mail at a fixed width: lines
    broken mid-word and mid-heading); see ``_wrap_width`` and ``_rejoin``. The miner calls it
    before anything changes the rows' widths (a gateway's pinyin, cut from the characters, and
    broken across a row's end: 任務(|wù)). The repair says how many breaks were joined."""
    if len(paras) < 6:
        return paras, None
    rows = [p.text.strip() for p in paras]
    measure = _width
    width = _wrap_width([_width(r) for r in rows], 40)
    if not width:  # wrapped at a count of characters, half-width punctuation counting one (dev6 542)
        measure = len
        width = _wrap_width([len(r) for r in rows], 20)
    if not width:
        return paras, None
    out = [_with_text(paras[group[0]], "".join(rows[k] for k in group))
           for group in _row_groups(rows, width, measure)]
    joined = len(paras) - len(out)
    return (out, Repair("joined", f"文本按固定宽度折行，接上折断的行 {joined} 处")) if joined else (paras, None)


def _unwrap(doc: Cleaned) -> None:
    doc.paras, repair = unwrap(doc.paras)
    if repair:
        doc.repairs.append(repair)


_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,300})?/?>|<!--.*?-->")
_TAG_TAIL = re.compile(r"^[^<>\s\u4e00-\u9fff]{1,80}/?>")
_MD_IMAGE = re.compile(r"!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)")
"""An image left as Markdown by the page's copy (![]() |, dev5 414)."""
_ENTITY = re.compile(r"&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|mdash|hellip|#\d{2,6});")


def _markup(doc: Cleaned) -> None:
    """A page copied as its HTML source: tags and Markdown images dropped, entities read (<p class="ql-block">, &nbsp;);
    then a page laid out in a table: its empty cells dropped (``_table_cells``)."""
    import html

    def untagged(text: str) -> tuple[str, int]:
        if "<" not in text and "&" not in text and "![" not in text:
            return text, 0
        text, n = _TAG.subn("", text)
        if n:  # the tail of a tag the store cut at its start (1jpg/></p><p>5月14日…, dev9 902)
            text, k = _TAG_TAIL.subn("", text)
            n += k
            if re.fullmatch(r"\s*\d{1,2}\.\s*", text):  # a list's number left of an empty <li> (dev13 1356)
                text = ""
        text, m = _MD_IMAGE.subn("", text)
        n += m
        text, k = _ENTITY.subn(lambda m: html.unescape(m[0]).replace("\xa0", " "), text)
        return text, n + k

    _listed_markup(doc)
    _each_line(doc, untagged, "删去网页源码标记 {} 处")
    _each_line(doc, _table_cells, "删去表格边框 {} 处")
    _each_line(doc, lambda t: _PARA_LABEL.subn("", t, count=1), "删去段首的栏目标记或乱码 {} 处")


def _listed_markup(doc: Cleaned) -> None:
    """A page whose source laid its lines out as a list (1. <samp …></samp> items above the headline, dev13 1356):
    the list's number left before the first line of text (1. 创新基层治理新路径…) is the page's, not the text's."""
    items = [k for k, p in enumerate(doc.paras) if re.match(r"\s*\d{1,2}\.\s*<", p.text)]
    if len(items) < 2:
        return
    for k in range(items[0] + 1, len(doc.paras)):
        text = doc.paras[k].text
        if "<" in text or not text.strip():
            continue
        if m := re.match(r"\s*\d{1,2}\.\s+(?=[\u4e00-\u9fff“])", text):
            doc.paras[k] = _with_text(doc.paras[k], text[m.end():])
        return


_COLLECTION_HEAD = re.compile(r"^\s*(?:第\d{1,3}页共\d{1,3}页)?\s*(?P<title>[^。！？，]{4,60}?)\s*"
                              r"[（(]共[\d一二三四五六七八九十]{1,3}篇[）)]\s*(?P=title)\s*\d{0,2}\s*$")
"""A document site's head of a collection (第1页共9页在…会议上的讲话（共3篇）在…会议上的讲话1, dev3 237):
the title of its first piece."""


def _collection_head(text: str) -> tuple[str, int]:
    m = _COLLECTION_HEAD.match(text)
    if m:
        return m["title"], 1
    short = text.strip()
    if len(short) <= 80 and (file := re.match(r"(.{4,70}?)\.(?:docx?|pdf|wps)(?:原创|精品|免费|VIP)?$", short)):
        return file[1], 1  # a document site's file name for the title (…上的讲话.docx, dev7 642)
    once = headline.printed_twice(short) if len(short) <= 120 else None
    return (once, 1) if once else (text, 0)  # the title printed twice on one line (dev7 655)


_PARA_LABEL = re.compile(r"^\s*(?:【(?:导语|正文|摘要|内容提要|核心提示|编者按|引言)】|[？?]{2,}\s+|(?:导语|正文|核心提示)\s*$"
                         r"|(?:[•·●◆■▪‣∙]\s*[？?]?|[？?])\s*(?=[（(](?:本报)?(?:见习)?(?:记者|通讯员)))")
"""A page's label before a paragraph (【导语】3月5日，…, 【正文】“创新工作，…, dev3 203), a
mis-decoded indentation (？？？ 巩固思想，…, dev3 266), or a list bullet and a lost space before a
report's byline (• ?(记者 伏广进 通讯员 周峰)昨日，…: a news page's list item)."""


_EMPTY_CELLS = re.compile(r"^(?:\s*[|｜])+\s*|(?:\s*[|｜])+\s*$")


def _table_cells(text: str) -> tuple[str, int]:
    """A line of a page laid out in a table, copied with its cell borders, without the empty cells
    before and after its text (全区统战工作会议召开 | |||| , dev3 229); a metadata table's field
    (| 标题：… |) keeps them."""
    bare = _EMPTY_CELLS.sub("", text)
    cells = re.split(r"\s*[|｜]\s*", bare.strip())
    if len(cells) >= 2 and len(set(cells)) == 1 and len(cells[0]) >= 4:
        return cells[0], 1  # a title printed in two cells (在…上的讲话|在…上的讲话, dev5 439)
    if bare != text.strip() and not re.search(r"[|｜]", bare) and not TITLE_FIELD.search(text):
        return bare, 1
    return text, 0


_BULLETED = re.compile(r"^[•·●◆■□▪‣∙]\s*(?=[（(〔][一二三四五六七八九十]{1,3}[）)〕]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])")
_SHELL = re.compile(r"^〔([一二三四五六七八九十]{1,3})〕")


def _bulleted_marker(text: str) -> tuple[str, int]:
    """A list bullet a page put before a numbered heading (•  (一)人才是…, dev8 739), and the tortoise-shell
    brackets a conversion gave the heading's numeral (〔一〕… for （一）…, dev4 1043): the numeral as written."""
    bare = _BULLETED.sub("", text.lstrip(), count=1)
    bare = _SHELL.sub(r"（\1）", bare, count=1)
    return (bare, 1) if bare != text.lstrip() else (text, 0)


def _each_line(doc: Cleaned, change: Callable[[str], tuple[str, int]], message: str) -> None:
    """Apply ``change`` (new text, how many things it changed) to every paragraph, drop the ones
    left empty, and report the count with ``message``."""
    found = 0
    paras: list[Para] = []
    for p in doc.paras:
        text, n = change(p.text)
        if n:
            found += n
            if not text.strip():
                continue
            p = _with_text(p, text)
        paras.append(p)
    if found:
        doc.paras = paras
        doc.repairs.append(Repair("markup", message.format(found)))


_COMMA_MARKER = re.compile(r"^(\d{1,2})、(?=\S)")


def _comma_markers(doc: Cleaned) -> None:
    """Points numbered 1、 2、 … (common, though the standard writes 1.) read as the third level they
    stand for, where two or more paragraphs count on that way (dev2 155: 3、大力发展先进文化，…)."""
    numbers = [(k, int(m[1])) for k, p in enumerate(doc.paras) if (m := _COMMA_MARKER.match(p.text))]
    if len(numbers) < 2 or not any(b == a + 1 for (_, a), (_, b) in zip(numbers, numbers[1:], strict=False)):
        return
    for k, _ in numbers:
        doc.paras[k] = _with_text(doc.paras[k], _COMMA_MARKER.sub(r"\1.", doc.paras[k].text, count=1))
    doc.repairs.append(Repair("punctuation", f"段首的序号“1、”{len(numbers)} 处按三级序号“1.”读"))


LEADER_MASKED = re.compile(r"(?:_+|[*＊×XＸ]{1,3}|□{1,3})(?=总书记|同志为核心|新时代中国特色社会主义思想)")
"""The leader's name a copy site withheld (深入学习贯彻_总书记关于…, 以_同志为核心的党中央, dev2 152, 341; 以_新时代中国特色
社会主义思想为指导, dev3 239): the genre's frame, 习近平, never a fact to fill."""


def _anonymised(doc: Cleaned) -> None:
    restored = 0
    for i, p in enumerate(doc.paras):
        if LEADER_MASKED.search(p.text):
            restored += len(LEADER_MASKED.findall(p.text))
            doc.paras[i] = p = _with_text(p, LEADER_MASKED.sub("习近平", p.text))
    if restored:
        doc.repairs.append(Repair("anonymised", f"隐去的“习近平”{restored} 处还原（总书记、新时代思想前的隐去字样）"))
    found: list[str] = []
    for i, p in enumerate(doc.paras):
        if ANONYMISED.search(p.text):
            found += [m[0] for m in ANONYMISED.finditer(p.text)]
            doc.paras[i] = _with_text(p, re.sub("×{3,}", "××", ANONYMISED.sub("××", p.text)))  # ××* is one word
    if found:
        doc.repairs.append(Repair("anonymised", f"隐去的名称 {len(found)} 处统一写作“××”（是待填的事实）",
                                  tuple(dict.fromkeys(found))[:3]))


def _spaces_and_punctuation(doc: Cleaned) -> None:
    spaced: list[str] = []
    punct = doubled = quoted = turned = 0
    for i, p in enumerate(doc.paras):
        text = p.text.strip()
        plain = normalize(text)
        fixed = text
        headline_parts = len(plain) <= 100 and len(text.split()) >= 2 and not re.search(r"[，。；！？,;!?]", plain)
        if (not is_standalone(plain) and not CAPTION.search(plain) and not BYLINE.match(plain)
                and not headline_parts):  # 召开 共同团结奋斗 共同繁荣发展: a headline's parts keep their spaces
            fixed, example = _column_spaces(text)  # headings keep the space between their halves
            if example:
                spaced.append(example)
        fixed = punctuate(_GARBLED_SPACE.sub(r"\1 ", fixed))
        if _punct_changes(text, fixed):
            punct += 1
        fixed, n = _DOUBLED.subn(lambda m: m[1] or m[2] or "", fixed)
        doubled += n
        quoted += len(_PRIMES.findall(fixed))
        fixed = fixed.translate(_PRIME_QUOTES)
        fixed, n = quote_marks(fixed)
        turned += n
        if fixed != p.text:
            doc.paras[i] = _with_text(p, fixed)
    if spaced:
        doc.repairs.append(Repair("spaces", f"删去分栏排版留在词语中间的空格（{len(spaced)} 段）",
                                  tuple(spaced[:3])))
    if punct:
        doc.repairs.append(Repair("punctuation", f"半角标点改为全角（{punct} 段）"))
    if doubled:
        doc.repairs.append(Repair("punctuation", f"删去重复的标点 {doubled} 处（“，，”写作“，”）"))
    if quoted:
        doc.repairs.append(Repair("punctuation", f"引号〝〞改为“” {quoted} 处（从 PDF 或文档网站复制时带来的）"))
    if turned:
        doc.repairs.append(Repair("punctuation", f"改正方向打反或半边是半角的引号 {turned} 处（如 ”两学一做”、‘四好'）"))


_QUOTED = 16
"""How long a quoted word or slogan whose marks a copy turned may be (”两学一做”, ”十四五“)."""


def quote_marks(text: str) -> tuple[str, int]:
    """Quotation marks a copy turned the wrong way or half typed in ASCII, in quotes of a short word or slogan
    (”两学一做”学习教育 dev9 903, 当前，”十四五“规划 dev12 1245, ‘四好'少年 dev2 151):
    each pair opening “/‘ and closing ”/’. A mark is turned only where the words it quotes are short and hold no
    sentence end, and only where every quote of the paragraph then opens and closes in turn (so nested quotes and a
    quote that runs on from the paragraph before are left as the writer had them). How many marks changed."""
    chars = list(text)
    changed = 0
    for m in re.finditer(r"‘([^‘’'\n。！？]{1,%d})'" % _QUOTED, text):
        chars[m.end() - 1] = "’"
        changed += 1
    marks = [k for k, c in enumerate(chars) if c in "“”"]
    inside = False  # after an opening “ (a second “ opens a quote inside the first: “全国“六五”普法…县”)
    i = 0
    while i < len(marks):
        k = marks[i]
        nxt = marks[i + 1] if i + 1 < len(marks) else -1
        if not inside and chars[k] == "”" and k > 0 and chars[k - 1] not in "。！？…" and 0 < nxt - k - 1 <= _QUOTED \
                and not re.search(r"[。！？；：“”]", "".join(chars[k + 1:nxt])) and (
                    chars[nxt] == "“"  # ”十四五“
                    or (chars[k - 1] not in "，、；：“”" and "，" not in chars[k + 1:nxt])):  # 推进”两学一做”
            # the pair opens here (not a quote closed after 。 that opened in the paragraph before)
            changed += 1 + (chars[nxt] != "”")
            chars[k], chars[nxt] = "“", "”"
            i += 2
            continue
        inside = chars[k] == "“"
        i += 1
    fixed = "".join(chars)
    if not changed or not (_paired(fixed, "“”") and _paired(fixed, "‘’")):
        return text, 0  # nested quotes (“全国“六五”普法…县”), a quote from the paragraph before: as the writer had them
    return fixed, changed


def _paired(text: str, marks: str) -> bool:
    """Whether ``text``'s quotation marks of one kind alternate, opening first and closing last."""
    seq = [c for c in text if c in marks]
    return all(c == marks[k % 2] for k, c in enumerate(seq)) and len(seq) % 2 == 0


_PRIMES = re.compile("[〝〞]")
_PRIME_QUOTES = str.maketrans({"〝": "“", "〞": "”"})
"""The double-prime quotation marks a PDF or a document site's copy gives (“三严三实〞, dev3 237): Chinese quotes."""


_DOUBLED = re.compile(r"，+(?=[。！？；])|([，。；、：])\1+|，(、)")
"""A mark a copy doubled (4日下午,,宜昌市…, dev7 607; a gateway's page runs every comma twice, dev13 1311, and writes
一,、搭建平台 and 二十大,、二十届 for its 、, dev3 260, dev6 506), and a comma before a sentence's end (使用人才各尽其能”,,。
and 占到了两家,,。 of that page, dev3 260)."""


_GARBLED_SPACE = re.compile(r"(记者|通讯员|编辑|摄影|作者)\?\s*")
"""A byline's space a copy turned into ? (（记者? 王震）, dev7 603): a space, not a question mark."""


_BRACKETED_BYLINE = re.compile(r"[（(](?:本报)?(?:见习|实习)?(?:记者|通讯员|实习生)[^（）()]{1,40}[）)]")
"""A byline in brackets (（记者 林雯 吴燕如）), whose spaces part the names, in a paragraph of column text too."""


def _column_spaces(text: str) -> tuple[str, str]:
    """Text without the spaces a narrow column left inside words, and an example.

    Spaces inside brackets or quotes (“城之源 都之始”, （记者 林雯）) are the writer's
    unless the paragraph is column text throughout (three or more stray spaces); a byline's never are."""
    found = list(SPACED.finditer(text))
    if not found:
        return text, ""
    depth = [0] * (len(text) + 1)
    level = 0
    for i, c in enumerate(text):
        level += (c in "（(“《") - (c in "）)”》")
        depth[i] = max(level, 0)
    outside = [m for m in found if depth[m.start()] == 0]
    bylines = [b.span() for b in _BRACKETED_BYLINE.finditer(text)]
    drop = [m for m in (found if len(outside) >= 3 else outside)
            if not any(a < m.start() < b for a, b in bylines)]  # （記者葛燕 王志飛）: two names, never one
    if not drop:
        return text, ""
    m = drop[0]
    example = text[max(0, m.start() - 4):m.end() + 4]
    for m in reversed(drop):
        text = text[:m.start()] + text[m.end():]
    return text, example


def _punct_changes(before: str, after: str) -> bool:
    return any(c in before for c in ',:;()!?"') and before.replace(" ", "") != after.replace(" ", "")


def _join_broken(doc: Cleaned) -> None:
    paras = doc.paras
    joined: list[str] = []
    i = 0
    plain = [normalize(p.text) for p in paras]
    while i + 1 < len(paras):
        a, b = plain[i], plain[i + 1]
        if _continues(a, b, plain[i + 2] if i + 2 < len(paras) else ""):
            joined.append(f"{a[-6:]}/{b[:6]}")
            paras[i] = _with_text(paras[i], paras[i].text + paras[i + 1].text)
            plain[i] = normalize(paras[i].text)
            del paras[i + 1], plain[i + 1]
            continue
        i += 1
    if joined:
        doc.repairs.append(Repair("joined", f"接上被换页或分栏断开的段落 {len(joined)} 处",
                                  tuple(joined[:3])))


_CUT_AFTER = "在的和与了对把将及并或从被"
"""Characters no heading ends on: a line ending on one, with a comma inside, was cut mid-sentence."""
_DATE_PIECE = re.compile(r"(?:\d{1,4}年?)?(?:\d{1,2}月?)?(?:\d{1,2}日)?")


def _continues(a: str, b: str, after: str) -> bool:
    """Whether paragraph ``b`` is the rest of ``a``'s last sentence."""
    if a and _DATE_PIECE.fullmatch(a) and (
            re.match(r"[年月日]", b) if a[-1].isdigit() else re.match(r"\d|上午|下午|晚", b)):
        return True  # a date broken over lines (11 / 月12日 / 上午，…, dev5 408)
    cut = (len(a) >= 20 and "，" in a and a[-1] in _CUT_AFTER  # …是坚持和巩固马克思主义在 / 意识形态领域…
           and not detect_marker(a) and not detect_marker(b))
    if not a or not b or (a[-1] in TERMINAL and a[-1] not in "；;") or a.endswith("：") or (
            is_standalone(a) and not cut):
        return False
    if CAPTION.search(a) or BYLINE.match(a):
        return False
    if b[0] in "，。、；：）》”！？":
        return True
    if headline.NEWS_OPENING.match(b) or re.match(r"[\u4e00-\u9fff]{2,8}讯\s*(?=\d|[（(])", b) or _DATE_LED.match(b):
        return False  # a news lead (东昌府讯 4月21日，…) opens a paragraph, whatever stands before it
    if re.match(r"会(?:议|上|前|后)[\u4e00-\u9fff]", b) and not re.search(r"(?:[了的在次]|参加|出席|召开|主持|列席)$", a):
        return False  # …李雅伶出席会议 / 会议书面学习了…: the meeting's next act opens a paragraph, though the copy lost a stop
    if (is_standalone(b) or detect_marker(b) or LEAD.match(b) or COUNTED_LEAD.match(b)
            or MOTTO.match(b) or CAPTION.search(b) or BYLINE.match(b)):
        return False
    # b opens with a lead sentence like its neighbours: a new paragraph of a parallel series
    return not (_lead_like(b) and (_lead_like(a) or _lead_like(after)))


def _lead_like(text: str) -> bool:
    head, stop, rest = text.partition("。")
    return (bool(stop and rest) and 4 <= len(head) <= 24 and not REPORTING.search(head)
            and not re.match(r"^\d|^[\u4e00-\u9fff][，、]", head))


def _with_text(p: Para, text: str) -> Para:
    return Para(text, p.style, p.outline_level, p.bold_lead, p.run_in)
