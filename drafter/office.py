"""LibreOffice, when installed: .docx -> PDF beside a build, .doc/.wps -> .docx for reading.

soffice runs headless with a private profile in a temporary folder (so it neither
touches nor waits for the writer's own LibreOffice), with a time limit, and is asked
to convert one file into a given folder. It exits 0 even when it could not load the
file, so success is the converted file appearing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from drafter.errors import DrafterError, problem_at

TIMEOUT = 180
"""Seconds a conversion may take (a first start of LibreOffice builds its profile)."""
PDF_EXPORT = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}'
"""PDF export keeping the blank pages Word and LibreOffice insert before a section that
starts on an even page (the 版记 page, GB/T 9704 7.5): LibreOffice drops them by default,
and a PDF printed double-sided would then put the 版记 on an odd page."""
INSTALL_HINT = "请先安装 LibreOffice（免费软件，Windows、麒麟、统信 UOS 都有），再试一次。"


def soffice() -> str | None:
    """The LibreOffice binary, if installed (DRAFTER_SOFFICE names another one)."""
    named = os.environ.get("DRAFTER_SOFFICE")
    if named is not None:
        return shutil.which(named) if named else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def pdfs_beside(documents: list[Path], *, timeout: float = TIMEOUT) -> list[Path]:
    """Write ``name.pdf`` beside each ``name.docx`` (one LibreOffice run for all of them).

    Each PDF is made in a private folder and then renamed into place, so a PDF a reader
    has open is replaced whole or not at all.

    Raises:
        DrafterError: LibreOffice is not installed, timed out, or made no PDF of a file.
    """
    if not documents:
        return []
    if soffice() is None:
        raise DrafterError(problem_at(documents[0], "没有找到 LibreOffice，没有生成 PDF（Word 文稿已经生成）。",
                                      INSTALL_HINT))
    from drafter.output import write_atomic

    out = []
    for group in _unique_stems(documents):
        with tempfile.TemporaryDirectory(prefix="drafter-pdf-") as tmp:
            for document, pdf in zip(group, _run(group, "pdf", Path(tmp), timeout), strict=True):
                target = document.with_suffix(".pdf")
                write_atomic(target, pdf.read_bytes())
                out.append(target)
    return out


def _unique_stems(documents: list[Path]) -> list[list[Path]]:
    """The documents in groups whose names differ (LibreOffice names its output by stem)."""
    groups: list[list[Path]] = []
    for document in documents:
        for group in groups:
            if all(d.stem != document.stem for d in group):
                group.append(document)
                break
        else:
            groups.append([document])
    return groups


def convert(source: Path, fmt: str, outdir: Path, *, timeout: float = TIMEOUT) -> Path:
    """Convert ``source`` to ``fmt`` (``pdf``, ``docx``) in ``outdir``; the new file's path.

    Raises:
        DrafterError: LibreOffice is not installed, timed out, or produced nothing.
    """
    binary = soffice()
    if binary is None:
        raise DrafterError(problem_at(source, "没有找到 LibreOffice，无法转换这个文件。",
                                      INSTALL_HINT))
    return _run([source], fmt, outdir, timeout)[0]


def _run(sources: list[Path], fmt: str, outdir: Path, timeout: float) -> list[Path]:
    """One headless LibreOffice, private profile, converting ``sources`` into ``outdir``."""
    binary = soffice()
    assert binary is not None
    outdir.mkdir(parents=True, exist_ok=True)
    outdir = outdir.resolve()
    with tempfile.TemporaryDirectory(prefix="drafter-lo-") as profile:
        command = [binary, "--headless", "--norestore", "--nolockcheck", "--nologo",
                   f"-env:UserInstallation={Path(profile).resolve().as_uri()}",
                   "--convert-to", PDF_EXPORT if fmt == "pdf" else fmt, "--outdir", str(outdir),
                   *(str(s.resolve()) for s in sources)]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout * len(sources),
                           check=False, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise DrafterError(problem_at(
                sources[0], f"LibreOffice 转换超过 {timeout * len(sources):g} 秒没有完成，已停止。",
                "关闭正在运行的 LibreOffice 后再试。")) from None
        except OSError as e:
            raise DrafterError(problem_at(sources[0], f"无法启动 LibreOffice（{e.strerror}）。",
                                          INSTALL_HINT)) from None
    out = []
    for source in sources:
        made = outdir / f"{source.stem}.{fmt}"
        if not made.is_file():
            raise DrafterError(problem_at(source, f"LibreOffice 没能把这个文件转换成 {fmt.upper()}"
                                                  "（文件可能已损坏）。",
                                          "用 Word 或 WPS 打开后“另存为”.docx 再试。"))
        out.append(made)
    return out
