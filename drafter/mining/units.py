"""A document's structural units, in the corpus labels' terms, for `drafter mine --format json`.

Every unit has a kind (``heading``, ``run_in``, ``inline_point``, ``line_block``,
``cue_paragraph``, ``cue_sentence``, ``salutation``, ``transition``, ``thanks``), the
level its marker shows, the depth it sits at, the role of its section (the labels'
vocabulary: opening, lead, review, significance, requirements, per_line_tasks,
guarantee, closing, attendees, highlights, quotes, other), its work line, its
paragraph and its character offset in the input. Paragraph-level units come from
the outline reader; units inside a paragraph from ``recognise``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from drafter import outline as outline_mod
from drafter.mining import recognise, role_model
from drafter.mining.analyse import Mined
from drafter.mining.lines import line_at_start
from drafter.mining.roles import CUE_HEAD, INTRODUCTION, NEWS, breaks_section, meeting_order, topic_line

LABEL_ROLES = {
    "salutation": "opening", "opening": "opening", "lead": "lead", "overview": "lead", "review": "review",
    "significance": "significance", "requirements": "requirements", "tasks": "per_line_tasks",
    "line": "per_line_tasks", "guarantees": "guarantee", "closing": "closing", "highlights": "highlights",
    "attendance": "attendees", "voices": "quotes", "problems": "other", "documents": "other",
    "headline": "other", "measures": "other", "topic": "other", "section": "other", "agenda": "other",
    "thanks": "review", "transition": "opening",
}
"""The miner's section roles in the labels' vocabulary."""
_SKIP = ("title", "subtitle", "caption", "byline", "meta", "empty")
_DISPATCH = re.compile(r"^[^。，；（(]{0,30}讯(?!员)\s*[（(:：]?[^。，；]{0,40}[）)]?\s*$")
"""A news site's dispatch line cut off before its lead (本报讯（通讯员余延平）, 三湘统战网2月29日讯（通讯员 蒋正平）)."""
_ANNOUNCES = re.compile(r"[：:]$|[两三四五六七八九几]点|如下|以下")


@dataclass(frozen=True, slots=True)
class Unit:
    """One structural unit of a mined document."""

    kind: str
    level: int | None
    depth: int
    role: str
    line: str | None
    text: str
    marker: str
    para: int
    """Index of the paragraph among the repaired paragraphs."""
    start: int
    """Character offset inside that paragraph."""
    offset: int = -1
    """Character offset in the input (-1 when the text could not be found there)."""


def label_role(role: str) -> str:
    """A miner role in the labels' vocabulary."""
    return LABEL_ROLES.get(role, "other")


