"""Which template made a draft: document properties drafter stamps on every .docx it writes.

Each build records, as custom document properties (Word: 文件 → 信息 → 属性 → 高级属性 →
自定义), the template's name and genre, a hash of its files (its folder and the folders
of the templates it extends, and the layout profile it was laid out by), and the facts
facts' hash (of what they say: the same facts in UTF-8 or GB18030, with other comments
or another file name, give the same hash and the same bytes). A writer's library can then say which drafts came from an older
template, and ``drafter lint`` tells a draft made by drafter from one typed by hand
(D005). The values are deterministic: same templates and facts, same bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from drafter.output import FINGERPRINT

TEMPLATE, GENRE, TEMPLATE_HASH = "drafter-template", "drafter-genre", "drafter-template-hash"
FACTS_HASH = "drafter-facts-hash"
SHORT = 16
"""Hex digits of a hash kept (64 bits: enough to tell versions of one template apart)."""
_files: dict[tuple[str, int, int], str] = {}


def properties(template: Any, profile: Any, facts: dict[str, Any] | None) -> dict[str, str]:
    """The stamp of a draft made by ``template`` from the validated ``facts``."""
    out = {TEMPLATE: template.name, GENRE: template.genre or template.name,
           TEMPLATE_HASH: template_hash(template, profile)}
    if facts is not None:
        text = json.dumps(facts, ensure_ascii=False, sort_keys=True, default=str)
        out[FACTS_HASH] = hashlib.sha256(text.encode("utf-8")).hexdigest()[:SHORT]
    return out


def template_hash(template: Any, profile: Any) -> str:
    """Hash of every file of the template and the templates it extends, and its profile."""
    h = hashlib.sha256()
    for t in template.chain:
        for path in sorted(_walk(t.folder)):
            h.update(path.relative_to(t.folder).as_posix().encode() + b"\0")
            h.update(_file_hash(path).encode() + b"\n")
    h.update(repr(profile).encode())
    return h.hexdigest()[:SHORT]


def _walk(folder: Path) -> list[Path]:
    out = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
        out += [Path(root) / n for n in names if not n.startswith(".") and not n.endswith(".pyc")]
    return out


def _file_hash(path: Path) -> str:
    """A file's hash, remembered in the process while its size and time stay the same."""
    try:
        st = path.stat()
    except OSError:
        return ""
    key = (str(path), st.st_size, st.st_mtime_ns)
    if key not in _files:
        try:
            _files[key] = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return ""
    return _files[key]


def describe(props: dict[str, str], path: Path | None = None, roots: list[Path] | None = None) -> str:
    """One sentence for ``drafter lint`` (D005): who made the draft, and whether its template
    has changed since."""
    if TEMPLATE not in props:
        if FINGERPRINT in props:
            return "这份文稿由 drafter 生成（较早的版本，没有记录模板）。"
        return "这份文稿不是 drafter 生成的（没有 drafter 的文档属性），是手工录入或别的程序生成的。"
    name, genre = props[TEMPLATE], props.get(GENRE, props[TEMPLATE])
    said = f"这份文稿由 drafter 用模板“{name}”（{genre}）生成。"
    if path is not None and FINGERPRINT in props:
        from drafter import output

        said += "生成后没有改动过。" if output.is_untouched(path) else "生成后有人改动过。"
    now = _current_hash(name, roots or [])
    if now and now != props.get(TEMPLATE_HASH):
        said += "生成之后模板已经改过，用现在的模板重新生成会不同。"
    elif now:
        said += "模板没有改过。"
    return said


def _current_hash(name: str, roots: list[Path]) -> str:
    """The hash the template called ``name`` has now, "" when it cannot be found."""
    from drafter.errors import DrafterError
    from drafter.library import Library

    try:
        library = Library(roots)
        template = library.get(name)
        return template_hash(template, library.profile(template.profile))
    except (DrafterError, OSError):
        return ""
