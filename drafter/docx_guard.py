"""Guarding against hostile or broken .docx packages before anything is inflated or parsed.

A .docx is a zip of XML parts; lint and mine read ones from other offices and the web.
A 2.7 MB file can hold an 800 MB styles.xml, a 6 KB one 200,000 nested paragraphs; a
part may be encrypted, use a compression Word never writes, or declare an entity bomb.
So a package is checked from its central directory first (no inflating): a regular
file of sane size, few enough members, none encrypted, each stored or deflated, each
part and all of them together under caps. A part is then read with its size bounded
as it inflates, and parsed without a DTD (no entities), with bounded depth and element
count. Every refusal is a ``DrafterError`` saying what is wrong in Chinese (lint shows
it as D001; mine lists the file as unreadable and goes on).

Use::

    check_package(path)                          # raises DrafterError; inflates nothing
    check_parts(path)                            # ... and every XML part parses within limits
    with open_package(path) as z:                # the checks of check_package, on the file opened
        root = parse_xml(read_part(z, "word/document.xml", path), path, "word/document.xml")
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import BinaryIO
from xml.etree import ElementTree as ET

from drafter.errors import DrafterError, problem_at

MAX_FILE = 200_000_000
"""Largest .docx read (bytes on disk): photos make big ones, 200 MB is not a document."""
MAX_MEMBERS = 5_000
"""Most members of a package: Word writes a dozen, plus one per picture."""
MAX_XML_PART = 40_000_000
"""Largest XML part, inflated: a 1,000-page document.xml is ~20 MB."""
MAX_MEMBER = 200_000_000
"""Largest member of any kind (pictures, embedded files), inflated."""
MAX_TOTAL = 500_000_000
"""All members together, inflated."""
MAX_DEPTH = 200
"""Deepest nesting of XML elements: Word's own go ~15 deep (a table in a table ~30)."""
MAX_ELEMENTS = 500_000
"""Most XML elements in one part: a 1,000-page document has ~200,000; keeps the parsed
tree of a part under ~200 MB."""
COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
"""What Word, WPS and LibreOffice write; bzip2/LZMA/others are refused."""
_CHUNK = 1 << 16
_HINT = "用 Word 或 WPS 打开后“另存为”.docx 再试。"


def check_package(path: Path) -> None:
    """Refuse a .docx that is not safe to open, before anything is inflated.

    Raises:
        DrafterError: not a regular file, too big, not a zip, too many members, an
            encrypted member, an unknown compression, a member too big inflated, or no
            ``word/document.xml``; the message says which.
    """
    with open_package(path):
        pass


def open_package(path: Path) -> zipfile.ZipFile:
    """The package at ``path``, opened after the checks of ``check_package``.

    The checks run on the very file that is opened (no race with a rename).

    Raises:
        DrafterError: as ``check_package``.
    """
    from drafter import inputs

    f = inputs.open_regular(path, DrafterError, "Word 文件")
    try:
        size = os.fstat(f.fileno()).st_size
        if size > MAX_FILE:
            raise _refuse(path, f"文件太大（{size // 1_000_000} MB），超过了 {MAX_FILE // 1_000_000} MB。")
        try:
            z = _Package(f)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError):
            raise _refuse(path, "无法读取这个 Word 文件（可能已损坏，或不是 .docx）。") from None
        try:
            _check_members(z, path)
        except BaseException:
            z.close()
            raise
        return z
    except BaseException:
        f.close()
        raise


class _Package(zipfile.ZipFile):
    """A ZipFile over a file it was given and closes with itself."""

    def __init__(self, file: BinaryIO) -> None:
        self.source = file
        super().__init__(file)

    def close(self) -> None:
        """Close the package and the file under it."""
        try:
            super().close()
        finally:
            self.source.close()


def _check_members(z: zipfile.ZipFile, path: Path) -> None:
    infos = z.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _refuse(path, f"压缩包里有 {len(infos)} 个文件，超过了 {MAX_MEMBERS} 个，不像是 Word 文件。")
    total = 0
    for info in infos:
        name = info.filename
        if info.flag_bits & 0x1:
            raise _refuse(path, f"文件里的“{name}”加了密码，无法读取。", "请先在 Word 里取消密码保护，再另存一份。")
        if info.compress_type not in COMPRESSIONS:
            raise _refuse(path, f"文件里的“{name}”用了 Word 不用的压缩方式（编号 {info.compress_type}），"
                                "无法读取。")
        cap = MAX_XML_PART if _is_xml(name) else MAX_MEMBER
        if info.file_size > cap:
            raise _refuse(path, f"文件里的“{name}”解压后有 {info.file_size // 1_000_000} MB，"
                                f"超过了 {cap // 1_000_000} MB，不像是正常的 Word 文件（可能是“压缩炸弹”）。")
        total += info.file_size
    if total > MAX_TOTAL:
        raise _refuse(path, f"文件解压后共有 {total // 1_000_000} MB，超过了 {MAX_TOTAL // 1_000_000} MB，"
                            "不像是正常的 Word 文件（可能是“压缩炸弹”）。")
    if "word/document.xml" not in z.NameToInfo:
        raise _refuse(path, "这个压缩包里没有 Word 正文（word/document.xml），不是 .docx 文件。")


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


