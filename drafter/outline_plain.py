"""Reading the outline of a plain document (text, or a .docx without heading styles).

The rules are those of the genres, described in ``drafter.outline``'s docstring:
markers and lead-ins, the title zone, stand-alone heads and their levels, motto
heads, parallel lead sentences; captions, bylines and signatures are recognised
so they are never taken for headings. ``read`` is the entry point.
"""

from __future__ import annotations

import re

from drafter.numbering import detect_marker
from drafter.outline import (
    BLOCK_WORDS,
    BULLET,
    AUTHOR_LINE,
    BYLINE,
    CAPTION,
    DATE_LINE,
    LETTER,
    LINE_STARTS,
    MOTTO,
    NAMES_LINE,
    REPORTING,
    SALUTATION,
    Item,
    cue_lead,
    first_sentence,
    is_standalone,
    lead_in,
    normalize,
)
from drafter.reader import Para


def read(paras: list[Para]) -> tuple[list[Item], list[str]]:
    """The outline of a plain document and what each paragraph is: ``title``, ``subtitle``,
    ``heading``, ``run-in``, ``lead``, ``caption``, ``byline``, ``salutation``, ``meta``,
    ``empty`` or ``body``."""
    reader = _PlainReader(paras)
    found = [it for it in reader.read() if it is not None]
    kinds = [k if k in ("caption", "byline", "salutation", "meta", "empty") else "body" for k in reader.kind]
    for it in found:
        kinds[it.index] = it.kind
    return found, kinds


def _introduces(text: str) -> bool:
    """A sentence that introduces the points after it (近年来，在市委的坚强领导下，全市网信系统…，做了大量富有成效的
    工作：, dev8 740): clauses and a colon at its end, or the speaker announcing his points (``_ANNOUNCES``); no heading's
    marker."""
    return detect_marker(text) is None and (
        (text.endswith(("：", ":")) and text.count("，") >= 2) or _ANNOUNCES.search(text) is not None)


_ANNOUNCES = re.compile(r"(?:强调|提出|讲了|谈了|作了)了?[^。！？]{0,4}[两二三四五六七八九十几]点(?:意见|要求|希望|建议)[：:]?$"
                        r"|，[^，。！？]{0,6}(?:强调|指出|要求)[：:]?$")
"""A report's line of the speaker announcing his points (市委常委、区委书记张健同志就做好政法综治暨禁毒工作强调了四点意见 /
一、认清形势…, dev15 1500; 许南吉肯定了…取得的成绩，并强调 / 一要…, dev14 1405): the cue of the speech's part, no heading."""


_CHAIR_CALL = re.compile(r"^(?:首先|其次|下面|接下来|现在|最后)?[，,]?(?:请|由)[^。！？]{1,40}?"
                         r"(?:汇报|发言|讲话|通报|介绍|宣读|传达|作[^。！？]{0,12}(?:报告|讲话|发言|部署))[^。！？]{0,12}$")


def _chair_call(text: str) -> bool:
    """A chair's call on the next speaker (首先，请x同志汇报当前的信访维稳工作情况 / 下面，请各责任单位汇报…,
    dev5 435): a line of the meeting's script, no heading, though it opens with 首先 and ends no sentence."""
    return bool(_CHAIR_CALL.match(text))


def _continues_series(texts: list[str], i: int) -> bool:
    """Paragraph ``i`` opens with the next point of the series (二是, 三是 …) the paragraph before opened."""
    this, before = lead_in(texts[i], i), lead_in(texts[i - 1], i - 1) if i else None
    return (this is not None and before is not None and this.number == before.number + 1
            and this.marker[1:] == before.marker[1:])


