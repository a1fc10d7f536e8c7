"""Writing outputs without ever losing a writer's work.

Every .docx drafter writes carries a fingerprint of its own body (a custom document
property). Before replacing a file we check it is still exactly what drafter wrote;
if the writer has edited it (or it is not drafter's), the new build goes beside it
as ``name.new.docx`` instead. Writes are atomic: a temporary file in the same
folder, flushed, then renamed over the target, so an interrupted build leaves the
old file intact and no half-written file behind.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import tempfile
import zipfile
from pathlib import Path

from drafter.errors import OutputError, problem_at

FINGERPRINT = "drafter-fingerprint"
BODY_PART = "word/document.xml"


def fingerprint(body_xml: bytes) -> str:
    """The fingerprint of a document body."""
    return hashlib.sha256(body_xml).hexdigest()


def is_untouched(path: Path) -> bool:
    """True when ``path`` is a .docx drafter wrote and nobody has changed since."""
    try:
        with zipfile.ZipFile(path) as z:
            body = z.read(BODY_PART)
            custom = z.read("docProps/custom.xml").decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError):
        return False
    m = re.search(rf'name="{FINGERPRINT}"><vt:lpwstr>([0-9a-f]{{64}})<', custom)
    return bool(m) and m[1] == fingerprint(body)


def stamped_fingerprint(docx_bytes: bytes) -> str | None:
    """The fingerprint property stored in a .docx (None if absent)."""
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        custom = z.read("docProps/custom.xml").decode("utf-8")
    m = re.search(rf'name="{FINGERPRINT}"><vt:lpwstr>([0-9a-f]{{64}})<', custom)
    return m[1] if m else None


def target_for(path: Path, data: bytes, *, force: bool = False) -> tuple[Path, str]:
    """Where a build should go, and why when it is not ``path``.

    Returns ``(path, "")`` normally; ``(path, "same")`` when the file already holds
    exactly these bytes; ``(name.new.docx, reason)`` when ``path`` was edited.

    Raises:
        OutputError: the file is open in Word/WPS, or the path is a folder.
    """
    if path.is_dir():
        raise OutputError(problem_at(path, "输出路径是一个文件夹。", "请用 -o 给出 .docx 文件名。"))
    if not path.parent.is_dir():
        raise OutputError(problem_at(path.parent, "输出文件夹不存在。", "先建好文件夹，或用 -o 换一个位置。"))
    lock = path.with_name(f"~${path.name}")
    if lock.exists():
        raise OutputError(problem_at(path, "这个文档正在 Word 或 WPS 中打开，无法覆盖。",
                                     "请先关闭文档再生成；或用 -o 写到另一个文件。"))
    if not path.exists() or force:
        return path, ""
    try:
        if path.read_bytes() == data:
            return path, "same"
    except OSError as e:
        raise OutputError(problem_at(path, f"无法读取已有的文件：{e.strerror}。")) from None
    if is_untouched(path):
        return path, ""
    return path.with_name(f"{path.stem}.new{path.suffix}"), "edited"


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temporary file + rename).

    Raises:
        OutputError: the folder is not writable or the file is locked.
    """
    fd = -1
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            fd = -1
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        tmp = ""
    except PermissionError:
        raise OutputError(problem_at(path, "没有权限写入这个位置（或文件正被其他程序占用）。",
                                     "关闭正在打开它的程序，或用 -o 写到别的文件夹。")) from None
    except OSError as e:
        raise OutputError(problem_at(path, f"无法写入：{e.strerror}。")) from None
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp:
            Path(tmp).unlink(missing_ok=True)
