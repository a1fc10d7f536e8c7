"""The work lines (条线) a document covers, and which passage belongs to which line.

A meeting of several departments names its lines in an enumeration (“组织、宣传、
统战、政法工作”); each line's passage then opens with the line's name (组织部门…,
在宣传工作上…, 区委统战部…, a head 政法保障更加有力) or, in a brief's parallel
paragraphs (会议要求，要…), is recognised by the line's vocabulary in the order the
enumeration gave. Known lines carry the anchors and words below; a line the
table does not know is still found when it stands in an enumeration with known
ones, and is then anchored by its own name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KNOWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # name: (anchors that open the line's passage, words typical of the line)
    "组织": (("组织部门", "组织工作", "组织部", "组织带动", "组织系统", "组织战线", "组工"),
           ("组织路线", "干部", "人才", "基层党组织", "党员", "选贤任能", "组织保证", "党支部", "换届",
            "组织体系", "组织功能", "育才聚才", "组织引领")),
    "宣传": (("宣传部门", "宣传工作", "宣传部", "宣传思想", "宣传引导", "宣传文化", "宣传系统", "宣传战线"),
           ("文化", "理论武装", "意识形态", "舆论", "文明", "新闻", "宣讲", "精神力量", "思想保证", "媒体",
            "主流思想")),
    "统战": (("统战部门", "统战工作", "统战部", "统一战线", "统战系统", "统战战线", "统战队伍"),
           ("党外", "民族", "宗教", "非公有制", "民主党派", "港澳台", "侨", "海外", "凝聚各方力量",
            "新的社会阶层", "法宝", "大团结大联合")),
    "政法": (("政法部门", "政法工作", "政法委", "政法系统", "政法保障", "政法战线", "政法队伍"),
           ("平安", "法治", "扫黑除恶", "治安", "维稳", "安全稳定", "司法", "执法", "矛盾纠纷", "公安",
            "法治保证")),
    "社会工作": (("社会工作部", "社会工作", "社工部", "社会工作部门"),
             ("基层治理", "新兴领域", "新就业群体", "志愿服务", "信访", "接诉即办", "社会活力", "两新",
              "社区")),
    "纪检监察": (("纪检监察", "纪委监委", "纪检部门", "纪委"), ("监督", "廉洁", "腐败", "执纪", "问责", "巡察")),
    "网信": (("网信部门", "网信工作", "网信办"), ("网络", "网上", "网络安全", "网络生态")),
    "机构编制": (("机构编制", "编办", "编委"), ("编制", "机构改革", "职能")),
    "老干部": (("老干部工作", "老干部局", "老干部"), ("离退休", "银发")),
    "机关党建": (("机关党建", "机关工委"), ("机关", "模范机关")),
}
_SCOPES = ("全省", "全市", "全县", "全区", "全州", "全旗")
"""Scopes that may stand before a line's name inside an enumeration (全省、全市组织、宣传…)."""
ALIASES = {"社工": "社会工作", "纪检": "纪检监察", "编制": "机构编制"}
_ENUM = re.compile(r"[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,16}){1,9}")
_PAIR = re.compile(r"([\u4e00-\u9fff]{2,14}?)工作(?:和|及|与)([\u4e00-\u9fff]{2,8}?)工作")
"""Two lines joined by 和 (组织工作和宣传思想工作会议)."""
_FUSED = re.compile(r"(?:组织|宣传|统战|政法|纪检){2,5}(?=(?:思想)?(?:文化)?工作|会议)|组宣(?=工作)")
"""Line names run together before 工作 (全县组织宣传工作会议, 组宣工作): the lines in that order."""
_CLAUSE = re.compile(r"[^。；！？，]+[。；！？，]?")


@dataclass(frozen=True, slots=True)
class Passage:
    """Where a line's passage starts."""

    line: str
    para: int
    """Index of the paragraph."""
    offset: int
    """Character offset of the passage inside the paragraph (0 at its start)."""


