"""Small named recognisers of structural units inside a paragraph's text.

Each recogniser takes a paragraph's (repaired) text and returns ``Hit`` records:
where a unit starts inside the paragraph, its text and what it is. They know the
genres' conventions, not any one document:

- ``ordinal_points``   一是…二是…, 一要…二要…, 第一，…第二，…, ①…②…, 一方面…另一方面… (of work):
                       a series counted from one, each member after a sentence or clause end;
- ``line_blocks``      a span given to one work line: 组织工作方面，/ 在宣传工作上，/ 区委统战部… /
                       a sentence series naming one line each (…切实加强组织工作，… 宣传工作，…);
- ``cue_sentences``    news sentences that open a functional unit inside a paragraph
                       (会议指出，/ 会议强调，/ 会议传达… / a speaker's 王立来要求，);
- ``speech_moves``     the transition (下面，我讲几点意见) and the thanks sentence of a speech;
- ``speaker_cue``      a paragraph led by a named speaker: 孙卫国在讲话中强调，/ 县委副书记马文国主持会议并要求，
                       (the name confirmed by the segmenter's person tag, ``segment.is_person``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
import re
from dataclasses import dataclass

from drafter.mining import lines as lines_mod
from drafter.numbering import WORDS_BEFORE_ONE, count_value, parse_chinese

_CN = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_BOUNDARY = "。；！？：，"
_ORDINAL = re.compile(rf"(另)?一方面[，,]?|([{_CN}]{{1,2}})(是|要|来|方面|抓|个方面|、(?=[\u4e00-\u9fff“]))|第([{_CN}]{{1,2}})[，、]"
                      rf"|([{_CIRCLED}])|(首先|其次|再次|最后)[，,]|[（(]([1-9]|1[0-9]|[{_CN}]{{1,2}})[）)]"
                      r"|(?<![\d.])([1-9]|1[0-9])[.．、](?=[\u4e00-\u9fff“])")
_ASKED_WHO = re.compile(r"(?:强调|指出|要求)[，：][^，。；：]{2,10}?(?:干部|同志们?|部门|单位|党委|党组织|党组|大家|我们)$")
"""Who a series of asks addresses, between the cue and its first member (会议强调，全市统战干部一要…, dev8 707)."""
_SEQUENCE = ("首先", "其次", "再次")
_CLAUSE_END = re.compile(r"[，。；：！？]")


@dataclass(frozen=True, slots=True)
class Hit:
    """A unit found inside a paragraph."""

    kind: str
    """``inline_point``, ``line_block``, ``cue_sentence``, ``transition`` or ``thanks``."""
    start: int
    """Character offset in the paragraph."""
    text: str
    marker: str = ""
    number: int = 0
    line: str | None = None
    role: str = ""


_WHEN = re.compile(r"(?:来|指出|强调|要求|表示)，$")
"""A clause of its own at a cue's start: a time adverbial in 来 (近年来，/ 今年以来，) or a speaker's
verb (他强调，); a short 今年，/ 会上，/ 昨日， runs on with its subject."""


def clause(text: str, start: int, stop: int | None = None, *, cue: bool = False) -> str:
    """The text from ``start`` through the first clause end (，。；：！？), not past ``stop``.
    A clause of a few characters runs on with the next (会上，市委政法委…，) unless it is the
    time adverbial or the speaker's verb that opens a ``cue`` paragraph (近年来，/ 他强调，)."""
    end = len(text) if stop is None else stop
    m = _CLAUSE_END.search(text, start, end)
    if m and cue and _WHEN.search(text, start, m.end()):
        return text[start:m.end()]
    if m and m.end() - start < 6 and m[0] == "，":  # 会上，… : the clause with its subject
        m = _CLAUSE_END.search(text, m.end(), end) or m
    return text[start:m.end()] if m else text[start:end]


def sentence(text: str, start: int) -> str:
    """The text from ``start`` through the next full stop (。！？)."""
    m = re.compile(r"[。！？]").search(text, start)
    return text[start:m.end()] if m else text[start:]


def _number(m: re.Match[str]) -> tuple[str, int]:
    if m[0].startswith(("一方面", "另一方面")):
        return "一方面", 2 if m[1] else 1
    if m[2]:
        return m[3], parse_chinese(m[2]) or 0
    if m[4]:
        return "第", parse_chinese(m[4]) or 0
    if m[5]:
        return "①", _CIRCLED.index(m[5]) + 1
    if m[6]:  # 首先，其次，再次，最后: 最后 closes a series of at least two
        return "首先", _SEQUENCE.index(m[6]) + 1 if m[6] in _SEQUENCE else -1
    if m[7]:
        return ("（1）", int(m[7])) if m[7].isdigit() else ("（一）", parse_chinese(m[7]) or 0)
    return "1.", int(m[8])


def ordinal_points(text: str, next_text: str = "", *, cut: bool = False) -> list[Hit]:
    """Members of a counted series inside a paragraph (the one opening it included, at 0).

    A member stands at the paragraph's start or right after a clause end; the series of one
    family (一是/二是, ①/②, 第一/第二, 一方面/另一方面 of work to do, 首先/其次/最后, （1）/（2）, 1./2., and 一、/二、
    run into a paragraph: 重点做好七方面工作，一、突出首要任务，…；二、… dev4 323) must count
    1, 2, … without a gap, and
    a lone member is not a series unless the next paragraph (``next_text``) opens with the
    second (…强调了三点。一是… / 二是…) or the paragraph is where the stored copy was ``cut``
    (its first member is all the cut left of the series: dev3 241, dev8 717). A series that
    trades 是 for 要 midway (一是要…二是要…三要…, dev7 606) is one series."""
    families: dict[str, list[tuple[int, int, str]]] = {}
    loose: set[int] = set()  # members with no clause end before them, taken only to go on a run (…达标五是要…, dev12 1210)
    for m in _ORDINAL.finditer(text):
        if m.start() > 0 and text[:m.start()].rstrip(" \u3000")[-1:] not in _BOUNDARY and not (  # ；  二是 (dev11 1111)
                m[2] and text[max(0, m.start() - 2):m.start()] in ("强调", "指出", "要求")) and not (
                m[2] == "一" and m[3] in ("是", "要") and _ASKED_WHO.search(text, 0, m.start())):  # 会议强调一是要… (dev3 200)
            if not (m[2] and m[3] in ("是", "要") and "\u4e00" <= text[m.start() - 1] <= "\u9fff"):
                continue
            if m[2] == "一" and text[m.start() - 1] in WORDS_BEFORE_ONE:
                continue  # 统一要求, 唯一是, 之一是: a word, no member
            loose.add(m.start())
        family, number = _number(m)
        if family == "方面" and number == 0:
            continue
        if family == "一方面" and _STATING.search(clause(text, m.end())):
            continue  # 一方面…存在…，另一方面…不充分: two sides of one statement, not a list of work (dev2 172, dev7 615)
        families.setdefault(family, []).append((m.start(), number, m[0]))
    _join_is_and_must(families)
    _join_then_and_third(families)
    _join_continued(families)
    out: list[Hit] = []
    for found in families.values():
        run: list[tuple[int, int, str]] = []
        for item in found:
            if item[1] == -1:  # 最后 closes 首先/其次 …
                if len(run) >= 2:
                    run.append((item[0], len(run) + 1, item[2]))
                continue
            if item[0] in loose:
                if item[1] == len(run) + 1 and len(run) >= 2:
                    run.append(item)
                elif item[1] == 1:  # 一、提高站位，统一思想一要站位政治高度，…。二要… (dev9 957; 我想一是要…, dev8 947)
                    out += _series(text, run)
                    run = [item]
                continue
            if item[1] == len(run) + 1:
                run.append(item)
            elif item[1] == 1:
                out += _series(text, run)
                run = [item]
        if len(run) == 1 and run[0][0] > 0 and run[0][0] not in loose and (_second(run[0][2], next_text) or (
                cut and not run[0][2].startswith("一方面") and len(re.findall(r"[\u4e00-\u9fff]", clause(text, run[0][0]))) >= 4)):
            out.append(Hit("inline_point", run[0][0], clause(text, run[0][0]), run[0][2], 1))
        out += _series(text, run)
    return sorted(out, key=lambda h: h.start)


_STATING = re.compile(r"是|存在|值得|不足|不够|不充分|不到位|严峻|复杂|突出")
"""Words of an assessment: 一方面/另一方面 that say how things are (一方面政法工作成绩值得肯定，另一方面…形势复杂严峻;
一方面是关于…) are two sides of one statement; those that say what is done (一方面，发挥头雁引领作用) are points."""


def _join_is_and_must(families: dict[str, list[tuple[int, int, str]]]) -> None:
    """一是要…二是要…三要…: where one of 是/要 starts a series and the other has no first
    member, they are one family (the run's count still has to hold)."""
    ones = [f for f in ("是", "要") if any(n == 1 for _, n, _ in families.get(f, []))]
    if len(ones) == 1 and len(families.get("是", [])) and len(families.get("要", [])):
        other = "要" if ones[0] == "是" else "是"
        families[ones[0]] = sorted(families[ones[0]] + families.pop(other))


def _join_continued(families: dict[str, list[tuple[int, int, str]]]) -> None:
    """A family with no first member that takes up the count where another family's run stopped, after
    it (四点要求：一、…。二、…。三是…。四是…, dev9 920): one series written two ways."""
    for family in list(families):
        found = families.get(family, [])
        numbers = [n for _, n, _ in found if n > 0]
        if not numbers or 1 in numbers:
            continue
        for other, members in families.items():
            counted = [(s, n) for s, n, _ in members if n > 0]
            if other == family or not counted or counted[0][1] != 1:
                continue
            k = 0
            while k < len(counted) and counted[k][1] == k + 1:
                k += 1
            if min(numbers) == k + 1 and min(s for s, _, _ in found) > counted[k - 1][0]:
                families[other] = sorted(members + families.pop(family))
                break


def _join_then_and_third(families: dict[str, list[tuple[int, int, str]]]) -> None:
    """首先…其次…第三…第四…: a series begun with 首先 and 其次 and counted on with 第三 (dev5 408) is
    one series where the 第 family has no first member and takes up the count after it."""
    then, third = families.get("首先", []), families.get("第", [])
    counted = [n for _, n, _ in then if n > 0]
    if counted and third and min(n for _, n, _ in third) == max(counted) + 1 and \
            min(s for s, _, _ in third) > max(s for s, n, _ in then if n > 0):
        families["首先"] = sorted(then + families.pop("第"))


def _second(first: str, next_text: str) -> bool:
    m = _ORDINAL.match(next_text)
    return bool(m and m[0] == first.replace("一", "二", 1))


def _series(text: str, run: list[tuple[int, int, str]]) -> list[Hit]:
    if len(run) < 2:
        return []
    starts = [s for s, _, _ in run] + [len(text)]
    return [Hit("inline_point", s, clause(text, s, starts[k + 1]), mark, n)
            for k, (s, n, mark) in enumerate(run)]


_ANNOUNCED = re.compile(r"([两三四五六七八九])(?:(?:点|个方面|方面|项|条)(?:要求|意见|任务|举措|措施|工作|希望|建议)?"
                        r"(?:和(?:要求|建议|希望))?(?:：|，即|，)"
                        r"|个“?[\u4e00-\u9fff]{2,6}”?：)")
