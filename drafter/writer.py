"""The docx writer: Document model -> .docx laid out by a layout profile.

The package is generated from the profile and is lean: only the styles drafter uses,
GB/T 9704 page and fonts, East Asian font slot filled, no theme (python-docx's default
template carries 164 styles, ~790 KB of XML parsed on every open). Every paragraph and
run refers to a named style; the only direct formatting is the East Asian hint on runs
(so Word draws “ ” — … with the Chinese font) and the highlight of gaps in a --draft
build and of placeholders (图注) the writer replaces. The bytes written are deterministic.

The XML is written as text, byte for byte what python-docx (lxml) would serialize for
the same tree; tests/test_fast_paths.py builds each document through python-docx too
and compares the bytes. Going without python-docx here takes its ~30 ms import and
~6 ms of object overhead per document off every build.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from functools import lru_cache

from drafter.model import Block, Document, Span
from drafter.fingerprint import BODY_PART, FINGERPRINT, PLACEHOLDER, stamp
from drafter.profile import HEADING_NAMES, Profile, StyleSpec

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RUN_IN_SUFFIX = "（接排）"
"""Character style of a run-in heading: ``二级标题（接排）`` carries the level's font."""
LEAD_STYLE, GAP_STYLE, MARK_STYLE = "要点", "待补", "占位"
FIXED_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
LXML_DECLARATION = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
"""How lxml (and so python-docx) opens every XML part it writes."""
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
TITLE_LIMIT = 255
"""Longest 标题 document property Word accepts (python-docx refuses longer ones)."""


