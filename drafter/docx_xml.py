"""The XML python-docx has no API for, with the python-docx objects around it.

python-docx writes and reads every drafter document (drafter/writer.py). What it cannot
express is here, and only here:

- the lean reference document each build starts from: only the styles drafter uses, the
  East Asian font slot of every style (``w:eastAsia``), first-line indents in characters,
  outline levels, exact line pitch and the document grid (section settings), GB/T 9704
  page numbers as a PAGE field in odd and even footers, no theme (python-docx's default
  template carries 164 styles, ~790 KB of XML parsed on every open);
- the custom document properties part (drafter's fingerprint, template and facts hashes);
- the East Asian hint on a run, so Word draws “ ” — … in the Chinese font.
"""

from __future__ import annotations

import io
import zipfile
from functools import lru_cache
from typing import Any

from docx.oxml.ns import qn

from drafter.profile import Profile, StyleSpec

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RUN_IN_SUFFIX = "（接排）"
"""Character style of a run-in heading: ``二级标题（接排）`` carries the level's font."""
LABEL_SUFFIX = "标签"
"""Character style of a paragraph's label (``出席名单标签``: 出席： in 黑体)."""
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
CUSTOM_PART = "/docProps/custom.xml"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"


def east_asian_hint(run: Any) -> None:
    """Mark a python-docx run so Word draws its CJK punctuation in the East Asian font."""
    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hint"), "eastAsia")


def custom_properties_xml(properties: dict[str, str]) -> bytes:
    """docProps/custom.xml holding ``properties`` as text properties, sorted by name."""
    return _custom_xml(properties).encode("utf-8")


def read_custom_properties(blob: bytes) -> dict[str, str]:
    """The text properties of a docProps/custom.xml part (others are skipped)."""
    from docx.oxml.parser import parse_xml

    out = {}
    try:
        root = parse_xml(blob)
    except Exception:  # noqa: BLE001 - lxml's errors: a damaged part says nothing
        return out
    for prop in root:
        name = prop.get("name")
        value = prop.find(f"{{{_VT}}}lpwstr")
        if name and value is not None:
            out[name] = value.text or ""
    return out


def style_ids(profile: Profile) -> dict[str, str]:
    """Style id of every profile style name (paragraph and character), and the table styles."""
    return {**_style_ids(profile), **TABLE_IDS}


