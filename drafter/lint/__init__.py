"""``drafter lint``: read a draft (.docx or text) and mark what an experienced editor would.

Works on any draft, drafter's own or anyone's, read through reader.py and outline.py.
``lint()`` returns findings and never raises for them; the CLI prints each as
``FILE:N: CODE message`` (N is the line of a text file, or the paragraph of a .docx
counting the paragraphs that have text; every message quotes the words around the slip
and says how to put it right) and exits 1 when there are errors (or warnings, with
``--strict``). A folder stands for the .docx and .txt files in it.

The codes and their severities are in ``drafter/lint/codes.py`` (``drafter lint --codes``
prints them). The checks, one module each:

running_text.py  punctuation, numbers and dates, doubled words, paragraphs broken or unstopped
structure.py     heading and lead-in numbering, counts, over-long headings
leftovers.py     placeholders, web furniture, None and template syntax, control characters
repeats.py       stock phrases, phrases said twice in a row, openings and lists said too often
factcheck.py     with --facts: years and figures, names, places of another region
protocol.py      the presider named before leaders of higher rank

Every check is linear (or n log n) in the size of the draft, and a draft is capped in
size (D002): a file past the cap is refused, not read.
"""

from __future__ import annotations

import math
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.lint import factcheck, leftovers, protocol, repeats, running_text, structure
from drafter.lint.codes import SEVERITY
from drafter.errors import DrafterError
from drafter.outline import outline
from drafter.reader import Para, read_document

DEFAULT_RATE = 220
"""Characters a minute a leader reads a speech at, when --rate is not given (the same
default as the build's length notes, 篇幅.语速)."""


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One thing an editor would mark."""

    path: str
    paragraph: int
    """Paragraph of a .docx or line of a text file (1-based); 0 for the whole document."""
    code: str
    message: str
    """What is wrong and how to put it right, in Chinese."""

    @property
    def severity(self) -> str:
        """``error``, ``warning`` or ``info``."""
        return SEVERITY[self.code]

    def __str__(self) -> str:
        where = f"{self.path}:{self.paragraph}" if self.paragraph else self.path
        return f"{where}: {self.code} {self.message}"


MAX_CHARS = 1_000_000
"""The most characters lint reads in one draft: some 2,000 pages, far past any speech or
report. Past it a file is refused (D002) rather than read for minutes."""
MAX_TEXT_BYTES = 4 * MAX_CHARS
"""A text file past this size (UTF-8 takes 3 bytes a Chinese character) is not read."""
MAX_DOCX_XML_BYTES = 64 * MAX_CHARS
"""A .docx whose body XML unpacks past this size is not read (Word writes ~30 bytes of
markup a character at most; pictures are not part of the body XML)."""


def lint(paths: Iterable[Path | str], *, rate: int = DEFAULT_RATE, minutes: float | None = None,
         ignore: Iterable[str] = (), facts: Any = None, roots: Iterable[Path] = (),
         ranks: Any = None) -> list[Finding]:
    """Lint drafts; a file that cannot be read is a D001 finding, not an exception.

    Args:
        paths: .docx or text files.
        rate: speaking rate in characters a minute, for the speaking time (D701).
        minutes: the time the speech is given, if any (D702).
        ignore: codes (or code prefixes such as ``D4``) not to report.
        facts: this year's facts file (drafter.facts.Facts) to check the drafts against (D8xx).
        roots: the template libraries whose fixed text may also supply figures.
        ranks: the 礼宾顺序 table (drafter.protocol.RankTable) for D901; the built-in
            library's when not given.

    Returns:
        The findings, file by file, in paragraph order.
    """
    skip = tuple(ignore)
    found: list[Finding] = []
    for path in _expand(map(Path, paths)):
        too_big = _too_big(path)
        if too_big:
            found.append(Finding(str(path), 0, "D002", too_big))
            continue
        try:
            reading = read_document(path)
        except DrafterError as e:
            found.append(Finding(str(path), 0, "D001", " ".join(p.message for p in e.problems)))
            continue
        from drafter.lint.returned import returned

        found += [f for f in [*returned(reading, path, list(roots)),
                              # table cells are not running text (no sentence rules)
                              *lint_paragraphs([p for p in reading.paras if not p.in_table],
                                               str(path), rate=rate,
                                               minutes=minutes, facts=facts, roots=list(roots),
                                               ranks=ranks, spoken=_spoken(reading))]
                  if not (skip and f.code.startswith(skip))]
    return found


def lint_budgeted(paths: Iterable[Path | str], limits: Any, **options: Any) -> list[Finding]:
    """``lint`` with each file read and checked within ``limits`` (drafter.budget): a file
    that takes longer or more memory is a D001 finding naming the budget."""
    from drafter import budget

    found: list[Finding] = []
    for path in _expand(map(Path, paths)):
        try:
            found += budget.run(lint, [path], label=path, limits=limits, **options)
        except DrafterError as e:
            found.append(Finding(str(path), 0, "D001", " ".join(
                p.message + (f"（{p.hint}）" if p.hint else "") for p in e.problems)))
    return found


def _too_big(path: Path) -> str:
    """Why ``path`` is too large to lint, or "" (D002)."""
    from drafter import docx_guard

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return ""  # a pipe or a device: the reader refuses it without reading (D001)
        if path.suffix.lower() == ".docx":
            with docx_guard.open_package(path) as z:
                size = z.getinfo("word/document.xml").file_size
            limit = MAX_DOCX_XML_BYTES
        else:
            size, limit = path.stat().st_size, MAX_TEXT_BYTES
    except (OSError, KeyError, DrafterError):
        return ""  # the reader says what is wrong with it (D001)
    if size <= limit:
        return ""
    return (f"文件太大（正文约 {size / 1e6:.0f} MB，上限 {limit / 1e6:.0f} MB，约 {MAX_CHARS // 10000} 万字），"
            "不像一篇文稿，没有检查。如果确实是文稿，请拆成几个文件分别检查。")


def _expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; a folder as its drafts (not Word's ~$ lock files)."""
    from drafter.inputs import is_dir

    from drafter.reader import OLD_FORMATS

    kinds = (".docx", ".txt", *OLD_FORMATS)
    for path in paths:
        if is_dir(path):
            yield from sorted(p for p in path.rglob("*") if p.is_file() and
                              p.suffix.lower() in kinds and not p.name.startswith("~$"))
        else:
            yield path