def render_docx(document: Document, profile: Profile, *, title: str = "",
                when: dt.date | None = None, properties: dict[str, str] | None = None) -> bytes:
    """The .docx bytes of a document.

    Args:
        document: the blocks to write.
        profile: page layout and styles.
        title: the document property 标题 (defaults to the document's title).
        when: date stored as created/modified (keeps the bytes deterministic).
        properties: extra custom document properties (e.g. drafter's fingerprint).

    Returns:
        The bytes of a deterministic .docx file.
    """
    package = _package(profile)
    ids = package.ids
    body = "".join([_paragraph(block, ids) for block in document.blocks])
    document_xml = (package.document_head + body + package.document_tail).encode("utf-8")
    props = {**(properties or {}), FINGERPRINT: PLACEHOLDER}
    parts: list[tuple[str, bytes | str]] = []
    for name, data in package.parts:
        if name == BODY_PART:
            data = document_xml
        elif name == "docProps/core.xml":
            data = _core_xml(title or document.title, when)
        elif name == "docProps/custom.xml":
            data = _custom_xml(props)
        parts.append((name, data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in stamp(parts):
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def paragraph_style(block: Block) -> str:
    """The profile's name of the paragraph style a block is written in."""
    if block.kind == "title":
        return "标题"
    if block.kind == "heading" and not block.run_in:
        return HEADING_NAMES[block.level - 1]
    if block.kind == "styled":
        return block.style
    return "正文"


def _paragraph(block: Block, ids: dict[str, str]) -> str:
    """One ``<w:p>`` referring to the profile's styles by id."""
    style = paragraph_style(block)
    runs: list[str] = []
    if block.kind == "heading" and block.run_in:
        run_in_style = ids.get(HEADING_NAMES[block.level - 1] + RUN_IN_SUFFIX)
        runs.append(_run(block.heading_text, run_in_style))
        runs += [_span(span, ids) for span in block.body]
    else:
        if block.number:
            runs.append(_run(block.number, None))
        runs += [_span(span, ids) for span in block.spans]
    ppr = "" if style == "正文" or style not in ids else \
        f'<w:pPr><w:pStyle w:val="{_attr(ids[style])}"/></w:pPr>'
    if not ppr and not runs:
        return "<w:p/>"
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def _span(span: Span, ids: dict[str, str]) -> str:
    style = {"lead": LEAD_STYLE, "gap": GAP_STYLE, "mark": MARK_STYLE}.get(span.kind, "")
    # Gaps are always highlighted; a placeholder is highlighted by its style 占位 (so a
    # writer can restyle them all at once), directly only if the profile lacks it.
    marked = span.kind == "gap" or (span.kind == "mark" and style not in ids)
    return _run(span.text, ids.get(style), highlight="yellow" if marked else "")


_RUN_SPLIT = re.compile(r"(\t|\r|\n)")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters an XML document cannot hold; dropped from the text."""


def _run(text: str, style_id: str | None, *, highlight: str = "") -> str:
    """``<w:r>`` with the East Asian hint, so Word draws CJK punctuation in the CJK font.

    Tabs become ``<w:tab/>`` and line breaks ``<w:br/>``; a text with leading or
    trailing white space keeps it (``xml:space="preserve"``), as python-docx writes it.
    """
    rstyle = f'<w:rStyle w:val="{_attr(style_id)}"/>' if style_id else ""
    mark = f'<w:highlight w:val="{highlight}"/>' if highlight else ""
    content = []
    for piece in _RUN_SPLIT.split(_NOT_XML.sub("", text)):
        if piece == "\t":
            content.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            content.append("<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            content.append(f"<w:t{space}>{_text(piece)}</w:t>")
    return (f'<w:r><w:rPr>{rstyle}<w:rFonts w:hint="eastAsia"/>{mark}</w:rPr>'
            f"{''.join(content)}</w:r>")


def _text(value: str) -> str:
    """Escape element text as lxml does."""
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def _attr(value: str) -> str:
    """Escape an attribute value (in double quotes) as lxml does."""
    return (_text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;"))


def _core_xml(title: str, when: dt.date | None) -> str:
    """docProps/core.xml: title, author drafter, and a fixed date (the meeting's, if any)."""
    stamp = (dt.datetime(when.year, when.month, when.day) if when
             else FIXED_TIME.replace(tzinfo=None))
    date = _text(stamp.strftime("%Y-%m-%dT%H:%M:%SZ"))
    title = _text(_NOT_XML.sub("", title)[:TITLE_LIMIT])
    return (f"{LXML_DECLARATION}{_CORE_OPEN}<dc:creator>drafter</dc:creator>"
            f"<dc:title>{title}</dc:title><cp:lastModifiedBy>drafter</cp:lastModifiedBy>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified>'
            "<cp:revision>1</cp:revision></cp:coreProperties>")


# --- the package, generated from the profile ---------------------------------------------

class _Package:
    """The parts of a profile's documents, in the order python-docx writes them."""

    def __init__(self, profile: Profile) -> None:
        self.ids = _style_ids(profile)
        document = _document_xml(profile)
        head, tail = document.split("<w:sectPr>", 1)
        self.document_head = LXML_DECLARATION + head.split("\n", 1)[1]
        self.document_tail = "<w:sectPr>" + tail
        lxml = {  # parts python-docx parses and writes back through lxml
            "[Content_Types].xml": _content_types_xml(tuple(sorted(_PART_TYPES))),
            "_rels/.rels": _ROOT_RELS,
            "word/_rels/document.xml.rels": _DOC_RELS,
            "word/styles.xml": _styles_xml(profile),
            "word/settings.xml": _settings_xml(profile),
            "word/footer1.xml": _footer_xml(profile, odd=True),
            "word/footer2.xml": _footer_xml(profile, odd=False),
        }
        raw = {  # parts it copies as they are
            "word/fontTable.xml": _font_table(profile),
            "docProps/app.xml": _APP,
        }
        self.parts: list[tuple[str, bytes]] = []
        for name in _ORDER:
            if name in lxml:
                text = LXML_DECLARATION + lxml[name].split("\n", 1)[1]
                self.parts.append((name, text.encode()))
            else:
                self.parts.append((name, raw.get(name, "").encode()))


@lru_cache(maxsize=16)
def _package(profile: Profile) -> _Package:
    return _Package(profile)


@lru_cache(maxsize=16)
def _reference(profile: Profile) -> bytes:
    """A minimal .docx holding the profile's page setup, styles and page-number footers.

    Not on the build path: tests build documents from it through python-docx to check
    ``render_docx`` byte for byte, and the benchmark makes its docxtpl template on it.
    """
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _ROOT_RELS,
        "docProps/core.xml": _CORE,
        "docProps/app.xml": _APP,
        "docProps/custom.xml": _custom_xml({}),
        "word/_rels/document.xml.rels": _DOC_RELS,
        "word/document.xml": _document_xml(profile),
        "word/styles.xml": _styles_xml(profile),
        "word/settings.xml": _settings_xml(profile),
        "word/fontTable.xml": _font_table(profile),
        "word/footer1.xml": _footer_xml(profile, odd=True),
        "word/footer2.xml": _footer_xml(profile, odd=False),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, date_time=ZIP_TIME), text)
    return out.getvalue()


def _mm(value: float) -> int:
    return int(round(value * 1440 / 25.4))


def _document_xml(profile: Profile) -> str:
    top, bottom, left, right = (_mm(v) for v in profile.margins_mm)
    footers = ""
    if profile.page_numbers != "无":
        footers = ('<w:footerReference w:type="default" r:id="rIdF1"/>'
                   '<w:footerReference w:type="even" r:id="rIdF2"/>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {_NS}><w:body>'
            f'<w:sectPr>{footers}<w:pgSz w:w="11906" w:h="16838"/>'
            f'<w:pgMar w:top="{top}" w:right="{right}" w:bottom="{bottom}" w:left="{left}" '
            f'w:header="851" w:footer="{_mm(profile.footer_mm)}" w:gutter="0"/>'
            f'<w:cols w:space="425"/><w:docGrid w:linePitch="{profile.line_twips}"/>'
            "</w:sectPr></w:body></w:document>")


def _fonts(font: str, latin: str) -> str:
    f, lat = _attr(font), _attr(latin)
    return f'<w:rFonts w:ascii="{lat}" w:hAnsi="{lat}" w:eastAsia="{f}" w:cs="{lat}"/>'


def _rpr(spec: StyleSpec, profile: Profile, *, spacing: int | None = None) -> str:
    size = int(round(spec.size * 2))
    bold = "<w:b/><w:bCs/>" if spec.bold else "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>"
    sp = f'<w:spacing w:val="{spacing}"/>' if spacing is not None else ""
    hl = f'<w:highlight w:val="{spec.highlight}"/>' if spec.highlight and spec.highlight != "" else ""
    return (f"<w:rPr>{_fonts(spec.font, profile.latin_font)}{bold}<w:color w:val=\"000000\"/>"
            f'{sp}<w:kern w:val="0"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>{hl}</w:rPr>')


def _ppr(spec: StyleSpec, profile: Profile, body_size: float) -> str:
    keep = "<w:keepNext/><w:keepLines/>" if spec.keep_next else ""
    before = int(round(spec.space_before_lines * profile.line_twips))
    after = int(round(spec.space_after_lines * profile.line_twips))
    first = int(round(spec.indent_chars * body_size * 20))
    chars = int(round(spec.indent_chars * 100))
    outline = f'<w:outlineLvl w:val="{spec.outline_level}"/>' if spec.outline_level is not None else ""
    line = int(round(spec.line_pitch_pt * 20)) if spec.line_pitch_pt else profile.line_twips
    return (f'<w:pPr>{keep}<w:widowControl w:val="0"/>'
            f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" '
            f'w:lineRule="exact"/><w:ind w:firstLine="{first}" w:firstLineChars="{chars}"/>'
            f'<w:jc w:val="{spec.align}"/>{outline}</w:pPr>')


def _styles_xml(profile: Profile) -> str:
    body = profile.body
    spacing = profile.char_spacing_twips
    defaults = (f"<w:docDefaults><w:rPrDefault><w:rPr>{_fonts(body.font, profile.latin_font)}"
                f'<w:spacing w:val="{spacing}"/><w:sz w:val="{int(body.size * 2)}"/>'
                f'<w:szCs w:val="{int(body.size * 2)}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" '
                'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
                f'<w:spacing w:after="0" w:line="{profile.line_twips}" w:lineRule="exact"/>'
                "</w:pPr></w:pPrDefault></w:docDefaults>")
    styles = []
    for i, spec in enumerate(profile.paragraph):
        sid = _style_id(spec, i)
        based = "" if spec.name == "正文" else '<w:basedOn w:val="Normal"/>'
        default = ' w:default="1"' if spec.name == "正文" else ""
        nxt = '<w:next w:val="Normal"/>' if spec.name != "正文" else ""
        styles.append(f'<w:style w:type="paragraph"{default} w:styleId="{sid}">'
                      f'<w:name w:val="{_attr(spec.word_name)}"/>{based}{nxt}<w:qFormat/>'
                      f"{_ppr(spec, profile, body.size)}{_rpr(spec, profile)}</w:style>")
    for i, spec in enumerate(_character_specs(profile)):
        styles.append(f'<w:style w:type="character" w:styleId="C{i + 1}">'
                      f'<w:name w:val="{_attr(spec.word_name)}"/><w:qFormat/>'
                      f"{_rpr(spec, profile)}</w:style>")
    footer_font = "宋体"
    styles.append('<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
                  '<w:basedOn w:val="Normal"/><w:pPr><w:snapToGrid w:val="0"/>'
                  '<w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0" '
                  'w:firstLineChars="0"/></w:pPr><w:rPr>'
                  f'<w:rFonts w:ascii="{footer_font}" w:hAnsi="{footer_font}" '
                  f'w:eastAsia="{footer_font}" w:cs="{footer_font}"/><w:spacing w:val="0"/>'
                  '<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {_NS}>'
            f"{defaults}{''.join(styles)}</w:styles>")


def _character_specs(profile: Profile) -> list[StyleSpec]:
    """The profile's character styles, plus one per heading level for run-in headings."""
    return list(profile.character) + [
        StyleSpec(f"{s.name}{RUN_IN_SUFFIX}", f"{s.name}{RUN_IN_SUFFIX}", s.font, s.size, s.bold)
        for s in profile.paragraph if s.outline_level is not None]


def _style_ids(profile: Profile) -> dict[str, str]:
    """Style id of every profile style name (paragraph and character)."""
    ids = {spec.name: _style_id(spec, i) for i, spec in enumerate(profile.paragraph)}
    ids.update({spec.name: f"C{i + 1}" for i, spec in enumerate(_character_specs(profile))})
    return ids


def _style_id(spec: StyleSpec, index: int) -> str:
    builtin = {"Normal": "Normal", "Title": "Title", "Subtitle": "Subtitle"}
    if spec.word_name in builtin:
        return builtin[spec.word_name]
    if spec.word_name.startswith("heading "):
        return f"Heading{spec.word_name[-1]}"
    return f"P{index}"


def _settings_xml(profile: Profile) -> str:
    even = "<w:evenAndOddHeaders/>" if profile.page_numbers == "公文" else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {_NS}>'
            f'<w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>{even}'
            '<w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>')


