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
    for name, data in sorted((n, d.encode("utf-8") if isinstance(d, str) else d) for n, d in parts):
        if name == CUSTOM_PART:
            data = _STAMP.sub(lambda m: m[1] + PLACEHOLDER.encode() + m[3], data)
        h.update(f"{len(name)}:{name}:{len(data)}:".encode())
        h.update(data)
    return h.hexdigest()


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
    """True when ``path`` is a .docx drafter wrote and nobody has changed since.

    A document of an earlier drafter carries the fingerprint of its body only; it counts
    as untouched when that matches and every other part but the properties is exactly
    what ``rebuilt`` (the new build) holds, so a change to its styles or footers is kept.
    """
    parts = _parts(path)
    if parts is None or CUSTOM_PART not in parts:
        return False
    m = _STAMP.search(parts[CUSTOM_PART])
    if m is None:
        return False
    stored = m[2].decode()
    if stored == fingerprint(parts.items()):
        return True
    if rebuilt is None or stored != hashlib.sha256(parts.get(BODY_PART, b"")).hexdigest():
        return False
    new = _parts(io.BytesIO(rebuilt))
    ignore = (BODY_PART, CUSTOM_PART, "docProps/core.xml")
    return new is not None and {n: d for n, d in parts.items() if n not in ignore} == \
        {n: d for n, d in new.items() if n not in ignore}


def _parts(source: Path | io.BytesIO) -> dict[str, bytes] | None:
    """Every part of a package, read through drafter.docx_guard; None if it cannot be."""
    from drafter import docx_guard
    from drafter.errors import DrafterError

    try:
        if isinstance(source, Path):
            z = docx_guard.open_package(source)
        else:
            z = zipfile.ZipFile(source)
        with z:
            return {name: docx_guard.read_part(z, name, Path(str(source)))
                    for name in z.namelist() if not name.endswith("/")}
    except (DrafterError, OSError, zipfile.BadZipFile):
        return None


def stamped_fingerprint(docx_bytes: bytes) -> str | None:
    """The fingerprint property stored in a .docx (None if absent)."""
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        m = _STAMP.search(z.read(CUSTOM_PART))
    return m[2].decode() if m else None
