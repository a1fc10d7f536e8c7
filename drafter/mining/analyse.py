"""One exemplar mined: read, repaired, outlined, its roles, lines and slots found.

``analyse(path)`` is what every other part of the miner starts from. It needs no
jieba: phrase patterns are found across a corpus by ``phrases``.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from drafter import outline as outline_mod
from drafter import reader
from drafter.mining import headline
from drafter.mining import lines as lines_mod
from drafter.mining import roles as roles_mod
from drafter.mining import script
from drafter.mining import slots as slots_mod
from drafter.mining.clean import Repair, clean, unwrap
from drafter.reader import Para

PASSAGE_ROLES = ("review", "tasks", "requirements", "line", "highlights")
"""Roles whose paragraphs are searched for line passages inside them."""


@dataclass(frozen=True, slots=True)
class Section:
    """A block of consecutive paragraphs with one role (and line)."""

    role: str
    start: int
    """Index of its first paragraph."""
    end: int
    """Index after its last paragraph."""
    line: str | None = None
    heading: str = ""
    """The words of the level-1 heading that opens it, if any."""


@dataclass(slots=True)
class Mined:
    """Everything the miner knows about one document."""

    path: str
    genre: str
    title: str
    subtitles: list[str]
    texts: list[str]
    """The repaired paragraphs (full-width punctuation; the writer's own spaces kept)."""
    kinds: list[str]
    """What each paragraph is (``outline.kinds``)."""
    items: list[outline_mod.Item]
    roles: list[str]
    """Role of each paragraph ('' for furniture)."""
    lines: list[str]
    """Work lines the document covers, in order."""
    para_lines: list[str | None]
    sections: list[Section]
    passages: list[lines_mod.Passage]
    repairs: list[Repair]
    slots: list[slots_mod.Slot] = field(default_factory=list)
    chars: int = 0
    """Size of the text read (characters), for throughput."""
    raw: str = ""
    """The input as read (simplified when it was converted), for units' offsets."""
    converted: bool = False
    """Whether the input was in traditional script and converted to simplified."""
    furniture: list[tuple[str, str]] = field(default_factory=list)
    """(line, kind) of each line dropped as page furniture (``furniture.Verdict.kind``)."""


def analyse(path: Path | str) -> Mined:
    """Mine one .txt or .docx document.

    Raises:
        DrafterError: the file cannot be read.
    """
    path = Path(path)
    paras = reader.read(path)
    if path.suffix.lower() == ".docx":
        raw = "\n".join(p.text for p in paras)
    else:
        raw = reader.decode(path.read_bytes(), path)
    return analyse_paras(paras, str(path), raw)


def _repeats(title: str, line: str) -> bool:
    """Whether ``line`` says the headline again, all but a few characters of it (内蒙古宣传文化系统学习贯彻全国宣传部长会议精神
    乌兰讲话 over 自治区宣传文化系统学习贯彻全国宣传部长会议精神, dev13 1017): a page's copy of it, no subtitle."""
    if len(line) < 8:
        return False
    match = difflib.SequenceMatcher(None, title, line, autojunk=False).find_longest_match(0, len(title), 0, len(line))
    return match.size >= 0.8 * len(line)


def analyse_paras(paras: list[Para], name: str = "", raw: str = "") -> Mined:
    """Mine a document given as paragraphs (``raw``: its input text, for offsets)."""
    chars = sum(len(p.text) for p in paras)
    paras, joined = unwrap([p for p in paras if p.text.strip()])  # rows of one width, before pinyin is cut
    pinyin = sum(len(script.GATEWAY_PINYIN.findall(p.text)) for p in paras)
    if pinyin:
        paras = [dataclasses.replace(p, text=script.strip_gateway_pinyin(p.text)) for p in paras]
    converted = script.is_traditional("".join(p.text for p in paras[:40]))
    stray: list[str] = []
    if converted:
        paras = [dataclasses.replace(p, text=script.to_simplified(p.text)) for p in paras]
        raw = script.to_simplified(raw)
    elif stray := script.stray_characters("".join(p.text for p in paras)):  # a few left by a converter (為, 群眾)
        table = script.folding(stray)
        paras = [dataclasses.replace(p, text=p.text.translate(table)) for p in paras]
        raw = raw.translate(table)
    cleaned = clean(paras)
    cleaned.repairs[:0] = _returned(paras)
    if joined:
        cleaned.repairs.insert(0, joined)
    if pinyin:
        cleaned.repairs.insert(0, Repair("pinyin", f"去掉了转码网关留在字后的 {pinyin} 处拼音（如“會(huì)議”）"))
    if converted:
        cleaned.repairs.insert(0, Repair("script", "繁体字已转为简体字后再挖掘（OpenCC t2s）"))
    elif stray:
        cleaned.repairs.insert(0, Repair("script", f"文中零星的繁体字 {len(stray)} 种改为简体字", tuple(stray[:3])))
    paras = cleaned.paras
    texts = [outline_mod.punctuate(p.text) for p in paras]
    if any(p.outline_level is not None for p in paras):
        items = outline_mod.outline(paras)
        kinds = _styled_kinds(paras, items)
    else:
        items, kinds = outline_mod.read_plain(paras)
    items, kinds = _no_turns(items, kinds, texts)
    chosen = next((it.index for it in items if it.kind in ("title", "subtitle")
                   and paras[it.index].style.lower() == "title"), None)
    if chosen is None:
        chosen = next((it.index for it in items if it.kind == "title"), None)
    title = _undoubled(texts[chosen]) if chosen is not None else _original_title(cleaned.furniture)
    if title:  # the headline said again under it (the page's title, then the article's: dev13 1017)
        items, kinds = _retold(items, kinds, "meta", {it.index for it in items if it.kind == "subtitle"
                                                     and it.index != chosen and _repeats(title, texts[it.index])})
    subtitles = [texts[it.index] for it in items if it.kind == "subtitle" and it.index != chosen]
    doc_lines = lines_mod.document_lines([title, *subtitles, *texts])
    genre = roles_mod.guess_genre(texts, kinds, items, doc_lines)
    if genre != "speech":  # a report's or article's writer named alone under the headline (王晓丽, dev7 620)
        items, kinds = _retold(items, kinds, "byline", {it.index for it in items if it.kind == "subtitle"
                                                       and it.index != chosen and _lone_name(texts[it.index])})
        subtitles = [texts[it.index] for it in items if it.kind == "subtitle" and it.index != chosen]
    items, kinds = _retold(items, kinds, "body", {  # a sentence cut by the copy (…，今天我们在这里召), no subhead
        it.index for it in items if it.kind == "heading" and not it.marker and _clauses_run_on(texts[it.index])})
    if genre in roles_mod.NEWS:  # 与会人员观摩了…基地 (a sentence a one-line copy set off by a space, dev8 707)
        items, kinds = _retold(items, kinds, "body", {it.index for it in items if it.kind == "heading"
                                                     and not it.marker and _NARRATED.search(it.text)})
    roles = roles_mod.assign(texts, kinds, items, doc_lines, genre)
    para_lines = roles_mod.paragraph_lines(texts, kinds, items, roles, doc_lines)
    sections = sections_of(roles, para_lines, kinds, items, texts)
    passages = _passages(sections, texts, roles, para_lines, doc_lines)
    known = slots_mod.places(texts)
    slots = [s for i, t in enumerate(texts) if roles[i] or kinds[i] in ("title", "subtitle")
             for s in slots_mod.find(t, i, known)]
    return Mined(name, genre, title, subtitles, texts, kinds, items, roles, doc_lines, para_lines,
                 sections, passages, cleaned.repairs, slots, chars, raw, converted,
                 cleaned.furniture)


def _retold(items: list[outline_mod.Item], kinds: list[str], kind: str, indexes: set[int]) -> tuple[
        list[outline_mod.Item], list[str]]:
    """The outline without the items of paragraphs ``indexes``, which are of ``kind`` instead."""
    return ([it for it in items if it.index not in indexes],
            [kind if i in indexes else k for i, k in enumerate(kinds)])


def _clauses_run_on(text: str) -> bool:
    """A line of three clauses or more that ends on no stop: the text of a paragraph the copy cut or wrapped
    (根据省市安排，我县工商联换届工作将于今年十一月进行，今天我们在这里召, dev10 1042); no subhead of any
    labelled document has two commas, ends on a comma or, with a comma, runs to 40 characters (seed 002's runs to
    32: 思明区持续完善社会治理体系，全面推进基层治理体系和治理能力现代化; a line that does is a paragraph's piece: 书记对去年的工作进行了全面总结，, dev5 438; 组建党的社会工作部门，是以…作出的, dev4 341)."""
    from drafter.numbering import detect_marker

    t = text.strip()
    if detect_marker(t) or re.match(r"[一二三四五六七八九十]是|第[一二三四五六七八九十]", t):
        return False
    return (len(re.findall(r"[，,]", t)) >= 2 and t[-1:] not in "。！？：:") or t[-1:] in "，,、；;" or (
        len(t) >= 40 and not re.search(r"\s", t) and re.search(r"[，,]", t) is not None)


_NARRATED = re.compile(r"^[^：:]{2,}?(?:观摩|举行|召开|参加|听取|传达|学习|观看|参观|审议|通报|宣读|颁发)了")
"""A report's sentence telling what was done (…观摩了…, …举行了…仪式): never a subhead."""


def _lone_name(text: str) -> bool:
    """A person's name alone on a line (a speech's speaker under its title; a report's writer)."""
    from drafter.mining.segment import tagged

    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", text.strip())) and \
        [flag[:2] for _, flag in tagged(text.strip())] == ["nr"]


def _original_title(furniture: list[tuple[str, str]]) -> str:
    """The headline a page gives as 原标题：X where no line of the text is one (dev8 729)."""
    return next((m[1].strip() for text, _ in furniture if (m := re.match(r"^\s*原标题\s*[:：]\s*(\S.{5,60})$", text))), "")


def _undoubled(title: str) -> str:
    """A headline the page printed twice (X，X or XX) once, without a bullet before it or the page's date
    after it (• X X, dev8 739; …讲话2024-11-26, dev8 733)."""
    title = re.sub(r"^[•·●◆■□?？]\s*", "", title)  # a bullet, or a gateway's undecoded mark (?聚人心 樹新風, dev20 2010)
    title = re.sub(r"^[1-9](?=[\u4e00-\u9fff])(?![年月日号个项点名次季期周届位条])", "", title)  # a list's number (1非公…讲话, dev10 1043)
    title = re.sub(r"\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$", "", title)
    title = re.sub(r"(?<=[讲话致辞发言报告])\s*[（(]\d{4}\s*年[\d\s月日]{0,8}[）)]$", "", title)  # its date line, glued on in a
    # one-line copy (…讲话(2023年4月)同志们:…, dev18 1847, dev19 1926, dev2 151)
    if (once := headline.printed_twice(title)) is not None:
        return once
    half = (len(title) - 1) // 2
    if len(title) % 2 == 1 and title[half] in "，, " and title[:half] == title[half + 1:]:
        return title[:half]
    return title


def _no_turns(items: list[outline_mod.Item], kinds: list[str], texts: list[str]) -> tuple[
        list[outline_mod.Item], list[str]]:
    """A speaker's turn to the points on a line of its own (下面，我再强调几点：) reads as a heading by its
    shape; it is the speech's text, and the paragraphs after it are not inside it (dev4 342)."""
    from drafter.mining.recognise import speech_moves

    turns = {it.index for it in items if it.kind == "heading" and not it.marker and any(
        h.kind == "transition" and h.start == 0 and len(h.text) >= len(texts[it.index].rstrip("：:"))
        for h in speech_moves(texts[it.index]))}
    if not turns:
        return items, kinds
    return [it for it in items if it.index not in turns], [
        "body" if k in turns else kind for k, kind in enumerate(kinds)]


def _returned(paras: list[Para]) -> list[Repair]:
    """Notes on a draft sent back with tracked changes or comments (read as it would print)."""
    revisions = sum(p.revisions for p in paras)
    notes = [note for p in paras for note in p.comments]
    out = []
    if revisions:
        out.append(Repair("revisions", f"文稿有 {revisions} 处修订没有接受，按接受全部修订后的文字分析"))
    if notes:
        out.append(Repair("comments", f"文稿有 {len(notes)} 条批注（没有计入正文）", tuple(notes[:3])))
    return out


def _styled_kinds(paras: list[Para], items: list[outline_mod.Item]) -> list[str]:
    out = ["empty" if not p.text.strip() else "body" for p in paras]
    for it in items:
        out[it.index] = it.kind
    return out


def sections_of(roles: list[str], para_lines: list[str | None], kinds: list[str],
              items: list[outline_mod.Item], texts: list[str]) -> list[Section]:
    """The document's sections: runs of paragraphs of one role (and line), a level-1 heading opening one."""
    tops = {it.index: it.text for it in items if it.level == 1}
    bounds: list[int] = []
    in_top = False
    prev_role, prev_line = "", None
    for i, role in enumerate(roles):
        if not role:
            continue
        in_top = in_top or i in tops
        line = para_lines[i]
        if (not bounds or i in tops or role != prev_role
                or (not in_top and line is not None and line != prev_line)):
            bounds.append(i)
        prev_role, prev_line = role, line
    out = []
    for k, start in enumerate(bounds):
        end = bounds[k + 1] if k + 1 < len(bounds) else len(roles)
        found = {para_lines[i] for i in range(start, end) if roles[i] and para_lines[i]}
        line = found.pop() if len(found) == 1 else None
        last = max(i for i in range(start, end) if roles[i]) + 1
        out.append(Section(roles[start], start, last, line, tops.get(start, "")))
    return out


def _passages(sections: list[Section], texts: list[str], roles: list[str], para_lines: list[str | None],
              doc_lines: list[str]) -> list[lines_mod.Passage]:
    found: dict[tuple[str, int, int], lines_mod.Passage] = {}
    previous = None
    for i, line in enumerate(para_lines):
        if not roles[i]:
            continue
        if line and line != previous:
            found.setdefault((line, i, 0), lines_mod.Passage(line, i, 0))
        previous = line
    for i, t in enumerate(texts):
        if roles[i] in PASSAGE_ROLES and para_lines[i] is None:
            for p in lines_mod.passages_in(t, i, doc_lines):
                found.setdefault((p.line, p.para, p.offset), p)
    return sorted(found.values(), key=lambda p: (p.para, p.offset))
