"""The fingerprint drafter stamps into every .docx it writes, to tell its own untouched
output from a document the writer has changed.

The fingerprint covers every part of the package (body, styles, headers and footers,
numbering, settings, document properties, pictures …), whichever parts it has, so a
change anywhere (改样式即可全文改版) makes the document the writer's. It is stored as
the custom document property ``drafter-fingerprint``, which counts as ``PLACEHOLDER``
while the fingerprint is computed.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

FINGERPRINT = "drafter-fingerprint"
BODY_PART = "word/document.xml"
CUSTOM_PART = "docProps/custom.xml"
PLACEHOLDER = "0" * 64
"""The fingerprint's value while the fingerprint itself is computed."""
_STAMP = re.compile(rf'(name="{FINGERPRINT}"><vt:lpwstr>)([0-9a-f]{{64}})(<)'.encode())


def fingerprint(parts: Iterable[tuple[str, bytes | str]]) -> str:
    """The fingerprint of a package: every part, its name and its bytes, in name order.

    It covers whatever a writer can change (body, styles, headers and footers, numbering,
    settings, document properties, pictures …), whichever parts the package has; the
    fingerprint property itself counts as ``PLACEHOLDER``.
    """
    h = hashlib.sha256()
    for name, data in sorted(parts, key=lambda part: part[0]):
        _add(h, name, data.encode("utf-8") if isinstance(data, str) else data)
    return h.hexdigest()


def _add(h: Any, name: str, data: bytes) -> None:
    if name == CUSTOM_PART:
        data = _STAMP.sub(lambda m: m[1] + PLACEHOLDER.encode() + m[3], data)
    h.update(f"{len(name)}:{name}:{len(data)}:".encode())
    h.update(data)


def stamp(parts: list[tuple[str, bytes | str]]) -> list[tuple[str, bytes | str]]:
    """The parts of a package with its fingerprint written into ``docProps/custom.xml``
    (which must hold the ``drafter-fingerprint`` property, with any value)."""
    value = fingerprint(parts).encode()
    out: list[tuple[str, bytes | str]] = []
    for name, data in parts:
        if name == CUSTOM_PART:
            raw = data.encode("utf-8") if isinstance(data, str) else data
            data = _STAMP.sub(lambda m: m[1] + value + m[3], raw)
        out.append((name, data))
    return out


def is_untouched(path: Path, rebuilt: bytes | None = None) -> bool:
    """True when ``path`` is a .docx drafter wrote and nobody has changed since; False
    also when it cannot be read safely (drafter.docx_guard): when in doubt, it is the
    writer's. Parts are read one at a time (a document full of photos is not held).

    A document of an earlier drafter carries the fingerprint of its body only; it counts
    as untouched when that matches and every other part but the properties is exactly
    what ``rebuilt`` (the new build) holds, so a change to its styles or footers is kept.
    """
    from drafter import docx_guard
    from drafter.errors import DrafterError

    try:
        with docx_guard.open_package(path) as z:
            names = sorted(n for n in z.namelist() if not n.endswith("/"))
            if CUSTOM_PART not in names:
                return False
            m = _STAMP.search(docx_guard.read_part(z, CUSTOM_PART, path))
            if m is None:
                return False
            stored = m[2].decode()
            h = hashlib.sha256()
            for name in names:
                _add(h, name, docx_guard.read_part(z, name, path))
            if h.hexdigest() == stored:
                return True
            if rebuilt is None or BODY_PART not in names or \
                    stored != hashlib.sha256(docx_guard.read_part(z, BODY_PART, path)).hexdigest():
                return False
            return _same_but_body(z, path, rebuilt)
    except (DrafterError, OSError):
        return False


def _same_but_body(z: zipfile.ZipFile, path: Path, rebuilt: bytes) -> bool:
    """Whether every part but the body and the properties is what ``rebuilt`` holds."""
    from drafter import docx_guard

    ignore = (BODY_PART, CUSTOM_PART, "docProps/core.xml")
    with zipfile.ZipFile(io.BytesIO(rebuilt)) as new:
        ours = {n for n in new.namelist() if n not in ignore}
        if ours != {n for n in z.namelist() if n not in ignore and not n.endswith("/")}:
            return False
        return all(docx_guard.read_part(z, n, path) == new.read(n) for n in ours)


def stamped_fingerprint(docx_bytes: bytes) -> str | None:
    """The fingerprint property stored in a .docx (None if absent)."""
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        m = _STAMP.search(z.read(CUSTOM_PART))
    return m[2].decode() if m else None