"""A count that announces the parts after it: 三点要求：, 四方面工作，即, and a count of a word with a colon (始终做到五个必须坚持：
必须始终坚持党的领导、保持正确方向；…, dev18 1819)."""


def announced_points(text: str) -> list[Hit]:
    """Unnumbered points a count announces: 会议提出三点要求：A，…；B，…；C，… (seed 000), 重点抓好
    四方面工作，即A，…；B，…(dev2 139), 重点抓好五个方面工作，A，…；B，… (dev6 508) — exactly as many parts split by ；as announced, each
    opening with a short clause."""
    out: list[Hit] = []
    for m in _ANNOUNCED.finditer(text):
        want = count_value(m[1])
        stop = text.find("。", m.end())
        body = text[m.end():stop if stop >= 0 else len(text)]
        parts = body.split("；")
        if len(parts) != want or not all(0 < len(clause(p, 0)) <= 30 for p in parts):
            continue
        pos = m.end()
        for k, part in enumerate(parts, 1):
            out.append(Hit("inline_point", pos, clause(text, pos), "", k))
            pos += len(part) + 1
    return out


_DO_LINE = re.compile(r"要?(?:切实|进一步|全面|持续|着力|不断|扎实)?(?:加强|做好|抓好|推进|改进|强化|抓实|抓)(?:和改进)?"
                      r"(?:新时代|新形势下)?(?:党的)?([\u4e00-\u9fff]{2,4}?)工作[，。；]")
"""A sentence opening on the work of one line: 要切实加强组织工作，… (dev2 136)."""
_STRONG_LINE = re.compile(r"(?:在)?(?:[区市县省]委)?([\u4e00-\u9fff]{2,4}?)(?:工作|部门|战线|系统)(?:方面|上)[，,：]")


_BLOCK_LEAD = re.compile(r"(?:(?:会议|会上)?(?:强调|要求|指出)，)?(?:(?:新的一年|下一步|下步)，)?")
"""The cue and the time a line's block may follow in its sentence (会议强调，新的一年，组织工作要…)."""


def line_blocks(text: str, lines: list[str]) -> list[Hit]:
    """Spans given to one work line: a sentence opening with the line's name (组织工作方面，
    在宣传工作上，区委统战部首邀…, 组织部门…), or a series of sentences each naming one line
    in its first two clauses (围绕…，切实加强组织工作，/ 要坚持…，推动…宣传工作…)."""
    if not lines:  # a meeting that names no lines may still give each its ask (dev12 1209)
        return _asks_by_line(text, list(_MAIN_LINES))
    out: list[Hit] = []
    starts = [0] + [m.end() for m in re.finditer(r"[。；：！？]", text) if m.end() < len(text)]
    starts += [m.end() for m in re.finditer(r"(?:会议|会上)?(?:指出|强调|要求)，", text)]
    seen: set[int] = set()
    series: list[Hit] = []
    for s in sorted(set(starts)):
        if _PRESENT_AT.match(text, s):
            continue  # 区委统战部常务副部长吴利芬出席会议并讲话。: who was there, no line's block
        addressed = _ADDRESSED.match(text, s)  # 他还对宣传思想工作提出十五个字的要求: the block opens at 他
        if addressed and (line := lines_mod.line_at_start(text[addressed.end():], lines)) is not None:
            out.append(Hit("line_block", s, clause(text, s), line=line))
            seen.add(s)
            continue
        spoken = SPOKEN.match(text, s)  # 王文才强调——组织工作要…: the speaker's words on one line (dev7 600)
        if spoken and (line := lines_mod.line_at_start(text[spoken.end():], lines)) is not None:
            out.append(Hit("line_block", s, clause(text, s), line=line))
            seen.add(s)
            continue
        said = _SAID.match(text, s)  # 强调在组织工作上，… : the block opens at 在 (or 全县)
        s = said.end() if said else s
        head = text[s:]
        m = _STRONG_LINE.match(head) or _DO_LINE.match(head)
        name = lines_mod.ALIASES.get(m[1], m[1]) if m else None
        if name in lines:
            out.append(Hit("line_block", s, clause(text, s), line=name))
            seen.add(s)
            continue
        line = lines_mod.line_at_start(head, lines)
        if line is not None and not re.match(r"^(?:组织|宣传)(?:开展|实施|动员|引导|群众)", head) and \
                not re.match(r"^[^，。；]{2,8}?工作是", head):  # 统战工作是党建工作的重要组成部分: a statement (dev5 413)
            lead = _BLOCK_LEAD.match(head)  # 会议要求，区委组织部要…: the block opens after the cue and the time
            s += lead.end() if lead else 0
            if s not in seen:
                out.append(Hit("line_block", s, clause(text, s), line=line))
                seen.add(s)
            continue
        two = re.match(r"[^。；！？]*?[，,][^。；！？，,]*", head)
        if two is None or _ENUMERATED.search(two[0]) or _named_first(head):
            continue  # sentences opening on a speaker's name (王俊向…祝贺。王俊要求，…) are no series of lines
        named = [ln for ln in lines if any(a in two[0] for a in (f"{ln}工作", *lines_mod.anchors(ln)))]
        series.append(Hit("line_block", s, two[0] + "，", line=named[0] if len(named) == 1 else None))
    out += [h for h in _line_series(series, text, lines) if h.start not in seen]
    taken = seen | {h.start for h in out}
    out += [h for h in _asks_by_line(text, lines) if h.start not in taken]
    out += [h for h in _clause_series(text, lines) if h.start not in seen]
    return _new_lines(sorted(out, key=lambda h: h.start))


_SAYS = re.compile(r"^[^。；]{0,40}?(?:指出|强调|要求|提出)[，：]")


def said_block(text: str, line: str) -> Hit | None:
    """What a speaker or the meeting says in a paragraph given to one line, where its first sentence
    names that line (张银军要求，要聚焦强基固本、选贤用能，进一步增强组织工作的凝聚力。, dev6 500; the
    scheme's 要坚持铸魂强基…推动组织工作高质量发展): the line's block opens with the words said."""
    m = _SAYS.match(text)
    if m is None or m.end() >= len(text) or lines_mod.line_at_start(text[m.end():], [line]) is not None:
        return None  # 会议要求，组织工作要…: the usual block, found as one
    first = sentence(text, m.end())
    if not any(a in first for a in (f"{line}工作", *lines_mod.anchors(line))):
        return None
    return Hit("line_block", m.end(), clause(text, m.end()), line=line)


def _named_first(head: str) -> bool:
    """Whether a sentence opens on a person's name or a pronoun (王俊要求，…, dev5 413)."""
    from drafter.mining.segment import tagged

    if head[:1] in "他她":
        return True
    words = tagged(head[:8])
    return bool(words) and words[0][1].startswith("nr") and len(words[0][0]) >= 2


def _clause_series(text: str, lines: list[str]) -> list[Hit]:
    """Clauses of one sentence each opening with a different line's name (组织工作事关…，宣传工作
    事关…，统战工作事关…; 区委组织部首评…，区委宣传部首提…): a series that opens the sentence (its
    first member is found as a sentence); names in clauses after some other opening are mentions
    (…，组织部门选派干部，宣传部门营造氛围，… inside a review point, corpus 12)."""
    out: list[Hit] = []
    names = {line: (line, *lines_mod.anchors(line)) for line in lines}
    for sent in re.finditer(r"[^。；！？]+", text):
        if sum(any(a in sent[0] for a in names[line]) for line in lines) < 2:
            continue  # a series names two lines at least
        found: list[Hit] = []
        for c in re.finditer(r"(?<=[，,])[^，,]+", sent[0]):
            line = lines_mod.line_at_start(c[0], lines)
            if line is not None and re.match(r"^(?:在|[区市县省]委)?" + "|".join(
                    re.escape(a) for a in (line, *lines_mod.anchors(line))), c[0]):
                found.append(Hit("line_block", sent.start() + c.start(), c[0] + "，", line=line))
        first = lines_mod.line_at_start(sent[0], lines)
        named = {h.line for h in found} | ({first} if first else set())
        cued = re.match(r"[^，]{0,12}?(?:指出|强调|要求)，", sent[0])
        if first and len(named) >= 2 and len(named) == len(found) + 1:
            out += found
        elif cued and found and found[0].start == sent.start() + cued.end() and len(named) == len(found) >= 2:
            out += found  # 会议要求，区委组织部要…，区委宣传部要…: the first after the cue is a member too
    return out


def _new_lines(hits: list[Hit]) -> list[Hit]:
    """Line blocks that open a new line: a second block of the line just opened is its sequel."""
    out: list[Hit] = []
    last = None
    for h in hits:
        if h.kind == "line_block":
            if h.line is not None and h.line == last:
                continue
            last = h.line
        out.append(h)
    return out


SPOKEN = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:强调|指出|要求)——")
"""A speaker's words set off by a dash (王文才强调——组织工作要…)."""
_SAID = re.compile(r"(?:会议|会上)?(?:强调|指出|要求|提出)(?:[，：]|(?=在))(?=在|(?:全|我)?[区市县省]?(?:委)?[\u4e00-\u9fff]{2,4}(?:工作|部门|系统|战线))|(?:过去一年|过去的一年|去年|今年|一年来|近年来"
                   r"|[^，。；]{2,8}以来)，(?=(?:全|我)?[区市县省]?(?:委)?[\u4e00-\u9fff]{2,4}(?:工作|部门|系统|战线))")
"""What may stand before a line's name at a block's start: 强调在组织工作上 / 过去一年，全县组织工作…"""
ASPECT = re.compile(r"在[^，。；：“”]{2,16}方面[，：]")
"""A paragraph or sentence opening on one aspect of the work (在民族宗教工作方面，): listed where two
or more do (dev3 244, test 47's kind)."""


def aspect_points(text: str) -> list[Hit]:
    """Sentences of one paragraph opening on an aspect of the work, two or more (在组织建设方面，…。
    在队伍建设方面，…), the first maybe after a comma of its sentence (…治理体系，在自治方面，…。在法治方面，…)."""
    found = [m.start() for m in re.finditer(r"(?:(?<=^)|(?<=[。！？；]))" + ASPECT.pattern, text)]
    if len(found) >= 2:  # the first after a comma (…治理体系，在自治方面，…。在法治方面，…, dev7 651)
        sentence_start = max(text.rfind(c, 0, found[0] - 1) for c in "。！？；") + 1  # the sentence before the second
        first = ASPECT.search(text, sentence_start, found[0])
        if first and text[first.start() - 1:first.start()] == "，" and first.start() > sentence_start:
            found.insert(0, first.start())
    return [Hit("inline_point", s, clause(text, s), marker="listed") for s in found] if len(found) >= 2 else []


_PRESENT_AT = re.compile(r"[^。，；]{2,40}?(?:出席|主持|参加|列席)(?:会议|了会议)")
_ADDRESSED = re.compile(r"(?:他|她)?还?(?:对|就)(?=(?:全[区市县])?[\u4e00-\u9fff]{2,6}工作(?:提出|作出|进行|作了))")
"""A speaker turning to one line's work (他对组织工作提出九个字的总体要求, dev3 217)."""
_ENUMERATED = re.compile(r"(?:组织|宣传|统战|政法|社会工作|纪检)、")


