"""Read the paragraphs of an existing document (.docx, .doc/.wps, or text) through python-docx.

Lint, outline and mining read drafts the writer has edited, drafts a leader sends back
with tracked changes and comments, and exemplars from other offices, so this reader is
forgiving: every paragraph as it would print (insertions in, deletions out), in body
order, including those in tables and text boxes, with its style name, outline level and
which leading runs are bold; the unaccepted revisions and the comments are counted and
kept with their paragraph. A package is checked by drafter.docx_guard before python-docx
inflates it. A .doc or .wps file is converted through LibreOffice when it is installed.
Text files are read in UTF-8 (with or without BOM) or GB18030, one paragraph per line.
"""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter import docx_guard
from drafter.errors import DrafterError, problem_at
from drafter.facts import decode
from drafter.profile import HEADING_NAMES
from drafter.writer import MARK_STYLE

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS
OLD_FORMATS = (".doc", ".wps")
"""Binary Word and WPS formats: read after LibreOffice converts them, if it is installed."""


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph as read back from a document."""

    text: str
    style: str = ""
    """Word style name (``heading 1``, ``Title``, ``副标题`` …); empty for text files."""
    outline_level: int | None = None
    """0-based outline level from the style or paragraph (headings), if any."""
    bold_lead: str = ""
    """The leading bold (or 要点-styled) text, e.g. a bold lead sentence."""
    run_in: str = ""
    """Leading text in a run-in heading character style (``二级标题（接排）``)."""
    run_in_level: int | None = None
    """Heading level (1-4) of that character style, when it names one."""
    line: int = 0
    """1-based line of a text file the paragraph is on (0 for .docx paragraphs)."""
    marks: tuple[tuple[int, int], ...] = ()
    """(start, end) of the text in the character style 占位: the places drafter itself
    left for the writer (a picture the facts asked for, its caption), not the writer's slips."""
    revisions: int = 0
    """Unaccepted tracked changes in the paragraph (insertions, deletions, moves)."""
    comments: tuple[str, ...] = ()
    """Comments anchored in the paragraph, as ``作者：批注文字``."""
    in_table: bool = False
    """The paragraph is in a table cell (its text is a cell, not running text)."""


@dataclass(frozen=True, slots=True)
class Reading:
    """A document as read back: its paragraphs and what it says about itself."""

    paras: list[Para]
    properties: dict[str, str] = field(default_factory=dict)
    """Custom document properties (drafter's template name and hashes, if it made it)."""

    @property
    def revisions(self) -> int:
        """Unaccepted tracked changes in the whole document."""
        return sum(p.revisions for p in self.paras)

    @property
    def comments(self) -> int:
        """Comments in the whole document."""
        return sum(len(p.comments) for p in self.paras)


MAX_TEXT = 20_000_000
"""Largest text file read (a 1,000-page draft is ~3 MB of UTF-8)."""


MAX_TEXT = 20_000_000
"""Largest text file read (a 1,000-page draft is ~3 MB of UTF-8)."""


def read(path: Path) -> list[Para]:
    """Paragraphs of a .docx, .doc/.wps or text file (see ``read_document``)."""
    return read_document(path).paras


def read_document(path: Path) -> Reading:
    """A .docx, .doc/.wps or text file, read as it would print.

    Raises:
        DrafterError: the file is missing, not a regular file, or cannot be read as a
            document (a damaged or hostile package: drafter.docx_guard says which; an
            old .doc/.wps file where LibreOffice is not installed).
    """
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return read_package(path)
    if suffix in OLD_FORMATS:
        return _read_old(path)
    return Reading(read_text(path))


