"""Formulaic phrasing across a corpus: recurring expressions, parallel series, per-role banks.

Per document (in a worker process) ``collect`` segments the frame text with jieba
(through ``segment``; facts are masked first, so “266名” or “思明区” never make a
phrase) and gathers word n-grams, the n-grams of each role, and parallel series
(有创新、有亮点、有成效 → 有□□; 组织带动更加有效、宣传引导更加有方… → □□□□更加有□).
``Stats`` adds documents up with bounded memory: when a table outgrows its cap,
its rarest entries are dropped (lossy counting), so mining a corpus of any size
keeps the same footprint and still finds everything frequent.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from drafter.mining.roles import ROLE_NAMES
from drafter.mining.slots import Slot

MASK = "□"
_PUNCT = re.compile(r"[^\u4e00-\u9fff□]")
_EDGE_WORDS = set("的了和与及在是等对把将为并也而或被从向以就都要着过")
_CLAUSE = re.compile(r"[^\u4e00-\u9fff□]+")
_SERIES_SPLIT = re.compile(r"[。；！？：——（）“”《》]")
CAP = 50_000
"""Most entries a table keeps before its rarest are dropped."""


@dataclass(slots=True)
class DocPhrases:
    """What one document contributes."""

    grams: set[str] = field(default_factory=set)
    counts: Counter[str] = field(default_factory=Counter)
    by_role: dict[str, Counter[str]] = field(default_factory=dict)
    series: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    frames: list[tuple[str, str]] = field(default_factory=list)
    """(clause ending with one word masked, that word): 实现了新的□ / 跨越."""


def collect(texts: list[str], roles: list[str], slots: list[Slot]) -> DocPhrases:
    """The phrasing of one mined document (its paragraphs, their roles and slots)."""
    from drafter.mining.segment import cut

    out = DocPhrases()
    masked = _mask(texts, slots)
    every: list[str] = []
    for i, text in enumerate(masked):
        role = roles[i]
        if not role or role in ("headline",):
            continue
        here: list[str] = []
        for clause in _CLAUSE.split(text):
            if len(clause) < 4:
                continue
            words = cut(clause)
            out.frames += _frames(words)
            here += _grams(words)
        every += here
        out.by_role.setdefault(role, Counter()).update(here)
        out.series += series(texts[i])
    out.counts = Counter(every)
    out.grams = set(out.counts)
    return out


def _mask(texts: list[str], slots: list[Slot]) -> list[str]:
    out = list(texts)
    for s in sorted(slots, key=lambda s: (s.para, -s.start)):
        t = out[s.para]
        out[s.para] = t[:s.start] + MASK + t[s.end:]
    return out


def _grams(words: list[str]) -> list[str]:
    out = []
    n_words = len(words)
    names = [_is_name(w) for w in words]
    for k in range(n_words - 1):
        first = words[k]
        if first in _EDGE_WORDS or MASK in first:
            continue
        gram = first
        for n in range(1, 4):
            if k + n >= n_words:
                break
            last = words[k + n]
            if MASK in last:
                break
            gram += last
            if len(gram) > 12:
                break
            if len(gram) >= 4 and last not in _EDGE_WORDS and len(first) >= 2 and len(last) >= 2 \
                    and _ends_a_phrase(last) and not any(names[k:k + n + 1]):
                out.append(gram)
    return out


_OPEN_TAGS = ("a", "ad", "d", "u", "p", "c", "m", "q", "r", "f", "b")
"""Parts of speech that leave a phrase open when they end it (提供坚强…, 表示衷心…, 发展的重要…)."""


@lru_cache(maxsize=65536)
def _ends_a_phrase(word: str) -> bool:
    from drafter.mining.segment import word as lookup

    tag = lookup(word)[1]
    return not tag or tag.split("g")[0] not in _OPEN_TAGS


@lru_cache(maxsize=65536)
def _is_name(word: str) -> bool:
    """A word that looks like a person's name to the segmenter (no phrase may hold one)."""
    from drafter.mining.segment import word as lookup
    from drafter.mining.slots import SURNAMES

    if not 2 <= len(word) <= 3 or word[0] not in SURNAMES:
        return False
    freq, tag = lookup(word)
    return freq == 0 or (tag.startswith("nr") and freq < 10)


