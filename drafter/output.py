"""Writing outputs without ever losing a writer's work.

Every .docx drafter writes carries a fingerprint of all its parts (drafter/fingerprint.py).
Before replacing a file we check it is still exactly what drafter wrote;
if the writer has edited it (or it is not drafter's), the new build goes beside it
as ``name.new.docx`` instead. Writes are atomic: a temporary file in the same
folder, flushed, then renamed over the target, so an interrupted build leaves the
old file intact and no half-written file behind.
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from drafter.errors import OutputError, problem_at
from drafter.fingerprint import FINGERPRINT, is_untouched  # noqa: F401 (FINGERPRINT: for callers)


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


def write_document(path: Path, data: bytes, *, force: bool = False) -> tuple[Path, str]:
    """Write a built document to ``path`` unless the writer's work is there: returns where
    it went and why (as ``target_for``); ``why == "same"`` means nothing was written.

    The decision is taken again once the new document is in its temporary file, just
    before it replaces the old one; if the writer saved in between, the decision is taken
    afresh (the new build then goes beside), so a save is never lost.

    Raises:
        OutputError: as ``target_for`` and ``write_atomic``; or the file kept changing.
    """
    for _attempt in range(3):
        target, why = target_for(path, data, force=force)
        if why == "same":
            return target, why
        seen = _signature(target)

        def unchanged(target: Path = target, why: str = why, seen: object = seen) -> bool:
            return _signature(target) == seen and \
                target_for(path, data, force=force) == (target, why) and _signature(target) == seen

        if write_atomic(target, data, unchanged=unchanged):
            return target, why
    raise OutputError(problem_at(path, "这个文档在生成的同时一直被修改，为保护您的修改，没有写入新稿。",
                                 "等保存完成、关闭文档后再生成一次。"))


def _signature(path: Path) -> tuple[int, ...] | None:
    """What identifies one version of a file (None when there is none)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_mode)


def target_for(path: Path, data: bytes, *, force: bool = False) -> tuple[Path, str]:
    """Where a build should go, and why when it is not ``path``.

    Returns ``(path, "")`` normally; ``(path, "same")`` when the file already holds
    exactly these bytes; ``(name.new.docx, "edited")`` when ``path`` was edited (or is
    not drafter's), or ``name.new-2.docx`` … when the writer has edited that one too.
    A document open in Word is never replaced; a new build goes beside it if it was
    edited, and is refused if it would have to replace it.

    Raises:
        OutputError: the file is open in Word/WPS and would be replaced, or the path is
            a folder, or the folder does not exist, or the name is too long.
    """
    try:
        return _target_for(path, data, force)
    except OutputError:
        raise
    except OSError as e:  # a name over 255 bytes, a loop of links …
        raise OutputError(problem_at(path, f"无法写到这里：{reason(e)}", _hint(e))) from None


def _hint(e: OSError) -> str:
    if e.errno == errno.ENAMETOOLONG:
        return "文件名最长 255 字节（约 85 个汉字）；请用 -o 给一个短一些的文件名。"
    return "请用 -o 换一个位置。"


def _target_for(path: Path, data: bytes, force: bool) -> tuple[Path, str]:
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
        if os.stat(path).st_size == len(data) and path.read_bytes() == data:
            return "same"
    except OSError as e:
        raise OutputError(problem_at(path, f"无法读取已有的文件：{reason(e)}")) from None
    return "" if is_untouched(path, data) else "edited"


def _refuse_if_open(path: Path) -> None:
    if lock_file(path) is not None:
        raise OutputError(problem_at(path, "这个文档正在 Word 或 WPS 中打开，无法覆盖。",
                                     "请先关闭文档再生成；或用 -o 写到另一个文件。"))


_SYNC_EACH = True
"""Whether each write is made durable (fsync) before its rename; a batch turns this off in
its workers and makes all its documents durable at once at the end (``make_durable``)."""


def sync_each(on: bool) -> None:
    """Make every write durable before its rename (True, the default), or leave that to a
    later ``make_durable`` of the files written (a batch: one pass at the end instead of a
    disk flush per file; each file is still written to a temporary file and renamed)."""
    global _SYNC_EACH
    _SYNC_EACH = on