def _line_series(candidates: list[Hit], text: str, lines: list[str]) -> list[Hit]:
    """Sentences of one paragraph opening alike (要坚持… ×4, 围绕… ×3), at least one naming a line:
    one line each, named or else the one its words speak of most."""
    groups: dict[str, list[Hit]] = {}
    for h in candidates:  # 要以更高标准推进组织工作，…；以更大力度抓好宣传工作，…: the first one's 要 opens the series
        groups.setdefault(re.sub("^要(?!求)", "", h.text)[:2], []).append(h)
    out: list[Hit] = []
    for group in groups.values():
        named = [h for h in group if h.line]
        if len(group) < 2 or not named or len({h.line for h in named}) < len(named):
            continue
        if len(named) < len(group) and len(group) < 3:
            continue
        starts = sorted(h.start for h in group)
        for h in group:
            line = h.line
            if line is None:  # its own words, up to the next member (…，在组织引领高质量发展上开新局；突出…, dev5 407)
                after = next((s for s in starts if s > h.start), None)
                words = text[h.start:after] if after is not None else sentence(text, h.start)
                scored = sorted(((lines_mod.score(words, ln), ln) for ln in lines
                                 if ln not in {x.line for x in named}), reverse=True)
                line = scored[0][1] if scored and scored[0][0] > 0 else None
            if line is not None:
                out.append(Hit("line_block", h.start, h.text, line=line))
    return out


_MAIN_LINES = ("组织", "宣传", "统战", "政法", "社会工作")


def _asks_by_line(text: str, lines: list[str]) -> list[Hit]:
    """Asks of one paragraph, three or more in a row, each speaking of another line, one of them by name
    (羊维达要求，要始终坚定政治方向，牢牢把好舆论导向…。要紧扣强组织、选干部、聚人才，…。要高度重视统战工作，…,
    dev12 1209): one line each, by name or by its words, every line another — unlike asks that open alike
    (``_line_series``), they may open on any words after 要."""
    asks: list[Hit] = []
    for m in re.finditer(r"(?:^|(?<=[。！？；])|(?<=(?:要求|强调|指出|提出)，))要(?!求)", text):
        two = re.match(r"[^。；！？]*?[，][^。；！？，]*", text[m.start():])
        named = [ln for ln in lines if two and any(a in two[0] for a in (f"{ln}工作", *lines_mod.anchors(ln)))]
        asks.append(Hit("line_block", m.start(), clause(text, m.start()), line=named[0] if len(named) == 1 else None))
    if len(asks) < 3 or len(set(lines)) < 2:
        return []
    starts = [h.start for h in asks]
    runs: list[list[Hit]] = [[asks[0]]]
    for prev, h in zip(asks, asks[1:]):  # neighbours: only the sentence between them
        gap = text[prev.start:h.start]
        if len(re.findall(r"[。；！？]", gap)) == 1:
            runs[-1].append(h)
        else:
            runs.append([h])
    out: list[Hit] = []
    for run in runs:
        if len(run) < 3 or not any(h.line for h in run):
            continue
        chosen: list[str | None] = []
        for h in run:
            after = next((x for x in starts if x > h.start), None)
            words = text[h.start:after] if after is not None else sentence(text, h.start)
            scored = sorted(((lines_mod.score(words, ln), ln) for ln in lines), reverse=True)
            strong = scored and scored[0][0] >= 2 and (len(scored) < 2 or scored[0][0] >= 2 * scored[1][0])
            chosen.append(h.line or (scored[0][1] if strong else None))
        if None not in chosen and len(set(chosen)) == len(chosen):
            out += [Hit("line_block", h.start, h.text, line=line) for h, line in zip(run, chosen)]
    return out


_CUE_SENTENCE = re.compile(r"(?:[^。，；]{2,12}，)?(?:会议|会上|大会)(?:还)?(?:指出|强调|要求|认为|传达|提出|号召|明确|部署|充分肯定"
                          r"|表彰|宣读|通报|审议|研究|总结|对[^。]{2,30}进行)|会上，?[^。]{2,100}?(?:发言|交流|分享|汇报)")


_AHEAD = re.compile(r"(?:\d{4}年|今年|明年|下半年|新的一年)(?:是|的|，)[^。]{0,40}?要")
"""A sentence that turns to this year's work (2021年是…开局之年，要…; 下半年的宣传工作要…)."""
_LOOKED_BACK = re.compile(r"过去的?一年|去年以来|一年来|以来|上半年|取得了?|成效|成绩")


_ATTENDED = re.compile(r"[^。，；]{2,60}?(?:出席|主持)(?:会议|本次会议)?(?:并(?:作)?(?:讲话|重要讲话|部署))?[。，]"
                       r"|(?:[^。，；]{2,20}?[\u4e00-\u9fff]{2,4}，){1,3}[^。，；]{2,40}?出席，"
                       r"|[^。；]{2,120}?(?:参加|列席|出席)了?(?:会议|(?:本|此|这)次会议|会议并[^。]{1,12})?。"
                       r"|[^。；]{2,120}?(?:参加|列席)了?(?:会议|(?:本|此|这)次会议)，(?=会议由)"
                       r"|[^。；]{2,120}?(?:参会|到会(?:指导|讲话|并[^。]{1,16})?)。"
                       r"|(?:出席|参加)(?:会议|本次会议)?的(?:领导|人员)?有")
"""A sentence of who attended or presided (县委书记周锦政主持并讲话。; 各乡镇、市级有关部门负责人参加会议。; 校党委书记杨鲜兰，
校党委常委、宣传部部长周忠出席，会议由…主持。; …负责人参加本次会议，会议由…主持。; 出席会议的有…, dev9 904, 922, 923)."""


_HELD = re.compile(r"召开|举行|开幕")


def _deploys(words: str) -> bool:
    """Whether a sentence announces the asks or the deployment that follow (``roles.POINTS_ASKED``)."""
    from drafter.mining.roles import POINTS_ASKED

    return POINTS_ASKED.match(words) is not None and not words.startswith(("会议", "会上"))


def cue_sentences(text: str, names: frozenset[str] = frozenset()) -> list[Hit]:
    """News sentences inside a paragraph (not at its start) that open a functional unit
    (``names``: the document's people, see ``posted_names``)."""
    out: list[Hit] = []
    for m in re.finditer(r"[。！？，]", text):
        s = m.end()
        if m[0] == "，":  # 3月19日，…会议召开，县委书记唐明主持会议并讲话，…: who led the meeting, after the meeting's clause
            if _HELD.search(text, max(text.rfind("。", 0, s), 0), s) and _ATTENDED.match(text, s):
                out.append(Hit("cue_sentence", s, clause(text, s, cue=True), role="attendance"))
            continue
        if s < len(text) and _CUE_SENTENCE.match(text, s):
            from drafter.mining.roles import cue

            out.append(Hit("cue_sentence", s, clause(text, s, cue=True), role=cue(text[s:], "brief", last=False, names=names) or ""))
        elif s < len(text):
            found = speaker_cue(text[s:], names)
            end = _CLAUSE_END.search(text, s)
            if found and end and end[0] in "，：":  # reported speech starts (王立来要求，…)
                out.append(Hit("cue_sentence", s, clause(text, s, cue=True), role=found))
            elif _ATTENDED.match(text, s):  # …会议召开。区委书记王文才出席并讲话。: who led it (the scheme's attendee sentence)
                out.append(Hit("cue_sentence", s, clause(text, s, cue=True), role="attendance"))
            elif _deploys(text[s:]):  # …回顾总结了2020年宣传思想文化工作。并对2021年…工作进行安排部署：要… (dev12 1228)
                out.append(Hit("cue_sentence", s, clause(text, s, cue=True), role="requirements"))
            elif _AHEAD.match(text, s) and _LOOKED_BACK.search(text, 0, s):  # …取得了新成效。2021年是…，要…
                out.append(Hit("cue_sentence", s, clause(text, s, cue=True), role="requirements"))
    return out


_TRANSITION = re.compile(r"下面，?我?[^。！]{0,40}?(?:意见|要求|看法|体会|讲几点|强调|谈)[^。！]{0,30}[。：:]"
                         r"|我(?:再|主要|着重|重点|想)?(?:讲|谈|强调)(?:几|两|三|四|五|六)(?:点|个方面|个问题)[^。！]{0,20}[。：]"
                         r"|我想?[^。！]{0,40}?和大家(?:作|做|进行)?[两三四五几]个方面的(?:交流|探讨)[^。！]{0,10}[。：]")
_THANKS = re.compile(r"(?:(?:在此|借此机会|首先)，?)?我?谨?代表[^。！]{2,60}?(?:感谢|问候|敬意|祝贺|欢迎|祝福)[^。！]{0,20}[。！]"
                     r"|[向对][^。！]{2,80}?(?:表示|致以)[^。！]{0,10}?(?:感谢|敬意|问候|祝贺|祝福)[^。！]{0,20}[。！]")
"""The thanks, greetings and congratulations of a speech's opening (在此，我代表…向…表示衷心的感谢！; 首先，我谨代表…
表示最热烈的欢迎和最衷心的感谢！; 同时对…表示由衷的感谢！; 我代表部务会向大家致以新春的问候)."""


_LOOKS_BACK_FROM = re.compile(r"(?:过去的?一年|一年来|去年以来|(?:\d{4}|20\*\*|20××) ?年(?:以来)?)，")
"""A sentence turning to what was done (过去一年，全县宣传思想文化战线…; 2020 年以来，…取得较好成效)."""


def review_turn(text: str) -> list[Hit]:
    """The first sentence of a speech's opening paragraph that turns to the year's review (刚才，…我完全
    同意。过去一年，全县宣传思想文化战线…, dev7 634, 635, 637): where the review begins."""
    for m in re.finditer(r"[。！？]", text):
        if _LOOKS_BACK_FROM.match(text, m.end()):
            return [Hit("cue_sentence", m.end(), clause(text, m.end()), role="review")]
    return []


def speech_moves(text: str) -> list[Hit]:
    """The transition to the speech's points and the thanks sentence, as whole sentences."""
    out = []
    for kind, pattern in (("transition", _TRANSITION), ("thanks", _THANKS)):
        for m in pattern.finditer(text):
            start = text.rfind("。", 0, m.start()) + 1
            start = max(start, text.rfind("！", 0, m.start()) + 1)
            if m.start() - start > 20:
                start = m.start()
            out.append(Hit(kind, start, text[start:m.end()]))
    return out


ASKED_AFTER = re.compile(r"[。！？][^，。,]{0,12}?(?:要求|强调)[，：,:]")
"""A later sentence of a paragraph that turns to what is asked (…。他要求，…; …。会议强调，…): a cue sentence
that opens a unit of its own (``cue_sentences``), so the words before it are read alone."""
_POINTS_FOLLOW = re.compile(r"(?:提出|提了|作出|做出|讲了)[^。]{0,30}?(?:意见|要求)[^。]{0,40}?[：:，。；]\s*(?:一是|一要|一、|第一|1[、.．])")
"""Asks announced and listed in the same paragraph as an appraisal (…肯定了…成绩，并就…提出三点要求：一要…,
dev3 310, dev5 415, dev9 933, dev12 1228, dev13 1323): the paragraph is the asks."""
_OWN_CUE_AFTER = re.compile(r"[。！？](?:他|她)?[^，。,“”]{0,8}?(?:指出|强调|要求|说|表示|认为)[，：,:]")
"""A later sentence that opens the speaker's words of its own (…给予肯定。他指出，…; …提出明确要求。他说，…)."""
_SPEAKER = re.compile(r"^(?:(?:就|对|围绕|针对|关于)[^。；]{2,60}?，|会上，|会议上，)?(?:[^，。；]{0,24}?)([\u4e00-\u9fff]{2,3}?|[他她]|[XxＸ×*＊]{2,3}|某某)(?:同志)?"
                      r"(?:在[^，。]{0,12}?(?:中|上)|在会上)?(?:出席会议)?(?:主持会议)?并?(?:讲话，[他她])?还?(?:全面|详细|系统|简要)?"
                      r"(强调|指出|要求|提出|希望|表示|说(?=[，：])|总结了?|回顾总结了?|充分肯定了?|全面肯定了?|讲话。|[做作]了?(?:工作)?报告。|就[^，。]{0,30}?(?:强调|提出)了?(?=[^，。]{0,8}(?:意见|要求|指示))|就[^，。]{2,30}?(?:强调指出|强调|指出|要求)(?=[，：])|就[^，。]{0,20}(?:强调|提出)了"
                      r"|代表[^，。]{2,20}?(?:向|对)|(?:对|就)[^，。]{2,30}?提出了?[^，。]{0,8}?(?:要求|意见|希望|期望)|对[^，。]{2,30}?(?:给予|表示|作出))")