def read_part(z: zipfile.ZipFile, name: str, path: Path) -> bytes:
    """The inflated bytes of one member, stopped at its cap however it inflates.

    Raises:
        DrafterError: missing, damaged (bad data or checksum), or bigger than its cap.
    """
    cap = MAX_XML_PART if _is_xml(name) else MAX_MEMBER
    try:
        with z.open(name) as member:
            chunks, size = [], 0
            while size <= cap and (chunk := member.read(_CHUNK * 16)):  # 1 MB inflated at a time
                chunks.append(chunk)
                size += len(chunk)
            data = b"".join(chunks)
    except KeyError:
        raise _refuse(path, f"文件里缺少“{name}”。") from None
    except Exception as e:  # noqa: BLE001 - BadZipFile, zlib.error, EOFError …: damaged data
        raise _refuse(path, f"文件里的“{name}”已损坏，无法解压（{type(e).__name__}）。") from None
    if len(data) > cap:
        raise _refuse(path, f"文件里的“{name}”解压后超过了 {cap // 1_000_000} MB，不像是正常的 Word 文件。")
    return data


_DTD_MARKS = tuple(mark.encode(enc) for mark in ("<!DOCTYPE", "<!ENTITY")
                   for enc in ("utf-8", "utf-16-le", "utf-16-be"))


def parse_xml(data: bytes, path: Path, part: str) -> ET.Element:
    """Parse one XML part, refusing DTDs (so no entity can expand), nesting deeper than
    ``MAX_DEPTH`` and more than ``MAX_ELEMENTS`` elements; the input is fed in chunks and
    the limits checked as it goes, so a hostile part is refused after one chunk's work.

    Raises:
        DrafterError: malformed XML, a DTD or entity declaration, too deep, too many elements.
    """
    root = _parse(data, path, part, keep=True)
    assert root is not None
    return root


def check_parts(path: Path) -> None:
    """``check_package``, then every XML part inflated (bounded) and parsed as ``parse_xml``
    would, without keeping the tree: for a reader that parses the package itself
    (python-docx) after this says it is safe.

    Raises:
        DrafterError: as ``check_package`` and ``parse_xml``.
    """
    with open_package(path) as z:
        for name in z.namelist():
            if _is_xml(name):
                _parse(read_part(z, name, path), path, name, keep=False)


def _parse(data: bytes, path: Path, part: str, *, keep: bool) -> ET.Element | None:
    if any(mark in data for mark in _DTD_MARKS):
        raise _refuse(path, f"“{part}”里有文档类型定义（DOCTYPE/ENTITY），Word 文件不会有，可能是“实体炸弹”。")
    parser = ET.XMLPullParser(events=("start", "end"))
    depth = elements = 0
    root: ET.Element | None = None
    try:
        for start in range(0, len(data), _CHUNK):
            parser.feed(data[start:start + _CHUNK])
            for event, elem in parser.read_events():
                if event == "end":
                    depth -= 1
                    if not keep:
                        elem.clear()
                    continue
                depth += 1
                elements += 1
                if root is None:
                    root = elem
                if depth > MAX_DEPTH:
                    raise _refuse(path, f"“{part}”的元素嵌套超过 {MAX_DEPTH} 层，不像是正常的 Word 文件。")
            if elements > MAX_ELEMENTS:  # a 64 KB chunk adds at most ~20,000
                raise _refuse(path, f"“{part}”里的元素超过 {MAX_ELEMENTS} 个，不像是正常的 Word 文件。")
        parser.close()
    except ET.ParseError as e:
        line, column = e.position
        raise _refuse(path, f"“{part}”不是格式正确的 XML（第 {line} 行第 {column + 1} 列）。") from None
    if root is None:
        raise _refuse(path, f"“{part}”是空的。")
    return root if keep else None


def _refuse(path: Path, message: str, hint: str = _HINT) -> DrafterError:
    return DrafterError(problem_at(path, message, hint))