def make_durable(paths: Iterable[Path]) -> None:
    """Flush written files, and the folders that name them, to disk in one pass.

    Best effort: a file that is gone (moved meanwhile) or a folder that cannot be opened
    (Windows) is passed over; the data is then on its way to the disk all the same.
    """
    folders: dict[str, None] = {}
    for path in paths:
        _fsync_path(path, os.O_RDONLY if os.name == "posix" else os.O_RDWR)  # Windows: write access
        folders.setdefault(os.path.dirname(os.path.abspath(path)), None)
    if os.name == "posix":
        for folder in folders:
            _fsync_path(Path(folder), os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))


def _fsync_path(path: Path, flags: int) -> None:
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


TEMP_SUFFIX = ".tmp"
NAME_MAX = 255
"""Longest file name (bytes) on the file systems writers use (ext4, NTFS, APFS: 255)."""


def _temp_prefix(path: Path) -> str:
    """``.name.docx.`` for the hidden temporary file of ``path``; for a name so long that
    the ~22 bytes of ``PID.xxxxxxxx.tmp`` would not fit, a short ``.~drafter-HASH.`` so
    that every name that is legal can be written."""
    prefix = f".{path.name}."
    if len(os.fsencode(prefix)) + 24 <= NAME_MAX:
        return prefix
    digest = hashlib.sha1(os.fsencode(path.name), usedforsecurity=False).hexdigest()[:12]
    return f".~drafter-{digest}."


def write_atomic(path: Path, data: bytes, *, unchanged: Callable[[], bool] | None = None) -> bool:
    """Write ``data`` to ``path`` atomically (temporary file + rename).

    The temporary file is hidden (``.name.docx.PID.xxxx.tmp``) in the same folder; it
    is removed if the write fails or is interrupted (Ctrl+C), and one left behind by a
    process that was killed outright is removed by the next build of the same file.

    Args:
        unchanged: asked once the temporary file is written, just before it replaces
            ``path``: when it says False (the writer saved meanwhile), nothing is replaced.

    Returns:
        True when written; False when ``unchanged`` said no (nothing changed then).

    Raises:
        OutputError: the folder is not writable, the disk is full or the file is locked.
    """
    clear_leftovers(path)
    fd = -1
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f"{_temp_prefix(path)}{os.getpid()}.", suffix=TEMP_SUFFIX,
                                   dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            fd = -1
            f.write(data)
            f.flush()
            if _SYNC_EACH:
                os.fsync(f.fileno())
        Path(tmp).chmod(0o644)
        if unchanged is not None and not unchanged():
            return False
        if not _link_new(Path(tmp), path, replace=unchanged is None or _signature(path) is not None):
            return False
        tmp = ""
        return True
    except PermissionError:
        raise OutputError(problem_at(path, "没有权限写入这个位置（或文件正被其他程序占用）。",
                                     "关闭正在打开它的程序，或用 -o 写到别的文件夹。")) from None
    except OSError as e:
        raise OutputError(problem_at(path, f"无法写入：{reason(e)}",
                                     "原来的文件没有改动。")) from None
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp:
            Path(tmp).unlink(missing_ok=True)


def _link_new(tmp: Path, path: Path, *, replace: bool) -> bool:
    """Move ``tmp`` to ``path``; when ``path`` is to be new, never over a file that
    appeared meanwhile (a hard link fails if it exists; file systems without hard links
    fall back to a rename). False when such a file appeared."""
    if not replace:
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError:  # FAT/exFAT, some network shares: no hard links
            if os.path.lexists(path):
                return False
        else:
            tmp.unlink()
            return True
    tmp.replace(path)
    return True


def clear_leftovers(path: Path) -> list[Path]:
    """Remove temporary files an earlier, killed build of ``path`` left behind."""
    removed: list[Path] = []
    prefix = _temp_prefix(path)
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


def reason(e: OSError) -> str:
    """What an OS error means for the writer, in Chinese."""
    return _ERRNO.get(e.errno or 0, f"{e.strerror or e}。")