"""A paragraph led by a speaker: an optional topic (就/对如何做好…，), the speaker's posts, the name
(confirmed by the segmenter), where he spoke (在讲话中/在会上) and the verb or move that opens his
words: 强调/指出/要求, 总结了 (a review), 代表…向… / 对…给予… (greetings and appraisal)."""
_REVIEW_WORDS = re.compile(r"去年以来|过去一年|过去的一年|一年来|近年来|以来|上半年|今年以来|\d{4}年(?:以来)?，"
                           r"|\d{4}年是[^。]{0,30}(?:取得|成就|丰收|突破)[^。]{0,16}的一年"
                           r"|\d{4}年(?:以来|度)?(?=[全我各][^，。]{0,12}?(?:深入|认真|坚持|紧紧|扎实|聚焦|围绕))")
"""How a speaker's look back opens (过去一年，; 2024年全县统一战线深入学习贯彻…, dev7 612), unless he asks at once."""
_APPRAISAL = re.compile(r"充分肯定|给予了?肯定|取得[的了]?[^。，]{0,6}(?:成绩|成效|成果|进展)|过去一年|过去的一年|一年来")


_IMPORTANT = re.compile(r"重要性|重要意义|重大意义|^[^。，；]{2,30}是[^。；]{0,40}?(?:重要|重大|关键|根本|核心|基础|必然|经验总结|的(?:迫切|现实|客观|必然)?需要[。；，])"
                        r"|^[^。；]{4,60}，是[^。；]{0,24}?(?:最大的政治|首要政治任务|头等大事|重中之重|当务之急|重要组成部分|重要法宝)"
                        r"|^[^。，；]{2,20}事关全局")
_LEADERSHIP = re.compile(r"^要?(?:全面|切实|进一步|始终)?加强(?:党对|党的)[^，。]{0,14}?领导|^要?(?:全面|切实|进一步|始终)?(?:加强|强化|压实|落实)"
                         r"[^，。]{0,6}(?:组织领导|保障|责任|作风|队伍建设)|^各级党(?:委|组织)(?:和政府)?要")


_DIRECTED = re.compile(r"^(?:党的十[八九]大以来|党的二十大以来|[^，。]{0,12}(?:以来|[年月])，)?[^。]{0,40}?(?:习近平总书记|党中央)[^。]{0,60}?"
                       r"(?:重要论述|重要指示|重要讲话|重要批示|决策部署|一系列)")
"""What the centre said or did of the work (党的十八大以来，习近平总书记…作出一系列重要论述; 去年11月，中央首次召开
社会工作会议，习近平总书记专门作出重要指示): why the work matters, unless it is asked for first
(要深入学习贯彻习近平总书记…重要讲话精神)."""


_MINDSET = re.compile(r"站位|清醒认识|深刻认识|认清|领会|就是要务")
"""A first clause on how to see the work (要提高政治站位, 要清醒认识…, 要深入学习领会…, 要坚决贯彻落实
习近平总书记重要指示精神, 党务就是要务): what the labellers of every part call its significance."""
_THIS_YEAR_IS = re.compile(r"(?:今年|明年|\d{4}年)是|[^。]{0,40}是[^。]{0,30}(?:之举|抓手|课题|政治工作|政治机关)")
"""今年是…的关键之年; 做好…，是…的务实之举 / 有力抓手; 组织工作是政治工作."""


_NOT_A_WORD_BEFORE = r"(?<![重主需只必紧想为首纲摘])"
ASK = _NOT_A_WORD_BEFORE + r"要(?![求素点件闻务])"
"""要 that asks (要加强…), not the 要 of 重要, 需要, 必要, 为要 (事业为要), 首要, 要求, 要素, 要点, 要闻, 第一要务."""


def asks_series(words: str) -> bool:
    """Whether what is said opens with an ask and asks twice more at the start of its later sentences
    or ；-parts (要提高政治站位，…。要压紧压实责任，…。要强化分析研判，…): a series of requirements."""
    first = re.match(r"[^。；]*[。；]?", words)[0]  # the first sentence or ；-part
    ask = r"[^，。；]{0,24}?" + ASK
    return bool(re.match(ask, first)) and len(
        re.findall(rf"[。；](?:{ask}|必须|务必)", words[max(0, len(first) - 1):])) >= 2


def said_role(words: str) -> str:
    """The role what a speaker or the meeting says announces by its first sentence, beyond
    asking for work: ``significance`` (重要意义, X是…的重要…), ``guarantees`` (要加强党对…的领导,
    压实责任), or '' (requirements, the default)."""
    words = words.lstrip("，,：:")
    first = sentence(words, 0)
    if asks_series(words):
        return ""  # 要…。要…。要…: a series of asks, whatever its first says (dev5 308, dev8 722)
    directed = _DIRECTED.search(first)
    before = first[:first.find("习近平总书记") if "习近平总书记" in first else first.find("党中央")] if directed else ""
    if (_IMPORTANT.search(first) or (directed and not re.search(r"要(?!求)|必须|务必", before))
            or _MINDSET.search(re.split(r"[，。；]", words, maxsplit=1)[0])
            or (_THIS_YEAR_IS.match(words) and not re.search(r"，[^，。；]{0,16}" + ASK, first))):
        # 今年是…之年，全市政法机关要竭尽全力…: the year's stakes lead in to what is asked (dev6 610, 616, dev8 715)
        return "significance"
    if _LEADERSHIP.match(words):
        return "guarantees"
    return ""


def posted_names(texts: list[str]) -> frozenset[str]:
    """Every two- and three-character string that follows a post in the document
    (县委书记管保臣会见… -> 管保, 管保臣): a name the document has introduced by its post
    is a name wherever it stands later, also where the segmenter does not tag it."""
    from drafter.mining.slots import SURNAMES, TITLES, function_word

    found = set()
    for text in texts:
        for m in re.finditer(rf"(?:{TITLES})(?:、[^，。]{{0,12}}?(?:{TITLES}))*([{SURNAMES}][\u4e00-\u9fff]{{1,2}})", text):
            if not function_word(m[1]):  # 总书记关于做好…: 关于 is no name
                found |= {m[1][:2], m[1]}
    return frozenset(found)


def speaker_cue(text: str, names: frozenset[str] = frozenset()) -> str:
    """The role a paragraph led by a named speaker announces (``review``, ``requirements`` or
    ``agenda``), or '' when it is not so led. The name must be a person's by the segmenter's
    tags, or one the document introduced after a post (``names``, see ``posted_names``)."""
    m = _SPEAKER.match(text)
    if not m:
        return ""
    from drafter.mining.segment import is_person

    before, after = text[:m.end(1)], text[m.end(1):m.end(1) + 6]
    pronoun = m[1] in ("他", "她") and (m.start(1) == 0 or text[m.start(1) - 1] in "，。")
    masked = bool(re.fullmatch(r"[XxＸ×*＊]{2,3}|某某", m[1]))  # 王XX强调 / XXX指出: a name withheld
    from drafter.mining.slots import TITLES

    post = bool(re.search(rf"(?:{TITLES})$", m[1]))  # 县委书记在讲话中强调，: the post speaks
    if not (pronoun or masked or post) and m[1] not in names and not any(
            is_person(before, name, after) for name in (m[1], m[1][1:]) if len(name) >= 2):
        return ""
    said_words = text[m.end():].lstrip("，,：")
    if later := ASKED_AFTER.search(said_words):  # …。他要求，一是…: a unit of its own, not these words
        said_words = said_words[:later.start() + 1]
    if re.match(r"(?:对|就)[^，。]*提出", m[2]):  # 罗群对新区宣传统战工作提出新要求，… (dev4 314, dev9 901)
        return "requirements"
    if _POINTS_FOLLOW.search(text, m.start(2)):  # 充分肯定了…成绩，并就…提了三方面意见，一是…: the asks follow
        return "requirements"
    if ("肯定" in m[2] or m[2].startswith("对")) and _OWN_CUE_AFTER.search(text, m.end()):
        return "review"  # 周新鹤充分肯定了…成绩，并…提出具体要求。他要求，…: the asks are a unit of their own (dev9 910, dev12 1209)
    if "肯定" in m[2]:  # 充分肯定了…成绩，对今年工作提出了新的期望，并指出…要…: what the sentence ends on
        return "requirements" if re.search(r"提出|期望|希望|强调|指出|要求", sentence(said_words, 0)) else "review"
    first = sentence(said_words, 0)
    ahead = re.search(ASK + r"|必须|务必|将(?!近)", first)  # 2021年，全县宣传思想战线要立足…: the year ahead
    looked = re.search(r"取得|成效|成绩|完成|实现了", first)
    forward = bool(ahead) and (looked is None or ahead.start() < looked.start())
    stakes = re.match(r"(?:今年|明年|\d{4}年)，?是[^。]{0,60}?之年", said_words)  # the year ahead, not an appraisal
    if "总结" in m[2] or (_REVIEW_WORDS.match(said_words[:40]) and not forward) or (
            m[2] == "指出" and _APPRAISAL.search(first) and not forward and not stakes):
        # 2020年在区委的坚强领导下，…取得了亮眼成绩 (but 张浩指出，要强化…，为…取得新成效作出贡献 asks first, dev4 326;
        # 2026年是…取得决定性进展的关键之年 tells the stakes, dev5 400)
        return "review"
    if m[2] in ("表示", "说"):  # a speaker looking back (彭勇表示，上半年…); else a voice, not a speech's part,
        # unless the words are not quoted and ask for work or tell the year's stakes (她表示，各党支部要…;
        # 龚友强表示，2018年是…开局之年, dev13 1328, dev12 1212)
        if said_words[:1] in "“\"‘" or re.search(r"我们|我[^国省市县区们]", first):
            return ""
        said = said_role(said_words)
        return said or ("requirements" if re.search(ASK + r"|必须|务必", first) else "")
    said = said_role(said_words)
    if said and m[2] in ("指出", "强调", "要求") and len(ordinal_points(said_words)) >= 3:
        return "requirements"  # 王俊要求，一要充分认识…重要性。二要…三要…: a series of asks (dev5 413), as 会议强调
    if said and m[2] in ("指出", "强调", "要求"):
        return said
    if m[2].startswith(("代表", "对")):  # greetings and appraisal: a review unless it asks for more first
        asks = re.search(r"要求|强调|希望", text[m.end():])
        praise = _APPRAISAL.search(text, m.end())
        return "review" if praise and (asks is None or praise.start() < asks.start() + m.end()) else "requirements"
    return "requirements"


