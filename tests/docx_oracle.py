"""The oracle for drafter/writer.py: the same document built through python-docx.

drafter writes its XML as text for speed. This module builds each document the slow,
obvious way (python-docx opens the lean reference, appends paragraphs and runs through
its API, sets the core properties, saves; the zip is then rewritten with fixed
timestamps), which is how drafter's writer worked before. Tests compare the bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from drafter import writer
from drafter.model import Block, Document, Span
from drafter.fingerprint import FINGERPRINT, PLACEHOLDER, stamp
from drafter.profile import HEADING_NAMES, Profile


def render_docx(document: Document, profile: Profile, *, title: str = "",
                when: dt.date | None = None, properties: dict[str, str] | None = None) -> bytes:
    doc = docx.Document(io.BytesIO(writer._reference(profile)))
    ids = writer._style_ids(profile)
    body = doc.element.body
    for block in document.blocks:
        body.insert(len(body) - 1, _paragraph(block, ids))
    cp = doc.core_properties
    stamp = (dt.datetime(when.year, when.month, when.day) if when
             else writer.FIXED_TIME.replace(tzinfo=None))
    cp.title = title or document.title
    cp.author = cp.last_modified_by = "drafter"
    cp.created = cp.modified = stamp
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return _deterministic(buf.getvalue(), properties or {})


def _paragraph(block: Block, ids: dict[str, str]) -> Any:
    style = writer.paragraph_style(block)
    w = writer.W_NS
    if style == "正文" or style not in ids:
        p = parse_xml(f'<w:p xmlns:w="{w}"/>')
    else:
        p = parse_xml(f'<w:p xmlns:w="{w}"><w:pPr><w:pStyle w:val="{ids[style]}"/></w:pPr></w:p>')
    if block.kind == "heading" and block.run_in:
        style = ids.get(HEADING_NAMES[block.level - 1] + writer.RUN_IN_SUFFIX)
        _add_run(p, block.heading_text, style)
        for span in block.body:
            _add_span(p, span, ids)
    else:
        if block.number:
            _add_run(p, block.number, None)
        for span in block.spans:
            _add_span(p, span, ids)
    return p


def _add_span(p: Any, span: Span, ids: dict[str, str]) -> None:
    style = {"lead": writer.LEAD_STYLE, "gap": writer.GAP_STYLE,
             "mark": writer.MARK_STYLE}.get(span.kind, "")
    r = _add_run(p, span.text, ids.get(style))
    if span.kind == "gap" or (span.kind == "mark" and style not in ids):
        r.get_or_add_rPr().highlight_val = WD_COLOR_INDEX.YELLOW


def _add_run(p: Any, text: str, style_id: str | None) -> Any:
    r = p.add_r()
    rpr = r.get_or_add_rPr()
    if style_id:
        rpr.style = style_id
    rpr.get_or_add_rFonts().set(qn("w:hint"), "eastAsia")
    r.text = text
    return r


def _deterministic(blob: bytes, properties: dict[str, str]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(blob))
    properties = {**properties, FINGERPRINT: PLACEHOLDER}
    parts: list[tuple[str, bytes | str]] = []
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/custom.xml":
            data = writer._custom_xml(properties).encode()
        parts.append((info.filename, data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in stamp(parts):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()