def units(m: Mined, raw: str = "", *, learned: bool = True) -> list[Unit]:
    """The units of a mined document, in order, with offsets into ``raw`` (its input text); the roles
    of the top-level units read again by the learned model (``role_model``) unless not ``learned``."""
    found: list[tuple[int, int, str, int | None, str, str | None, str, str]] = []
    at = {it.index: it for it in m.items}
    first_top = min((it.index for it in m.items if it.level == 1 and it.kind == "heading"), default=len(m.texts))
    first_body = next((i for i, k in enumerate(m.kinds) if k not in (*_SKIP, "salutation") and m.roles[i]), -1)
    names = recognise.posted_names(m.texts)
    second_lead = _second_lead(m, first_body)
    aspects = {i for i, t in enumerate(m.texts) if m.kinds[i] not in _SKIP and recognise.ASPECT.match(t)}
    aspects = aspects if len(aspects) >= 2 else set()
    for i, text in enumerate(m.texts):
        if m.kinds[i] in _SKIP or not m.roles[i]:
            continue
        role = m.roles[i]
        line = m.para_lines[i]
        it = at.get(i)
        skip_to = 0
        if m.kinds[i] == "salutation":
            found.append((i, 0, "salutation", 1, "opening", None, "", text))
            continue
        alone = m.genre == "speech" and _only_a_move(text)  # 下面，我讲几点意见： on its own line
        if it is not None and 0 < it.level <= 5 and not alone:
            kind = "heading" if it.kind == "heading" else "run_in"
            level = 3 if it.level == 5 else it.level
            found.append((i, 0, kind, level, role, line, it.marker, it.marker + it.text))
            skip_to = len(it.marker) + 1
        elif it is None and i in aspects:  # 在民族宗教工作方面，… / 在港澳台海外统战和侨务工作方面，…
            found.append((i, 0, "inline_point", 3, role, line, "listed", recognise.clause(text, 0)))
            skip_to = 1
        elif it is None and (lead := recognise.lead_of_points(text)) is not None and not (
                m.genre in NEWS and i == first_body):
            found.append((i, 0, "run_in", 2, role, line, "", lead.text))
            skip_to = 1
        elif (_is_cue_paragraph(m, i, first_top, first_body, names) or i == second_lead) and not alone:
            words = recognise.clause(text, 0, cue=True)
            if i == first_body and m.genre in NEWS and i > 0 and not m.roles[i - 1] and _DISPATCH.match(m.texts[i - 1]):
                words = m.texts[i - 1] + words  # 本网讯（通讯员 唐芳）12月5日，: the lead opens at its dispatch line
            found.append((i, 0, "cue_paragraph", 1, role, line, "", words))
            skip_to = 1
            if (lead := _cue_lead_of_run(m, i, at)) is not None:  # 张伯松强调，要突出政治引领。 / 要弘扬文明新风。…
                found.append((i, lead[0], "run_in", lead[1], role, line, "", lead[2]))
        if skip_to == 0 and m.genre in NEWS and m.lines and (block := next(
                (h for h in recognise.line_blocks(text, m.lines) if h.start == 0 and h.line), None)) is not None:
            # a paragraph under a subhead that opens on one line's work (★要以…为统领 / 宣传工作要…。/ 统战工作要…, dev13 1321)
            found.append((i, 0, "line_block", 3, role, block.line, "", block.text))
            skip_to = 1
        for h in _inside(m, i, text, m.texts[i + 1] if i + 1 < len(m.texts) else "", names):
            if h.start < skip_to and h.kind != "transition":
                continue
            if h.kind == "line_block" and it is not None and h.line == line:
                continue  # （三）统战部门要…。统战部门要切实…: the paragraph is that line's already
            level = None if h.kind in ("transition", "thanks") else 1 if h.kind == "cue_sentence" else 3
            found.append((i, h.start, h.kind, level, h.role or role, h.line or line, h.marker, h.text))
    found += _said_blocks(m, found)
    found.sort(key=lambda f: (f[0], f[1]))
    found = _without_contents(_couplet_subheads(m, found))
    salute = min((f[0] for f in found if f[2] == "salutation"), default=-1)
    if m.genre == "speech" and salute >= 0:  # a speech's outline starts at 同志们: (above: title, speaker, date)
        found = [f for f in found if f[0] >= salute or f[2] not in ("heading", "run_in", "inline_point")]
    out = _closing(m, _guarantees(m, _meeting_order(_depths(m, found))))
    if learned:
        out = _learned(m, out)
    return _located(out, raw) if raw else out


_SECTION_ROLE = {"opening": "opening", "review": "review", "significance": "significance",
                 "requirements": "requirements", "guarantee": "guarantees", "closing": "closing",
                 "attendees": "attendance", "quotes": "voices", "highlights": "highlights"}
"""A learned label role as the miner's section role (the labels' lead, per_line_tasks and other stand for
several of the miner's roles and are left as the rules read them)."""


_MOVES = ("salutation", "transition", "thanks")
"""A speech's moves, which the rules name more finely than the labels' opening and review: kept in the report."""


def paragraph_roles(m: Mined, found: list[Unit]) -> list[str]:
    """The paragraphs' roles with the learned reading of the top-level units (``_learned``) that open a paragraph
    carried to the paragraphs from it up to the next such unit inside its section (a cue sentence inside the lead,
    出席会议。, leaves the lead its role): where the model reads a unit
    otherwise than its section's rules role, the report's 结构 then agrees with the JSON units."""
    roles = list(m.roles)
    tops = sorted({u.para: u for u in found if u.depth == 1 and u.start == 0}.items())  # units opening a paragraph
    for sec in m.sections:
        if sec.role in _MOVES:
            continue
        inside = [(para, u) for para, u in tops if sec.start <= para < sec.end]
        for k, (para, u) in enumerate(inside):
            new = _SECTION_ROLE.get(u.role, "")
            if not new or label_role(sec.role) == u.role:
                continue
            stop = inside[k + 1][0] if k + 1 < len(inside) else sec.end
            for i in range(para, stop):
                if roles[i] == sec.role:
                    roles[i] = new
    return roles