def read_text(path: Path) -> list[Para]:
    """Lines of a text file (UTF-8 or GB18030) as paragraphs; blank lines dropped."""
    from drafter import inputs

    raw = inputs.read_bytes(path, MAX_TEXT, DrafterError, "文本文件", "文稿一般只有几十 KB。")
    text = decode(raw, path)
    return [Para(line.strip(), line=n) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def read_docx(path: Path) -> list[Para]:
    """Every paragraph of a .docx, as it would print (see ``read_package``)."""
    return read_package(path).paras


def read_package(path: Path, shown: Path | None = None) -> Reading:
    """Every paragraph of a .docx (checked by drafter.docx_guard first) through python-docx.

    ``shown`` is the path named in messages (the .doc a converted file came from).
    """
    shown = shown or path
    with docx_guard.open_package(path) as z:
        for info in z.infolist():  # python-docx parses these; bound their elements first
            if docx_guard._is_xml(info.filename):
                xml = docx_guard.read_part(z, info.filename, shown)
                if info.filename in (BODY, STYLES):  # the guard's own limits and messages
                    for ol in docx_guard.parse_xml(xml, shown, info.filename).iter(
                            f"{W}outlineLvl"):
                        _level(ol, shown, info.filename)
                else:
                    _bound_elements(xml, shown, info.filename)
        z.source.seek(0)
        data = z.source.read()
    import docx
    from lxml import etree

    try:
        doc = docx.Document(io.BytesIO(data))
    except KeyError:  # no relationships to its parts: read the body and styles as they are
        return _bare_package(data, shown)
    except (ValueError, etree.LxmlError) as e:
        raise DrafterError(problem_at(shown, f"无法读取这个 Word 文件（{_why(e)}）。",
                                      "用 Word 或 WPS 打开后“另存为”.docx 再试。")) from None
    return _Reader(doc, shown).reading()


def _bare_package(data: bytes, path: Path) -> Reading:
    """A package without the relationships python-docx follows (some converters write
    one): its body and styles parts read with python-docx's element classes."""
    import zipfile

    from docx.oxml.parser import parse_xml

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = parse_xml(z.read(BODY)).find(f"{W}body")
        styles = parse_xml(z.read(STYLES)) if STYLES in z.NameToInfo else None
    reader = _Reader.__new__(_Reader)
    reader.doc, reader.path, reader.comments = None, path, {}
    reader.styles = _style_table(styles, path) if styles is not None else {}
    paras: list[Para] = []
    if body is not None:
        reader._blocks(body, paras)
    return Reading(paras)


def _why(error: Exception) -> str:
    if isinstance(error, ValueError) and "content type" in str(error):
        return "它不是 Word 文档，可能是模板、宏文档或其他 Office 文件"
    return "文件可能已损坏"


def _bound_elements(data: bytes, path: Path, part: str) -> None:
    """Refuse a part with more elements than drafter.docx_guard allows (each starts with <),
    or with a DTD; lxml itself refuses nesting deeper than 256 levels."""
    if data.count(b"<") > 2 * docx_guard.MAX_ELEMENTS or any(
            mark in data for mark in docx_guard._DTD_MARKS):
        docx_guard.parse_xml(data, path, part)  # raises with the guard's own message


def _read_old(path: Path) -> Reading:
    """A .doc/.wps file, converted to .docx by LibreOffice in a private folder."""
    import tempfile

    from drafter import office

    hint = "用 Word 或 WPS 打开后“另存为”.docx 再试"
    if office.soffice() is None:
        raise DrafterError(problem_at(
            path, f"这是旧版 Word/WPS 格式（{path.suffix}），drafter 只能直接读取 .docx。",
            f"{hint}；或者安装 LibreOffice，drafter 会自动转换。"))
    with tempfile.TemporaryDirectory(prefix="drafter-") as tmp:
        converted = office.convert(path, "docx", Path(tmp))
        return read_package(converted, shown=path)


class _Reader:
    """Walks a python-docx document: body paragraphs and tables in order, text boxes after
    the paragraph that anchors them; runs as printed with tracked changes accepted."""

    def __init__(self, doc: Any, path: Path) -> None:
        self.doc = doc
        self.path = path
        self.styles = _styles(doc, path)
        self.comments = _comments(doc)

    def reading(self) -> Reading:
        paras: list[Para] = []
        self._blocks(self.doc.element.body, paras)
        return Reading(paras, _custom_properties(self.doc))

    def _blocks(self, container: Any, out: list[Para], table: bool = False) -> None:
        for child in container.iterchildren(f"{W}p", f"{W}tbl", f"{W}sdt", f"{W}ins",
                                            f"{W}customXml"):
            if child.tag == f"{W}p":
                para = self._para(child)
                out.append(dataclasses.replace(para, in_table=True) if table else para)
                for box in child.iter(f"{W}txbxContent"):
                    if _owner(box) is child and not _inside(box, child, _FALLBACK):
                        self._blocks(box, out, table)
            elif child.tag == f"{W}tbl":
                for tc in child.xpath("./w:tr/w:tc | ./w:tr/w:sdt/w:sdtContent/w:tc"):
                    self._blocks(tc, out, True)
            elif child.tag == f"{W}sdt":
                for content in child.iterchildren(f"{W}sdtContent"):
                    self._blocks(content, out, table)
            else:  # a tracked insertion or custom XML around whole paragraphs
                self._blocks(child, out, table)

    def _para(self, p: Any) -> Para:
        ppr = p.pPr
        sid = (ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else "") or ""
        level = _level(ppr.find(f"{W}outlineLvl"), self.path, BODY) if ppr is not None else None
        name, style_level = self.styles.get(sid or self.styles.get("", ("", None))[0],
                                            (sid, None))
        if level is None:
            level = style_level
        text, bold, run_in, run_in_level, marks = self._runs(p)
        revisions = sum(1 for node in p.iter(*_REVISIONS) if _owner(node) is p)
        notes = tuple(self.comments[ref.get(f"{W}id", "")]
                      for ref in p.iter(f"{W}commentReference")
                      if _owner(ref) is p and ref.get(f"{W}id", "") in self.comments)
        return Para(text, name, level if level is not None and level < 9 else None, bold, run_in,
                    run_in_level, marks=marks, revisions=revisions, comments=notes)

    def _runs(self, p: Any) -> tuple[str, str, str, int | None, tuple[tuple[int, int], ...]]:
        from docx.text.run import Run

        parts: list[str] = []
        marks: list[tuple[int, int]] = []
        size = 0
        run_in_level: int | None = None
        bold_lead: list[str] = []
        run_in: list[str] = []
        leading = True
        for r in p.iter(f"{W}r"):
            if _owner(r) is not p or _inside(r, p, _GONE):
                continue
            run = Run(r, None)  # type: ignore[arg-type]
            t = run.text.replace("\n", "")
            if not t:
                continue
            parts.append(t)
            size += len(t)
            rstyle = self.styles.get(r.style or "", ("", None))[0] if r.rPr is not None else ""
            is_bold = run.bold is True
            if rstyle == MARK_STYLE:
                marks.append((size - len(t), size))
            if leading and rstyle.endswith("（接排）"):
                run_in.append(t)
                level_name = rstyle.removesuffix("（接排）")
                if level_name in HEADING_NAMES:
                    run_in_level = HEADING_NAMES.index(level_name) + 1
                continue
            if leading and (is_bold or rstyle == "要点"):
                bold_lead.append(t)
                continue
            leading = bool(not bold_lead and not run_in and t.strip() == "")
        return ("".join(parts), "".join(bold_lead), "".join(run_in), run_in_level,
                tuple(marks))


_REVISIONS = (f"{W}ins", f"{W}del", f"{W}moveFrom", f"{W}moveTo")
_GONE = (f"{W}del", f"{W}moveFrom")
"""Tracked changes whose text does not print until they are rejected."""
_FALLBACK = ("{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",)
"""The old-Word copy of a text box (VML) beside its DrawingML original: read once."""


def _owner(node: Any) -> Any:
    """The nearest paragraph (``w:p``) enclosing ``node`` (text boxes nest paragraphs)."""
    parent = node.getparent()
    while parent is not None and parent.tag != f"{W}p":
        parent = parent.getparent()
    return parent


def _inside(node: Any, top: Any, tags: tuple[str, ...]) -> bool:
    """Whether ``node`` is inside an element tagged one of ``tags`` below ``top``."""
    parent = node.getparent()
    while parent is not None and parent is not top:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _comments(doc: Any) -> dict[str, str]:
    """Comment id -> ``作者：文字`` (no comments part: none)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        doc.part.part_related_by(RT.COMMENTS)
    except KeyError:
        return {}
    out = {}
    for comment in doc.comments:
        text = " ".join(p.text.strip() for p in comment.paragraphs if p.text.strip())
        who = (comment.author or "").strip()
        out[str(comment.comment_id)] = f"{who}：{text}" if who else text
    return out


def _custom_properties(doc: Any) -> dict[str, str]:
    """The custom document properties, name -> text (none when the part is absent)."""
    from drafter import docx_xml

    for rel in doc.part.package.rels.values():
        if rel.reltype.endswith("/custom-properties") and not rel.is_external:
            return docx_xml.read_custom_properties(rel.target_part.blob)
    return {}


BODY, STYLES = "word/document.xml", "word/styles.xml"


def _level(ol: Any, path: Path, part: str) -> int | None:
    """The value of a ``w:outlineLvl`` (0-9), or None.

    Raises:
        DrafterError: the value is not an integer from 0 to 9.
    """
    if ol is None:
        return None
    value = ol.get(f"{W}val", "9")
    if not (value.isascii() and value.isdigit() and int(value) <= 9):
        raise DrafterError(problem_at(path, f"“{part}”里的大纲级别“{value[:20]}”不是 0 到 9 的整数，"
                                            "文件可能已损坏。", "用 Word 或 WPS 打开后“另存为”.docx 再试。"))
    return int(value)


def _styles(doc: Any, path: Path) -> dict[str, tuple[str, int | None]]:
    """Style id -> (name as written in the file, outline level)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        styles = doc.part.part_related_by(RT.STYLES).element
    except KeyError:
        return {}  # python-docx would make up its default styles
    return _style_table(styles, path)


def _style_table(styles: Any, path: Path) -> dict[str, tuple[str, int | None]]:
    """Style id -> (name, outline level) of a ``w:styles`` element."""
    out: dict[str, tuple[str, int | None]] = {}
    for s in styles.style_lst:
        sid = s.styleId or ""
        if s.get(f"{W}type") == "paragraph" and s.get(f"{W}default") in ("1", "true"):
            out[""] = (sid, None)  # paragraphs without w:pStyle use the default style
        name = s.name_val or sid
        ppr = s.find(f"{W}pPr")
        level = _level(ppr.find(f"{W}outlineLvl"), path, STYLES) if ppr is not None else None
        if level is None and name.lower().startswith("heading ") and name[-1].isdigit():
            level = int(name[-1]) - 1
        out[sid] = (name, level)
    return out
