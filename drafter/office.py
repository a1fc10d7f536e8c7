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
INSTALL_HINT = "安装 LibreOffice（https 下载或系统软件包 libreoffice-writer）后再试。"


def soffice() -> str | None:
    """The LibreOffice binary, if installed (DRAFTER_SOFFICE names another one)."""
    named = os.environ.get("DRAFTER_SOFFICE")
    if named is not None:
        return shutil.which(named) if named else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(source: Path, fmt: str, outdir: Path, *, timeout: float = TIMEOUT) -> Path:
    """Convert ``source`` to ``fmt`` (``pdf``, ``docx``) in ``outdir``; the new file's path.

    Raises:
        DrafterError: LibreOffice is not installed, timed out, or produced nothing.
    """
    binary = soffice()
    if binary is None:
        raise DrafterError(problem_at(source, "没有找到 LibreOffice，无法转换这个文件。",
                                      INSTALL_HINT))
    outdir = outdir.resolve()
    with tempfile.TemporaryDirectory(prefix="drafter-lo-") as profile:
        command = [binary, "--headless", "--norestore", "--nolockcheck", "--nologo",
                   f"-env:UserInstallation={Path(profile).resolve().as_uri()}",
                   "--convert-to", fmt, "--outdir", str(outdir), str(source.resolve())]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False,
                           stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise DrafterError(problem_at(
                source, f"LibreOffice 转换超过 {timeout:g} 秒没有完成，已停止。",
                "关闭正在运行的 LibreOffice 后再试。")) from None
        except OSError as e:
            raise DrafterError(problem_at(source, f"无法启动 LibreOffice（{e.strerror}）。",
                                          INSTALL_HINT)) from None
    out = outdir / f"{source.stem}.{fmt}"
    if not out.is_file():
        raise DrafterError(problem_at(source, f"LibreOffice 没能把这个文件转换成 {fmt.upper()}"
                                              "（文件可能已损坏）。",
                                      "用 Word 或 WPS 打开后“另存为”.docx 再试。"))
    return out
