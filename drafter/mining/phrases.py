"""Formulaic phrasing across a corpus, as a phrase bank a writer would keep.

Per document (in a worker process) ``collect`` masks every fact first (each mention of a
person, place, congress, day, figure: ``_facts``, so 薛燕指出 or 党的十七大 never make a
phrase), cuts the frame text into clauses at its own punctuation and gathers
whole phrases only, never word n-grams that may start or stop mid-word:

* a whole clause (会议强调 / 这些成绩的取得 / 围绕中心、服务大局), or a clause's tail that
  opens with a verb at a word boundary of the segmenter (向□表示衷心的感谢 -> 表示衷心的感谢);
  a tail counts only where what stands before it varies (left-closed: 坚强组织保证, always
  after 提供, is part of 提供坚强组织保证, not a phrase of its own);
* the opener of a paragraph of each role (会议强调， / 过去一年，);
* parallel series as written (科学立法、严格执法、公正司法、全民守法), every cut item checked
  at a word boundary;
* frames: a whole phrase with one word masked (会议□ <- 强调 / 指出 / 要求).

Each document also brings the place it is about (else a digest of its text), so an entry's
support is counted in documents *and* places: one district's speech and its news report are
one source, not two. ``Stats`` adds documents up with bounded memory (lossy counting: when a
table outgrows its cap its rarest entries are dropped), and ``entries`` turns it into the bank.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from drafter.mining.roles import ROLE_NAMES
from drafter.mining.slots import MASKS, TITLES, Slot
from drafter.numbering import LEADING_MARKER

MASK = "□"
_CJK = "\u4e00-\u9fff"
_SPACES = re.compile(rf"(?<=[{_CJK}□])[ \t\u3000\xa0]+(?=[{_CJK}□])")
_CLAUSES = re.compile(r"[，。；！？：,;!?:…—\s]+")
_OPENER = re.compile(r"^([^，：。；！？]{2,10})[，：]")
_TITLED = re.compile(rf"(?:{TITLES})([{_CJK}]{{2,3}}?)(?=同志|出席|主持|讲话|指出|强调|要求|表示|介绍|宣读|通报|在|，|、)")
"""A name after a title, whatever its surname."""
_PHRASE = re.compile(rf"[{_CJK}“”、]+")
_PUNCT = re.compile(r"[^\u4e00-\u9fff□]")
_SERIES_SPLIT = re.compile(r"[。；！？：——（）“”《》]")
_MODIFIES = frozenset("的之地得所")
"""Words after which a verb-led tail is the head of a noun phrase (县委的坚强领导下), not a phrase."""
_AUXILIARY = frozenset(("要", "是", "应", "应当", "应该", "必须", "需要", "需", "能", "能够", "会", "可", "可以", "将",
                        "得", "就", "来", "去", "还"))
"""Verbs that lean on the verb after them: a tail starts at that verb (要坚持… -> 坚持…)."""
_EDGE_WORDS = frozenset("的了和与及在是等对把将为并也而或被从向以就都要着过")
SHORTEST, LONGEST = 4, 24
"""Length of a phrase in characters (a clause's tail: at most ``TAIL_LONGEST``)."""
TAIL_LONGEST = LONGEST
TAIL_WORDS = 3
"""Fewest words of a clause's tail (two-word tails such as 组织保证 are terms, not phrasing)."""
CAP = 50_000
"""Most entries a table keeps before its rarest are dropped."""
LINE_WORDS = frozenset(("组织", "宣传", "统战", "政法", "社会", "纪检", "监察", "网信", "编制", "老干部", "机关",
                        "群团", "工会", "妇联", "共青团", "人大", "政协", "政府", "纪委"))
"""Work lines: a frame whose fillers are lines is one line-slot ({名称}工作), not alternatives."""
_FACT_WORD = re.compile(r"^(?:全|各|本|我|该)[省市区县镇乡村国]$|^[省市区县镇乡][委级]?$|(?:党?[委组]|政府|党工委|人大|政协)$"
                        r"|^[一二三四五六七八九十两\d]+[点个条项方面]?$")
"""Fillers that are facts, not wording: a scope (全县, 我市), an organisation (县委, 市委, 县人大), a count
(讲三点意见: the number of the speech's parts)."""
_COUNT = re.compile(r"^[一二三四五六七八九十两\d]+[点个条项]$")
"""A count in a phrase: 讲三点意见 holds a fact (the speech's parts), 讲几点意见 does not."""
KIND_NAMES = {"series": "整组并列短语", "variants": "同一位置可以互换的说法", "openers": "各部分的开头语",
              "fixed": "固定说法"}
"""Entry kinds as the report heads them, in the order it prints them."""


@dataclass(slots=True)
class DocPhrases:
    """What one document contributes."""

    place: str = ""
    """The place the document is about (思明区), else a digest of its text."""
    phrases: Counter[str] = field(default_factory=Counter)
    left: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(phrase, the word before it): '' at a clause's start, □ after a fact."""
    roles: Counter[tuple[str, str]] = field(default_factory=Counter)
    openers: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(role, the clause that opens one of its paragraphs)."""
    series: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    frames: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(phrase with one word masked, that word): 会议□ / 强调."""


def collect(texts: list[str], roles: list[str], slots: list[Slot]) -> DocPhrases:
    """The phrasing of one mined document (its paragraphs, their roles and slots)."""
    out = DocPhrases(place=_place(texts))
    keep = {i for i, r in enumerate(roles) if r and r != "headline"}
    masked = _mask(texts, _facts(texts, slots, keep))
    for i in sorted(keep):
        role = roles[i]
        text = _SPACES.sub("", masked[i])
        opener = _OPENER.match(LEADING_MARKER.sub("", text.lstrip()))
        if opener and _whole(opener[1], 2) and not _has_name(opener[1]) and not opener[1].startswith("同志"):
            # □同志强调 (a masked name, the mask read as a bullet): 同志强调 is a name's tail (dev4 316, dev5 424)
            out.openers[(role, opener[1])] += 1
        for clause in _CLAUSES.split(text):
            _clause(LEADING_MARKER.sub("", clause), role, out)
        out.series += series(text)
    return out


def _facts(texts: list[str], slots: list[Slot], paras: set[int]) -> list[Slot]:
    """The facts to mask in ``paras``: the slots found, every further mention of each person
    and place among them or named after a title (``_names``), congresses (党的二十大) and days
    (19日上午). Like ``slots.every_mention`` without its part-of-speech pass over every
    paragraph, which would cost the bank three times its time: a name the finders miss is one
    document's and one place's, so it never gathers the support of an entry (and the review
    test tags every entry's words)."""
    from drafter.mining.slots import congresses_and_days

    named = [*slots, *_names(texts, paras)]
    values = {s.text: s.kind for s in named if s.kind in ("person", "place") and len(s.text) >= 2 and s.text not in MASKS}
    out = [s for s in slots if s.para in paras]
    for i in sorted(paras):
        text = texts[i]
        out += congresses_and_days(text, i)
        out += [Slot(kind, v, i, m.start(), m.end()) for v, kind in values.items()
                for m in re.finditer(re.escape(v), text)]
    return out


def _names(texts: list[str], paras: set[int]) -> list[Slot]:
    """Every mention of the people named after a title whom the slot finder leaves (its
    surnames are the common ones: 市委书记傅德辉出席会议 -> 傅德辉): a phrase holds no name."""
    from drafter.mining.segment import word

    found = {m[1] for i in paras for m in _TITLED.finditer(texts[i])
             if (word(m[1])[0] == 0 or word(m[1])[1].startswith("nr")) and word(m[1][:2])[1] in ("", "nr")}
    return [Slot("person", m[0], i, m.start(), m.end()) for name in found for i in paras
            for m in re.finditer(re.escape(name), texts[i])]


def _place(texts: list[str]) -> str:
    from drafter.mining.slots import places

    found = places(texts)
    main = next((p for p in found if p.endswith(("区", "县", "街道"))), next(iter(found), ""))
    return main or "#" + hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:16]