def document_lines(texts: list[str]) -> list[str]:
    """The lines a document covers, from its first enumeration naming at least two.

    ``texts`` are the document's normalised paragraphs, title first.
    """
    best: list[str] = []
    for text in texts:
        for m in _ENUM.finditer(text):
            found = _enumerated_lines(m[0].split("、"))
            if len(found) > len(best):
                best = found
        for m in _PAIR.finditer(text):
            found = _enumerated_lines([m[1], m[2]])
            if len(found) > len(best):
                best = found
        for m in _FUSED.finditer(text):
            found = ["组织", "宣传"] if m[0] == "组宣" else [ALIASES.get(m[0][k:k + 2], m[0][k:k + 2])
                                                           for k in range(0, len(m[0]), 2)]
            if len(found) > len(best):
                best = found
        if len(best) >= 2:
            return _with_blocks(best, texts)
    return _with_blocks(best, texts) if len(best) >= 2 else _opened(texts)


def _opened(texts: list[str]) -> list[str]:
    """Lines no enumeration names (a page that starts in the middle of a speech) but whose names
    open three sentences or more, two lines at least (宣传部全力组织…。统战部充分团结…。组工干部队伍
    建设方面，…, dev6 531): in the order they first open one."""
    found: list[str] = []
    count = 0
    for text in texts:
        for m in re.finditer(r"(?:^|(?<=[。；！？]))[^。；！？]{0,2}", text):
            line = line_at_start(text[m.start():], list(KNOWN))
            if line is not None and text[m.start():].startswith(("在", *(a for a in anchors(line)))):
                count += 1
                if line not in found:
                    found.append(line)
    return found if len(found) >= 2 and count >= 3 else []


_BLOCK_OPEN = re.compile(r"(?:^|[。；]|(?:强调|指出|要求)，)(组织|宣传|统战|政法|社会)(?:思想)?工作要")


def _with_blocks(lines: list[str], texts: list[str]) -> list[str]:
    """The enumerated lines and any other known line whose block opens a paragraph or sentence the
    same way (靳地胜强调，政法工作要强化平安建设，… after 组织/宣传/统战 blocks, dev4 309)."""
    out = list(lines)
    for text in texts:
        for m in _BLOCK_OPEN.finditer(text):
            name = "社会工作" if m[1] == "社会" else m[1]
            if name not in out:
                out.append(name)
    return out


def _enumerated_lines(items: list[str]) -> list[str]:
    """Line names of an enumeration: the first item may carry a prefix (2025年西城区组织),
    the last a suffix (社会工作部署会); unknown short items count when known ones surround them."""
    out: list[str] = []
    known = 0
    # 政法、宣传思想和精神文明建设及组织、统战工作: items joined by 和/及 inside one
    items = [part for k, item in enumerate(items)
             for part in (re.split(r"[和及与]", item) if 0 < k < len(items) - 1 else [item]) if part]
    for pos, item in enumerate(items):
        name = None
        # a department for its line (党委宣传部、党委统战部在…召开, dev9 926; 区委组织部、宣传部)
        item = re.sub(r"^(?:校?党委|[区市县省旗州盟]委)(?=[\u4e00-\u9fff]{2})", "", re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:部门|部)$", "", item))
        for key in sorted(list(KNOWN) + list(ALIASES), key=len, reverse=True):
            ok = (item == key or ((pos == 0 or item[:2] in _SCOPES) and item.endswith(key))
                  or (pos == len(items) - 1 and item.startswith(key))
                  or (item.startswith(key) and item[len(key):] in ("工作", "思想")))
            if ok:
                name = ALIASES.get(key, key)
                break
        if name is not None:
            known += 1
        elif 2 <= len(item) <= 4 and 0 < pos < len(items) - 1 and item[:1] not in "全各本我省市县区" \
                and item[-1] not in "区镇乡局办所院校园道村司厂":  # 县委组织部、县委社会工作部、高新园区: a unit
            name = item
        if name is not None and name not in out:
            out.append(name)
    return out if known >= 2 else []


