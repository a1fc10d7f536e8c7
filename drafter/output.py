"""Writing outputs without ever losing a writer's work.

Every .docx drafter writes carries a fingerprint of its own body (a custom document
property). Before replacing a file we check it is still exactly what drafter wrote;
if the writer has edited it (or it is not drafter's), the new build goes beside it
as ``name.new.docx`` instead. Writes are atomic: a temporary file in the same
folder, flushed, then renamed over the target, so an interrupted build leaves the
old file intact and no half-written file behind.
"""

from __future__ import annotations

import errno
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


def lock_file(path: Path) -> Path | None:
    """The lock file Word, WPS or LibreOffice keeps beside ``path`` while it is open.

    Word writes ``~$name.docx``, replacing the first one or two characters of a long
    name (``~$cument1.docx`` for ``Document1.docx``); LibreOffice ``.~lock.name.docx#``.
    """
    name = path.name
    for candidate in (f"~${name}", f"~${name[1:]}", f"~${name[2:]}", f".~lock.{name}#"):
        lock = path.with_name(candidate)
        if lock.exists():
            return lock
    return None


def target_for(path: Path, data: bytes, *, force: bool = False) -> tuple[Path, str]:
    """Where a build should go, and why when it is not ``path``.

    Returns ``(path, "")`` normally; ``(path, "same")`` when the file already holds
    exactly these bytes; ``(name.new.docx, "edited")`` when ``path`` was edited (or is
    not drafter's), or ``name.new-2.docx`` … when the writer has edited that one too.
    A document open in Word is never replaced; a new build goes beside it if it was
    edited, and is refused if it would have to replace it.

    Raises:
        OutputError: the file is open in Word/WPS and would be replaced, or the path is
            a folder, or the folder does not exist.
    """
    if path.is_dir():
        raise OutputError(problem_at(path, "输出路径是一个文件夹。", "请用 -o 给出 .docx 文件名。"))
    if path.parent.exists() and not path.parent.is_dir():
        raise OutputError(problem_at(path.parent, "这是一个文件，不能当作输出文件夹。", "请用 -o 换一个位置。"))
    if not path.parent.is_dir():
        raise OutputError(problem_at(path.parent, "输出文件夹不存在。", "先建好文件夹，或用 -o 换一个位置。"))
    if not path.exists():
        return path, ""
    if not path.is_file():
        raise OutputError(problem_at(path, "输出路径已经被一个不是普通文件的东西占用（设备或管道）。",
                                     "请用 -o 换一个文件名。"))
    why = "" if force else _state(path, data)
    if why == "same":
        return path, why
    if why == "edited":
        return _beside(path, data), why
    _refuse_if_open(path)
    return path, ""


def _beside(path: Path, data: bytes) -> Path:
    """``name.new.docx`` (or ``name.new-2.docx`` …): the first that holds nothing of the writer's."""
    for n in range(1, 100):
        beside = path.with_name(f"{path.stem}.new{'' if n == 1 else f'-{n}'}{path.suffix}")
        if beside.is_dir() or (beside.exists() and lock_file(beside) is not None):
            continue
        if not beside.exists() or _state(beside, data) != "edited":
            return beside
    raise OutputError(problem_at(path, "这个文档和它旁边的 .new 文档都被修改过，没有地方再写新稿。",
                                 "整理一下文件夹，或用 --force 覆盖原文件。"))


def _state(path: Path, data: bytes) -> str:
    """``same`` (already these bytes), ``""`` (drafter's own, untouched) or ``edited``."""
    try:
        if path.read_bytes() == data:
            return "same"
    except OSError as e:
        raise OutputError(problem_at(path, f"无法读取已有的文件：{_reason(e)}")) from None
    return "" if is_untouched(path) else "edited"


def _refuse_if_open(path: Path) -> None:
    if lock_file(path) is not None:
        raise OutputError(problem_at(path, "这个文档正在 Word 或 WPS 中打开，无法覆盖。",
                                     "请先关闭文档再生成；或用 -o 写到另一个文件。"))


TEMP_SUFFIX = ".tmp"


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temporary file + rename).

    The temporary file is hidden (``.name.docx.PID.xxxx.tmp``) in the same folder; it
    is removed if the write fails or is interrupted (Ctrl+C), and one left behind by a
    process that was killed outright is removed by the next build of the same file.

    Raises:
        OutputError: the folder is not writable, the disk is full or the file is locked.
    """
    clear_leftovers(path)
    fd = -1
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=TEMP_SUFFIX,
                                   dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            fd = -1
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        Path(tmp).chmod(0o644)
        Path(tmp).replace(path)
        tmp = ""
    except PermissionError:
        raise OutputError(problem_at(path, "没有权限写入这个位置（或文件正被其他程序占用）。",
                                     "关闭正在打开它的程序，或用 -o 写到别的文件夹。")) from None
    except OSError as e:
        raise OutputError(problem_at(path, f"无法写入：{_reason(e)}",
                                     "原来的文件没有改动。")) from None
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp:
            Path(tmp).unlink(missing_ok=True)


def clear_leftovers(path: Path) -> list[Path]:
    """Remove temporary files an earlier, killed build of ``path`` left behind."""
    removed = []
    prefix = f".{path.name}."
    try:
        found = [p for p in path.parent.iterdir()
                 if p.name.startswith(prefix) and p.name.endswith(TEMP_SUFFIX)]
    except OSError:
        return removed
    for leftover in found:
        pid = leftover.name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and _running(int(pid)):
            continue  # another build of the same file is writing right now
        try:
            leftover.unlink()
            removed.append(leftover)
        except OSError:
            pass  # in use (Windows) or not ours to remove
    return removed
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False
    if os.name != "posix":  # on Windows an open file cannot be deleted anyway
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


_ERRNO = {
    errno.ENOSPC: "磁盘空间不足。",
    errno.EFBIG: "文件超过了系统允许的大小。",
    errno.EROFS: "这个位置是只读的。",
    errno.ENAMETOOLONG: "文件名太长。",
    errno.ENOENT: "文件夹不存在。",
    errno.EDQUOT: "磁盘配额已用完。",
    errno.EIO: "磁盘读写出错。",
}


def _reason(e: OSError) -> str:
    return _ERRNO.get(e.errno or 0, f"{e.strerror or e}。")