def _frames(words: list[str]) -> list[tuple[str, str]]:
    """Clause endings of 3-5 words with one content word masked: where the genre says the
    same thing with one word changed (实现了新的跨越/突破…, 提供坚强组织/思想…保证)."""
    out = []
    for size in (3, 4, 5):
        if len(words) < size:
            break
        window = words[-size:]
        for j, filler in enumerate(window):
            if len(filler) < 2 or MASK in filler or filler in _EDGE_WORDS or _is_name(filler):
                continue
            frame = "".join(MASK if k == j else w for k, w in enumerate(window))
            if len(frame) - 1 >= 4 and MASK not in frame.replace(MASK, "", 1):
                out.append((frame, filler))
    return out


def series(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Parallel series in a text: three or more items of one length joined by 、 (or ，)
    sharing characters at the same places; each as (pattern with □, items). The first and
    last items are cut to the length of the middle ones (各项工作有创新、有亮点、有成效，…)."""
    out = []
    for part in _SERIES_SPLIT.split(text):
        candidates = [part.split("，")]
        for clause in part.split("，"):
            items = clause.split("、")
            if len(items) >= 3:
                size = len(items[1])
                items[0], items[-1] = items[0][-size:], items[-1][:size]
                candidates.append(items)
        for items in candidates:
            run: list[str] = []
            for item in [*items, ""]:
                if run and len(item) == len(run[0]) and 2 <= len(item) <= 8:
                    run.append(item)
                    continue
                if len(run) >= 3:
                    pattern = _pattern(run)
                    if pattern:
                        out.append((pattern, tuple(run)))
                run = [item] if 2 <= len(item) <= 8 else []
    return out


def _pattern(items: list[str]) -> str:
    """The shared shape of parallel items (有创新/有亮点 -> 有□□), or '' when they share
    nothing or everything."""
    shape = "".join(c if all(it[k] == c for it in items) else MASK for k, c in enumerate(items[0]))
    fixed = len(shape) - shape.count(MASK)
    return shape if 0 < fixed < len(shape) and not _PUNCT.search(shape) else ""


class Stats:
    """Phrasing of many documents, added up with bounded memory.

    Every table is one flat Counter (keys such as ``(role, phrase)``), so adding a batch
    is one C-level update per table however many phrases it holds."""

    TABLES = ("df", "counts", "by_role", "series", "series_items", "frames", "fillers", "series_df",
              "whole", "whole_df", "fillers_df", "role_df")

    def __init__(self) -> None:
        self.documents = 0
        self.df: Counter[str] = Counter()
        self.counts: Counter[str] = Counter()
        self.by_role: Counter[tuple[str, str]] = Counter()
        self.series: Counter[str] = Counter()
        self.series_items: Counter[tuple[str, str]] = Counter()
        self.frames: Counter[str] = Counter()
        self.fillers: Counter[tuple[str, str]] = Counter()
        self.series_df: Counter[str] = Counter()
        """Documents each series pattern occurs in."""
        self.whole: Counter[tuple[str, str]] = Counter()
        """(pattern, a whole series as written) occurrences."""
        self.whole_df: Counter[tuple[str, str]] = Counter()
        self.fillers_df: Counter[tuple[str, str]] = Counter()
        """Documents each (frame, filler) occurs in."""
        self.role_df: Counter[tuple[str, str]] = Counter()
        """Documents each (role, phrase) occurs in."""

    def add(self, doc: DocPhrases) -> None:
        """Count one document in."""
        self.documents += 1
        self.df.update(doc.grams)
        self.counts.update(doc.counts)
        for role, c in doc.by_role.items():
            self.by_role.update({(role, g): n for g, n in c.items()})
        self.series.update(p for p, _ in doc.series)
        self.series_items.update((p, it) for p, items in doc.series for it in items)
        self.frames.update(f for f, _ in doc.frames)
        self.fillers.update(doc.frames)
        self.series_df.update({p for p, _ in doc.series})
        self.whole.update((p, "、".join(items)) for p, items in doc.series)
        self.whole_df.update({(p, "、".join(items)) for p, items in doc.series})
        self.fillers_df.update(set(doc.frames))
        self.role_df.update({(role, g) for role, c in doc.by_role.items() for g in c})
        self._prune()

    def merge(self, other: Stats) -> None:
        """Add another Stats (a worker's batch) in."""
        self.documents += other.documents
        for name in self.TABLES:
            getattr(self, name).update(getattr(other, name))
        self._prune()

    def _prune(self) -> None:
        for name in self.TABLES:
            _shrink(getattr(self, name), CAP)

    def formulas(self, top: int = 40) -> list[tuple[str, int, int]]:
        """Expressions recurring across documents: (phrase, documents, occurrences); an
        expression inside a longer one that is about as common is left out."""
        need = 2 if self.documents > 1 else 1
        found = [(g, d) for g, d in self.df.items() if d >= need]
        found.sort(key=lambda x: (-x[1], -self.counts[x[0]], -len(x[0]), x[0]))
        kept: list[tuple[str, int, int]] = []
        for gram, d in found[: top * 8]:
            if any(gram in longer and d <= kd * 1.1 for longer, kd, _ in kept):
                continue
            kept = [k for k in kept if not (k[0] in gram and k[1] <= d * 1.1)]
            kept.append((gram, d, self.counts[gram]))
            if len(kept) >= top:
                break
        return kept

    def roles(self) -> list[str]:
        """The roles that have phrases."""
        return sorted({r for r, _ in self.by_role})

    def role_phrases(self, role: str, top: int = 12) -> list[tuple[str, int]]:
        """The phrases most typical of one role: frequent there, and more there than elsewhere."""
        scored = []
        for (r, gram), n in self.by_role.items():
            if r != role or n < 2:
                continue
            share = n / max(self.counts[gram], 1)
            scored.append((n * share, gram, n))
        scored.sort(key=lambda x: (-x[0], -len(x[1]), x[1]))
        return [(gram, n) for _, gram, n in scored[:top]]

    def parallel(self, top: int = 30) -> list[tuple[str, int, list[str]]]:
        """Parallel series: (pattern, occurrences, items most used first)."""
        found = sorted(self.series.items(), key=lambda x: (-x[1], x[0]))[:top]
        wanted = {p for p, _ in found}
        items: dict[str, list[tuple[int, str]]] = {}
        for (p, it), n in self.series_items.items():
            if p in wanted:
                items.setdefault(p, []).append((-n, it))
        return [(p, n, [it for _, it in sorted(items.get(p, []), key=lambda x: x[0])[:8]]) for p, n in found]

    def variants(self, top: int = 30) -> list[tuple[str, list[str]]]:
        """Clause endings said with one word changed (实现了新的□: 跨越/突破/提升/作为):
        (frame, phrases); a frame inside a longer one with the same words is left out."""
        fillers: dict[str, list[tuple[int, str]]] = {}
        for (frame, word), n in self.fillers.items():
            fillers.setdefault(frame, []).append((-n, word))
        found = []
        for frame, n in self.frames.items():
            words = [w for _, w in sorted(fillers.get(frame, []), key=lambda x: x[0])[:8]]
            if len(words) >= 3 and n >= 3:
                found.append((n, frame, words))
        found.sort(key=lambda x: (-x[0], -len(x[1]), x[1]))
        out: list[tuple[str, list[str]]] = []
        for _, frame, words in found:
            if any(frame in f and set(words) <= set(w) for f, w in out):
                continue
            out.append((frame, words))
            if len(out) >= top:
                break
        return [(frame, [frame.replace(MASK, w) for w in words]) for frame, words in out]


def _shrink(table: Counter[Any], cap: int) -> None:
    """Keep the ``cap`` commonest entries once a table holds twice as many (lossy counting:
    what is frequent survives, the long tail of one-off phrases is forgotten)."""
    if len(table) <= 2 * cap:
        return
    keep = table.most_common(cap)
    table.clear()
    table.update(dict(keep))


def bank(stats: Stats, source: str = "", *, min_docs: int = 2) -> dict[str, Any]:
    """A phrase bank in the template library's format: ``name: {说明, 选项: [...], 支持: {篇数, 次数}}``.

    What a writer would keep: whole parallel series as series (each option is a whole series
    as some document wrote it: 科学立法、严格执法、公正司法、全民守法); alternatives only where
    the same frame takes several words and each of them is used in ``min_docs`` documents or
    more (interchangeable in the same slot, not one document's list); a part's stock phrases
    used in one document more than that. Names and fragments cut mid-word never enter (see
    ``collect``); an entry's support is the number of documents and occurrences."""
    out: dict[str, Any] = {}
    need = min(min_docs, max(stats.documents, 1))
    for pattern, docs in sorted(stats.series_df.items(), key=lambda x: (-x[1], x[0])):
        if docs < need:
            continue
        options = sorted(((n, w) for (p, w), n in stats.whole.items() if p == pattern), key=lambda x: (-x[0], x[1]))
        if not options:
            continue
        out[f"并列·{pattern}"] = {"说明": f"整组并列短语“{pattern}”，每个选项是一整组{source}",
                                 "选项": [w for _, w in options[:8]],
                                 "支持": {"篇数": docs, "次数": stats.series[pattern]}}
    for frame, words in _interchangeable(stats, need):
        n = sum(stats.fillers[(frame, w)] for w in words)
        docs = max(stats.fillers_df[(frame, w)] for w in words)
        out[f"变换·{frame}"] = {"说明": f"同一位置可以互换的说法{source}",
                               "选项": [frame.replace(MASK, w) for w in words],
                               "支持": {"篇数": docs, "次数": n}}
    for role in sorted(stats.roles(), key=lambda r: list(ROLE_NAMES).index(r) if r in ROLE_NAMES else 99):
        phrases = _outermost([(g, n) for g, n in stats.role_phrases(role, top=60)
                              if stats.role_df[(role, g)] >= need + 1])[:12]
        if phrases:
            out[f"{ROLE_NAMES.get(role, role)}·常用语"] = {
                "说明": f"“{ROLE_NAMES.get(role, role)}”部分的常用说法，按出现次数排列{source}",
                "选项": [p for p, _ in phrases],
                "支持": {"篇数": max(stats.role_df[(role, g)] for g, _ in phrases), "次数": sum(n for _, n in phrases)}}
    return out


def _outermost(phrases: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Phrases without those inside a longer one about as common (衷心的感谢 in 表示衷心的感谢)."""
    return [(g, n) for g, n in phrases
            if not any(g != h and g in h and m * 1.5 >= n for h, m in phrases)]


def _interchangeable(stats: Stats, need: int) -> list[tuple[str, list[str]]]:
    """Frames whose masked word takes three or more words, each in ``need`` documents or more."""
    by_frame: dict[str, list[tuple[int, str]]] = {}
    for (frame, word), docs in stats.fillers_df.items():
        if docs >= need:
            by_frame.setdefault(frame, []).append((-docs, word))
    found = sorted(((frame, [w for _, w in sorted(ws)[:8]]) for frame, ws in by_frame.items() if len(ws) >= 3),
                   key=lambda x: (-len(x[1]), x[0]))
    out: list[tuple[str, list[str]]] = []
    for frame, words in found:
        if any(frame in f and set(words) <= set(w) for f, w in out):
            continue
        out.append((frame, words))
    return out[:30]