def _mask(texts: list[str], slots: list[Slot]) -> list[str]:
    """``texts`` with each slot replaced by □ (of overlapping slots, the one that starts last)."""
    out = list(texts)
    done: dict[int, int] = {}
    """Where the last slot masked in each paragraph starts (slots go from the end)."""
    for s in sorted(slots, key=lambda s: (s.para, -s.start, -s.end)):
        if s.end > done.get(s.para, len(texts[s.para]) + 1):
            continue
        t = out[s.para]
        out[s.para] = t[:s.start] + MASK + t[s.end:]
        done[s.para] = s.start
    return out


def _whole(text: str, shortest: int = SHORTEST) -> bool:
    """Text that can be a phrase: Chinese words (with 、 and balanced quotes), no fact in it."""
    return (shortest <= len(text) <= LONGEST and bool(_PHRASE.fullmatch(text))
            and text.count("“") == text.count("”") and not text.startswith(("、", "”")))


def _clause(clause: str, role: str, out: DocPhrases) -> None:
    """The whole phrases of one clause: itself when it holds no fact, and the verb-led tails
    of its last stretch (after the last fact, if any)."""
    from drafter.mining.segment import cut

    parts = clause.split(MASK)
    last = parts[-1]
    if len(last) < SHORTEST - 1:
        return
    words = cut(last)
    if _has_name(last, words):
        return
    if len(parts) == 1 and _whole(last) and not _FACT_WORD.search(words[0]):  # 全市宣传部长会议召开: a fact
        _phrase(last, "", words, role, out)
    if clause.startswith("在") and clause.endswith(("下", "中")):
        return  # 在县委坚强领导下: no half of a 在…下 frame is a phrase
    for p in range(len(words)):
        if p == 0 and len(parts) == 1:
            continue  # the whole clause, above
        if len(words) - p < TAIL_WORDS or not _is_verb(words[p]) or words[p] in _AUXILIARY \
                or p and words[p - 1] in _MODIFIES:
            continue
        tail = "".join(words[p:])
        if words[p][:2] not in LINE_WORDS and len(tail) <= TAIL_LONGEST and _whole(tail) and not tail.startswith("“"):
            _phrase(tail, words[p - 1] if p else MASK, words[p:], role, out)