def model_input(m: Mined, out: list[Unit]) -> tuple[list[int], list[role_model.Top]]:
    """The top-level units of ``out`` (their indices) as the learned model reads them (also what
    tools/train_roles.py trains on)."""
    tops = [k for k, u in enumerate(out) if u.depth == 1]
    return tops, [role_model.Top(out[k].kind, out[k].role, out[k].text, m.texts[out[k].para][out[k].start:])
                  for k in tops]


def _learned(m: Mined, out: list[Unit]) -> list[Unit]:
    """The top-level units' roles as the learned model reads the rules' roles in context."""
    tops, seen = model_input(m, out)
    for k, role in zip(tops, role_model.relabel(seen, m.genre), strict=True):
        if role != out[k].role:
            out[k] = dataclasses.replace(out[k], role=role)
    return out


def _said_blocks(m: Mined, found: list[tuple[int, int, str, int | None, str, str | None, str, str]]) -> list[
        tuple[int, int, str, int | None, str, str | None, str, str]]:
    """Blocks of a report's paragraphs given to one line each, where what is said names the line in its
    first sentence (see ``recognise.said_block``): two lines at least, in paragraphs with no block yet."""
    if m.genre not in NEWS:
        return []
    has_block = {f[0] for f in found if f[2] == "line_block"}
    cues = {f[0] for f in found if f[2] == "cue_paragraph"}
    hits = [(i, h) for i, line in enumerate(m.para_lines) if line and i in cues and i not in has_block
            and (h := recognise.said_block(m.texts[i], line)) is not None]
    if len({h.line for _, h in hits}) < 2:
        return []
    return [(i, h.start, "line_block", 3, m.roles[i], h.line, "", h.text) for i, h in hits]


def _only_a_move(text: str) -> bool:
    """Whether a speech's paragraph is nothing but its turn to the points (下面，我讲几点意见。)."""
    return any(h.kind == "transition" and h.start == 0 and len(h.text) >= len(text.rstrip("：:")) for h in
               recognise.speech_moves(text))


def _couplet_subheads(m: Mined, found: list[tuple[int, int, str, int | None, str, str | None, str, str]]) -> list[
        tuple[int, int, str, int | None, str, str | None, str, str]]:
    """A feature's subhead in two lines (聚焦“三新”群体党的建设 / 用关爱凝聚新兴领域, dev15 1556; 整合多方资源 / 打造文明实践主阵地,
    the test part's decision on its 63) is one heading, at its first line: two unnumbered heading lines in a row, short,
    neither a mere label, with body text after them."""
    heads = {f[0] for f in found if f[2] == "heading" and not f[6] and f[1] == 0}

    def halves(i: int) -> bool:  # four characters or more each (硬件筑基 / 打造“一站式”解纷站点, dev2 171): a box's label
        # of two over its subhead (重点 / 树立大抓基层导向, seed 002) is two headings
        short, long_ = sorted((len(m.texts[i]), len(m.texts[i + 1])))
        return 4 <= short and long_ <= min(20, 3 * short)

    second = {i + 1 for i in heads if i + 1 in heads and i - 1 not in heads and i + 2 not in heads
              and i + 2 < len(m.texts) and halves(i)}
    return [f for f in found if not (f[2] == "heading" and f[1] == 0 and f[0] in second)]


def _without_contents(found: list[tuple[int, int, str, int | None, str, str | None, str, str]]) -> list[
        tuple[int, int, str, int | None, str, str | None, str, str]]:
    """Without a table of contents: headings printed again where their sections start (a site's
    提纲 above the speech, dev2 148) are units there only."""
    def key(text: str) -> str:
        return re.sub(r"[\s，。、；：,.;:]", "", text)[:16]

    later: dict[str, int] = {}
    for f in found:
        if f[2] in ("heading", "run_in", "inline_point") and len(key(f[7])) >= 8:
            later[key(f[7])] = f[0]
    # numbered headings on consecutive paragraphs with no text between them list the contents
    listed = {f[0] for f in found if f[2] == "heading" and f[6]}
    contents = {i for i in listed if i + 1 in listed or i - 1 in listed}
    first = min((f[0] for f in found if f[2] == "salutation"), default=-1)
    return [f for f in found if f[2] not in ("heading", "run_in", "inline_point")
            or (later.get(key(f[7]), f[0]) <= f[0] and not (f[0] in contents and f[0] < first))]