_ALT_NAMES = {"仿宋_GB2312": "仿宋", "楷体_GB2312": "楷体", "方正小标宋简体": "宋体"}


def _font_table(profile: Profile) -> str:
    names = sorted({s.font for s in (*profile.paragraph, *profile.character)} | {"宋体"})
    fonts = "".join(
        f'<w:font w:name="{_attr(n)}">'
        + (f'<w:altName w:val="{_ALT_NAMES[n]}"/>' if n in _ALT_NAMES else "")
        + '<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>'
        for n in names)
    latin = _attr(profile.latin_font)
    fonts += (f'<w:font w:name="{latin}"><w:charset w:val="00"/><w:family w:val="roman"/>'
              '<w:pitch w:val="variable"/></w:font>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts {_NS}>'
            f"{fonts}</w:fonts>")


def _footer_xml(profile: Profile, *, odd: bool) -> str:
    """GB/T 9704 7.5 page number: ``— N —`` in 4号宋体, odd pages right and even left, 1 字 in."""
    if profile.page_numbers == "居中":
        jc, ind = "center", '<w:ind w:firstLine="0" w:firstLineChars="0"/>'
    else:
        side = "right" if odd else "left"
        jc = side
        ind = f'<w:ind w:{side}="280" w:{side}Chars="100" w:firstLine="0" w:firstLineChars="0"/>'
    run = '<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>{}</w:r>'
    field = (run.format('<w:t xml:space="preserve">— </w:t>')
             + run.format('<w:fldChar w:fldCharType="begin"/>')
             + run.format('<w:instrText xml:space="preserve"> PAGE </w:instrText>')
             + run.format('<w:fldChar w:fldCharType="separate"/>')
             + run.format("<w:t>1</w:t>")
             + run.format('<w:fldChar w:fldCharType="end"/>')
             + run.format('<w:t xml:space="preserve"> —</w:t>'))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {_NS}><w:p><w:pPr>'
            f'<w:pStyle w:val="Footer"/>{ind}<w:jc w:val="{jc}"/></w:pPr>{field}</w:p></w:ftr>')