_SHORT_LEAD = re.compile(r"[^。！？，、；：“”（）\d]{5,24}[。！]")


def lead_sentences(text: str) -> list[Hit]:
    """Short lead sentences inside a paragraph, each opening what the sentences after it work out
    (强化公共安全管理。加大…，…。持续提高群众安全感。以…，…): a sentence of one clause
    between longer ones, never the paragraph's first or last; two or more in a paragraph, or one
    that repeats the opening of the paragraph's points (要巩固理论阵地。 after 一是…)."""
    found: list[Hit] = []
    ends = [m.end() for m in re.finditer(r"[。！？]", text)]
    for k, s in enumerate(ends[:-1]):
        m = _SHORT_LEAD.match(text, s)
        if m and m.end() == ends[k + 1] and not REPORTED.search(m[0]) and not _STATEMENT.search(m[0]):
            found.append(Hit("inline_point", s, m[0]))
    # each worked out by more than its own length before the next one (or the paragraph's end)
    stops = [h.start for h in found[1:]] + [len(text)] if found else []
    out = [h for h, stop in zip(found, stops, strict=True) if stop - h.start - len(h.text) > len(h.text)]
    return out if len(out) >= 2 else []


_STATEMENT = re.compile(r"是|由|有|为|^图")
"""A statement (今年是…, 会议由…主持, 图为…), not a task: a lead sentence is a verb phrase."""
REPORTED = re.compile(r"指出|强调|要求|表示|认为|主持|出席|参加|讲话|发言|会议|会上|通报|传达|宣读|说明|介绍|汇报|作了")


def parallel_heads(text: str) -> list[Hit]:
    """Sentences (or ；-parts) of one paragraph that each open on a topic of the work, three or more
    (基层党建要…；干部人才工作要…；干部教育工作要…；自身建设要…, dev2 149).

    Sentences merely opening alike (坚持…。坚持…。, 要聚焦…。要聚焦…。) are a writer's parallel
    style, not listed points: the labels of the second development part leave them out (dev2 107,
    120, 121, 125), as they leave out 要…。要…。 runs; they count as points where a count
    announces them (``announced_series``) or where they are short lead sentences
    (``lead_sentences``)."""
    for boundaries in ("。！？；", "。！？；，"):  # sentences, else clauses (X党建重点要…，Y党建重点要…, dev4 325)
        hits: list[Hit] = []
        for x in re.finditer(rf"(?:^|(?<=[{boundaries}]))[^{boundaries}]+[{boundaries}]?", text):
            if _TOPIC.match(x[0]):
                hits.append(Hit("inline_point", x.start(), clause(text, x.start())))
        if 3 <= len({h.text for h in hits}) == len(hits) <= 12:
            return hits
    return []


_TOPIC = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:工作|党建|建设)(?:重点|关键)?要|^[\u4e00-\u9fff]{2,10}要(?:有新|上新|再上|不断)")
"""A part opening on a topic of the work: 基层党建要…, or a topic with what it must gain (人才政策体系要有新完善；
人才运行机制要不断健全；…, dev5 429)."""

_FRAME = re.compile(r"(?:(?<=^)|(?<=[。！？；])|(?<=(?:强调|指出|要求|提出)，)|(?<=，)(?=(?:要|着力)在))"
                    r"(?:要|着力|坚持|注重|突出|聚焦|努力|务必|必须|重在|力求|切实)?在[^，。；在]{2,12}上"
                    r"[^，。；]{0,8}(?=[，。；：])")
_TAKEN_AS = re.compile(r"(?:(?<=^)|(?<=[。！？；])|(?<=(?:强调|指出|要求|提出)，))(?:要|坚持|持续)?以[^，。；以]{2,24}为"
                       r"(?:主线|重点|核心|抓手|根本|根本点|保证|保障|支撑|基础|统领|引领|目标|方向|导向|载体|关键|突破口|落脚点|出发点)(?=，)")
"""The 以…为… frame at a sentence's or ；-part's start (以平安建设为主线，…；以法治建设为重点，…；以队伍建设为保证，…,
dev11 1138): each a listed point where three or more are in a paragraph (dev 1011, 1112, 1138 all list them)."""
_LEAD_CLAUSE = re.compile(r"(?:(?<=^)|(?<=[。！？；])|(?<=(?:强调|指出|要求|提出)，))[^，。；：！？]{4,20}(?=[，。；])")
"""A clause opening a sentence of a paragraph (or the words a cue announces: 会议强调，要…)."""


_ASKING = re.compile(r"^(?:要|着力|必须|务必|抓好|做好|持续|全面|坚持|强化|深化|加强|推进|提升|[\u4e00-\u9fff]{2,4}要再)")
"""How a requirement opens: only a series of requirements in one mould is listed (descriptive
clauses alike, 聚焦城市综合管理，…；聚焦居民小区治理，… seed 002, are a writer's parallel style)."""


def frame_points(text: str) -> list[Hit]:
    """Requirements of one paragraph cast in one mould, three or more: a listed series, unlike
    sentences that merely open alike (要全面贯彻…。要全面加强…。). A mould is

    * the 在…上… formula (要在强化政治引领上持续发力，… dev2 109; 着力在凝心铸魂上下功夫， seed 004);
    * a shared opening of two characters or more and a shared ending (着力构建理论武装新格局，
      着力构建主流舆论新格局，… dev3 220);
    * for sentences' lead clauses, one length with the same characters in two places or more past
      the shared opening (要着眼政治建设新要求，…。要着眼基础建设新任务， dev3 209; 要回顾好得与失，
      要分析好时与势， dev3 210).
    A shared opening alone (要坚持深学细研，…要坚持围绕中心， dev3 215; 要突出工作主线， dev2 120) or
    one 、 in the same place (要提高站位、深化认识， dev3 224) is sentences merely opening alike, which
    the scheme leaves out (tests/corpus/README.md; the dev3 news labels count them, against it).
    The first of a series announced by a cue (会议强调，要…) is a point as well (the scheme's cue
    unit ends at its first comma)."""
    for frame in (_FRAME, _TAKEN_AS):  # 要在强化政治引领上持续发力，…; 以平安建设为主线，…；以法治建设为重点，… (dev11 1138)
        if hits := _framed(text, frame):
            return hits
    leads = [m for m in _LEAD_CLAUSE.finditer(text) if _ASKING.match(m[0])]
    neighbours = [m for m in _ANY_CLAUSE.finditer(text) if _ASKING.match(m[0])]
    framed = _asked_frame(text)
    if 3 <= len(framed) <= 10:
        return [Hit("inline_point", m.start(), clause(text, m.start()), marker="listed") for m in framed]
    if hits := _framed_second(text):
        return hits
    if hits := _shaped_asks(text):
        return hits
    if hits := _second_mould(text):
        return hits
    if hits := _parted_mould(text):
        return hits
    best = max(_longest_run(leads, text, loose=True), _longest_run(neighbours, text, loose=False),
               *(_longest_run([m for m in leads if _opening(m[0]) == opening], text, loose=True)
                 for opening in dict.fromkeys(_opening(m[0]) for m in leads)),  # a sentence between them (dev6 527)
               key=len)
    runs = [best] if best else [leads[k:k + 2] for k in range(len(leads) - 1)
                                if _one_mould([m[0] for m in leads[k:k + 2]], loose=True)]
    for run in runs:  # 要突出…主线，坚持思想教育从严，…；坚持干部管理从严，… (dev7 601); a pair after its first (dev5 421)
        if (first := _first_before(text, run[0].start(), lambda w, run=run: _ASKING.match(w) is not None and _one_mould(
                [w] + [m[0] for m in run], loose=True))) is not None:
            best = [first, *run]
            break
    if not 3 <= len(best) <= 10:
        return []
    return [Hit("inline_point", m.start(), clause(text, m.start()), marker="listed") for m in best]


_COUNTED_SET = re.compile(r"(?<![\d一二三四五六七八九十])([两二三四五六七八九十]|\d{1,2})(?:\+\d{1,2})?[”\"]?"
                          r"(?:个|点|项|条|大|种|方面|路径)")
"""A count that names a set (提出三点要求, “三个出”, “6+1”工程, 六条路径)."""


def _count_names(words: str, n: int) -> bool:
    return any(count_value(c[1]) == n
               for c in _COUNTED_SET.finditer(words))


def listed_series(text: str, before: str = "") -> list[Hit]:
    """The requirements of ``frame_points`` that the text itself marks as a list: each framed by 在…上 (the aspect it
    is about: 要在强化政治引领上持续发力，…, dev2 109; 着力在凝心铸魂上下功夫， seed 004), or a series in one mould
    that a count announces just before it (…二要注重“三个出”。要在“出策”上下功夫，…, dev13 1323; 大力推进“6+1”工程，即提升一批…,
    dev10 1019) or names just after it (…全方位推进统战工作高质量发展“六条路径”, dev5 405). A series merely cast in one
    mould (要坚持责任导向，…要坚持问题导向，…; 突出举旗定向，…；突出凝心聚力，…) is a writer's parallel style, which the
    scheme leaves out (tests/corpus/README.md, the nineteenth session's relabelling of the unnumbered series)."""
    if hits := _framed(text, _FRAME):
        return hits
    for series in (frame_points, counted_clauses, parallel_heads):
        if (hits := series(text)) and (_announced(text, hits) or _counted_before(before, hits)):
            return hits
    return []


_COUNTED_NOUN = re.compile(r"([两二三四五六七八九十])个([\u4e00-\u9fff]{2})")


def _counted_before(before: str, hits: list[Hit]) -> bool:
    """Whether the paragraph before the series counts it by the word every member names (聚焦“加强五个建设”具体任务。 /
    会议强调，要加强思想和政治建设，…；要加强领导班子和干部队伍建设，…；… five 建设, dev6 509)."""
    return any(count_value(m[1]) == len(hits) and all(m[2] in h.text for h in hits)
               for m in _COUNTED_NOUN.finditer(before[-120:]))


def _announced(text: str, hits: list[Hit]) -> bool:
    """Whether a count names the series ``hits`` just before it (…，即 / 提出三点要求：) or just after it."""
    before = text[max(0, hits[0].start - 60):hits[0].start]
    stop = _FULL_STOP.search(text, hits[-1].start)
    after = _POINTS_AHEAD.sub("", text[stop.end() if stop else len(text):][:80])
    numbered = _NUMBERED.search(before)
    if numbered:  # 提出三点希望：一是希望…。要强化A，…；要强化B，…；要强化C，…: the count names the numbered points
        before = before[numbered.end():]  # around this series, not the series (dev18 1831)
    return before.endswith("即") or _count_names(before, len(hits)) or _count_names(after, len(hits))


_NUMBERED = re.compile(r"[一二三四五六七八九十][是要](?!不)|第[一二三四五六七八九十]|[（(][一二三四五六七八九十][）)]")
"""A numbered point's marker (一是, 二要, 第三, （四）)."""
_FIRST_NUMBERED = re.compile(r"\s*(?:一[是要]|第一|[（(]一[）)]|1[、.．])")
"""The first numbered point's marker, right where a count ends (提出三点希望：一是…)."""
_POINTS_AHEAD = re.compile(r"(?:讲|谈|说|提)[^，。；]{0,6}?[两二三四五六七八九十\d]+(?:点|个方面的?|个)(?:意见|问题|看法|建议|想法|体会)")
"""The speaker's announcement of the points to come (对此，我想讲四点意见。, dev18 1846): a count of what follows it, not of
the series before it."""