_BREAKING = ("attendance", "voices", "closing")
"""Roles whose paragraphs open a part of their own wherever they stand (after subheads too)."""


_SUMMING_UP = re.compile(r"^(?:近年来|近年以来|近几年来|多年来|去年以来|今年以来|(?:今年|去年)?\d{1,2}月(?:份)?以来|\d{4}年以来"
                         r"|如今|目前|据了解|自[^，。]{2,16}以来)，")
"""How the summary of a feature opens when a scene or a quotation came first (如今，/ 近年来，)."""


def _second_lead(m: Mined, first_body: int) -> int:
    """The paragraph after an experience article's opening scene or quotation that sums up what
    the article tells (“领到钱我就去买肉…” then 如今，…; 近日，…调研 then 今年5月以来，…): a lead too
    (dev2 175, 176; dev3 250, 256, 258). -1 when there is none."""
    if m.genre != "experience" or first_body < 0:
        return -1
    at = {it.index for it in m.items if 0 < it.level <= 5}
    nxt = next((i for i in range(first_body + 1, len(m.texts)) if m.kinds[i] not in _SKIP), -1)
    if nxt < 0 or nxt in at or first_body in at or not _SUMMING_UP.match(m.texts[nxt]):
        return -1
    return nxt


def _is_cue_paragraph(m: Mined, i: int, first_top: int, first_body: int, names: frozenset[str]) -> bool:
    if m.roles[i] in _BREAKING and (m.roles[i] == "voices" or i == 0 or m.roles[i - 1] != m.roles[i]):
        return m.genre in NEWS or m.roles[i] == "closing"
    if m.genre in NEWS and breaks_section(m.texts[i], names):
        return True
    if i > first_top:
        return False
    if m.genre in NEWS:
        return True
    if m.genre == "experience":
        # an article whose practices open without a lead sentence or numeral: each paragraph is one
        return i == first_body or m.roles[i] == "closing" or not any(0 < it.level <= 5 for it in m.items)
    # the opening paragraph belongs to the salutation; without one (or 同志们：去年以来，…) it is a unit
    return i != first_body or m.roles[i] not in ("opening", "salutation") or "salutation" not in m.kinds


def _cue_lead_of_run(m: Mined, i: int, at: dict[int, outline_mod.Item]) -> tuple[int, int, str] | None:
    """The lead sentence after a cue paragraph's speaker (张伯松强调，要突出政治引领。坚持…) that opens a run
    of lead sentences the next paragraphs continue (要弘扬文明新风。… / 要强化风险研判。…, dev4 307): its
    offset in the paragraph, the level of the run and its words."""
    found = outline_mod.cue_lead(m.texts[i])
    nxt = next((k for k in range(i + 1, len(m.texts)) if m.kinds[k] not in _SKIP), -1)
    it = at.get(nxt)
    if found is None or it is None or it.kind != "run-in" or it.marker or not 0 < it.level <= 4:
        return None
    return found[0], it.level, found[1] + "。"


def _cut_here(m: Mined, i: int) -> bool:
    """Paragraph ``i`` is the last of the body and stops mid-sentence or on the site's ``...``:
    where the stored copy was cut."""
    last = max((k for k, kind in enumerate(m.kinds) if kind not in _SKIP), default=-1)
    end = m.texts[i].rstrip()
    return i == last and (end[-1:] not in "。！？”）)" or end.endswith(("...", "…")))


