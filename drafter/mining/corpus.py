"""Mining a whole corpus: every .txt and .docx under the given paths, on every core, streaming.

Files are walked lazily and handed to worker processes in small batches; each
worker mines its documents and returns their short summaries with the batch's
statistics already added up. The parent folds each batch in and passes each
summary to a callback (the report prints it, a benchmark drops it), so memory
stays flat however large the corpus is: nothing grows with the number of
documents but bounded tables.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from drafter.errors import DrafterError, problem_at
from drafter.mining.phrases import Stats, collect

SUFFIXES = (".txt", ".docx")
BATCH = 16
"""Documents per task: enough to amortise the hand-over, small enough to balance the cores."""
_NUMERALS = "一二三四五六七八九十百两"


@dataclass(frozen=True, slots=True)
class Heading:
    """One outline entry of a document summary."""

    level: int
    kind: str
    marker: str
    text: str
    role: str
    line: str | None


@dataclass(frozen=True, slots=True)
class Summary:
    """What the report shows of one document."""

    path: str
    genre: str = ""
    title: str = ""
    subtitles: tuple[str, ...] = ()
    lines: tuple[str, ...] = ()
    sections: tuple[tuple[str, str | None, str, int, int], ...] = ()
    """(role, line, heading words, first paragraph, paragraph after its last) of each section, in order."""
    outline: tuple[Heading, ...] = ()
    repairs: tuple[str, ...] = ()
    slots: tuple[tuple[str, int], ...] = ()
    """(kind, count) of the facts found."""
    units: tuple[Any, ...] = ()
    """The structural units (``units.Unit``) in order."""
    converted: bool = False
    """The text was in traditional script and was converted to simplified before mining."""
    size: int = 0
    """Bytes of the file."""
    error: str = ""
    """Why the file could not be mined (then nothing else is set)."""
    furniture: tuple[tuple[str, str], ...] = ()
    """(line, kind) of every line dropped as page furniture, in order."""


@dataclass(slots=True)
class CorpusStats:
    """What a corpus shares."""

    documents: int = 0
    bytes: int = 0
    errors: int = 0
    peak_kb: int = 0
    """Largest resident memory a mining process reached (KiB), for the benchmark."""
    cpu: dict[int, float] = field(default_factory=dict)
    """CPU seconds used so far by each mining process (by process id), for the benchmark."""
    genres: Counter[str] = field(default_factory=Counter)
    sequences: dict[str, Counter[tuple[str, ...]]] = field(default_factory=dict)
    markers: dict[str, Counter[tuple[int, str]]] = field(default_factory=dict)
    phrases: Stats = field(default_factory=Stats)

    def merge(self, other: CorpusStats) -> None:
        """Add another (a worker's batch) in."""
        self.documents += other.documents
        self.bytes += other.bytes
        self.errors += other.errors
        self.peak_kb = max(self.peak_kb, other.peak_kb)
        for pid, seconds in other.cpu.items():
            self.cpu[pid] = max(self.cpu.get(pid, 0.0), seconds)
        self.genres.update(other.genres)
        for g, c in other.sequences.items():
            self.sequences.setdefault(g, Counter()).update(c)
            _cap(self.sequences[g], 2000)
        for g, c in other.markers.items():
            self.markers.setdefault(g, Counter()).update(c)
        self.phrases.merge(other.phrases)


def _cap(table: Counter[tuple[str, ...]], cap: int) -> None:
    if len(table) > cap:
        for key, _ in table.most_common()[cap * 3 // 4:]:
            del table[key]


def files(paths: Iterable[Path]) -> Iterator[Path]:
    """The documents under ``paths`` in a stable order (Word's ~$ lock files skipped).

    Raises:
        DrafterError: a path does not exist.
    """
    from drafter.inputs import is_dir

    for path in paths:
        try:
            os.lstat(path)
        except FileNotFoundError:
            raise DrafterError(problem_at(path, "找不到这个文件或文件夹。")) from None
        except OSError:  # a name too long …: reading it says what is wrong
            pass
        if not is_dir(path):
            yield path
            continue
        for root, dirs, names in os.walk(path):
            dirs.sort()
            for name in sorted(names):
                if name.lower().endswith(SUFFIXES) and not name.startswith(("~$", ".")):
                    yield Path(root) / name


def form(marker: str, kind: str, text: str) -> str:
    """A marker's general form: （三） -> （一）, 12. -> 1., 三是 -> 一是; unmarked kinds named."""
    if marker:
        out = "".join("一" if c in _NUMERALS else "1" if c.isdigit() else c for c in marker)
        out = out.replace("一一", "一").replace("11", "1")
        return out if marker not in "●■◆▲★☆◇□○◎•▶►" else marker
    if kind == "run-in":
        return "（加粗句）"
    if kind == "lead":
        return "（总分句）"
    if text.startswith("“") and "”字" in text[:4]:
        return "“某”字"
    return "（独立短行）"


def summarise(path: Path, into: CorpusStats | None = None) -> tuple[Summary, CorpusStats]:
    """Mine one document: its summary, with its statistics added to ``into`` (a new
    CorpusStats when None), which is returned too."""
    from drafter.mining.analyse import analyse, sections_of
    from drafter.mining.units import paragraph_roles
    from drafter.mining.units import units as units_of

    stats = into if into is not None else CorpusStats()
    try:
        size = path.stat().st_size
    except OSError:  # a broken link, a name too long: analyse() below says what is wrong
        size = 0
    stats.documents += 1
    stats.bytes += size
    try:
        m = analyse(path)
    except DrafterError as e:
        stats.errors += 1
        return Summary(str(path), size=size, error=str(e).splitlines()[0]), stats
    found = units_of(m, m.raw)
    roles = paragraph_roles(m, found)  # the learned reading of the top-level units, carried to their sections
    heads = tuple(Heading(it.level, it.kind, it.marker, it.text, roles[it.index], m.para_lines[it.index])
                  for it in m.items if 0 < it.level <= 5)
    sections = tuple((s.role, s.line, s.heading, s.start, s.end)
                     for s in sections_of(roles, m.para_lines, m.kinds, m.items, m.texts))
    stats.genres[m.genre] += 1
    sequence = tuple(r for k, r in enumerate(s[0] for s in sections) if k == 0 or r != sections[k - 1][0])
    stats.sequences.setdefault(m.genre, Counter())[sequence] += 1
    _cap(stats.sequences[m.genre], 2000)
    stats.markers.setdefault(m.genre, Counter()).update(
        (h.level, form(h.marker, h.kind, h.text)) for h in heads)
    stats.phrases.add(collect(m.texts, m.roles, m.slots))
    slots = Counter(s.kind for s in m.slots)
    summary = Summary(str(path), m.genre, m.title, tuple(m.subtitles), tuple(m.lines), sections, heads,
                      tuple(f"{r.message}" + (f"（如 {'；'.join(r.examples)}）" if r.examples else "")
                            for r in m.repairs), tuple(sorted(slots.items())),
                      tuple(found), m.converted, size, furniture=tuple(m.furniture))
    return summary, stats


def _work(batch: list[str]) -> tuple[list[Summary], CorpusStats]:
    total = CorpusStats()
    out = [summarise(Path(name), total)[0] for name in batch]
    total.peak_kb = _peak_kb()
    total.cpu[os.getpid()] = time.process_time()
    return out, total


def _peak_kb() -> int:
    try:
        import resource
    except ImportError:  # Windows
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _batches(paths: Iterable[Path]) -> Iterator[list[str]]:
    it = (str(p) for p in files(paths))
    while batch := list(islice(it, BATCH)):
        yield batch


def mine(paths: Iterable[Path], *, jobs: int | None = None,
         on_document: Callable[[Summary], None] | None = None) -> CorpusStats:
    """Mine every document under ``paths``.

    Args:
        paths: files and folders.
        jobs: worker processes (default: one per core; 1 mines in this process).
        on_document: called with each document's summary, in file order.

    Raises:
        DrafterError: a path does not exist, or there is no document at all.
    """
    total = CorpusStats()
    for summary in stream(paths, total, jobs=jobs):
        if on_document is not None:
            on_document(summary)
    return total


def stream(paths: Iterable[Path], total: CorpusStats, *, jobs: int | None = None) -> Iterator[Summary]:
    """Mine every document under ``paths``, yielding each summary in file order as soon as
    its batch is done and adding the statistics up in ``total``.

    Raises:
        DrafterError: a path does not exist, or there is no document at all.
    """
    paths = list(paths)
    if not list(islice(files(paths), 1)):
        _nothing(paths)
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        for summaries, stats in map(_work, _batches(paths)):
            total.merge(stats)
            yield from summaries
        return
    import multiprocessing

    ctx = multiprocessing.get_context("spawn" if os.name == "nt" else "forkserver")
    with ctx.Pool(jobs) as pool:
        for summaries, stats in pool.imap(_work, _batches(paths)):
            total.merge(stats)
            yield from summaries


def _nothing(paths: list[Path]) -> None:
    raise DrafterError(problem_at(paths[0] if paths else None,
                                  "这里没有可读的文档（.txt 或 .docx）。",
                                  "把范文存成 .txt（UTF-8 或 GBK）或 .docx 放进文件夹再试。"))