def _framed(text: str, frame: re.Pattern[str]) -> list[Hit]:
    """Clauses opening on one ``frame``, three to ten and each its own, as listed points; the first may stand after a
    comma of the sentence before the first ；(2025年，郾城区将在强化理论武装上彰显新气象，…；在巩固…上…, dev6 520;
    …真抓实干，以政治建设为统领，…；以平安建设为主线，…, dev11 1138)."""
    found = list(frame.finditer(text))
    if 2 <= len(found) and (first := _first_before(text, found[0].start(), lambda w: bool(frame.match(w + "，")))):
        found.insert(0, first)
    if 3 <= len({m[0] for m in found}) == len(found) <= 10 or (
            frame is _FRAME and len(found) == 2 and found[0][0] != found[1][0]
            and all(re.fullmatch(r"(?:要|着力)?在[\u4e00-\u9fff]{2}上", m[0]) for m in found)):
        # two aspects, each a word (要在思想上，…；在工作上，…, dev4 306), are a list too
        return [Hit("inline_point", m.start(), clause(text, m.start()), marker="listed") for m in found]
    return []


_CLAUSE = re.compile(r"[^，。；：！？]+")
_SECOND_FRAME = re.compile(r"(?:^|(?<=，))([^，。；：！？]{3,20})，在[^，。；在]{2,14}上([^，。；]{2,8})(?=[，。；]|$)")


_NEW_HEIGHT = re.compile(r"，在[^，。；]{2,12}上[^，。；]{1,3}新[^，。；]{1,4}[。；]$")
"""A sentence ending on the height it reaches in one field (…，在凝聚共识上达到新高度。)."""
_ASK_START = re.compile(r"(?:(?<=^)|(?<=[。！？])|(?<=(?:强调|指出|要求|提出)，))要[^，。；：！？]{2,12}，")


def _shaped_asks(text: str) -> list[Hit]:
    """Asks of one shape past their opening, where the words alone differ: couplets whose halves are
    of one length (要提高认识，统一思想。要围绕中心，服务大局。, dev7 603), or lead clauses of one length each followed by a
    quoted figure (要聚力引才汇智，激活人才发展“一池春水”。要建强平台载体，构筑产才融合“四梁八柱”。…, dev5 427),
    or sentences each ending on the height it reaches in one field (要突出政治引领系统化，…，在凝聚共识上达到新高度。
    要突出服务中心融合化，…，在助推发展上彰显新作为。…, dev5 405). Couplets count from two in a paragraph,
    the others from three."""
    groups: dict[tuple[int, ...], list[int]] = {}
    for m in _ASK_START.finditer(text):
        lead = m.end() - m.start() - 1
        rest = sentence(text, m.end())
        couplet = re.fullmatch(r"[^，。；：！？“”]{2,7}[。！]", rest) and len(rest) == lead  # 要提高认识，统一思想。
        figure = re.match(r"[^，。；：！？]{0,16}“([^”，。]{2,6})”[，。；]", rest)
        if couplet:
            groups.setdefault((0, lead, len(rest)), []).append(m.start())
        elif figure:
            groups.setdefault((1, lead, len(figure[1])), []).append(m.start())
        elif _NEW_HEIGHT.search(rest):
            groups.setdefault((2,), []).append(m.start())
    best = max(groups.items(), key=lambda kv: len(kv[1]), default=None)
    if best is None or len(best[1]) < (2 if best[0][0] == 0 else 3):
        return []
    return [Hit("inline_point", s, clause(text, s), marker="listed") for s in best[1]]


_ASK_PAIR = re.compile(r"(?:^|(?<=[。！？；，]))[^，。；：！？]{0,12}?" + _NOT_A_WORD_BEFORE + r"(要[^，。；：！？]{2,14})，"
                       r"([^，。；：！？]{3,16})(?=[，。；])")


def _second_mould(text: str) -> list[Hit]:
    """Asks whose second clauses share a mould, three or more in a row: the same opening word (要X，确保…；
    要Y，确保…, dev4 302; 要X，全力…, dev4 318), or one shape past it (要X，以更高站位抓攻坚，… 要Y，以更大力度抓推进，
    dev4 305; 要X，把准方向之舵，… 要Y，明晰选人之道，…, dev7 619). Each point opens at its 要."""
    every = [m for m in _ASK_PAIR.finditer(text) if not _ASKS_NOTHING.match(m[1])]
    for bounds in ("。！？", "。！？；", "。！？；，"):  # sentences first, then ；-parts, then clauses
        best = _second_run([m for m in every if m.start() == 0 or text[m.start() - 1] in bounds
                            or re.search(r"(?:强调|指出|要求|提出)，$", text[:m.start()])])
        if best:
            before = [m for m in every if m.start() < best[0].start() and not re.search(r"[。！？]", text[m.end():best[0].start()])]
            if before and _seconds_alike([before[-1][2]] + [m[2] for m in best]):
                best = [before[-1], *best]  # 会议要求，新的一年，全市政法系统要牢牢把握…，确保…；要…，确保… (dev4 302)
            return [Hit("inline_point", m.start(1), clause(text, m.start(1)), marker="listed") for m in best]
    return []


def _parted_mould(text: str) -> list[Hit]:
    """The ；-parts of one sentence, three or more, cast in one mould past their opening (see ``_part_fits``
    for the moulds), the first part maybe alone in asking: each point at its lead clause (the first at its 要,
    or after a comma of the part before the second)."""
    for x in re.finditer(r"[^。！？]+", text):
        parts: list[tuple[int, str, str, int]] = []  # (start, lead clause, second clause, clauses)
        pos = x.start()
        for part in x[0].split("；"):
            clauses = part.split("，")
            parts.append((pos, clauses[0], clauses[1], len(clauses)) if len(clauses) >= 2 and all(clauses[:2])
                         else (pos, "", "", 0))
            pos += len(part) + 1
        for i in range(len(parts) - 2):
            model = parts[i + 1][1:3]
            if len(model[0]) < 3 or _ASKS_NOTHING.match(model[0]):
                continue
            for mould in _PART_MOULDS:
                run: list[tuple[int, str, str, int]] = []
                for p in parts[i + 1:]:
                    if not p[1] or _ASKS_NOTHING.match(p[1]) or (mould == "shaped" and p[3] != 2) or \
                            not _part_fits(mould, model, p[1], p[2], [q[1] for q in run]):
                        break
                    run.append(p)
                if len(run) < (3 if mould == "inner" else 2):
                    continue
                first = _first_of_parted(text, parts[i], lambda lead, second, mould=mould, run=run: _part_fits(
                    mould, model, lead, second, [q[1] for q in run]))
                members = ([first] if first is not None else []) + [p[0] for p in run]
                if 3 <= len(members) <= 10 and len({text[s:s + 6] for s in members}) == len(members):
                    return [Hit("inline_point", s, clause(text, s), marker="listed") for s in members]
    return []


_PART_MOULDS = ("opened", "framed", "ended", "shaped", "inner")


def _part_fits(mould: str, model: tuple[str, str], lead: str, second: str, before: list[str]) -> bool:
    """Whether a ；-part (its ``lead`` and ``second`` clauses) is cast in ``mould`` with the series' ``model``
    part (its first after the opening) and the leads ``before`` it:

    * ``opened``: both clauses open as the model's do (要围绕A，营造…氛围；围绕B，营造…氛围, dev9 914;
      着眼A，着力B，提升C；着眼D，着力E，…);
    * ``framed``: the leads are of one mould and the second clauses open on one preposition (以政治建设为统领，
      在…上领航前行；以平安建设为主线，在…上担当作为, dev11 1138);
    * ``ended``: the leads end alike and the second clauses open alike (以A为重点，进一步…；以B为重点，进一步…,
      dev11 1112);
    * ``inner``: leads of one length, five characters or more, sharing their first character and one inside
      (抓导向和展示，…；抓特色和普及，…；抓典型和带动，…；抓作风和形象，…, dev11 1115), four parts at least;
    * ``shaped``: leads of four characters or fewer and of one length, second clauses of one length, two clauses a
      part (展形象，舆论宣传积极有为；激活力，文化建设不断加快, dev11 1115; a review's longer leads, 深耕理论武装，
      思想根基更加牢固；…, are left as the readers of dev11 1103 and dev13 1318 left them)."""
    model_lead, model_second = model
    if mould == "inner":  # 抓导向和展示，…；抓特色和普及，…；抓典型和带动，… (dev11 1115): four parts at least
        leads = [*before, lead]  # the model is the run's first
        head = len(os.path.commonprefix(leads)) if len(leads) > 1 else 1
        return len(lead) == len(model_lead) >= 5 and head == 1 and len(set(leads)) == len(leads) <= 10 and any(
            len({w[k] for w in leads}) == 1 and "\u4e00" <= lead[k] <= "\u9fff" for k in range(2, len(lead) - 1))
    if mould == "shaped":
        return len(lead) == len(model_lead) <= 4 and len(second) == len(model_second) >= 4 and lead not in before
    if len(model_lead) < 4:
        return False
    if mould == "opened":
        return lead[:2] == model_lead[:2] and second[:2] == model_second[:2]
    if mould == "ended":
        return second[:2] == model_second[:2] and lead[:1] == model_lead[:1] and len(os.path.commonprefix(
            [w[::-1] for w in (*before, model_lead, lead)])) >= 2
    return second[:1] == model_second[:1] and model_second[:1] in "在以从把为向用" and _one_mould(
        [*before, lead], loose=True)


def _first_of_parted(text: str, part: tuple[int, str, str, int], fits: Callable[[str, str], bool]) -> int | None:
    """The first member of a ``_parted_mould`` series in the part before its second member: the part's own
    lead clause (after its subject's 要), or a later clause of it, that ``fits`` the series with the clause
    after it."""
    start = part[0]
    stop = text.find("；", start)
    clauses = text[start:stop if stop >= 0 else len(text)].split("，")
    at = start
    for words, after in zip(clauses, clauses[1:]):
        if fits(words, after):
            return at
        own = re.match(r"[^，]{0,16}?要", words)  # the subject's 要 (全市宣传战线要围绕…): the point opens at 要
        if own and fits(words[own.end():], after):
            return at + own.end() - 1
        at += len(words) + 1
    return None


def _seconds_alike(seconds: list[str]) -> bool:
    return len(os.path.commonprefix(seconds)) >= 2 or _one_mould(seconds, loose=True) or _joined_alike(seconds)


def _joined_alike(words: list[str]) -> bool:
    """Clauses of one length, five characters or more, joined by one particle in one place (把准方向之舵，
    明晰选人之道，夯实执政之基, dev7 619): a mould though no word is shared."""
    return len(set(words)) == len(words) and len({len(w) for w in words}) == 1 and len(words[0]) >= 5 and any(
        words[0][k] in "之与和的" and len({w[k] for w in words}) == 1 for k in range(1, len(words[0]) - 1))


