"""Opening input files safely: regular files only, sizes counted on what is read.

Facts files, library files (manifests, Jinja bodies, profiles, phrase banks) and the
documents lint and mine read all come from a path someone typed or shared. A path that
is a pipe would hang a build forever; one that is (or links to) ``/dev/zero`` or
``/dev/urandom`` says its size is 0 and never ends. So every input is opened without
blocking, checked on the open file (``fstat``: no race with a rename in between) to be
a regular file, and read up to its limit plus one byte: a file that grows while it is
read, or lies about its size, is refused at the limit all the same.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from drafter.errors import DrafterError, Problem, problem_at

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
"""Open without waiting for a writer (a FIFO opens at once and is then refused)."""

KINDS = ((stat.S_ISFIFO, "命名管道（FIFO）"), (stat.S_ISCHR, "字符设备"), (stat.S_ISBLK, "块设备"),
         (stat.S_ISSOCK, "套接字"), (stat.S_ISDIR, "文件夹"))


def kind_of(mode: int) -> str:
    """What a non-regular file is, in Chinese."""
    return next((name for test, name in KINDS if test(mode)), "特殊文件")


def open_regular(path: Path, error: type[DrafterError] = DrafterError, what: str = "文件") -> BinaryIO:
    """``path`` opened for reading in binary, when it is (or links to) a regular file.

    Raises:
        error: the path is missing, unreadable, too long, or not a regular file (a pipe,
            a device, a socket, a folder, or a symlink to one); nothing is read then.
    """
    try:
        st = os.stat(path)  # before opening: opening some devices does something
        if not stat.S_ISREG(st.st_mode):
            raise error(_not_regular(path, st.st_mode, what))
        fd = os.open(path, _FLAGS)
    except OSError as e:
        raise error(_os_problem(path, e, what)) from None
    try:
        st = os.fstat(fd)  # what was opened, whatever the path points to now
        if not stat.S_ISREG(st.st_mode):
            raise error(_not_regular(path, st.st_mode, what))
        if _FLAGS & getattr(os, "O_NONBLOCK", 0) and hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: Path, limit: int, error: type[DrafterError] = DrafterError, what: str = "文件",
               usual: str = "", hint: str = "请确认没有选错文件。") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (counted as they are read).

    Args:
        usual: what such a file usually weighs, said when it is too big
            (``事实文件一般只有几 KB。``); ``hint`` is the hint then.

    Raises:
        error: as ``open_regular``; or the file holds more than ``limit`` bytes.
    """
    with open_regular(path, error, what) as f:
        size = os.fstat(f.fileno()).st_size
        data = b""
        if size <= limit:
            try:
                data = f.read(limit + 1)
            except OSError as e:
                raise error(_os_problem(path, e, what)) from None
    if size > limit or len(data) > limit:
        shown = f"{size // 1024} KB" if size > limit else f"超过 {limit // 1024} KB"
        raise error(problem_at(path, f"文件太大（{shown}），{usual}", hint))
    return data


def is_dir(path: Path) -> bool:
    """``path.is_dir()`` that says False, not raises, for a name too long or a loop of links
    (reading it then says what is wrong)."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _not_regular(path: Path, mode: int, what: str) -> Problem:
    if stat.S_ISDIR(mode):
        return problem_at(path, f"这是一个文件夹，不是{what}。", "请给出文件的路径。")
    return problem_at(path, f"这不是普通文件，而是{kind_of(mode)}，drafter 不读取。",
                      f"请给出一个普通的{what}（不是管道、设备，也不是指向它们的链接）。")


_ERRNO = {
    errno.ENOENT: ("找不到这个文件。", "请检查文件名和所在文件夹。"),
    errno.ENOTDIR: ("找不到这个文件（路径中有一段不是文件夹）。", "请检查文件名和所在文件夹。"),
    errno.EACCES: ("没有权限读取这个文件。", ""),
    errno.EPERM: ("没有权限读取这个文件。", ""),
    errno.ENAMETOOLONG: ("文件名太长（超过系统允许的 255 字节）。", "请把文件改一个短一些的名字。"),
    errno.ELOOP: ("这个链接指向它自己（链接绕成了圈）。", "请给出真正的文件。"),
    errno.EISDIR: ("这是一个文件夹，不是文件。", "请给出文件的路径。"),
}


def _os_problem(path: Path, e: OSError, what: str) -> Problem:
    message, hint = _ERRNO.get(e.errno or 0, (f"无法读取这个{what}：{e.strerror or e}。", ""))
    return problem_at(path, message, hint)


def outside(path: Path, real_root: Path, what: str = "文件") -> Problem | None:
    """Why ``path`` may not be read as part of the library at ``real_root`` (already
    resolved), or None: it must resolve inside that folder, symlinks included."""
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):  # a dangling link, a loop
        return problem_at(path, f"这个{what}是一个指向不存在的位置的链接。", "删掉这个链接，换成真正的文件。")
    if real == real_root or real.is_relative_to(real_root):
        return None
    return problem_at(path, f"这个{what}是指向模板库外面（{real}）的链接，drafter 不读取。",
                      "模板库里的文件必须都在模板库文件夹之内；请把文件复制进来，不要用链接。")