def lint_paragraphs(paras: list[Para], path: str = "", *, rate: int = DEFAULT_RATE,
                    minutes: float | None = None, facts: Any = None,
                    roots: list[Path] | None = None, ranks: Any = None,
                    spoken: bool = True) -> list[Finding]:
    """Lint the paragraphs of one draft (see ``lint``); ``spoken``: a draft read aloud, whose
    length is also told as speaking time (a report or a brief is only counted)."""
    numbered = [(p.line or n, p) for n, p in enumerate((p for p in paras if p.text.strip()), 1)]
    if sum(len(p.text) for _, p in numbered) > MAX_CHARS:
        return [Finding(path, 0, "D002", f"文稿超过 {MAX_CHARS // 10000} 万字，不像一篇文稿，没有检查。"
                                         "如果确实是文稿，请拆成几个文件分别检查。")]
    items = outline([p for _, p in numbered])
    guessed = structure.guessed_headings(items, numbered)
    items = [it for it in items if it.index not in guessed]
    # Titles guessed from a plain text's first short lines are not taken as headings here:
    # a sentence broken off at the top of a pasted text looks just like one.
    headings = {it.index for it in items if it.kind == "heading" or
                (it.kind == "title" and numbered[it.index][1].style.lower() == "title")}
    titles = {it.index for it in items if it.level == 0}
    passages = running_text.passages([(n, p.text.strip()) for n, p in numbered], headings)
    out: list[tuple[int, str, str]] = []
    out += structure.numbering(items, numbered, passages)
    out += structure.counts(passages)
    out += structure.long_headings(items, numbered)
    for k, passage in enumerate(passages):
        out += running_text.check(passage, passages[k + 1].text if k + 1 < len(passages) else "")
    out += running_text.broken_paragraphs(numbered, headings)
    out += running_text.unstopped(numbered, headings | titles)
    whole = "\n".join(p.text for _, p in numbered)
    out += leftovers.leftovers(numbered)
    out += repeats.stock_phrases(whole)
    out += repeats.said_twice(numbered)
    parts = {it.index for it in items if 1 <= it.level <= 4 and it.kind in ("heading", "run-in")}
    out += repeats.openings(numbered, headings | titles, parts)
    out += repeats.lists(numbered, whole)
    out += protocol.presiders(numbered, ranks)
    out += _length(whole, rate, minutes, spoken)
    if facts is not None:
        out += factcheck.check([(n, p.text) for n, p in numbered], facts, roots or [])
    findings = {Finding(path, n, code, message) for n, code, message in out}
    return sorted(findings, key=lambda f: (f.paragraph, f.code, f.message))


# --- length and speaking time --------------------------------------------------------------------

def _spoken(reading: Any) -> bool:
    """Whether a draft is read aloud: a speech, or anything drafter did not stamp with its genre."""
    from drafter import stamp

    genre = reading.properties.get(stamp.GENRE, "")
    return not genre or "讲话" in genre


def _length(whole: str, rate: int, minutes: float | None,
            spoken: bool = True) -> Iterator[tuple[int, str, str]]:
    """D701/D702, counted as the build counts (model.Document.length: every character but
    spaces) so that ``drafter build`` and ``drafter lint`` give the same minutes."""
    chars = sum(1 for ch in whole if not ch.isspace())
    if not chars:
        return
    if not spoken:
        yield 0, "D701", f"全文 {chars} 字。"
        return
    needed = chars / max(rate, 1)
    shown = max(1, round(needed))
    yield 0, "D701", f"全文 {chars} 字，按每分钟 {rate} 字，讲完约需 {shown} 分钟。"
    if minutes is not None and needed > minutes * 1.1:
        cut = math.ceil(chars - minutes * rate)
        yield 0, "D702", (f"讲话时间限定 {minutes:g} 分钟，这篇稿子约需 {shown} 分钟，"
                          f"需要删减约 {cut} 字。")
