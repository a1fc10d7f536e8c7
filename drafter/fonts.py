"""Fonts and characters: which fonts a draft asks for, whether this machine has them, and
which characters the GB2312 fonts cannot draw.

仿宋_GB2312 and 楷体_GB2312 cover only the GB2312 repertoire (6,763 characters):
a rare character in a name or place (e.g. 堃 or 𬌗) prints in a fallback font or as
a box. Those characters are listed with where they occur, so the writer can choose
another font for them before printing. drafter never downloads or ships fonts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from drafter.model import Document
from drafter.profile import Profile

GB2312_FONTS = ("仿宋_GB2312", "楷体_GB2312")
_ALIASES = {"仿宋_GB2312": ("仿宋_GB2312", "FangSong_GB2312"), "楷体_GB2312": ("楷体_GB2312", "KaiTi_GB2312"),
            "黑体": ("黑体", "SimHei"), "宋体": ("宋体", "SimSun"),
            "方正小标宋简体": ("方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK")}


@dataclass(frozen=True, slots=True)
class RareChar:
    """A character outside GB2312 and where it occurs."""

    char: str
    paragraph: int
    """1-based paragraph of the document."""
    context: str
    """A few characters around it."""
    source: str = ""
    """``file:line: field`` of the fact it came from, when it came from the facts."""
    font: str = ""
    """The GB2312 font the paragraph's style asks for."""


def requested(profile: Profile) -> list[str]:
    """Every font the profile's styles ask for (East Asian and Latin), in a stable order."""
    names = [s.font for s in (*profile.paragraph, *profile.character)]
    names += [profile.latin_font, "宋体"]  # 宋体: page numbers
    return list(dict.fromkeys(names))


def installed_families() -> set[str] | None:
    """Font family names on this machine, or None when they cannot be listed here."""
    return families_later()()


def families_later() -> Callable[[], set[str] | None]:
    """Start listing this machine's fonts; call the result for ``installed_families()``.

    ``fc-list`` (~10 ms) runs in its own process meanwhile, so a build that starts it
    first does not wait for it.
    """
    if sys.platform == "win32":
        return _windows_families
    if shutil.which("fc-list") is None:
        return lambda: None
    try:
        proc = subprocess.Popen(["fc-list", ":", "family"], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, encoding="utf-8",
                                errors="replace")
    except OSError:
        return lambda: None

    @lru_cache(maxsize=1)
    def collect() -> set[str] | None:
        try:
            out, _ = proc.communicate(timeout=10)
        except subprocess.SubprocessError:
            proc.kill()
            proc.communicate()
            return None
        return {name.strip() for line in out.splitlines() for name in line.split(",")
                if name.strip()}

    return collect


def _windows_families() -> set[str] | None:  # pragma: no cover - exercised on Windows only
    try:
        import winreg
    except ImportError:
        return None
    names: set[str] = set()
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        try:
            key = winreg.OpenKey(hive, r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts")
        except OSError:
            continue
        for i in range(winreg.QueryInfoKey(key)[1]):
            value = winreg.EnumValue(key, i)[0]
            for part in value.replace("(TrueType)", "").replace("(OpenType)", "").split("&"):
                names.add(part.strip())
    return names or None


def missing(profile: Profile, families: set[str] | None = None) -> list[str] | None:
    """Requested fonts this machine lacks (None when the machine's fonts cannot be listed)."""
    return lacking(requested(profile), families)


def lacking(wanted: Iterable[str], families: set[str] | None = None) -> list[str] | None:
    """Those of the ``wanted`` fonts this machine lacks (None when they cannot be listed)."""
    families = installed_families() if families is None else families
    if families is None:
        return None
    return [f for f in wanted if not any(a in families for a in _ALIASES.get(f, (f,)))]


def outside_gb2312(document: Document, profile: Profile, facts: Any = None) -> list[RareChar]:
    """Characters that the GB2312 font of their paragraph's style cannot draw, with where."""
    fonts = {s.name: s.font for s in profile.paragraph}
    found: list[RareChar] = []
    for n, block in enumerate(document.blocks, 1):
        font = fonts.get(_style_of(block), fonts.get("正文", ""))
        if font not in GB2312_FONTS:
            continue
        text = block.text
        try:
            text.encode("gb2312")  # the common case, at C speed: every character is in GB2312
            continue
        except UnicodeEncodeError:
            pass
        for i, ch in enumerate(text):
            if not _in_gb2312(ch):
                found.append(RareChar(ch, n, text[max(0, i - 6): i + 7], _source(ch, facts), font))
    return found


def _style_of(block: Any) -> str:
    """The profile style a block is written in (run-in headings: the body's)."""
    from drafter.profile import HEADING_NAMES

    if block.kind == "title":
        return "标题"
    if block.kind == "heading" and not block.run_in:
        return HEADING_NAMES[block.level - 1]
    return block.style if block.kind == "styled" else "正文"


def _in_gb2312(ch: str) -> bool:
    if ord(ch) < 0x80 or ch in "\u3000":
        return True
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return not _needs_cjk_font(ch)
    return True


def _needs_cjk_font(ch: str) -> bool:
    """Characters a Chinese font must draw (ideographs), as opposed to Latin punctuation."""
    code = ord(ch)
    return (0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3FFFF
            or 0x2E80 <= code <= 0x2FDF)


def _source(ch: str, facts: Any) -> str:
    if facts is None:
        return ""
    from drafter.facts import field_path

    for keys, value in facts.leaves():
        if isinstance(value, str) and ch in value:
            line, _ = facts.where(keys)
            return f"{os.path.relpath(facts.path)}:{line}: {field_path(keys)}"
    return ""

