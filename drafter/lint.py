"""``drafter lint``: read a draft (.docx or text) and mark what an experienced editor would.

Works on any draft, drafter's own or anyone's, read through reader.py and outline.py.
``lint()`` returns findings and never raises for them; the CLI prints each as
``FILE:N: CODE message`` (N is the line of a text file, or the paragraph of a .docx
counting the paragraphs that have text; every message also quotes the words around the
slip) and exits 1 when there are errors (or warnings, with ``--strict``). A folder
stands for the .docx and .txt files in it.

======  ========  ======================================================================
code    severity  what the editor marks
======  ========  ======================================================================
D001    error     the file cannot be read as a draft
D101    error     a placeholder left in: ``**`` ``XX`` ``×××`` ``【待补…】`` ``（具体内容）`` …
D102    warning   web-page leftovers: 小编、推荐访问、免责声明、ICP备 …
D201    error     heading or lead-in numbering skips (一、二、四；一是……三是)
D202    error     heading or lead-in numbering repeats or goes backwards
D203    error     numbering starts past one (first level-2 heading is （二）; 二是 with no 一是)
D204    error     level mix-up: （一） with no 一、 above it, 1. with no （一） above it
D205    warning   lead-ins of one series mixed (一要……二是)
D206    warning   level-3 marker written 1、 instead of 1. (GB/T 9704 7.3.3)
D301    error     a count that disagrees with the text ("提出三点要求" followed by four)
D302    warning   more items listed than "等N项" says
D401    error     half-width punctuation in Chinese text (, : ; ? ! ( ) .)
D402    error     half-width quotation marks in Chinese text (" ')
D403    error     quotation marks not in pairs
D404    error     brackets or book-title marks not in pairs
D405    warning   dash written wrong (— - -- ―; GB/T 15834: ——)
D406    warning   ellipsis written wrong (... 。。。 …; GB/T 15834: ……)
D407    error     document number not in the GB/T 9704 form 〔2023〕1号
D408    warning   stray spaces between Chinese characters (copied from PDF)
D409    error     punctuation doubled (，，  。。  ，。)
D410    warning   paragraph broken in the middle of a sentence (copied from PDF or web)
D501    warning   a stock phrase repeated too often in one document
D502    warning   a word typed twice (工作工作、的的)
D601    error     date with zero padding (2023年02月 → 2023年2月; GB/T 15835)
D602    error     year cut short (23年2月 → 2023年2月)
D603    error     Arabic and Chinese numerals mixed (3千元, 百分之5)
D604    warning   full-width digits (２０２３ → 2023)
D605    error     〇 of a year written ○, O, 0 or 零 (二〇二三年)
D701    info      length in characters and speaking time at --rate characters a minute
D702    warning   longer than the --minutes the speech is given
D801    error     with --facts: a date, year or figure in neither this year's facts nor the templates
D802    error     with --facts: a word one character from a listed person's name, or sounding like it
======  ========  ======================================================================
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter import lint_facts, lint_outline, lint_text
from drafter.errors import DrafterError
from drafter.outline import outline
from drafter.reader import Para, read

SEVERITY = {
    "D001": "error", "D101": "error", "D102": "warning",
    "D201": "error", "D202": "error", "D203": "error", "D204": "error", "D205": "warning", "D206": "warning",
    "D301": "error", "D302": "warning",
    "D401": "error", "D402": "error", "D403": "error", "D404": "error", "D405": "warning", "D406": "warning",
    "D407": "error", "D408": "warning", "D409": "error", "D410": "warning",
    "D501": "warning", "D502": "warning",
    "D601": "error", "D602": "error", "D603": "error", "D604": "warning", "D605": "error",
    "D701": "info", "D702": "warning",
    "D801": "error", "D802": "error",
}
"""Every code and its severity (the table above)."""

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
    from drafter.inputs import is_dir

    for path in paths:
        if is_dir(path):
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


# --- placeholders and web leftovers ------------------------------------------------------------

_PLACEHOLDERS = re.compile(
    r"\*{2,}|＊{2,}|(?<![A-Za-z])(?:[Xx]{2,}|Ｘ{2,})(?![A-Za-z])|[×✕╳]{2,}|[○□■△]{2,}"
    r"|【[^【】]{0,20}?(?:待|补|填|此处|具体|略)[^【】]{0,20}】"
    r"|[（(](?:具体|此处|待|填写|请填|补充|略)[^（）()]{0,15}[）)]"
    r"|\[(?:具体|此处|待|填写|补充)[^\[\]]{0,15}\]|TODO|TBD|FIXME")
_WEB = re.compile(r"小编|推荐访问|本文来源|来源：网络|免责声明|版权声明|版权归|原文链接|点击查看|阅读全文|"
                  r"扫一扫|扫码关注|相关推荐|上一篇|下一篇|责任编辑|ICP备|公网安备|网站标识码|下载本文|"
                  r"文章来源|转载请注明|(?:^|\s)(?:主办|承办)(?:单位)?[:：]")


def _leftovers(numbered: list[tuple[int, Para]]) -> Iterator[tuple[int, str, str]]:
    for n, p in numbered:
        for m in _PLACEHOLDERS.finditer(p.text):
            yield n, "D101", f"占位符“{m[0]}”没有替换：{lint_text.excerpt(p.text, m.start(), m.end())}"
        web = _WEB.search(p.text)
        if web:
            yield n, "D102", (f"像是网页上带来的文字（“{web[0]}”），不属于正文：{lint_text.excerpt(p.text, web.start(), web.end())}")


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