def _phrase(phrase: str, left: str, words: list[str], role: str, out: DocPhrases) -> None:
    out.phrases[phrase] += 1
    out.left[(phrase, left)] += 1
    out.roles[(role, phrase)] += 1
    for q, filler in enumerate(words):
        if filler in _EDGE_WORDS or not _PHRASE.fullmatch(filler) or "、" in filler:
            continue
        frame = "".join(MASK if k == q else w for k, w in enumerate(words))
        if len(frame) - 1 >= 2 and len(frame.replace(MASK, "")) >= 2:
            out.frames[(frame, filler)] += 1


@lru_cache(maxsize=65536)
def _is_verb(word: str) -> bool:
    """A verb in the segmenter's dictionary (not a verbal noun: 工作, 建设), a set phrase
    (出席会议, 围绕中心), or 以/用 that open a whole phrase (以党建为引领, 用……凝心铸魂)."""
    from drafter.mining.segment import word as lookup

    tag = lookup(word)[1]
    return tag.startswith("v") and tag != "vn" or tag in ("l", "i") or word in ("以", "用")


_CONTENT_FRAME = re.compile(rf"(?:[作做]了?|进行了?|开展了?|召开){MASK}$")
"""Frames whose filler is what is said, not how: a light verb's object (作了发言 / 作了说明, 进行了点评 /
进行了述职): no alternatives."""


@lru_cache(maxsize=65536)
def _not_wording(frame: str, word: str) -> bool:
    """A filler that is a fact or a pointer, not a wording: a time (去年 / 上半年, 过去), a pronoun or
    quantifier (这次, 自身, 各类), a place word (期间), who presided (主持 is the host's act, 出席 another's),
    or what 的 qualifies unless it describes (共同努力的结果, 配合的结果; 新的一年, 卓有成效的工作 are wording)."""
    from drafter.mining.segment import word as lookup

    tag = lookup(word)[1]
    return tag[:1] in ("t", "r", "f") or word == "主持" or (f"{MASK}的" in frame and tag[:1] not in ("a", "b", "z", "i"))