def _classify(texts: list[str], paras: list[Para]) -> list[str]:
    """First reading of each paragraph: empty, caption, byline, salutation, meta, head or body."""
    kind = []
    for t, p in zip(texts, paras, strict=True):
        if not t:
            kind.append("empty")
        elif CAPTION.search(t) and not detect_marker(t):
            kind.append("caption")
        elif ((BYLINE.match(t) or BYLINE.match(p.text.strip())) and len(t) <= 40 and "。" not in t) \
                or AUTHOR_LINE.match(p.text.strip()) or NAMES_LINE.match(p.text.strip()):
            kind.append("byline")
        elif SALUTATION.match(t):
            kind.append("salutation")
        elif DATE_LINE.match(t) or re.fullmatch(r"[XxＸ×*＊\s]{2,6}|0?[1-9]|[1-9]\d", t.strip()):
            kind.append("meta")  # a date; a masked name alone (××); a numeral alone (01 above a heading, a page number)
        elif ((is_standalone(t) and p.style.lower() != "body text" and not _introduces(t) and not _chair_call(t))
              or p.style.lower() == "title"):
            kind.append("head")
        else:
            kind.append("body")
    if kind and kind[-1] == "head" and len(texts[-1]) >= 8 and "，" in texts[-1] \
            and paras[-1].style.lower() != "title" and detect_marker(texts[-1]) is None:
        kind[-1] = "body"  # a last sentence cut off (a copy that stops at a size limit: 会议要求，要推进信访工)
    last_body = max((i for i, k in enumerate(kind) if k == "body"), default=-1)
    for i in range(last_body + 1, len(kind)):  # nothing follows them: signatures, not headings
        if kind[i] == "head" and paras[i].style.lower() != "title" and detect_marker(texts[i]) is None:
            # unless the copy was cut in a point of the series above it (…二是…。/ 三是…资源整合, dev7 634)
            kind[i] = "body" if i == len(kind) - 1 and _continues_series(texts, i) else "meta"
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
        self.title_at = next((i for i, p in enumerate(paras) if p.style.lower() == "title"), -1)
        """The line the cleaner found to be the title: short lines above it are not."""
        self.prev = ""  # kind of the previous paragraph that is not a caption, byline or empty
        self.prev_level = 0  # level of the previous head
        self.parent_level = 0
        self.anchor = 0  # 1 once a level-1 head that is not a bullet or letter head was seen

    def read(self) -> list[Item | None]:
        for i, t in enumerate(self.texts):
            k = self.kind[i]
            if k in ("empty", "caption", "byline", "meta"):
                if k == "meta" and self.in_title_zone and self.title_at < i < self.last_body:  # under the title
                    self.items[i] = Item(0, "subtitle", 0, "", t, i)
            elif k == "head" and i < self.title_at and self.in_title_zone:
                self.kind[i] = "meta"  # a page's name for the document above its own title
            elif k == "head" and (self.in_title_zone or self.paras[i].style.lower() == "title") \
                    and detect_marker(t) is None:  # a line the cleaner found to be the title is one
                has_title = any(it is not None and it.kind == "title" for it in self.items)
                self.items[i] = Item(0, "subtitle" if has_title else "title", 0, "", t, i)
                self.prev = "title"
            elif k == "salutation":
                self.in_title_zone, self.prev = False, k
            elif detect_marker(t) is not None and not _chair_call(t):
                self._marked(i, t)
            elif k == "head":
                self._head(i, t)
            else:
                self._body(i, t)
        self._lead_sentences()
        return self.items

    def _marked(self, i: int, t: str) -> None:
        level, number, mark = detect_marker(t)  # type: ignore[misc]
        head, more = first_sentence(t[len(mark):])
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
        self.items[i] = lead_in(t, i, sequence=self.sequence)
        bold = normalize(self.paras[i].bold_lead).rstrip("。：:，, ")
        if self.items[i] is None and bold and len(bold) < len(t):
            self.items[i] = Item(min(self.parent_level + 1, 4), "run-in", 0, "", bold, i)
        self.prev = "body"

    def _lead_sentences(self) -> None:
        found = _lead_sentence_runs(self.texts, self.kind, self.items)
        levels = [next((it.level for it in reversed(self.items[:i]) if it is not None and 0 < it.level < 5), 0)
                  for i, _, _ in found]
        for (i, head, cued), level in zip(found, levels, strict=True):  # a cued run sits under its speaker's words
            self.items[i] = Item(min(level + 1 + cued, 4), "run-in", 0, "", head, i)


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
                        items: list[Item | None]) -> list[tuple[int, str, bool]]:
    """Bold lead sentences of a text file: runs of >= 3 paragraphs opening with a short,
    parallel sentence that is not reported speech (谋布局，打好主动仗。…), each with whether its
    run began in the paragraph of a speaker's cue (张伯松强调，要突出政治引领。… / 要弘扬文明新风。…, dev4
    307; that first one is not a paragraph's item: ``cue_lead`` finds it)."""
    out: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []
    last = max((i for i, k in enumerate(kind) if k == "body"), default=-1)

    shapes: set[tuple[int, ...]] = set()
    pairs: list[list[tuple[int, str]]] = []
    singles: list[tuple[int, str]] = []
    openings: set[tuple[str, tuple[int, ...]]] = set()  # the opening and shape of each lead of a series kept

    cued: set[int] = set()  # a run's first lead sentence after the speaker's cue (张伯松强调，要突出政治引领。…)

    def close() -> None:
        if len(run) >= 3:
            kept = _parallel(run)
            under = bool(cued & {i for i, _ in kept})
            out.extend((i, h, under) for i, h in kept if i not in cued)
            shapes.update(_shape(h) for _, h in kept)
            openings.update((h[:2], _shape(h)) for _, h in kept)
        elif len(run) == 2 and not cued & {i for i, _ in run}:
            pairs.append(list(run))
        elif len(run) == 1 and not cued & {run[0][0]}:
            singles.append(run[0])
        run.clear()

    for i, t in enumerate(texts):
        if kind[i] in ("caption", "byline", "empty"):
            continue
        head, more = first_sentence(t)
        if (kind[i] == "body" and items[i] is None and more and 4 <= len(head) <= 32
                and (i != last or bool(run) or head.startswith("——"))
                and not REPORTING.search(head) and not re.match(r"^\d|^[\u4e00-\u9fff][，、]", head)):
            run.append((i, head))
        elif kind[i] == "body" and items[i] is None and (found := cue_lead(t)) is not None:
            close()  # the cue opens a run of its own; it is listed in units, not as a paragraph's item
            cued.add(i)
            run.append((i, found[1]))
        else:
            close()
    close()
    for i, h in singles:  # one more of a series' leads under the next subhead, or a copy's cut last paragraph, opening with
        # its mark and cast in its shape (——理论学习扎实深入。 ×3 / 聚焦团结鼓劲… / ——主题宣传持续深化。…, dev15 1554)
        if not h[:2].isalnum() and (h[:2], _shape(h)) in openings:
            out.append((i, h, False))
    for pair in pairs:  # two lead sentences shaped like those of a longer series (优服务，暖人心。)
        # or opening with the same words (做好“四项排查”工作，是…。 ×2)
        if all(_shape(h) in shapes for _, h in pair) or _same_opening(pair[0][1], pair[1][1]):
            out.extend((i, h, False) for i, h in pair)
    return sorted(out)


def _same_opening(a: str, b: str, *, chars: int = 6) -> bool:
    """Two lead sentences that open with the same words and break there with a comma."""
    cut = a.find("，")
    return chars <= cut and a[:cut + 1] == b[:cut + 1]


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