@lru_cache(maxsize=16)
def reference(profile: Profile) -> bytes:
    """A minimal .docx holding the profile's page setup, styles and page-number footers.

    Every build opens it with python-docx (made once per process and profile); the
    benchmark makes its docxtpl template on it too.
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


def _text(value: str) -> str:
    """Escape element text."""
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def _attr(value: str) -> str:
    """Escape an attribute value (in double quotes)."""
    return (_text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;"))


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
    return (f"<w:rPr>{_fonts(spec.font, profile.latin_font)}{bold}<w:color w:val=\"{spec.color}\"/>"
            f'{sp}<w:kern w:val="0"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>{hl}</w:rPr>')


def _ppr(spec: StyleSpec, profile: Profile, body_size: float) -> str:
    keep = "<w:keepNext/><w:keepLines/>" if spec.keep_next else ""
    keep += "<w:pageBreakBefore/>" if spec.page_break_before else ""
    before = int(round(spec.space_before_lines * profile.line_twips))
    after = int(round(spec.space_after_lines * profile.line_twips))
    first = int(round(spec.indent_chars * body_size * 20))
    chars = int(round(spec.indent_chars * 100))
    ind = f'w:firstLine="{first}" w:firstLineChars="{chars}"'
    if spec.indent_chars < 0:  # hanging: continuation lines align after a label (抄送：)
        ind = (f'w:hanging="{int(round(-spec.indent_chars * spec.size * 20))}" '
               f'w:hangingChars="{-chars}"')
    side = int(round(spec.size * 20))
    ind = (f'w:left="{int(round((spec.left_chars - min(spec.indent_chars, 0)) * side))}" '
           f'w:right="{int(round(spec.right_chars * side))}" {ind}'
           if spec.left_chars or spec.right_chars or spec.indent_chars < 0 else ind)
    outline = f'<w:outlineLvl w:val="{spec.outline_level}"/>' if spec.outline_level is not None else ""
    line = int(round(spec.line_pitch_pt * 20)) if spec.line_pitch_pt else profile.line_twips
    return (f'<w:pPr>{keep}<w:widowControl w:val="0"/>'
            f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" '
            f'w:lineRule="exact"/><w:ind {ind}/>'
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
    styles += _table_styles(profile)
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


TABLE_STYLE, TABLE_TEXT, TABLE_HEADER = "表格", "表格文字", "表头"
TABLE_IDS = {TABLE_STYLE: "TableGrid", TABLE_TEXT: "TableText", TABLE_HEADER: "TableHeader"}
TABLE_SIZE = 14
"""Points of table text: 4号 (GB/T 9704 allows 3号 or 4号 in tables)."""


def _table_styles(profile: Profile) -> list[str]:
    """表格 (single 0.5 pt rules, centred), 表格文字 (4号 in the body font, single-spaced, off
    the document grid) and 表头 (4号 黑体, centred)."""
    latin = profile.latin_font
    size = TABLE_SIZE * 2
    rules = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                    for side in ("top", "left", "bottom", "right", "insideH", "insideV"))

    def paragraph(name: str, font: str, jc: str) -> str:
        return (f'<w:style w:type="paragraph" w:styleId="{TABLE_IDS[name]}"><w:name w:val="{name}"/>'
                '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/>'
                '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
                f'<w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="{jc}"/></w:pPr>'
                f"<w:rPr>{_fonts(font, latin)}<w:spacing w:val=\"0\"/><w:sz w:val=\"{size}\"/>"
                f'<w:szCs w:val="{size}"/></w:rPr></w:style>')

    return [
        f'<w:style w:type="table" w:styleId="{TABLE_IDS[TABLE_STYLE]}"><w:name w:val="{TABLE_STYLE}"/>'
        f'<w:tblPr><w:jc w:val="center"/><w:tblBorders>{rules}</w:tblBorders><w:tblCellMar>'
        '<w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
        '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        '</w:tblPr></w:style>',
        paragraph(TABLE_TEXT, profile.body.font, "left"),
        paragraph(TABLE_HEADER, "黑体", "center"),
    ]


RED = "FF0000"
RULE_RED = 8
"""The red separator under the 发文字号 (GB/T 9704 7.2.7): 1 pt, in eighths of a point."""
RULE_BOLD, RULE_THIN = 8, 6
"""版记 lines (7.4.1): bold 0.35 mm ≈ 1 pt, thin 0.25 mm ≈ 0.75 pt, in eighths of a point."""


def paragraph_rule(p: Any, *, space_pt: int, color: str = RED, size: int = RULE_RED) -> None:
    """A rule under a python-docx paragraph (``w:pBdr/w:bottom``) across its indents,
    ``space_pt`` points below the text (the red separator of the 版头)."""
    from docx.oxml.parser import OxmlElement

    ppr = p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom", {qn("w:val"): "single", qn("w:sz"): str(size),
                                      qn("w:space"): str(space_pt), qn("w:color"): color})
    bdr.append(bottom)
    ppr.insert_element_before(bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
                              "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
                              "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                              "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                              "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
                              "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
                              "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def record_table(table: Any, top_twips: int | None, left_twips: int) -> None:
    """Make a python-docx table the 版记 (GB/T 9704 7.4): no cell margins left and right,
    bold rules at top and bottom and thin rules between its rows.

    With ``top_twips`` it floats that far below the type area's top (so that its last rule
    lies on the type area's bottom edge: LibreOffice ignores ``tblpYSpec="bottom"``) and
    ``left_twips`` from the page's left edge (anchored to the page, not the margin:
    LibreOffice floats a table as wide as the type area only then); with None it stays in
    the text flow (on a 版记 page of its own, below a spacer).
    """
    from docx.oxml.parser import OxmlElement

    tbl_pr = table._tbl.tblPr
    if top_twips is not None:
        pos = OxmlElement("w:tblpPr", {
            qn("w:leftFromText"): "0", qn("w:rightFromText"): "0", qn("w:topFromText"): "0",
            qn("w:bottomFromText"): "0", qn("w:vertAnchor"): "margin",
            qn("w:horzAnchor"): "page", qn("w:tblpX"): str(left_twips),
            qn("w:tblpY"): str(top_twips)})
        tbl_pr.insert(1 if tbl_pr.find(qn("w:tblStyle")) is not None else 0, pos)
    borders = OxmlElement("w:tblBorders")
    for side, size in (("top", RULE_BOLD), ("left", 0), ("bottom", RULE_BOLD), ("right", 0),
                       ("insideH", RULE_THIN), ("insideV", 0)):
        attrs = ({qn("w:val"): "single", qn("w:sz"): str(size), qn("w:space"): "0",
                  qn("w:color"): "000000"} if size else {qn("w:val"): "nil"})
        borders.append(OxmlElement(f"w:{side}", attrs))
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margins.append(OxmlElement(f"w:{side}", {qn("w:w"): "0", qn("w:type"): "dxa"}))
    for el in (borders, margins):
        tbl_pr.append(el)
    look = tbl_pr.find(qn("w:tblLook"))
    if look is not None:
        tbl_pr.remove(look)


def exact_height(row: Any, twips: int) -> None:
    """Give a python-docx table row an exact height (``w:trHeight w:hRule="exact"``)."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Twips

    row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
    row.height = Twips(twips)


def repeat_header(row: Any) -> None:
    """Repeat a python-docx table row at the top of every page (``w:tblHeader``) and keep
    it from breaking across pages (``w:cantSplit``)."""
    from docx.oxml.parser import OxmlElement

    tr_pr = row._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):
        tr_pr.append(OxmlElement(tag))


def _character_specs(profile: Profile) -> list[StyleSpec]:
    """The profile's character styles, plus one per heading level for run-in headings and
    one per paragraph style with a label font."""
    return list(profile.character) + [
        StyleSpec(f"{s.name}{RUN_IN_SUFFIX}", f"{s.name}{RUN_IN_SUFFIX}", s.font, s.size, s.bold)
        for s in profile.paragraph if s.outline_level is not None] + [
        StyleSpec(f"{s.name}{LABEL_SUFFIX}", f"{s.name}{LABEL_SUFFIX}", s.label_font, s.size)
        for s in profile.paragraph if s.label_font]


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
    """[Content_Types].xml of the reference."""
    overrides = "".join(f'<Override PartName="{name}" ContentType="{ct}"/>' for name, ct in parts)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f"{overrides}</Types>")


_CONTENT_TYPES = _content_types_xml()
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
