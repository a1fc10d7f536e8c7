"""drafter's cache folder on disk, and what is kept in it: compiled templates and the
parsed YAML of the template library (``parsed``), each checked against its file.

Compiling the speech template with Jinja takes ~10 ms, about a tenth of a whole
`drafter build` in a fresh process; a writer runs the same templates dozens of times
an hour. Jinja can keep the compiled code on disk (checked against the template's
source on every load, written atomically); drafter keeps it in the user's cache
folder, which only that user can write to:

    Linux    $XDG_CACHE_HOME/drafter or ~/.cache/drafter
    macOS    ~/Library/Caches/drafter
    Windows  %LOCALAPPDATA%\\drafter\\cache

``DRAFTER_CACHE=DIR`` puts it elsewhere; ``DRAFTER_CACHE=off`` turns it off. When the
folder cannot be made or is not private, drafter simply compiles every time.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import pickle
import stat
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ENV_VAR = "DRAFTER_CACHE"
CACHE_FORMAT = "1"
"""Bumped when what drafter stores in the cache changes meaning."""


def folder() -> Path | None:
    """The cache folder (created, private to this user), or None when there is none."""
    chosen = os.environ.get(ENV_VAR)
    if chosen is not None and chosen.strip().lower() in ("", "0", "off", "no", "false"):
        return None
    if chosen:
        path = Path(chosen)
    elif sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local"
        path = Path(local) / "drafter" / "cache"
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Caches" / "drafter"
    else:
        path = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "drafter"
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not private_folder(path) or not _safe_ancestors(path):
            return None  # a folder others can write to could feed us code
    except OSError:
        return None
    return path


def private_folder(path: Path) -> bool:
    """True when ``path`` is a real folder (not a link) of this user that no one else
    can write to (always true where there are no such owners: Windows)."""
    if os.name != "posix":
        return True
    st = os.lstat(path)
    return stat.S_ISDIR(st.st_mode) and _ours(st)


def _ours(st: os.stat_result) -> bool:
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _safe_ancestors(path: Path) -> bool:
    """True when no folder above ``path`` lets another user swap it for their own: each is
    this user's or root's, and writable by others only with the sticky bit (/tmp)."""
    if os.name != "posix":
        return True
    for parent in Path(os.path.abspath(path)).parents:
        st = os.stat(parent)
        if st.st_uid not in (0, os.getuid()):
            return False
        if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and not st.st_mode & stat.S_ISVTX:
            return False
    return True


def open_private(path: Path) -> Any:
    """``path`` opened for reading when it is a regular file (not a link) of this user
    that no one else can write to; None otherwise (then nothing is loaded from it)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) \
        | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or (os.name == "posix" and not _ours(st)):
        os.close(fd)
        return None
    return os.fdopen(fd, "rb")


def template_cache(settings: str) -> Any:
    """A Jinja bytecode cache for environments configured as ``settings`` describes, or None.

    Compiled code depends on the environment's options (the sandbox, whitespace control),
    so each configuration, Jinja version and drafter cache format gets its own files;
    Jinja itself checks the template's source and the Python version on every load.
    """
    base = folder()
    if base is None:
        return None
    import jinja2
    from jinja2 import FileSystemBytecodeCache

    tag = hashlib.sha1(f"{CACHE_FORMAT}|{jinja2.__version__}|{settings}".encode(),
                       usedforsecurity=False).hexdigest()[:12]
    path = base / "templates"
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        if not private_folder(path):
            return None  # a planted folder or link: its files could run code when loaded
    except OSError:
        return None

    class CheckedBytecodeCache(FileSystemBytecodeCache):
        """Jinja's cache of compiled templates on disk, loading (unpickling, unmarshalling)
        only files of this user that no one else can write to, never through a link, and
        not keeping the code of a template too big to be worth keeping."""

        def load_bytecode(self, bucket: Any) -> None:
            f = open_private(Path(self._get_cache_filename(bucket)))
            if f is not None:
                with f:
                    bucket.load_bytecode(f)

        def dump_bytecode(self, bucket: Any) -> None:
            if bucket.code is not None and len(marshal.dumps(bucket.code)) > MAX_ENTRY_BYTES:
                return
            super().dump_bytecode(bucket)
            try:  # the cache grows only here: kept small here (not on every load)
                _prune(path)
            except OSError:
                pass

    return CheckedBytecodeCache(str(path), f"{tag}-%s.cache")