@lru_cache(maxsize=65536)
def _noun(word: str) -> bool:
    """A noun: what a phrase is about (加强党的领导 / 加强领导), not how it is worded."""
    from drafter.mining.segment import word as lookup

    return lookup(word)[1].startswith("n")


def _has_name(text: str, words: list[str] | None = None) -> bool:
    """Whether ``text`` holds a word the segmenter takes for a person's name."""
    from drafter.mining.segment import cut

    return any(_is_name(w) for w in (words if words is not None else cut(text)))


@lru_cache(maxsize=65536)
def _is_name(word: str) -> bool:
    """A word that looks like a person's name to the segmenter (no phrase may hold one)."""
    from drafter.mining.segment import word as lookup
    from drafter.mining.slots import FRAME_NAMES, SURNAMES

    if not 2 <= len(word) <= 3 or word[0] not in SURNAMES or word in FRAME_NAMES:
        return False
    freq, tag = lookup(word)
    return freq == 0 or (tag.startswith("nr") and freq < 10)


def series(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Parallel series in a text: three or more items of one length joined by 、 (or ，)
    sharing characters at the same places; each as (pattern with □, items). The first and
    last items are cut to the length of the middle ones (各项工作有创新、有亮点、有成效，…),
    but only at a word boundary (推进社会化、法治化、智能化 keeps 社会化, never 会化)."""
    out = []
    for part in _SERIES_SPLIT.split(text):
        candidates = [part.split("，")]
        for clause in part.split("，"):
            items = clause.split("、")
            if len(items) >= 3:
                size = len(items[1])
                first, last = items[0][-size:], items[-1][:size]
                items[0] = first if _boundary(items[0], len(items[0]) - size) else ""
                items[-1] = last if _boundary(items[-1], size) else ""
                candidates.append(items)
        for items in candidates:
            run: list[str] = []
            for item in [*items, ""]:
                if run and len(item) == len(run[0]) and 2 <= len(item) <= 8 and MASK not in item:
                    run.append(item)
                    continue
                if len(run) >= 3:
                    pattern = _pattern(run)
                    if pattern and not any(_has_name(it) for it in run) and \
                            not all(_FACT_WORD.search(it) for it in run):
                        out.append((pattern, tuple(run)))
                run = [item] if 2 <= len(item) <= 8 and MASK not in item else []
    return out


def _boundary(text: str, at: int) -> bool:
    """Whether the segmenter cuts ``text`` at character ``at``."""
    from drafter.mining.segment import cut

    if at <= 0 or at >= len(text):
        return True
    pos = 0
    for w in cut(text):
        pos += len(w)
        if pos >= at:
            return pos == at
    return False


def _pattern(items: list[str]) -> str:
    """The shared shape of parallel items (有创新/有亮点 -> 有□□), or '' when they share
    nothing or everything."""
    shape = "".join(c if all(it[k] == c for it in items) else MASK for k, c in enumerate(items[0]))
    fixed = len(shape) - shape.count(MASK)
    return shape if 0 < fixed < len(shape) and not _PUNCT.search(shape) else ""


class Stats:
    """Phrasing of many documents, added up with bounded memory.

    Every table is one flat Counter, so adding a batch is one C-level update per table
    however many phrases it holds. ``*_docs`` count documents, ``*_places`` count
    (key, place) pairs: the number of pairs of a key is the number of places it comes from."""

    TABLES = ("phrases", "phrase_docs", "phrase_places", "left", "roles", "openers", "opener_docs",
              "opener_places", "series", "series_docs", "series_places", "patterns", "frames", "frame_docs",
              "frame_places")

    def __init__(self) -> None:
        self.documents = 0
        self.places: set[str] = set()
        self.phrases: Counter[str] = Counter()
        self.phrase_docs: Counter[str] = Counter()
        self.phrase_places: Counter[tuple[str, str]] = Counter()
        self.left: Counter[tuple[str, str]] = Counter()
        self.roles: Counter[tuple[str, str]] = Counter()
        self.openers: Counter[tuple[str, str]] = Counter()
        self.opener_docs: Counter[tuple[str, str]] = Counter()
        self.opener_places: Counter[tuple[str, str, str]] = Counter()
        self.series: Counter[str] = Counter()
        """Occurrences of each whole series as written (items joined by 、)."""
        self.series_docs: Counter[str] = Counter()
        self.series_places: Counter[tuple[str, str]] = Counter()
        self.patterns: Counter[tuple[str, str]] = Counter()
        """(whole series, its pattern)."""
        self.frames: Counter[tuple[str, str]] = Counter()
        self.frame_docs: Counter[tuple[str, str]] = Counter()
        self.frame_places: Counter[tuple[str, str, str]] = Counter()
        """(frame, filler, place)."""

    def add(self, doc: DocPhrases) -> None:
        """Count one document in."""
        self.documents += 1
        where = doc.place
        self.places.add(where)
        self.phrases.update(doc.phrases)
        self.phrase_docs.update(doc.phrases.keys())
        self.phrase_places.update((p, where) for p in doc.phrases)
        self.left.update(doc.left)
        self.roles.update(doc.roles)
        self.openers.update(doc.openers)
        self.opener_docs.update(doc.openers.keys())
        self.opener_places.update((r, o, where) for r, o in doc.openers)
        wholes = Counter("、".join(items) for _, items in doc.series)
        self.series.update(wholes)
        self.series_docs.update(wholes.keys())
        self.series_places.update((w, where) for w in wholes)
        self.patterns.update({("、".join(items), p) for p, items in doc.series})
        self.frames.update(doc.frames)
        self.frame_docs.update(doc.frames.keys())
        self.frame_places.update((f, w, where) for f, w in doc.frames)
        self._prune()

    def merge(self, other: Stats) -> None:
        """Add another Stats (a worker's batch) in."""
        self.documents += other.documents
        self.places |= other.places
        for name in self.TABLES:
            getattr(self, name).update(getattr(other, name))
        self._prune()

    def _prune(self) -> None:
        for name in self.TABLES:
            _shrink(getattr(self, name), CAP)

    def entries(self, *, min_docs: int = 2, min_places: int = 2) -> list[Entry]:
        """The phrase bank's entries, each with its support; see ``entries``."""
        return entries(self, min_docs=min_docs, min_places=min_places)


def closed(before: Counter[str]) -> bool:
    """Whether a phrase with these words before it (counts) is left-closed."""
    total = sum(before.values())
    if not total:
        return False
    bounded = before.get("", 0) + before.get(MASK, 0)
    common = max((n for w, n in before.items() if w not in ("", MASK)), default=0)
    return bounded * 3 >= total or common * 2 <= total


def _shrink(table: Counter[Any], cap: int) -> None:
    """Keep the ``cap`` commonest entries once a table holds twice as many (lossy counting:
    what is frequent survives, the long tail of one-off phrases is forgotten)."""
    if len(table) <= 2 * cap:
        return
    keep = table.most_common(cap)
    table.clear()
    table.update(dict(keep))


@dataclass(frozen=True, slots=True)
class Entry:
    """One slot of the mined phrase bank."""

    kind: str
    """``series`` (whole parallel series), ``variants`` (interchangeable in one slot),
    ``openers`` (paragraph openers of one part), ``fixed`` (a fixed expression)."""
    name: str
    options: tuple[str, ...]
    documents: int
    """Documents each option is used in, added up over the options."""
    occurrences: int
    places: int
    """Places the documents that use the options are about (a document with no place of
    its own is one place)."""
    description: str


def _count_places(table: Counter[tuple[Any, ...]]) -> Counter[Any]:
    return Counter(k[:-1] if len(k) > 2 else k[0] for k in table)


def entries(stats: Stats, *, min_docs: int = 2, min_places: int = 2) -> list[Entry]:
    """What a writer would keep, each entry with its support (documents, occurrences, places):

    * whole parallel series, each option a whole series as some document wrote it (series
      with the same items in another order or one item more are options of one entry);
    * alternatives only where whole phrases differ in one word in the same frame (会议强调 /
      会议指出 / 会议要求), the frame used in ``min_docs`` documents from ``min_places`` places;
      never a frame whose word is a work line (推动组织/宣传工作高质量发展: a {名称} slot);
    * the openers of each part's paragraphs, each used in ``min_docs`` documents or more;
    * fixed expressions used in ``min_docs + 1`` documents from ``min_places`` places.

    A corpus of fewer documents or places asks for no more than it has."""
    need = min(min_docs, max(stats.documents, 1))
    where = min(min_places, max(len(stats.places), 1))
    lefts: dict[str, Counter[str]] = {}
    for (p, w), n in stats.left.items():
        lefts.setdefault(p, Counter())[w] += n
    is_closed = {p: closed(c) for p, c in lefts.items()}
    out = _series_entries(stats, need, where)
    used = {o for e in out for o in e.options}
    variants = _variant_entries(stats, need, where, is_closed)
    out += variants
    used |= {o for e in variants for o in e.options}
    openers = _opener_entries(stats, need, where)
    out += openers
    used |= {o for e in openers for o in e.options}
    # a meeting's being held after the masked meeting (党的二十大召开之年 -> □召开之年) is the fact's predicate, no phrase
    predicates = {p for p, c in lefts.items() if p.startswith(("召开", "举行", "胜利召开"))
                  and c.get(MASK, 0) * 3 >= 2 * sum(c.values())}
    out += _fixed_entries(stats, need + 1, where, {p: c and p not in predicates for p, c in is_closed.items()}, used)
    return out


def _series_entries(stats: Stats, need: int, where: int) -> list[Entry]:
    places = _count_places(stats.series_places)
    pattern: dict[str, str] = {}
    for (whole, p), _ in sorted(stats.patterns.items(), key=lambda x: -x[1]):
        pattern.setdefault(whole, p)
    wholes = sorted(stats.series_docs, key=lambda w: (-stats.series_docs[w], -stats.series[w], w))
    groups: list[list[str]] = []
    for w in wholes:
        items = set(w.split("、"))
        for g in groups:
            first = set(g[0].split("、"))
            if len(items & first) * 3 >= 2 * min(len(items), len(first)) + 1 and \
                    len(w.split("、")[0]) == len(g[0].split("、")[0]):
                g.append(w)
                break
        else:
            groups.append([w])
    out = []
    taken: set[str] = set()
    for g in groups:
        docs = sum(stats.series_docs[w] for w in g)
        spread = len({pl for (w, pl) in stats.series_places if w in g}) if len(g) > 1 else places[g[0]]
        if docs < need or spread < where:
            continue
        head = pattern.get(g[0], "")
        name = f"并列·{head}" if f"并列·{head}" not in taken else f"并列·{g[0].split('、')[0]}等"
        taken.add(name)
        out.append(Entry("series", name, tuple(g[:8]), docs, sum(stats.series[w] for w in g), spread,
                         f"整组并列短语“{head}”，一个选项是一整组，整组使用，不要拆开"))
    return out


def _variant_entries(stats: Stats, need: int, where: int, is_closed: dict[str, bool]) -> list[Entry]:
    from drafter.mining.segment import cut

    places: dict[str, dict[str, set[str]]] = {}
    for frame, filler, place in stats.frame_places:
        places.setdefault(frame, {}).setdefault(filler, set()).add(place)
    fillers: dict[str, list[str]] = {}
    for (frame, filler) in sorted(stats.frame_docs, key=lambda k: (-stats.frame_docs[k], k)):
        if is_closed.get(frame.replace(MASK, filler)):
            fillers.setdefault(frame, []).append(filler)
    found = []
    for frame, words in fillers.items():
        if any(w in LINE_WORDS or _FACT_WORD.search(w) for w in words) or _CONTENT_FRAME.search(frame) or any(
                _COUNT.match(w) for w in cut(frame.replace(MASK, "，"))):  # 提出三点要求: the count is a fact
            continue
        words = [w for w in words if stats.phrase_docs[frame.replace(MASK, w)] >= need and not _noun(w)
                 and not _not_wording(frame, w)]
        if len(words) < 2:
            continue
        words = words[:8]
        docs = sum(stats.frame_docs[(frame, w)] for w in words)
        spread = len(set().union(*(places.get(frame, {}).get(w, set()) for w in words)))
        if docs < need or spread < where:
            continue
        found.append((frame, words, docs, spread))
    found.sort(key=lambda x: (-x[2], -len(x[1]), x[0]))
    out: list[Entry] = []
    for frame, words, docs, spread in found:
        options = tuple(frame.replace(MASK, w) for w in words)
        if any(set(options) <= set(e.options) for e in out):
            continue
        out = [e for e in out if not set(e.options) < set(options)]
        n = sum(stats.frames[(frame, w)] for w in words)
        out.append(Entry("variants", f"变换·{frame}", options, docs, n, spread,
                         "同一位置可以互换的说法，任选其一"))
    return out


def _opener_entries(stats: Stats, need: int, where: int) -> list[Entry]:
    """Per part, openers of its paragraphs that differ in one word (会议强调， / 会议要求，):
    interchangeable where that part's paragraph begins."""
    from drafter.mining.segment import cut

    places = _count_places(stats.opener_places)
    total: Counter[str] = Counter()
    for (_, o), n in stats.openers.items():
        total[o] += n
    frames: dict[tuple[str, str], list[str]] = {}
    for (role, o), docs in sorted(stats.opener_docs.items(), key=lambda x: (-x[1], x[0])):
        if docs < need or places[(role, o)] < where or stats.openers[(role, o)] * 3 < total[o]:
            continue
        words = cut(o)
        for q, w in enumerate(words):
            if len(words) > 1 and not _FACT_WORD.search(w) and w not in LINE_WORDS:
                frames.setdefault((role, "".join(MASK if k == q else x for k, x in enumerate(words))), []).append(o)
    out: list[Entry] = []
    done: set[tuple[str, str]] = set()
    order = list(ROLE_NAMES)
    for (role, frame), options in sorted(frames.items(), key=lambda x: (
            order.index(x[0][0]) if x[0][0] in order else 99, -len(x[1]), x[0][1])):
        options = [o for o in options if (role, o) not in done]
        if len(options) < 2:
            continue
        done |= {(role, o) for o in options}
        name = ROLE_NAMES.get(role, role)
        key = f"{name}·开头语" if f"{name}·开头语" not in {e.name for e in out} else f"{name}·开头语·{frame}"
        out.append(Entry("openers", key, tuple(options[:8]), sum(stats.opener_docs[(role, o)] for o in options),
                         sum(stats.openers[(role, o)] for o in options),
                         len({pl for (r, o, pl) in stats.opener_places if r == role and o in options}),
                         f"“{name}”部分段落开头的说法，任选其一"))
    return out


def _fixed_entries(stats: Stats, need: int, where: int, is_closed: dict[str, bool], used: set[str]) -> list[Entry]:
    from drafter.mining.segment import cut

    places = _count_places(stats.phrase_places)
    found = [p for p, d in stats.phrase_docs.items()
             if d >= need and places[p] >= where and is_closed.get(p) and p not in used
             and len(cut(p)) >= TAIL_WORDS and not any(_COUNT.match(w) for w in cut(p))]
    found.sort(key=lambda p: (-stats.phrase_docs[p], -len(p), p))
    kept: list[str] = []
    for p in found:
        if any(p in k and stats.phrase_docs[p] <= stats.phrase_docs[k] * 1.5 for k in kept) or \
                any(p in o for o in used):
            continue
        kept.append(p)
    out = []
    for p in kept[:40]:
        role = max(((r, n) for (r, q), n in stats.roles.items() if q == p), key=lambda x: (x[1], x[0]))[0]
        out.append(Entry("fixed", f"固定·{p}", (p,), stats.phrase_docs[p], stats.phrases[p], places[p],
                         f"固定说法，多见于“{ROLE_NAMES.get(role, role)}”部分"))
    return out


def bank(stats: Stats, source: str = "", *, min_docs: int = 2) -> dict[str, Any]:
    """The phrase bank in the template library's format (``drafter/phrases.py``):
    ``name: {说明, 选项: [...], 支持: {篇数, 次数, 地方}}``; a template calls
    ``{{ 措辞("名称", 序号) }}``. See ``entries`` for what enters it."""
    return {e.name: {"说明": e.description + source, "选项": list(e.options),
                     "支持": {"篇数": e.documents, "次数": e.occurrences, "地方": e.places}}
            for e in entries(stats, min_docs=min_docs)}