def _inside(m: Mined, i: int, text: str, next_text: str, names: frozenset[str]) -> list[recognise.Hit]:
    hits = recognise.ordinal_points(text, next_text, cut=_cut_here(m, i)) + recognise.line_blocks(text, m.lines)
    hits += recognise.announced_points(text) + recognise.lead_sentences(text)
    hits += recognise.announced_series(text) + recognise.colon_heads(text)
    before = next((m.texts[k] for k in range(i - 1, -1, -1) if m.kinds[k] not in _SKIP), "")
    hits += recognise.motto_points(text) + recognise.listed_series(text, before) + recognise.aspect_points(text)
    if m.genre in NEWS:
        hits += recognise.cue_sentences(text, names)
    if m.genre == "speech":
        hits += recognise.speech_moves(text)
        if m.roles[i] in ("opening", "salutation", "transition", "thanks") and "review" not in m.roles[:i]:
            hits += recognise.review_turn(text)
    later = any(h.marker and h.start > 0 and h.kind == "inline_point" for h in hits)
    hits = [h for h in hits if h.start > 0 or h.kind in ("transition",) or (later and h.marker and h.kind == "inline_point")]
    # a series' first member opening the paragraph, the rest inside it, is a point where nothing else opens it (a
    # one-line copy's 首先，… paragraph that ran on into its 其次，…, dev3 240 as a pdf copy): the outline's run-in
    # or cue, when there is one, still comes first (the caller skips what it covers)
    # one unit where recognisers agree: a numbered point or a line's block before an unnumbered point
    rank = {"line_block": 0, "cue_sentence": 1}
    moves = [h for h in hits if h.kind in ("transition", "thanks")]
    best: dict[int, recognise.Hit] = {}
    for h in sorted(hits, key=lambda h: (rank.get(h.kind, 2), not h.marker)):
        if h not in moves:
            best.setdefault(h.start, h)
    return moves + list(best.values())


def _depths(m: Mined, found: list[tuple[int, int, str, int | None, str, str | None, str, str]]) -> list[Unit]:
    out: list[Unit] = []
    stack: list[tuple[float, int, bool]] = []  # (rank, paragraph, stays open past its paragraph)
    first_block = {}
    for f in found:
        if f[2] == "line_block":
            first_block.setdefault(f[0], f[1])
    # the cue that announces a paragraph's line blocks is the last one before the first of them
    lead = next((f[0] for f in found if f[2] == "cue_paragraph"), -1)  # an experience article's lead
    first_body = next((i for i, k in enumerate(m.kinds) if k not in (*_SKIP, "salutation") and m.roles[i]), -1)
    leads = {lead, _second_lead(m, first_body)}
    cue_led = {f[0] for f in found if f[2] == "run_in" and f[1] > 0}  # a speaker's words that open a run (dev4 307)
    announcing = {para: max((f[1] for f in found if f[0] == para and f[2].startswith("cue") and f[1] < at),
                            default=-1) for para, at in first_block.items()}
    for para, start, kind, level, role, line, marker, text in found:
        stack = [s for s in stack if s[1] == para or s[2]]
        if kind in ("transition", "thanks"):  # sentences of the speaker's own, inside the opening part
            out.append(Unit(kind, None, 2, label_role(role), line, text, marker, para, start))
            continue
        rank: float = 1 if kind in ("cue_paragraph", "cue_sentence", "salutation") else level or 3
        spoken = kind == "line_block" and m.genre in NEWS and recognise.SPOKEN.match(text) is not None
        if spoken:
            rank = 1  # 王文才强调——组织工作要…: what the speaker said of one line, a part of the report (dev7 600)
        elif kind == "line_block":
            rank = 3.25  # under 一是 and （一）, above the points of its own line (①…)
        elif kind == "inline_point" and stack and stack[-1][1] == para and stack[-1][0] in (3.25, 3.5):
            rank = 3.5
        elif kind == "inline_point" and not marker:
            rank = 3.75  # unnumbered points sit under any numbered one (一是… 强化公共安全管理。)
        while stack and stack[-1][0] >= rank:
            stack.pop()
        depth = len(stack) + 1
        mapped = label_role(role)
        introduced = kind == "heading" and re.fullmatch(r"(?:\S{1,4}、)?(?:" + INTRODUCTION + ")", text.strip()) is not None
        if not introduced and ((m.genre == "experience" and (mapped not in ("lead", "closing") or (
                mapped == "lead" and para not in leads))) or (
                mapped == "lead" and kind not in ("cue_paragraph", "cue_sentence"))):
            mapped = "other"
        if m.genre == "experience" and kind == "cue_paragraph" and para in leads and para != lead:
            mapped = "lead"  # the summary after an opening scene (see ``_second_lead``)
        if mapped in ("requirements", "significance") and kind.startswith("cue") and (
                announcing.get(para) == start or (line and _in_series(m, para))):
            mapped = "per_line_tasks"
        if kind == "salutation":
            mapped = "opening"
        if (role == "tasks" and m.genre == "speech" and kind in ("heading", "run_in")
                and len(_section_lines(m, para)) < 2 and not any(f"{ln}工作" in text for ln in m.lines)):
            mapped = "requirements"  # tasks not given out line by line are the speaker's requirements
        if spoken:
            mapped = "per_line_tasks"
        if mapped == "per_line_tasks" and not m.lines and para not in first_block:
            mapped = "other"  # no lines, unless the paragraph gives each its ask (dev12 1209)
        opens = kind not in ("cue_paragraph", "cue_sentence", "salutation") or bool(
            _ANNOUNCES.search(recognise.sentence(m.texts[para], start).rstrip("。"))) or (
            kind == "cue_paragraph" and (_lead_in(m.texts[para]) or para in cue_led))
        if kind == "salutation":
            opens = False
        stack.append((rank, para, opens))
        out.append(Unit(kind, level, depth, mapped, line, text, marker, para, start))
    return out


