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
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.lint import factcheck, leftovers, protocol, repeats, running_text, structure
from drafter.lint.codes import SEVERITY
from drafter.errors import DrafterError
from drafter.outline import outline
from drafter.reader import Para, read

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


def lint(paths: Iterable[Path | str], *, rate: int = DEFAULT_RATE, minutes: float | None = None,
         ignore: Iterable[str] = (), facts: Any = None, roots: Iterable[Path] = ()) -> list[Finding]:
    """Lint drafts; a file that cannot be read is a D001 finding, not an exception.

    Args:
        paths: .docx or text files.
        rate: speaking rate in characters a minute, for the speaking time (D701).
        minutes: the time the speech is given, if any (D702).
        ignore: codes (or code prefixes such as ``D4``) not to report.
        facts: this year's facts file (drafter.facts.Facts) to check the drafts against (D8xx).
        roots: the template libraries whose fixed text may also supply figures.

    Returns:
        The findings, file by file, in paragraph order.
    """
    skip = tuple(ignore)
    found: list[Finding] = []
    for path in _expand(map(Path, paths)):
        try:
            paras = read(path)
        except DrafterError as e:
            found.append(Finding(str(path), 0, "D001", " ".join(p.message for p in e.problems)))
            continue
        found += [f for f in lint_paragraphs(paras, str(path), rate=rate, minutes=minutes,
                                             facts=facts, roots=list(roots))
                  if not (skip and f.code.startswith(skip))]
    return found


def _expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; a folder as its drafts (not Word's ~$ lock files)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and
                              p.suffix.lower() in (".docx", ".txt") and not p.name.startswith("~$"))
        else:
            yield path


def lint_paragraphs(paras: list[Para], path: str = "", *, rate: int = DEFAULT_RATE,
                    minutes: float | None = None, facts: Any = None,
                    roots: list[Path] | None = None) -> list[Finding]:
    """Lint the paragraphs of one draft (see ``lint``)."""
    numbered = [(p.line or n, p) for n, p in enumerate((p for p in paras if p.text.strip()), 1)]
    items = outline([p for _, p in numbered])
    # Titles guessed from a plain text's first short lines are not taken as headings here:
    # a sentence broken off at the top of a pasted text looks just like one.
    headings = {it.index for it in items if it.kind == "heading" or
                (it.kind == "title" and numbered[it.index][1].style.lower() == "title")}
    passages = lint_text.passages([(n, p.text.strip()) for n, p in numbered], headings)
    out: list[tuple[int, str, str]] = []
    out += lint_outline.numbering(items, numbered, passages)
    out += lint_outline.counts(passages)
    for k, passage in enumerate(passages):
        out += lint_text.check(passage, passages[k + 1].text if k + 1 < len(passages) else "")
    out += lint_text.broken_paragraphs(numbered, headings)
    whole = "\n".join(p.text for _, p in numbered)
    out += _leftovers(numbered)
    out += lint_text.repetition(whole)
    out += _length(whole, rate, minutes)
    if facts is not None:
        out += lint_facts.check([(n, p.text) for n, p in numbered], facts, roots or [])
    findings = {Finding(path, n, code, message) for n, code, message in out}
    return sorted(findings, key=lambda f: (f.paragraph, f.code, f.message))


# --- length and speaking time --------------------------------------------------------------------

def _length(whole: str, rate: int, minutes: float | None) -> Iterator[tuple[int, str, str]]:
    """D701/D702, counted as the build counts (model.Document.length: every character but
    spaces) so that ``drafter build`` and ``drafter lint`` give the same minutes."""
    chars = sum(1 for ch in whole if not ch.isspace())
    if not chars:
        return
    needed = chars / max(rate, 1)
    shown = max(1, round(needed))
    yield 0, "D701", f"全文 {chars} 字，按每分钟 {rate} 字，讲完约需 {shown} 分钟。"
    if minutes is not None and needed > minutes * 1.1:
        cut = math.ceil(chars - minutes * rate)
        yield 0, "D702", (f"讲话时间限定 {minutes:g} 分钟，这篇稿子约需 {shown} 分钟，"
                          f"需要删减约 {cut} 字。")
