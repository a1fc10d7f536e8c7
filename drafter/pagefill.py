"""Where the body ends on the page grid: an estimate from the written XML, without a layout engine.

drafter cannot ask Word where a page breaks, but a GB/T 9704 page is a grid: exact line
heights (22 lines of 28.95 pt), 28 characters a line at 3号, a CJK character one em wide.
Counting each paragraph's lines on that grid gives the page the body ends on and how
much of it is filled, to within a line or so (keep-with-next headings, punctuation kept
off a line's start, table rows and photos are estimated). The writer uses it to decide
whether the 版记 fits at the foot of the body's last page (drafter/writer.py), and keeps
a safety margin for the estimate's error.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn

from drafter.profile import Profile, StyleSpec

TWIPS_PER_MM = 1440 / 25.4
TABLE_LINE = 1.3
"""Height of a single-spaced table line, in ems of its 4号 text (CJK faces run 1.2-1.45)."""
CELL_MARGINS = 114
"""Twips of cell margin above and below a table row's text (docx_xml's 表格 style)."""

HANGING = "，。、；：？！”’）》"
"""Punctuation Word and LibreOffice let hang past (or squeeze into) a full line's end."""


@dataclass(frozen=True)
class Fill:
    """How far the body reaches."""

    pages: int
    """Pages the body takes (1 for an empty body)."""
    used: int
    """Twips of the type area's height filled on its last page."""
    height: int
    """Twips of the type area's height."""

    @property
    def free(self) -> int:
        """Twips left free at the foot of the last page."""
        return self.height - self.used


def estimate(elements: list[Any], profile: Profile, specs: dict[str, StyleSpec]) -> Fill:
    """Lay the body's paragraphs and tables (python-docx elements, in order) on the grid.

    Args:
        elements: ``w:p`` and ``w:tbl`` elements of the body; floating tables are skipped.
        profile: the page (margins, line pitch, character spacing).
        specs: the profile's style of each paragraph style id.
    """
    top, bottom, left, right = profile.margins_mm
    height = int(round((297 - top - bottom) * TWIPS_PER_MM))
    width = (210 - left - right) * TWIPS_PER_MM
    page = _Page(height)
    for i, el in enumerate(elements):
        if el.tag == qn("w:tbl"):
            if el.find(f"{qn('w:tblPr')}/{qn('w:tblpPr')}") is None:
                for row in el.findall(qn("w:tr")):
                    page.add([_row_height(row)], keep=True)
            continue
        if el.tag != qn("w:p"):
            continue
        ppr = el.pPr
        spec = specs.get(el.style or "", profile.body)
        if spec.page_break_before or (ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None):
            page.new_page(only_if_used=True)
        pitch = int(round(spec.line_pitch_pt * 20)) if spec.line_pitch_pt else profile.line_twips
        spacing = ppr.find(qn("w:spacing")) if ppr is not None else None
        if spacing is not None and spacing.get(qn("w:line")) and spacing.get(qn("w:lineRule")) == "exact":
            pitch = int(spacing.get(qn("w:line")))
        before = (int(spacing.get(qn("w:before"))) if spacing is not None and spacing.get(qn("w:before"))
                  else int(round(spec.space_before_lines * profile.line_twips)))
        lines = [pitch] * _lines(el, spec, width, profile)
        pictures = [int(ext.get("cy")) // 635 for ext in el.iter(
            "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent")]
        if pictures:
            lines = [max(pitch, sum(pictures))]
        lines[0] += before
        rule = ppr.find(f"{qn('w:pBdr')}/{qn('w:bottom')}") if ppr is not None else None
        if rule is not None:  # a rule under the paragraph (the 版头's red line) takes room
            lines[-1] += int(rule.get(qn("w:space"), "0")) * 20 + int(rule.get(qn("w:sz"), "0")) * 20 // 8
        keep = spec.keep_next and i + 1 < len(elements)
        page.add(lines, keep=spec.keep_next, follow=profile.line_twips if keep else 0)
    return Fill(page.pages, page.used, height)


class _Page:
    def __init__(self, height: int) -> None:
        self.height, self.pages, self.used = height, 1, 0

    def new_page(self, *, only_if_used: bool = False) -> None:
        if self.used or not only_if_used:
            self.pages, self.used = self.pages + 1, 0

    def add(self, lines: list[int], *, keep: bool, follow: int = 0) -> None:
        """Lines of one paragraph (or one table row); ``keep``: all on one page, with
        ``follow`` twips of what comes next."""
        if keep and self.used and self.used + sum(lines) + follow > self.height:
            self.new_page()
        for line in lines:
            if self.used + line > self.height and self.used:
                self.new_page()
            self.used += line


def _width(text: str) -> float:
    """Characters of the text: a CJK character or full-width punctuation is one, Latin half."""
    return sum(0.5 if ord(ch) < 0x2000 else 1 for ch in text)


def _lines(p: Any, spec: StyleSpec, width: float, profile: Profile) -> int:
    text = "".join(t.text or "" for t in p.iter(qn("w:t")))
    tabs = sum(1 for _ in p.iter(qn("w:tab")))
    breaks = sum(1 for _ in p.iter(qn("w:br")))
    pitch = spec.size * 20 + profile.char_spacing_twips
    per_line = max(math.floor(width / pitch) - spec.left_chars - spec.right_chars, 1)
    if text and text[-1] in HANGING:  # a closing mark may hang past the line's end
        text = text[:-1]
    chars = _width(text) + 2 * tabs + max(spec.indent_chars, 0)
    return max(math.ceil(chars / per_line), 1) + breaks


def _row_height(row: Any) -> int:
    """Twips of a table row: its tallest cell's lines of 4号 text, plus the cell margins."""
    fixed = row.find(f"{qn('w:trPr')}/{qn('w:trHeight')}")
    if fixed is not None and fixed.get(qn("w:hRule")) == "exact":
        return int(fixed.get(qn("w:val")))
    tallest = 1
    for cell in row.findall(qn("w:tc")):
        w = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
        chars_across = max((int(w.get(qn("w:w"))) - 170) / 280, 1) if w is not None else 10
        text = "".join(t.text or "" for t in cell.iter(qn("w:t")))
        tallest = max(tallest, math.ceil(_width(text) / math.floor(chars_across)) or 1)
    return int(tallest * 14 * 20 * TABLE_LINE) + CELL_MARGINS
