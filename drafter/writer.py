"""The docx writer: Document model -> .docx laid out by a layout profile, via python-docx.

Each build opens the profile's lean reference document (drafter/docx_xml.py: only the
styles drafter uses, GB/T 9704 page, fonts with the East Asian slot filled, no theme;
made once per process) with python-docx and appends the blocks as paragraphs and runs.
Every paragraph and run refers to a named style; the only direct formatting is the
East Asian hint on runs (so Word draws “ ” — … with the Chinese font) and the highlight
of gaps in a --draft build and of placeholders (图注) the writer replaces.

The bytes are deterministic: the core properties carry fixed dates (the meeting's, or
2000-01-01), python-docx serialises the parts in a fixed order, and the package is
zipped with fixed member times (python-docx's own writer stamps the clock).
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from copy import deepcopy
from functools import lru_cache
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_COLOR_INDEX
from docx.opc.pkgwriter import PackageWriter
from docx.oxml.parser import OxmlElement

from drafter import docx_xml, pagefill
from drafter.docx_xml import LABEL_SUFFIX, RUN_IN_SUFFIX, ZIP_TIME
from drafter.model import Block, Document, Span
from drafter.fingerprint import FINGERPRINT, PLACEHOLDER, stamp
from drafter.profile import HEADING_NAMES, Profile

LEAD_STYLE, GAP_STYLE, MARK_STYLE = "要点", "待补", "占位"
FIXED_TIME = dt.datetime(2000, 1, 1)
PAGE_MM = (210, 297)
"""A4, GB/T 9704 5.2.1."""
PICTURE_STYLE = "图片"
PICTURE_HEIGHT = 0.6
"""Tallest a photo may be, as a share of the type area's height (a portrait photo)."""
MASTHEADS = ("发文机关标志", "纪要标志")
"""Styles of the red 版头 line whose top edge sits 35 mm below the type area (7.2.4, 10.3)."""
MASTHEAD_MM = 35
MASTHEAD_FOOT = 0.8
"""Where an exact-height line stands its characters: the foot of their em box lies this
share of the line's height below the line's top (the rest is left for descenders). Not a
property of the font: LibreOffice put the 标志's em box at the same place, to 0.01 mm,
drawn in Noto Serif CJK, Noto Sans CJK, AR PL UMing, AR PL UKai and WenQuanYi Zen Hei,
at 36 and 40 pt lines; tests/test_redhead_pdf.py holds the 标志 to 35 mm ±1 mm at two
sizes. So the space above the 标志 follows from its size and line height alone."""
ISSUE_STYLE = "发文字号"
SIGNER, SIGNER_STYLE = "签发人：", "签发人"
"""An upward document's 签发人 label (3号仿宋, the 发文字号's style) and the character style
of the names after it (3号楷体, GB/T 9704 7.2.6)."""
RULE_GAP_PT = 5
"""Points between the 发文字号 line's box and the red separator; measured in LibreOffice to
put the rule 4 mm below the characters (7.2.7), see tests/test_redhead_pdf.py."""
RECORD_STYLES = ("抄送", "印发")
"""Styles of the 版记 (7.4): written as rows of one table at the bottom of the type area."""
TAIL_TWIPS = 20
"""Height of the empty paragraph that ends a document with a 版记 (1 pt)."""
RECORD_SLACK_TWIPS = 10
"""Spare room on a 版记 page of its own, so that its closing paragraph never spills onto
another page; its last rule lies (20 + 10) twips = 0.5 mm above the type area's bottom."""
TITLE_LIMIT = 255
"""Longest 标题 document property Word accepts (python-docx refuses longer ones)."""
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters an XML document cannot hold; dropped from the text."""


def render_docx(document: Document, profile: Profile, *, title: str = "",
                when: dt.date | None = None, properties: dict[str, str] | None = None,
                pictures: dict[str, Any] | None = None) -> bytes:
    """The .docx bytes of a document.

    Args:
        document: the blocks to write.
        profile: page layout and styles.
        title: the document property 标题 (defaults to the document's title).
        when: date stored as created/modified (keeps the bytes deterministic).
        properties: extra custom document properties (e.g. the template's hash).
        pictures: photos by 文件 (drafter.pictures); a ``@图片 文件`` line shows that photo.

    Returns:
        The bytes of a deterministic .docx file.
    """
    _run_properties(profile)  # made on the reference before a build takes it
    # A document with photos gets a reference of its own: python-docx numbers new image
    # parts after those it has seen, and a reused one would remember the last build's.
    with _opened(profile, fresh=bool(pictures)) as doc:
        writer = _Writer(doc, profile, pictures or {})
        for block in document.blocks:
            writer.paragraph(block)
        writer.finish()
        cp = doc.core_properties
        # A 纪要 has its red 纪要标志 where other documents have a title.
        shown = title or document.title or next(
            (b.text for b in document.blocks if b.kind == "styled" and b.style == "纪要标志"), "")
        cp.title = _NOT_XML.sub("", shown)[:TITLE_LIMIT]
        cp.author = cp.last_modified_by = "drafter"
        cp.created = cp.modified = (dt.datetime(when.year, when.month, when.day) if when
                                    else FIXED_TIME)
        cp.revision = 1
        return save(doc, properties or {})


class _Loaded:
    """The profile's reference document, opened once per process and emptied after each use.

    A build appends to the body and may relate new parts (pictures); afterwards the body
    is cut back to its section settings and the new relationships dropped, so the next
    build starts from exactly the reference. A second thread building meanwhile opens
    its own copy.
    """

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.doc = _open(profile)
        self.rels = set(self.doc.part.rels)
        self.section = deepcopy(self.doc.element.body.sectPr)
        self.lock = threading.Lock()

    def reset(self) -> None:
        body = self.doc.element.body
        for child in list(body):
            body.remove(child)
        body.append(deepcopy(self.section))  # a 版记 section changes the last one's footers
        for rid in set(self.doc.part.rels) - self.rels:
            del self.doc.part.rels[rid]


def _open(profile: Profile) -> Any:
    return docx.Document(io.BytesIO(docx_xml.reference(profile)))


@lru_cache(maxsize=16)
def _loaded(profile: Profile) -> _Loaded:
    return _Loaded(profile)


@contextmanager
def _opened(profile: Profile, *, fresh: bool = False) -> Iterator[Any]:
    """A python-docx document holding the profile's reference, to add a draft to."""
    loaded = _loaded(profile)
    if fresh or not loaded.lock.acquire(blocking=False):
        yield _open(profile)
        return
    try:
        yield loaded.doc
    finally:
        loaded.reset()
        loaded.lock.release()


def paragraph_style(block: Block) -> str:
    """The profile's name of the paragraph style a block is written in."""
    if block.kind == "title":
        return "标题"
    if block.kind == "heading" and not block.run_in:
        return HEADING_NAMES[block.level - 1]
    if block.kind == "styled":
        return block.style
    return "正文"


class _Writer:
    """Appends blocks to a python-docx document, looking styles up by profile name.

    Paragraphs and runs are added through python-docx's element classes (``add_p``,
    ``add_t``, ``add_tab``, ``add_br``); each run starts as a copy of a ``w:r`` holding
    the properties made once per profile through its proxies (:func:`_run_properties`),
    appended to its paragraph (where ``add_r`` would put it: runs follow ``w:pPr``).
    """

    def __init__(self, doc: Any, profile: Profile, pictures: dict[str, Any] | None = None) -> None:
        self.doc = doc
        self.body = doc.element.body
        self.ids = docx_xml.style_ids(profile)
        self.runs = _empty_runs(profile)
        self.pictures = pictures or {}
        top, bottom, left, right = profile.margins_mm
        self.area_mm = (PAGE_MM[0] - left - right, PAGE_MM[1] - top - bottom)
        self.profile = profile
        self.record: Any = None  # the 版记 table, once a 抄送/印发 line came
        self.specs = {self.ids[s.name]: s for s in profile.paragraph if s.name in self.ids}

    def masthead(self, p: Any, style: str) -> None:
        """Space above the 发文机关标志 (or 纪要标志) so its characters' top edge is
        ``MASTHEAD_MM`` below the type area's top, whatever 份号/密级 lines precede it."""
        from docx.shared import Pt
        from docx.text.paragraph import Paragraph

        spec = next(s for s in self.profile.paragraph if s.name == style)
        above = sum(1 for el in self.body if el.tag.endswith("}p")) - 1  # lines before it
        line = spec.line_pitch_pt or self.profile.line_pitch_pt
        # The em box's top: the line's top + FOOT × its height − the size.
        gap = (MASTHEAD_MM * 72 / 25.4 - above * self.profile.line_pitch_pt
               - (MASTHEAD_FOOT * line - spec.size))
        Paragraph(p, self.doc._body).paragraph_format.space_before = Pt(round(max(gap, 0), 1))

    def signed(self, p: Any) -> None:
        """An upward document's 发文字号 line (7.2.5, 7.2.6): the number one character in from
        the left, 签发人 one character in from the right, on tab stops (the red rule under the
        line keeps the type area's full width, which indents would shorten)."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
        from docx.shared import Mm, Pt
        from docx.text.paragraph import Paragraph

        size = Pt(self.profile.body.size)
        fmt = Paragraph(p, self.doc._body).paragraph_format
        fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
        fmt.tab_stops.add_tab_stop(size, WD_TAB_ALIGNMENT.LEFT)
        fmt.tab_stops.add_tab_stop(Mm(self.area_mm[0]) - size, WD_TAB_ALIGNMENT.RIGHT)
        self.run(p, "\t", "")

    def finish(self) -> None:
        """Place the 版记 (GB/T 9704 7.4, 7.5): a table floating at the foot of the type area,
        its last rule on the type area's bottom edge, anchored to a paragraph that ends the
        document (one point high, so it never adds a page of its own).

        The 版记 shares the body's last page only when that page has room for it (estimated
        on the page grid, drafter.pagefill, with a line to spare) and, printed double-sided,
        is an even page (封四). Otherwise it gets a section of its own: it starts on the next
        even page (a blank page between when the body ends on an even page; Word and
        LibreOffice insert it themselves) and has no page number, nor has the blank page.
        Either way the body cannot run under it: it is alone on its page, or the page's
        text was measured to end above it (and Word, WPS and LibreOffice keep text off a
        floating table anyway).
        """
        from docx.enum.text import WD_LINE_SPACING
        from docx.shared import Pt, Twips
        from docx.text.paragraph import Paragraph

        if self.record is None:
            return
        pitch = self.profile.line_twips
        heights = [self.record_lines(row) * pitch for row in self.record.rows]
        for row, height in zip(self.record.rows, heights, strict=True):
            docx_xml.exact_height(row, height)
        area = int(round(self.area_mm[1] * 1440 / 25.4))
        left = int(round(self.profile.margins_mm[2] * 1440 / 25.4))
        table = self.record._tbl
        body = [el for el in self.body if el is not table and el.tag != docx_xml.qn("w:sectPr")]
        fill = pagefill.estimate(body, self.profile, self.specs)
        # Room for the 版记 and a line to spare for the estimate's error.
        room = fill.free >= sum(heights) + pitch
        if room and (fill.pages % 2 == 0 or not self.profile.duplex):
            docx_xml.record_table(self.record, area - sum(heights), left)
        else:
            self.record_page(table, area - sum(heights) - TAIL_TWIPS - RECORD_SLACK_TWIPS)
        fmt = Paragraph(self.body.add_p(), self.doc._body).paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Twips(TAIL_TWIPS)
        fmt.first_line_indent = Pt(0)

    def record_page(self, table: Any, space: int) -> None:
        """Give the 版记 a page of its own: end the body's section before its table; the
        版记's section starts on the next even page (any next page, printed single-sided),
        has empty footers, and opens with ``space`` twips of exact-height paragraph that
        put the table (in the text flow, exact row heights) at the type area's foot."""
        from docx.enum.section import WD_SECTION

        last = table.getprevious()
        if last is None or last.tag != docx_xml.qn("w:p"):  # a table ends the body
            last = self.tail()
            table.addprevious(last)
        last.get_or_add_pPr()._insert_sectPr(deepcopy(self.body.sectPr))
        section = self.doc.sections[-1]
        section.start_type = WD_SECTION.EVEN_PAGE if self.profile.duplex else WD_SECTION.NEW_PAGE
        if self.profile.page_numbers != "无":
            # The page-number footers stay related (the body's section shows them); the
            # 版记's section refers to empty footers of its own instead.
            sect = self.body.sectPr
            for ref in sect.findall(docx_xml.qn("w:footerReference")):
                sect.remove(ref)
            for footer in (section.footer, section.even_page_footer):
                footer.is_linked_to_previous = False
        table.addprevious(self.tail(space))
        docx_xml.record_table(self.record, None, 0)

    def tail(self, twips: int = TAIL_TWIPS) -> Any:
        """An empty paragraph of exactly ``twips`` height (a section's end, a spacer)."""
        from docx.enum.text import WD_LINE_SPACING
        from docx.shared import Pt, Twips
        from docx.text.paragraph import Paragraph

        p = self.body.add_p()
        fmt = Paragraph(p, self.doc._body).paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Twips(twips)
        fmt.first_line_indent = Pt(0)
        return p

    def record_lines(self, row: Any) -> int:
        """Lines a 版记 row takes: its text over the characters a line holds (a Latin letter
        or digit counts half), continuation lines starting after the label's colon."""
        p = row.cells[0].paragraphs[0]
        spec = next((s for s in self.profile.paragraph if s.name == p.style.name), self.profile.body)
        width = self.area_mm[0] * 72 / 25.4 / spec.size  # characters across the type area
        first = width - spec.left_chars - spec.right_chars
        rest = first + min(spec.indent_chars, 0)
        text = p.text.replace("\t", "  ")
        count = sum(0.5 if ord(ch) < 0x2E80 else 1 for ch in text)
        return 1 if count <= first else 1 + math.ceil((count - first) / max(rest, 1))

    def record_row(self, block: Block, style: str) -> Any:
        """One line of the 版记: a row of the table at the foot of the type area."""
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.shared import Mm, Pt
        from docx.text.paragraph import Paragraph

        if self.record is None:
            self.record = self.doc.add_table(rows=0, cols=1)
            self.record.columns[0].width = Mm(self.area_mm[0])
        cell = self.record.add_row().cells[0]
        cell.width = Mm(self.area_mm[0])
        p = cell.paragraphs[0]._p
        p.style = self.ids[style]
        spec = next(s for s in self.profile.paragraph if s.name == style)
        # 印发机关 left, 印发日期 right, each one character in (7.4.3): a right tab there.
        Paragraph(p, cell).paragraph_format.tab_stops.add_tab_stop(
            Mm(self.area_mm[0]) - Pt(spec.size * spec.right_chars), WD_TAB_ALIGNMENT.RIGHT)
        for span in block.spans:
            self.span(p, span)
        return self.record

    def paragraph(self, block: Block) -> Any:
        """One ``w:p`` in the block's named style."""
        style = paragraph_style(block)
        if style in RECORD_STYLES and style in self.ids:
            return self.record_row(block, style)
        p = self.body.add_p()
        if style != "正文" and style in self.ids:
            p.style = self.ids[style]
        if block.kind == "table":
            self.body.remove(p)
            return self.table(block)
        if style in MASTHEADS and style in self.ids:
            self.masthead(p, style)
        elif style == ISSUE_STYLE and style in self.ids:
            docx_xml.paragraph_rule(p, space_pt=RULE_GAP_PT)
            if "\t" in block.text:
                self.signed(p)
        if style == PICTURE_STYLE and block.text in self.pictures:
            self.picture(p, self.pictures[block.text])
        elif block.kind == "heading" and block.run_in:
            self.run(p, block.heading_text, HEADING_NAMES[block.level - 1] + RUN_IN_SUFFIX)
            for span in block.body:
                self.span(p, span)
        else:
            if block.number:
                self.run(p, block.number, "")
            spans = list(block.spans)
            spec = self.specs.get(self.ids.get(style, ""))
            if spec is not None and spec.label_font and spans and "：" in spans[0].text:
                label, rest = spans[0].text.split("：", 1)
                self.run(p, label + "：", style + LABEL_SUFFIX)
                spans[0] = Span(rest, spans[0].kind)
            elif style == ISSUE_STYLE and SIGNER in block.text and spans:
                head, name = spans[-1].text.rsplit(SIGNER, 1)
                spans[-1:] = [Span(head + SIGNER, spans[-1].kind), Span(name, SIGNER_STYLE)]
            for span in spans:
                self.span(p, span)
        return p

    def table(self, block: Block) -> Any:
        """A table as wide as the type area in the style 表格: the first row the header
        (表头, repeated on every page), the others in 表格文字; columns as wide as their
        longest text asks, within bounds."""
        from docx.shared import Mm

        width = len(max(block.rows, key=len))
        table = self.doc.add_table(rows=len(block.rows), cols=width)
        table._tbl.tblPr.style = docx_xml.TABLE_IDS[docx_xml.TABLE_STYLE]
        docx_xml.repeat_header(table.rows[0])
        for i, share in enumerate(_column_shares(block.rows, width, self.area_mm[0])):
            table.columns[i].width = Mm(self.area_mm[0] * share)
        for r, (row, cells) in enumerate(zip(block.rows, table.rows, strict=True)):
            style = docx_xml.TABLE_IDS[docx_xml.TABLE_HEADER if r == 0 else docx_xml.TABLE_TEXT]
            for i, cell in enumerate(cells.cells):
                cell.width = table.columns[i].width
                p = cell.paragraphs[0]._p
                p.style = style
                for span in row[i] if i < len(row) else ():
                    self.span(p, span)
        return table

    def picture(self, p: Any, picture: Any) -> None:
        """The photo, as wide as the type area (no taller than ``PICTURE_HEIGHT`` of it)."""
        from docx.shared import Mm
        from docx.text.paragraph import Paragraph

        width, most = self.area_mm
        height = width * picture.height / picture.width
        size = {"width": Mm(width)} if height <= most * PICTURE_HEIGHT else \
            {"height": Mm(most * PICTURE_HEIGHT)}
        run = Paragraph(p, self.doc._body).add_run()
        run.add_picture(io.BytesIO(picture.data), **size)

    def span(self, p: Any, span: Span) -> None:
        style = {"lead": LEAD_STYLE, "gap": GAP_STYLE, "mark": MARK_STYLE,
                 SIGNER_STYLE: SIGNER_STYLE}.get(span.kind, "")
        # Gaps are always highlighted; a placeholder is highlighted by its style 占位 (so a
        # writer can restyle them all at once), directly only if the profile lacks it.
        marked = span.kind == "gap" or (span.kind == "mark" and style not in self.ids)
        self.run(p, span.text, style, highlight=marked)

    def run(self, p: Any, text: str, style: str, *, highlight: bool = False) -> Any:
        """A ``w:r`` in a character style, with the East Asian hint; tabs and breaks kept."""
        r = deepcopy(self.runs[style if style in self.ids else "", highlight])
        p.append(r)
        for piece in _RUN_SPLIT.split(_NOT_XML.sub("", text)):
            if piece == "\t":
                r.add_tab()
            elif piece in ("\r", "\n"):
                r.add_br()
            elif piece:
                r.add_t(piece)  # keeps leading/trailing spaces (xml:space="preserve")
        return r


def _column_shares(rows: Any, width: int, area_mm: float) -> list[float]:
    """Each column's share of the type area: every column as wide as its longest cell up to
    ``CELL_CHARS`` characters (so 序号 and 牵头单位 do not break), the rest of the line to the
    columns whose text is longer, in proportion to how much longer."""
    longest = [max((len("".join(s.text for s in row[i])) if i < len(row) else 0)
                   for row in rows) for i in range(width)]
    chars = area_mm / (docx_xml.TABLE_SIZE * 25.4 / 72)  # characters the type area holds
    need = [min(max(n, 2), CELL_CHARS) + 1 for n in longest]  # +1: the cell's margins
    spare = chars - sum(need)
    more = [max(n + 1 - k, 0) for n, k in zip(longest, need, strict=True)]
    if spare <= 0 or not sum(more):
        return [k / sum(need) for k in need]
    return [(k + spare * m / sum(more)) / chars for k, m in zip(need, more, strict=True)]


CELL_CHARS = 5
"""Characters a column always gets room for, when its cells are that long."""


_RUN_SPLIT = re.compile(r"(\t|\r|\n)")


@lru_cache(maxsize=16)
def _run_properties(profile: Profile) -> dict[tuple[str, bool], Any]:
    """The ``w:rPr`` of a run in each character style (or none), plain and highlighted.

    Made once per profile through python-docx's run proxies on the reference document.
    """
    with _opened(profile) as doc:  # the reference itself, emptied again afterwards
        return _made_run_properties(doc, profile)


@lru_cache(maxsize=16)
def _empty_runs(profile: Profile) -> dict[tuple[str, bool], Any]:
    """A ``w:r`` holding only its ``w:rPr`` for each key of :func:`_run_properties`:
    copying one is a third cheaper than ``add_r`` and a copy of the properties."""
    runs = {}
    for key, rpr in _run_properties(profile).items():
        r = OxmlElement("w:r")
        r.append(deepcopy(rpr))
        runs[key] = r
    return runs


def _made_run_properties(doc: Any, profile: Profile) -> dict[tuple[str, bool], Any]:
    by_id = {style.style_id: style for style in doc.styles}
    ids = docx_xml.style_ids(profile)
    paragraph = doc.add_paragraph()
    out = {}
    for name in ("", *(n for n, sid in ids.items() if by_id.get(sid) is not None
                       and by_id[sid].type == WD_STYLE_TYPE.CHARACTER)):
        for highlight in (False, True):
            run = paragraph.add_run(style=by_id[ids[name]] if name else None)
            docx_xml.east_asian_hint(run)
            if highlight:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            out[name, highlight] = deepcopy(run._r.rPr)
    return out


class _Parts:
    """python-docx's physical package writer, collecting the parts instead of zipping them
    (drafter.fingerprint stamps the whole package before it is zipped with fixed times)."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, bytes | str]] = []

    def write(self, pack_uri: Any, blob: bytes) -> None:
        self.parts.append((pack_uri.membername, blob))

    def close(self) -> None:
        pass


def save(doc: Any, properties: dict[str, str]) -> bytes:
    """The bytes of a python-docx document, deterministic, with drafter's properties.

    The steps of python-docx's ``OpcPackage.save`` (parts in its depth-first order), then
    the fingerprint of every part (drafter.fingerprint) stamped into the custom properties,
    zipped with fixed member times (python-docx's own writer stamps the clock).
    """
    package = doc.part.package
    parts = package.parts
    for part in parts:
        part.before_marshal()
    collected = _Parts()
    PackageWriter._write_content_types_stream(collected, parts)
    PackageWriter._write_pkg_rels(collected, package.rels)
    PackageWriter._write_parts(collected, parts)
    custom = docx_xml.custom_properties_xml({**properties, FINGERPRINT: PLACEHOLDER})
    packed = [(name, custom if "/" + name == docx_xml.CUSTOM_PART else blob)
              for name, blob in collected.parts]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in stamp(packed):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, blob)
    return out.getvalue()