def anchors(line: str) -> tuple[str, ...]:
    """The words that open a passage of ``line``."""
    return KNOWN.get(line, ((f"{line}部门", f"{line}工作", f"{line}部"), ()))[0]


_VERBAL = re.compile(r"(?:全力|积极|认真|精心|统筹|广泛|及时|周密)(?:组织|宣传)|(?:组织|宣传)(?=、?(?:协调|开展|实施|动员|引导|召开))")
"""组织 and 宣传 as verbs (宣传部全力组织、协调做好…): no line's name."""


def line_at_start(text: str, lines: list[str]) -> str | None:
    """The line whose anchor opens ``text`` (after 在/强调在/区委/市委 …), if any."""
    text = re.sub(r"^(?:新的一年|下一步|下步)，", "", text)
    head = re.sub(r"^(?:会议)?(?:强调|要求|指出)?(?:，)?(?:(?:新的一年|下一步|下步)，)?(?:各级)?"
                  r"(?:在|全[区市县省校]|我[区市县校]|[区市县省]委|[区市县]|高校|学校|校?党委)?", "",
                  text)[:14]  # 高校组织工作要…, 党委宣传部副部长…部署了… (a university's departments, dev9 921, 926);
    # 新的一年，组织工作要…; 各级组织部门要…
    first_clause = _VERBAL.sub("", re.split(r"[，。；——]", text, maxsplit=1)[0])
    if sum(any(a in first_clause for a in (line, *anchors(line))) for line in lines) >= 2:
        return None  # an enumeration of several lines speaks for all of them
    best: tuple[int, str] | None = None
    for line in lines:
        for a in (line, *anchors(line)):
            if head.startswith(a) and (best is None or len(a) > best[0]):
                best = (len(a), line)
    if best is None:
        return None
    if head.startswith(best[1]) and best[1] in ("组织", "宣传") and not any(
            head.startswith(a) for a in anchors(best[1])) and len(head) > len(best[1]):
        # “组织开展…”, “宣传贯彻…” are verbs, not the line's name
        nxt = head[len(best[1]):len(best[1]) + 2]
        if nxt in ("开展", "贯彻", "实施", "动员", "引导", "群众", "好的", "起来"):
            return None
    return best[1]


def score(text: str, line: str) -> int:
    """How strongly ``text`` speaks of ``line`` (anchors count double)."""
    words = KNOWN.get(line, ((), ()))[1]
    return sum(2 * text.count(a) for a in anchors(line)) + sum(text.count(w) for w in words)


def assign_series(texts: list[str], lines: list[str]) -> list[str | None]:
    """Lines of a series of parallel paragraphs (会议要求，要…): in the enumeration's order
    when there is one paragraph per line, else each to the line it speaks of most."""
    if len(texts) == len(lines):
        return list(lines)
    out: list[str | None] = []
    for t in texts:
        scored = sorted(((score(t, line), line) for line in lines), reverse=True)
        out.append(scored[0][1] if scored and scored[0][0] > 0 else None)
    return out


def passages_in(text: str, para: int, lines: list[str]) -> list[Passage]:
    """Passages opening inside a paragraph: each clause that starts with a line's anchor
    (组织部门扎实践行…, 区委宣传部首提…) or names it as a topic (在统战工作上…)."""
    out = []
    for m in _CLAUSE.finditer(text):
        clause = m[0]
        topic = re.match(r"^(?:强调)?在(\S{2,4}?)工作上", clause)
        if topic:
            name = ALIASES.get(topic[1], topic[1])
            if name in lines:
                out.append(Passage(name, para, m.start() + clause.index("在")))
            continue
        bare = re.sub(r"^[区市县省]委", "", clause)
        for line in lines:
            if any(bare.startswith(a) for a in anchors(line)):
                out.append(Passage(line, para, m.start()))
                break
    return out