KEEP = 500
"""Compiled templates kept; beyond twice as many, the least recently written go."""
KEEP_BYTES = 20 << 20
"""Bytes of compiled templates kept; beyond twice as many, the least recently written go
(the speech template compiles to ~60 KB)."""
MAX_ENTRY_BYTES = 2 << 20
"""A template whose compiled code is bigger than this is compiled every time, not kept."""


def _prune(path: Path) -> None:
    """Keep the cache small: each template folder ever built leaves a file behind."""
    with os.scandir(path) as it:
        entries = [(e, e.stat()) for e in it if e.name.endswith(".cache")]
    total = sum(st.st_size for _, st in entries)
    if len(entries) <= 2 * KEEP and total <= 2 * KEEP_BYTES:
        return
    entries.sort(key=lambda e: e[1].st_mtime, reverse=True)
    kept = size = 0
    for e, st in entries:
        kept += 1
        size += st.st_size
        if kept > KEEP or size > KEEP_BYTES:
            Path(e.path).unlink(missing_ok=True)


DATA_KEEP = 2000
"""Parsed files kept; a store grown past this starts afresh."""
RECENT_NS = 2_000_000_000
"""A file changed this recently (2 s) is parsed but not remembered yet: on a file system
with coarse timestamps a second edit within the same tick would keep the same stamp."""


class _Store:
    """Parsed files of one parser, in one file of the cache folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[str, tuple[tuple[int, ...], bytes]] = {}
        f = open_private(path)
        if f is None:
            return  # none yet, or not safe to unpickle from: start afresh
        try:
            with f:
                loaded = marshal.loads(f.read())
        except (OSError, ValueError, EOFError, TypeError):
            return
        if isinstance(loaded, dict):
            self.entries = loaded

    def save(self) -> None:
        if len(self.entries) > DATA_KEEP:
            self.entries = dict(list(self.entries.items())[-DATA_KEEP // 2:])
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
        try:
            tmp.write_bytes(marshal.dumps(self.entries))
            os.replace(tmp, self.path)
        except (OSError, ValueError):
            tmp.unlink(missing_ok=True)


_STORES: dict[Path, _Store] = {}


def _store(kind: str) -> _Store | None:
    base = folder()
    if base is None:
        return None
    tag = hashlib.sha1(f"{CACHE_FORMAT}|{sys.version}|{kind}".encode(),
                       usedforsecurity=False).hexdigest()[:12]
    path = base / f"parsed-{tag}.marshal"
    if path not in _STORES:
        _STORES[path] = _Store(path)
    return _STORES[path]


def parsed(path: Path, kind: str, parse: Callable[[Path], Any]) -> Any:
    """``parse(path)``, remembered in the cache folder while the file keeps its size,
    modification and change times and inode, so that any edit is parsed afresh.

    Reading the library's YAML files (manifests, profiles, phrase banks, the facts
    vocabulary) takes ~5 ms of each cold build although they rarely change. ``kind``
    names the parser and its version (each has its own store); what ``parse`` returns
    must be picklable, and each call gets its own copy. Errors of ``parse`` propagate
    and nothing is remembered then.
    """
    store = _store(kind)
    try:
        st = os.stat(path)
    except OSError:
        store = None
    if store is None:
        return parse(path)
    key = os.path.abspath(path)
    stamp = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
    hit = store.entries.get(key)
    if hit is not None and tuple(hit[0]) == stamp:
        try:
            return pickle.loads(hit[1])
        except Exception:  # noqa: BLE001 - a damaged entry is parsed again
            pass
    value = parse(path)
    if time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) >= RECENT_NS:
        try:
            blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - not picklable: simply not remembered
            return value
        store.entries[key] = (stamp, blob)
        store.save()
    return value