def _meeting_order(out: list[Unit]) -> list[Unit]:
    """The units' roles in a report's order (see ``roles.meeting_order``)."""
    cues = [k for k, u in enumerate(out) if u.kind.startswith("cue") or (u.kind == "heading" and CUE_HEAD.match(u.text))]
    fixed = meeting_order([out[k].text for k in cues], [out[k].role for k in cues])
    for k, role in zip(cues, fixed, strict=True):
        out[k] = dataclasses.replace(out[k], role=role)
    return out


_SECURES = re.compile(r"(?:压实|落实|明确|履行)[^。；，]{0,8}责任|责任制|作风|自身建设|铁军|组织领导|领导小组"
                      r"|协同配合|协调配合|部门协同|督查|考核|工作格局|从严管党治警|党(?:对|的)[^。，]{0,14}?(?:全面)?领导")
"""What a report's guarantees speak of: leadership, responsibility, the workforce, style, checks."""


def _guarantees(m: Mined, out: list[Unit]) -> list[Unit]:
    """A report's part asked for after its requirements or a line's tasks whose first sentence secures
    the work (会议要求，各级党委要…明确责任，压实任务; 邱树华强调，组织部门和宣传部门要加强自身建设; 会议强调，…党对统战工作的
    全面领导, dev2 218, dev7 601, 608): its guarantees."""
    if m.genre not in NEWS:
        return out
    asked = False
    for k, u in enumerate(out):
        if u.depth != 1:
            continue
        if asked and u.role == "requirements" and u.kind.startswith("cue"):
            words = m.texts[u.para][u.start:]
            said = re.match(r"[^。，；]{0,30}?(?:要求|强调|指出|提出)[，：]", words)
            first = re.split(r"[。；！？]", words[said.end() if said else 0:], maxsplit=1)[0]
            if said and _SECURES.search(first) and len(recognise.ordinal_points(words[said.end():])) < 3:
                # (一是要加强组织领导。…二是…三是…: a series of asks is the requirements, dev13 1223)
                out[k] = dataclasses.replace(u, role="guarantee")
                continue
        asked = asked or u.role in ("requirements", "per_line_tasks")
    return out


_SIGNS_OFF = re.compile(r"新局面|新台阶|新篇章|新贡献|新成效|优异成绩|抓好落实|抓好贯彻|会议精神|继续努力|营造[^。]{0,12}氛围")
"""How a report's last asks sign off: carry out the meeting's spirit, reach a new level."""


def _closing(m: Mined, out: list[Unit]) -> list[Unit]:
    """A report's last part when it is a short last word after its requirements (徐兵要求，要强化工作统筹，不折不扣
    抓好落实。; …，推进统战信息宣传工作再上新台阶。, dev4 309, dev5 413): its closing."""
    if m.genre not in NEWS:
        return out
    tops = [k for k, u in enumerate(out) if u.depth == 1]
    if len(tops) < 2:
        return out
    k = tops[-1]
    u = out[k]
    last = max((i for i, kind in enumerate(m.kinds) if kind not in _SKIP and m.roles[i]), default=-1)
    words = m.texts[u.para][u.start:]
    asked = any(out[j].role in ("requirements", "per_line_tasks", "guarantee") for j in tops[:-1])
    if (u.kind.startswith("cue") and u.role == "requirements" and u.para == last and asked
            and len(words) <= 160 and words.count("。") + words.count("！") <= 2 and _SIGNS_OFF.search(words)
            and len(re.findall("；" + recognise.ASK, words)) < 2):  # 要正视问题，…；要精准发力，…；要…: asks (dev9 909)
        out[k] = dataclasses.replace(u, role="closing")
    return out


