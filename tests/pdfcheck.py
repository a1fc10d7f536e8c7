"""GB/T 9704 page check through LibreOffice: convert a .docx to PDF and measure its pages.

LibreOffice renders with free substitutes for the licensed Chinese fonts (a private
fonts.conf maps 仿宋/宋体 to Noto Serif CJK, 楷体 to AR PL UKai, 黑体 to Noto Sans CJK);
every CJK face has a 1 em advance, so line and character counts carry over to the
real fonts. Used by the tests; skipped on a machine without LibreOffice, never in CI.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
from dataclasses import dataclass
from pathlib import Path

from drafter.office import PDF_EXPORT

MM = 72 / 25.4

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  {aliases}
</fontconfig>
"""
ALIASES = {
    "Noto Serif CJK SC": ["仿宋_GB2312", "仿宋", "FangSong", "宋体", "SimSun", "方正小标宋简体"],
    "AR PL UKai CN": ["楷体_GB2312", "楷体", "KaiTi"],
    "Noto Sans CJK SC": ["黑体", "SimHei"],
}


def soffice() -> str | None:
    """The LibreOffice binary, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def require_soffice() -> None:
    """Skip the calling test module where LibreOffice is missing, except in CI (where .ci/run
    installs it, so its absence is an error, never a silent skip)."""
    import pytest

    if soffice() is None:
        if os.environ.get("CI") == "true":
            raise RuntimeError("LibreOffice is required in CI: .ci/run installs it")
        pytest.skip("LibreOffice is not installed", allow_module_level=True)


def to_pdf(docx: Path, workdir: Path) -> Path:
    """Convert with a private profile and font aliases; raise if no PDF appears."""
    workdir = workdir.resolve()  # soffice needs an absolute profile URL
    conf = workdir / "fonts.conf"
    aliases = "\n".join(
        f'<alias binding="same"><family>{name}</family><prefer><family>{target}</family>'
        "</prefer></alias>" for target, names in ALIASES.items() for name in names)
    conf.write_text(FONTS_CONF.format(aliases=aliases), encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    binary = soffice()
    assert binary, "LibreOffice is not installed"
    subprocess.run([binary, "--headless", "--norestore", "--nolockcheck",
                    f"-env:UserInstallation=file://{workdir}/lo_profile",
                    "--convert-to", PDF_EXPORT, "--outdir", str(workdir), str(docx)],
                   env=env, capture_output=True, timeout=180, check=False)
    pdf = workdir / (docx.stem + ".pdf")
    if not pdf.exists():  # soffice exits 0 even when it could not load the file
        raise RuntimeError(f"LibreOffice produced no PDF for {docx}")
    return pdf


@dataclass
class PageReport:
    """What the PDF shows."""

    pages: int
    slots_per_page: list[int]
    """Line slots used on each page (first to last body line, at the line pitch)."""
    chars_per_full_line: list[int]
    """Glyphs on each body line that runs from the left to the right edge of the type area."""
    page_numbers: list[tuple[str, str]]
    """(text, side) of each page's footer number: side is left/right/center."""
    line_pitch: float


def measure(pdf: Path, *, margins_mm: tuple[float, float, float, float] = (37, 35, 28, 26),
            body_size: float = 16.0, line_pitch: float = 28.95) -> PageReport:
    """Measure lines per page and characters per line of a PDF built from a 公文 profile."""
    import pdfplumber

    top, bottom, left, right = (m * MM for m in margins_mm)
    slots: list[int] = []
    full: list[int] = []
    numbers: list[tuple[str, str]] = []
    with pdfplumber.open(pdf) as doc:
        width, height = doc.pages[0].width, doc.pages[0].height
        for page in doc.pages:
            chars = [c for c in page.chars if c["text"].strip()]
            body = [c for c in chars if c["top"] < height - bottom + 2]
            foot = [c for c in chars if c["top"] >= height - bottom + 2]
            lines = _lines(body)
            if lines:
                first, last = lines[0][0]["top"], lines[-1][0]["top"]
                slots.append(round((last - first) / line_pitch) + 1)
            for line in lines:
                if abs(line[0]["size"] - body_size) > 0.6:
                    continue
                x0, x1 = line[0]["x0"], line[-1]["x1"]
                starts_at_margin = abs(x0 - left) < body_size * 0.5
                reaches_right = x1 > width - right - body_size * 0.6
                if starts_at_margin and reaches_right:
                    full.append(len(line))
            if foot:
                text = "".join(c["text"] for c in sorted(foot, key=lambda c: c["x0"]))
                mid = (min(c["x0"] for c in foot) + max(c["x1"] for c in foot)) / 2
                side = "left" if mid < width * 0.4 else "right" if mid > width * 0.6 else "center"
                numbers.append((text, side))
    return PageReport(len(slots), slots, full, numbers, line_pitch)


def _lines(chars: list[dict]) -> list[list[dict]]:
    """Cluster characters into lines by their top coordinate."""
    lines: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        if lines and abs(lines[-1][0]["top"] - c["top"]) < 4:
            lines[-1].append(c)
        else:
            lines.append([c])
    return [sorted(line, key=lambda c: c["x0"]) for line in lines]


def typical(values: list[int]) -> int:
    """The most common value (ties: the smaller)."""
    return min(statistics.multimode(values))