def _second_run(found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The longest run, three or more, of asks whose second clauses share a mould (see ``_second_mould``)."""
    best: list[re.Match[str]] = []
    for i in range(len(found)):
        for j in range(len(found), i + 2, -1):
            if j - i <= len(best):
                break
            run = found[i:j]
            if len({m.start(1) for m in run}) < len(run):
                continue
            if _seconds_alike([m[2] for m in run]):
                best = run
                break
    return best


_ASKS_NOTHING = re.compile(r"要求|要[以在对把]")
"""要求, and 要以/要在/要把 frames, which other recognisers read."""


def _framed_second(text: str) -> list[Hit]:
    """The ；-parts of one sentence whose second clauses share one 在…上 frame and its verb, three or
    more (要旗帜鲜明讲政治，在加强党对政法工作绝对领导上见新行动；围绕中心护大局，在“拼经济、比发展”上见新作为；…,
    dev7 622): a listed series, each point at its lead clause (in the first part, after the subject's 要)."""
    for x in re.finditer(r"[^。！？]+", text):
        best: list[int] = []
        run: list[tuple[int, str]] = []
        pos = x.start()
        for part in [*x[0].split("；"), ""]:
            m = _SECOND_FRAME.search(part) if not run else _SECOND_FRAME.match(part)
            if m and (not run or m[2][:2] == run[0][1]):
                run.append((pos + m.start(1), m[2][:2]))
            else:
                if len(run) > len(best):
                    best = [a for a, _ in run]
                run = [(pos + m.start(1), m[2][:2])] if m else []
            pos += len(part) + 1
        if 3 <= len(best) <= 10:
            own = re.match(r"[^，。；]{0,16}?要(?=[^，。；]{3,12}，在)", text[best[0]:])  # 各地各部门（单位）要旗帜鲜明讲政治
            best[0] += own.end() if own else 0
            return [Hit("inline_point", s, clause(text, s), marker="listed") for s in best]
    return []


def _first_before(text: str, start: int, fits: Callable[[str], bool]) -> re.Match[str] | None:
    """The first member of a series whose others open the parts after each ；: a clause of the part
    before the first ；, after a comma or the subject's 将/要 (…，坚持思想教育从严，…；坚持干部管理从严，…),
    that ``fits`` the series' mould."""
    if start == 0 or text[start - 1] != "；":
        return None
    stop = max(text.rfind(c, 0, start - 1) for c in "。！？；")
    for m in reversed(list(_CLAUSE.finditer(text, stop + 1, start - 1))):
        own = re.match(r"[^，。；]{0,12}?(?:将|要)(?=[在从以把])", m[0])  # 郾城区将在…上…: the frame after the subject
        at = m.start() + (own.end() if own else 0)
        found = _CLAUSE.match(text, at)
        if found and fits(found[0]):
            return found
    return None


_IN_FRAME = re.compile(r"(?:(?<=^)|(?<=[，。；！？]))(要)?(在|从|以|把|向|用|为)[^，。；：！？“”]{2,10}?(中|上|下|里|出发|为[^，。；]{0,4})"
                       r"[^，。；：！？]{2,10}(?=[，。；])")


def _asked_frame(text: str) -> list[re.Match[str]]:
    """Neighbouring clauses of one preposition frame sharing their ending, the first asked for
    (要在忠诚履职中锤炼作风能力，在担当尽责中强化作风能力，在争创一流中提升作风能力, dev8 407), or the 在…上
    formula whatever follows it (要在思想上高度重视，在工作上狠抓落实，在作风上求真务实): only the first says 要,
    so the others do not open as requirements do."""
    found = list(_IN_FRAME.finditer(text))
    best: list[re.Match[str]] = []
    for i, first in enumerate(found):
        if not first[1] and not re.search(r"(?:强调|指出|要求|提出)，$", text[max(0, first.start() - 3):first.start()]):
            continue
        run = [first]
        for m in found[i + 1:]:
            if m.start() != run[-1].end() + 1 or m[2] != first[2] or m[3] != first[3] or m[1]:
                break
            run.append(m)
        words = [m[0].removeprefix("要") for m in run]
        if len(run) > len(best) and len(set(words)) == len(words) and (
                len(os.path.commonprefix([w[::-1] for w in words])) >= 2 or (first[2], first[3]) == ("在", "上")):
            best = run
    return best


def _opening(clause_: str) -> str:
    """What the members of one series share at their start: their first three characters, or the
    form X要再Y (思想认识要再深化, 重点任务要再明确, dev6 524)."""
    return "要再" if re.match(r"[\u4e00-\u9fff]{2,4}要再", clause_) else clause_[:3]


_ANY_CLAUSE = re.compile(r"(?:(?<=^)|(?<=[，。；！？]))[^，。；：！？“”]{4,20}(?=[，。；])")


def _longest_run(clauses: list[re.Match[str]], text: str, *, loose: bool) -> list[re.Match[str]]:
    """The longest run of clauses in one mould; neighbouring clauses (not ``loose``) must follow
    one another with only a comma between."""
    best: list[re.Match[str]] = []
    for i in range(len(clauses)):
        for j in range(len(clauses), i + 2, -1):
            run = clauses[i:j]
            if j - i <= len(best):
                break
            if not loose and any(b.start() != a.end() + 1 for a, b in zip(run, run[1:], strict=False)):
                continue
            words = [m[0] for m in run]
            if not all(w.startswith("要") for w in words):  # 要深化…行动，…；深化…行动，… (dev6 512)
                words = [w.removeprefix("要") for w in words]
            if _one_mould(words, loose=loose):
                best = run
                break
    return best


def _one_mould(words: list[str], *, loose: bool) -> bool:
    """Whether clauses share a mould (see ``frame_points``)."""
    if len(set(words)) < len(words):
        return False
    head = len(os.path.commonprefix(words))
    tail = len(os.path.commonprefix([w[::-1] for w in words]))
    same_length = len({len(w) for w in words}) == 1
    if head >= 2 and tail >= 2:
        return True
    if head >= 5 and same_length and len(words) >= 3 and len(words[0]) - head <= 3:
        return True  # 抓好全会精神学习，抓好全会精神报道，抓好全会精神贯彻: all but its last word (dev12 1215)
    if not (loose and same_length):
        return False
    # the mould goes on past the shared opening: 要着眼政治建设新要求 (建设新), 要回顾好得与失 (好…与);
    # an opening alone (要坚持深学细研，要坚持围绕中心) or one 、 is sentences merely opening alike
    fixed = [k for k in range(head, len(words[0])) if len({w[k] for w in words}) == 1]
    return len(fixed) >= 2 or (head >= 1 and tail >= 1)  # 要千方百计引才，要因材施策育才，要不拘一格用才


_ANNOUNCED_WORD = re.compile(r"([两二三四五六七八九十])个“([^”]{1,6})”|“([两二三四五六七八九十])个?([^”个]{1,6})”")


def announced_series(text: str) -> list[Hit]:
    """Sentences an announced count names (做到三个“坚持”。坚持目标导向…; 着力做到“三个突出”：
    要突出…): the first so many sentences after the announcement opening with its word."""
    out: list[Hit] = []
    for m in _ANNOUNCED_WORD.finditer(text):
        want = count_value(m[1] or m[3])
        word = m[2] or m[4]
        found = [Hit("inline_point", x.start(1), clause(text, x.start(1)))
                 for x in re.finditer(r"[。：！？；]((?:要)?" + re.escape(word) + ")", text)
                 if x.start() >= m.end() - 1]
        if len(found) >= want >= 2:
            out += found[:want]
        elif want >= 3 and (end := _FULL_STOP.search(text, m.end() - 1)) is not None:
            # the ；-parts of the sentence after it, each naming the word in its first clause (一要强化“三个正”。摆正位置，…；
            # 纠正认识，…；走正方向，…。, dev13 1323)
            parts = _sentence_parts(text, end.end())
            if len(parts) == want and all(word in part.split("，")[0] for _, part in parts):
                out += [Hit("inline_point", a, clause(text, a), marker="listed") for a, _ in parts]
            else:  # or the sentences after it, each naming the word in a short first clause, and the one after them
                # not (二要对标“四强”要求。聚焦政治功能强，…。突出支部班子强，…。…。三要…, dev17 1730)
                after = [(end.end() + p.start(), p[0]) for p in re.finditer(r"[^。！？]+[。！？]?", text[end.end():])]
                named = [word in re.split(r"[，；。！？]", part)[0][:15] for _, part in after[:want + 1]]
                if len(after) >= want and all(named[:want]) and not any(named[want:]):
                    out += [Hit("inline_point", a, clause(text, a), marker="listed") for a, _ in after[:want]]
    return out or _counted_sentences(text) or _parts_counted_after(text) or _clauses_counted_after(text) or \
        _parts_of_a_counted_noun(text) or formula_parts(text)


_FORMULA = re.compile(r"“(\d{2,6}|[一二两三四五六七八九十]{2,6}|(?:[一二两三四五六七八九十][\u4e00-\u9fff]){2,4})”")
"""A practice named by its formula (“2631”工作法, “一一二三”工作法, “一总三联六化”): its figures, or each figure with the word
it counts."""
_TALLY = "个支项大种条套张"


def formula_parts(text: str) -> list[Hit]:
    """The parts a formula's name is made of, explained in order after it: each quoted and told (…“2631”工作法。“2”就是…；
    “6”就是…；“3”就是…；“1”就是…, dev20 2010; “一总”即…，“三联”即…), or each counted the formula's figure before a dash
    (“一一二三”工作法，即打造一个平台——…，利用一个载体——…，建立两支队伍——…，用好三个手段——…, dev20 2004)."""
    for m in _FORMULA.finditer(text):
        name = m[1]
        figures = re.fullmatch(r"[\d一二两三四五六七八九十]+", name) is not None
        parts = list(name) if figures else [name[k:k + 2] for k in range(0, len(name), 2)]
        told = [r"(?:^|(?<=[。；，：]))“" + re.escape(part) + r"”(?:就是|即|是|指|：|，)" for part in parts]
        found = _in_order(text, m.end(), told, across_sentences=True)
        if found is None and figures and not name.isdigit():
            counted = [r"(?:^|(?<=[。；，：即]))[^，。；：—即]{0,6}?" + ("[二两]" if part in "二两" else part) +
                       f"[{_TALLY}][^，。；：—]{{1,8}}——" for part in parts]
            found = _in_order(text, m.end(), counted, across_sentences=False)
        if found is not None and len(found) >= 2:
            return [Hit("inline_point", a, clause(text, a), marker="listed") for a in found]
    return []


def _in_order(text: str, at: int, patterns: list[str], *, across_sentences: bool) -> list[int] | None:
    """Where each pattern matches after the one before, from ``at`` on (None if one does not, or, unless
    ``across_sentences``, only past a full stop)."""
    found = []
    for pattern in patterns:
        hit = re.compile(pattern).search(text, at)
        if hit is None or (not across_sentences and "。" in text[at:hit.start()]):
            return None
        found.append(hit.start())
        at = hit.end()
    return found


def _parts_of_a_counted_noun(text: str) -> list[Hit]:
    """The ；-parts of the sentence after a clause that counts a noun, each opening with the noun's first character
    (一要突出三个抓手，稳步推进…。抓机制，…；抓学习，…；抓帮带，…。, dev17 1738): exactly so many parts."""
    for m in _COUNTED_NOUN.finditer(text):
        want = count_value(m[1])
        end = _FULL_STOP.search(text, m.end())
        if want < 3 or end is None or text[m.end():m.end() + 1] not in "，。；：":
            continue
        parts = _sentence_parts(text, end.end())
        if len(parts) == want and all(part.startswith(m[2][0]) for _, part in parts):
            return [Hit("inline_point", a, clause(text, a), marker="listed") for a, _ in parts]
    return []


_COUNTED_AFTER = re.compile(r"从((?:[^。！？从；]{2,80}；){1,9}[^。！？从；]{2,80}?)(?:等)?([两二三四五六七八九十\d])个?(?:方面|点)")


def _parts_counted_after(text: str) -> list[Hit]:
    """The ；-parts between 从 and the count that closes them (从提高政治站位，科学谋划…；聚焦主责主业，…；服务中心大局，
    …等3个方面提出了要求, dev13 1322; 从增强自信，…；务实创新，…；满怀激情，…三个方面总结去年工作, dev13 1325): exactly so
    many parts, each a point."""
    for m in _COUNTED_AFTER.finditer(text):
        want = count_value(m[2])
        parts = _top_level(text, "；", m.start(1), m.end(1))
        if len(parts) == want >= 2:
            return [Hit("inline_point", at, clause(text, at), marker="listed") for at, _ in parts]
    return []


_CLAUSES_COUNTED = re.compile(r"等([三四五六七八九十])个?(?:方面|项)")
_LEAD_IN = re.compile(r"^.*?(?:抓好|做好|围绕|推进|突出|聚焦|包括|涵盖|部署了?|明确了?)(?=[^，]{4})")


def _clauses_counted_after(text: str) -> list[Hit]:
    """The ，-clauses of one sentence that a count right after them names (…澧县将重点抓好深化省级文明县城创建，加快推进文明细胞
    工程建设，…，抓好“一条例、两纲要”的贯彻落实等八个方面的重点工作, dev15 1520; 要重点围绕深入贯彻落实…，服务…，…等九个方面,
    dev3 218): exactly so many clauses, the first past the words that lead into the list (重点抓好, 围绕), each a point."""
    for m in _CLAUSES_COUNTED.finditer(text):
        want = count_value(m[1])
        start = max(text.rfind(c, 0, m.start()) for c in "。！？：；") + 1
        clauses = _top_level(text, "，", start, m.start())
        named = clauses[-want:]
        if len(clauses) < want or any(len(c) > 40 for _, c in named) or re.search(
                r"(?:[^，、“”]+、){%d}[^，、“”]+”?$" % (want - 1), named[-1][1]):
            continue  # the count names a 、-list before it (通过“强阵地、建队伍、抓活动、促治理”等四项措施, dev7 655)
        lead = _LEAD_IN.match(named[0][1])
        if lead is None and len(clauses) != want:
            continue  # no words lead into the list, and clauses before it: no list that begins where the count says
        starts = [named[0][0] + (lead.end() if lead else 0)] + [at for at, _ in named[1:]]
        return [Hit("inline_point", a, clause(text, a), marker="listed") for a in starts]
    return []


def _sentence_parts(text: str, start: int) -> list[tuple[int, str]]:
    """The ；-parts of the sentence that starts at ``start`` (see ``_top_level``)."""
    stop = _FULL_STOP.search(text, start)
    return _top_level(text, "；", start, stop.end() if stop else len(text))


def _top_level(text: str, sep: str, start: int, end: int) -> list[tuple[int, str]]:
    """``text[start:end]`` split at each ``sep`` outside brackets and quotation marks, each part with where it starts in
    ``text`` (抓团结引导，坚持“三个导向”（坚持价值导向，…；坚持目标导向，…）；抓作用发挥，… is two parts, dev14 1415)."""
    parts, depth, at = [], 0, start
    for k in range(start, end):
        if text[k] in "（“《":
            depth += 1
        elif text[k] in "）”》":
            depth = max(0, depth - 1)
        elif text[k] == sep and depth == 0:
            parts.append((at, text[at:k]))
            at = k + 1
    return [*parts, (at, text[at:end])]


_COUNT = re.compile(r"([三四五六七八九十])(?:项|个方面|点|件|条|大)[^，。；：！？]{0,12}[，：。；]")
_FULL_STOP = re.compile(r"[。！？]")


def _counted_sentences(text: str) -> list[Hit]:
    """The sentences (or ；-parts) right after a sentence that counts them (要聚焦八项重点任务，奋力…。要坚决捍卫…。
    要持续打造…。…, dev13 1342; 从五个方面发力，…。要加强网上正面宣传…；要在强化…；…, dev10 902): exactly so
    many, all opening with 要 or with one word, and the one after them (if any) opening otherwise."""
    def opening(part: str) -> str:
        return part[:1] if part.startswith("要") else part[:2]

    for m in _COUNT.finditer(text):
        want = count_value(m[1])
        if text.startswith("即", m.end()):  # 突出六个方面的重点，即A，…。B，…。…: the count names the sentences from 即 on,
            # however each opens, where exactly so many end the paragraph (dev16 1614)
            parts = list(re.finditer(r"[^。！？；]+[。！？；]?", text[m.end() + 1:]))
            if len(parts) == want >= 3:
                return [Hit("inline_point", m.end() + 1 + p.start(), clause(text, m.end() + 1 + p.start()),
                            marker="listed") for p in parts]
            continue
        end = _FULL_STOP.search(text, m.end() - 1)
        if end is None or _FIRST_NUMBERED.match(text, m.end()):
            continue  # 提出三点希望：一是…。要强化A，…；…: the count names the numbered points (dev18 1831)
        parts = list(re.finditer(r"[^。！？；]+[。！？；]?", text[end.end():]))
        if len(parts) < want or len({opening(p[0]) for p in parts[:want]}) != 1:
            continue
        if len(parts) == want or opening(parts[want][0]) != opening(parts[0][0]):  # the one after them opens otherwise
            return [Hit("inline_point", end.end() + p.start(), clause(text, end.end() + p.start()), marker="listed")
                    for p in parts[:want]]
    return []


_COUNTED_CLAUSE = re.compile(r"(?:(?<=^)|(?<=[，。；：！？]))([^，。；：！？]{0,8}?)“?([一两二三四五六七八九十])"
                             r"(?:个|件|项|大|条|支|种|批|张|篇|场|张|道|面)[^，。；：！？]{1,30}?(?=[，。；])")


def counted_clauses(text: str) -> list[Hit]:
    """Clauses that count up one by one (坚持“一个根本”…，实施“两大工程”…，提升“三大能力”…; 突出一条主线，聚焦两件大事，
    着力三项建设，强化四个坚持): a listed series, three members or more, counting from one; one number may be
    skipped in a series of four or more (一个遵循，三个重点，四支队伍，五个基地，…)."""
    found = [(m.start(), count_value(m[2])) for m in _COUNTED_CLAUSE.finditer(text)]
    best: list[int] = []
    for k, (_, n) in enumerate(found):
        if n != 1:
            continue
        run, last, skipped = [found[k][0]], 1, False
        for start, m in found[k + 1:]:
            if m == last + 1 or (m == last + 2 and not skipped):
                skipped = skipped or m == last + 2
                run.append(start)
                last = m
            else:
                break
        if len(run) >= (4 if skipped else 3) and len(run) > len(best) and not _quoted(text, run[0], run[-1]):
            best = run  # 一条主线，两大…，四项… is a 总体要求's phrases; a quoted one (通过“围绕一个中心，…做好七项工作”，
            # dev13 1332) is a name the text gives its method
    if not best:  # 即提升一批社区阵地，叫响一个主题社区，推行一种“微治理”服务，… (dev10 1019): one of each
        each = list(_ONE_EACH.finditer(text))
        run: list[re.Match[str]] = []
        for m in each:
            run = [*run, m] if run and m.start() == run[-1].end() + 1 else [m]
            if len(run) > len(best):
                best = [x.start() for x in run]
        best = best if len(best) >= 3 else []
    return [Hit("inline_point", start, clause(text, start), marker="listed") for start in best]


def _quoted(text: str, first: int, last: int) -> bool:
    """Whether the clauses from the one at ``first`` to the one at ``last`` lie inside one pair of quotation
    marks (opened before the first's count, closed after the last's)."""
    opened = text.rfind("“", 0, last)
    end = last + len(clause(text, last))
    return opened >= 0 and opened <= text.find("，", first) and "”" not in text[opened:last] and "”" in text[last:end]


_ONE_EACH = re.compile(r"(?:(?<=^)|(?<=[，。；：！？])|(?<=即))[\u4e00-\u9fff]{2}每?一(?:个|批|种|项|条|套|支|张|部|本|场|系列)"
                       r"[^，。；：！？]{1,24}(?=[，。；])")
"""A clause of one of each (提升一批社区阵地, 叫响一个主题社区): verb, 一 and a measure word, then what."""


_POINTS_NEXT = re.compile(rf"(?:[{_CN}](?:是|要)|第一[，、]|首先，|①|（1）|1[.．、])")


def lead_of_points(text: str) -> Hit | None:
    """A paragraph's short opening sentence that its numbered points then work out
    (健全机制强推力，把大抓基层导向立起来。一是高位推动。…, dev2 160): the paragraph's run-in
    lead, numbered or not."""
    m = re.match(r"[^。！？：]{4,30}[。！？]", text)
    if m and _POINTS_NEXT.match(text, m.end()) and not REPORTED.search(m[0]) and not _STATEMENT.match(m[0]):
        return Hit("run_in", 0, m[0])
    return None


_COLON_HEAD = re.compile(r"[^。！？；，：]{2,14}：")


def colon_heads(text: str) -> list[Hit]:
    """Points led by a short head and a colon, two or more in a paragraph (“三区”提效能：…。
    “九室”解难题：…; 固定力量“常驻”：…；专业力量“轮驻”：…, dev2 168)."""
    out = []
    for x in re.finditer(r"(?:^|(?<=[。！？；]))", text):
        m = _COLON_HEAD.match(text, x.start())
        if m and m.start() > 0 and not REPORTED.search(m[0]) and not _ANNOUNCING.search(m[0]) and \
                not _QUOTING.search(m[0]) and text[m.end():m.end() + 1] not in "“「\"":
            out.append(Hit("inline_point", m.start(), m[0]))  # 俗话说：“…” is a saying quoted, no head (dev18 1812)
    return out if len(out) >= 2 else []


_QUOTING = re.compile(r"[说道云曰讲是]：$|谚语|俗话|名言|古语|诗句")  # 基本思路是： tells, no head (dev20 2008)
_ANNOUNCING = re.compile(r"[两二三四五六七八九十几]个?(?:点|方面|项|条)|如下|以下|主要|包括|具体|分别|即")


_MOTTO = re.compile(r"(?:在|突出|坚持|抓|把|以|围绕)?[“\"「][\u4e00-\u9fff][”\"」]字")


def motto_points(text: str) -> list[Hit]:
    """Points named by a character each, two or more in a paragraph (要求全州上下在“学”字上下功夫，
    …。在“干”字上见实效，…; 突出“实”字。… — the X字 points of speeches and experience articles):
    the motto near a clause's start, one per clause (突出“干”字为先、“效”字为要 is one clause)."""
    out: list[Hit] = []
    clauses: set[int] = set()
    for m in _MOTTO.finditer(text):
        begin = max(text.rfind(c, 0, m.start()) for c in "。！？；，：") + 1
        if m.start() == 0 or m.start() - begin > 8 or begin in clauses:
            continue
        clauses.add(begin)
        out.append(Hit("inline_point", m.start(), clause(text, m.start()), "X字"))
    return out if len(out) >= 2 else []