def _custom_xml(properties: dict[str, str]) -> str:
    props = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i}" '
        f'name="{_attr(k)}"><vt:lpwstr>{_text(v)}</vt:lpwstr></property>'
        for i, (k, v) in enumerate(sorted(properties.items()), 2))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
            '"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"{props}</Properties>")


_NS = (f'xmlns:w="{W_NS}" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_CT = "application/vnd.openxmlformats-officedocument"
_PART_TYPES = (
    ("/word/document.xml", f"{_CT}.wordprocessingml.document.main+xml"),
    ("/word/styles.xml", f"{_CT}.wordprocessingml.styles+xml"),
    ("/word/settings.xml", f"{_CT}.wordprocessingml.settings+xml"),
    ("/word/fontTable.xml", f"{_CT}.wordprocessingml.fontTable+xml"),
    ("/word/footer1.xml", f"{_CT}.wordprocessingml.footer+xml"),
    ("/word/footer2.xml", f"{_CT}.wordprocessingml.footer+xml"),
    ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    ("/docProps/app.xml", f"{_CT}.extended-properties+xml"),
    ("/docProps/custom.xml", f"{_CT}.custom-properties+xml"),
)


def _content_types_xml(parts: tuple[tuple[str, str], ...] = _PART_TYPES) -> str:
    """[Content_Types].xml; python-docx writes the overrides sorted by part name."""
    overrides = "".join(f'<Override PartName="{name}" ContentType="{ct}"/>' for name, ct in parts)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f"{overrides}</Types>")


_CONTENT_TYPES = _content_types_xml()
_ORDER = ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
          "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml",
          "word/footer2.xml", "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml")
"""Parts in the order python-docx writes them: content types, package relationships, then
each part reached from them (depth first), each followed by its own relationships."""
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_R}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
    'metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_R}/extended-properties" Target="docProps/app.xml"/>'
    f'<Relationship Id="rId4" Type="{_R}/custom-properties" Target="docProps/custom.xml"/>'
    "</Relationships>")
_DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_R}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{_R}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rId3" Type="{_R}/fontTable" Target="fontTable.xml"/>'
    f'<Relationship Id="rIdF1" Type="{_R}/footer" Target="footer1.xml"/>'
    f'<Relationship Id="rIdF2" Type="{_R}/footer" Target="footer2.xml"/>'
    "</Relationships>")
_CORE_OPEN = (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/'
    'dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">')
_CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f"{_CORE_OPEN}<dc:creator>drafter</dc:creator></cp:coreProperties>")
_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>drafter</Application></Properties>")