def _section_lines(m: Mined, i: int) -> set[str]:
    """The work lines spoken of in the section a level-1 heading at paragraph ``i`` opens."""
    end = min((it.index for it in m.items if it.level == 1 and it.index > i), default=len(m.texts))
    return {ln for ln in m.para_lines[i + 1:end] if ln}


def _lead_in(text: str) -> bool:
    """A cue paragraph of one short sentence (会议就做好今年统战工作提出具体要求。) leads in to the
    paragraphs after it (dev2 101)."""
    return len(text) <= 40 and recognise.sentence(text, 0) == text and not _REPORT_DONE.search(text)


_REPORT_DONE = re.compile(r"参加|出席|列席|主持|召开|举行|结束|闭幕")
"""What a one-sentence paragraph says of the meeting itself (attendance, chair), which leads in to nothing."""


def _in_series(m: Mined, i: int) -> bool:
    """A paragraph of a series opening alike, one per line (会议要求，要… ×4), or of paragraphs each opening
    on its own line (宣传工作会议要求，… / 统战工作会议要求，…; 就如何做好组织工作，… / 在宣传思想工作方面，…)."""
    return any(0 <= j < len(m.texts) and j != i and m.para_lines[j] and (
        m.texts[j][:4] == m.texts[i][:4] or (m.para_lines[j] != m.para_lines[i] and _opens_on_line(m, i)
                                             and _opens_on_line(m, j)))
        for j in (i - 1, i + 1))


def _opens_on_line(m: Mined, i: int) -> bool:
    """Whether paragraph ``i`` names its own line at its start or in its topic clause."""
    line = m.para_lines[i]
    return line is not None and line in (line_at_start(m.texts[i], [line]), topic_line(m.texts[i], [line]))


_FOLD = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？", "、": ".", "．": ".",
                       "“": '"', "”": '"', "〝": '"', "〞": '"', "X": "×", "Ｘ": "×", "*": "×", "＊": "×"})


def _fold(text: str) -> tuple[str, list[int]]:
    """``text`` without spaces and with punctuation folded, a gateway's garbled ?h委 read 。县委 as the cleaner mends it,
    and where each kept character was; a doubled mark (,, ,、) and a withheld word's marks (X, *, ××) count once, as
    the cleaner writes them."""
    from drafter.mining.script import GATEWAY_LOST_STOP, GATEWAY_PINYIN

    dropped = {k for m in GATEWAY_PINYIN.finditer(text) for k in range(m.start(), m.end())}
    mended: dict[int, str] = {}
    for m in GATEWAY_LOST_STOP.finditer(text):  # ?h委 / ??h委: 。县委
        mended.update({m.start(): "。", m.end() - 1: "县"})
        dropped.update(range(m.start() + 1, m.end() - 1))
    chars: list[str] = []
    where: list[int] = []
    for k, c in enumerate(text):
        if c.isspace() or k in dropped:
            continue
        c = mended.get(k, c).translate(_FOLD)
        if chars and (c == chars[-1] and c in "，。；：.×" or c in ".。！？；" and chars[-1] == "，"):
            chars[-1], where[-1] = c, k  # 会上,,五福镇 / 一,、搭建平台 / 各尽其能”,,。 / ××*部队: one mark
            continue
        chars.append(c)
        where.append(k)
    return "".join(chars), where


def _located(found: list[Unit], raw: str) -> list[Unit]:
    """Each unit with its offset in the input text (searched in document order)."""
    hay, where = _fold(raw)
    out = []
    cursor, para = 0, None
    for u in found:
        needle = _fold(u.text)[0][:24]
        if para is not None and u.para != para:
            cursor += 1  # a later paragraph starts after the unit before it (三段 会议要求，…)
        para = u.para
        k = hay.find(needle, cursor) if needle else -1
        if k < 0:
            k = hay.find(needle)
        if k >= 0:
            cursor = k
        out.append(Unit(u.kind, u.level, u.depth, u.role, u.line, u.text, u.marker, u.para, u.start,
                        where[k] if k >= 0 else -1))
    return out
