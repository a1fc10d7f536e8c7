"""Read the paragraphs of an existing document (.docx or text) without python-docx.

Lint, outline and mining read drafts the writer has edited and exemplars from
other offices, so this reader is forgiving: any .docx's body paragraphs with
their style name, outline level and which leading runs are bold; text files in
UTF-8 (with or without BOM) or GB18030, one paragraph per line.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

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


def read(path: Path) -> list[Para]:
    """Paragraphs of a .docx or text file.

    Raises:
        DrafterError: the file is missing or cannot be read as a document.
    """
    if not path.is_file():
        raise DrafterError(problem_at(path, "找不到这个文件。"))
    if path.suffix.lower() == ".docx":
        return read_docx(path)
    return read_text(path)


def read_text(path: Path) -> list[Para]:
    """Lines of a text file (UTF-8 or GB18030) as paragraphs; blank lines dropped."""
    text = decode(path.read_bytes(), path)
    return [Para(line.strip(), line=n) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def read_docx(path: Path) -> list[Para]:
    """Body paragraphs of a .docx with their styles."""
    try:
        with zipfile.ZipFile(path) as z:
            body = ET.fromstring(z.read("word/document.xml"))
            styles_xml = z.read("word/styles.xml") if "word/styles.xml" in z.namelist() else b""
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError):
        raise DrafterError(problem_at(path, "无法读取这个 Word 文件（可能已损坏，或不是 .docx）。",
                                      "用 Word 或 WPS 打开后“另存为”.docx 再试。")) from None
    styles = _styles(styles_xml)
    out = []
    for p in body.iter(f"{W}p"):
        ppr = p.find(f"{W}pPr")
        sid = ""
        level = None
        if ppr is not None:
            ps = ppr.find(f"{W}pStyle")
            sid = ps.get(f"{W}val", "") if ps is not None else ""
            ol = ppr.find(f"{W}outlineLvl")
            level = int(ol.get(f"{W}val", "9")) if ol is not None else None
        name, style_level = styles.get(sid or styles.get("", ("", None))[0], (sid, None))
        if level is None:
            level = style_level
        text, bold, run_in, run_in_level, marks = _runs(p, styles)
        out.append(Para(text, name, level if level is not None and level < 9 else None, bold, run_in,
                        run_in_level, marks=marks))
    return out


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


def _styles(xml: bytes) -> dict[str, tuple[str, int | None]]:
    """Style id -> (name, outline level)."""
    if not xml:
        return {}
    root = ET.fromstring(xml)
    out: dict[str, tuple[str, int | None]] = {}
    for s in root.iter(f"{W}style"):
        sid = s.get(f"{W}styleId", "")
        if s.get(f"{W}type") == "paragraph" and s.get(f"{W}default") in ("1", "true"):
            out[""] = (sid, None)  # paragraphs without w:pStyle use the default style
        name_el = s.find(f"{W}name")
        name = name_el.get(f"{W}val", sid) if name_el is not None else sid
        ol = s.find(f"{W}pPr/{W}outlineLvl")
        level = int(ol.get(f"{W}val", "9")) if ol is not None else None
        if level is None and name.lower().startswith("heading ") and name[-1].isdigit():
            level = int(name[-1]) - 1
        out[sid] = (name, level)
    return out
