"""Read the paragraphs of an existing document (.docx or text) without python-docx.

Lint, outline and mining read drafts the writer has edited and exemplars from
other offices, so this reader is forgiving: any .docx's body paragraphs with
their style name, outline level and which leading runs are bold; text files in
UTF-8 (with or without BOM) or GB18030, one paragraph per line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

from drafter import docx_guard
from drafter.errors import DrafterError, problem_at
from drafter.facts import decode
from drafter.profile import HEADING_NAMES
from drafter.writer import MARK_STYLE

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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


MAX_TEXT = 20_000_000
"""Largest text file read (a 1,000-page draft is ~3 MB of UTF-8)."""


def read(path: Path) -> list[Para]:
    """Paragraphs of a .docx or text file.

    Raises:
        DrafterError: the file is missing, not a regular file, or cannot be read as a
            document (a damaged or hostile package: drafter.docx_guard says which).
    """
    if path.suffix.lower() == ".docx":
        return read_docx(path)
    return read_text(path)


def read_text(path: Path) -> list[Para]:
    """Lines of a text file (UTF-8 or GB18030) as paragraphs; blank lines dropped."""
    from drafter import inputs

    raw = inputs.read_bytes(path, MAX_TEXT, DrafterError, "文本文件", "文稿一般只有几十 KB。")
    text = decode(raw, path)
    return [Para(line.strip(), line=n) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def read_docx(path: Path) -> list[Para]:
    """Body paragraphs of a .docx with their styles (checked by drafter.docx_guard first)."""
    with docx_guard.open_package(path) as z:
        body = docx_guard.parse_xml(docx_guard.read_part(z, BODY, path), path, BODY)
        styles = _styles(docx_guard.parse_xml(docx_guard.read_part(z, STYLES, path), path, STYLES),
                         path) if STYLES in z.NameToInfo else {}
    out = []
    for p in body.iter(f"{W}p"):
        ppr = p.find(f"{W}pPr")
        sid = ""
        level = None
        if ppr is not None:
            ps = ppr.find(f"{W}pStyle")
            sid = ps.get(f"{W}val", "") if ps is not None else ""
            level = _level(ppr.find(f"{W}outlineLvl"), path, BODY)
        name, style_level = styles.get(sid or styles.get("", ("", None))[0], (sid, None))
        if level is None:
            level = style_level
        text, bold, run_in, run_in_level, marks = _runs(p, styles)
        out.append(Para(text, name, level if level is not None and level < 9 else None, bold, run_in,
                        run_in_level, marks=marks))
    return out


BODY, STYLES = "word/document.xml", "word/styles.xml"


def _level(ol: ET.Element | None, path: Path, part: str) -> int | None:
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


def _runs(p: ET.Element, styles: dict[str, tuple[str, int | None]]
          ) -> tuple[str, str, str, int | None, tuple[tuple[int, int], ...]]:
    parts: list[str] = []
    marks: list[tuple[int, int]] = []
    size = 0
    run_in_level: int | None = None
    bold_lead: list[str] = []
    run_in: list[str] = []
    leading = True
    for r in p.iter(f"{W}r"):
        t = "".join((x.text or "") if x.tag == f"{W}t" else ("\t" if x.tag == f"{W}tab" else "")
                    for x in r)
        if not t:
            continue
        parts.append(t)
        size += len(t)
        rpr = r.find(f"{W}rPr")
        rstyle = ""
        is_bold = False
        if rpr is not None:
            rs = rpr.find(f"{W}rStyle")
            rstyle = styles.get(rs.get(f"{W}val", ""), ("", None))[0] if rs is not None else ""
            b = rpr.find(f"{W}b")
            is_bold = b is not None and b.get(f"{W}val", "1") not in ("0", "false")
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
    return "".join(parts), "".join(bold_lead), "".join(run_in), run_in_level, tuple(marks)


def _styles(root: ET.Element, path: Path) -> dict[str, tuple[str, int | None]]:
    """Style id -> (name, outline level)."""
    out: dict[str, tuple[str, int | None]] = {}
    for s in root.iter(f"{W}style"):
        sid = s.get(f"{W}styleId", "")
        if s.get(f"{W}type") == "paragraph" and s.get(f"{W}default") in ("1", "true"):
            out[""] = (sid, None)  # paragraphs without w:pStyle use the default style
        name_el = s.find(f"{W}name")
        name = name_el.get(f"{W}val", sid) if name_el is not None else sid
        level = _level(s.find(f"{W}pPr/{W}outlineLvl"), path, STYLES)
        if level is None and name.lower().startswith("heading ") and name[-1].isdigit():
            level = int(name[-1]) - 1
        out[sid] = (name, level)
    return out
