"""Shared test helpers: throwaway libraries, running the CLI, reading .docx back."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = ROOT / "seeds"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def build_file_tree(root: Path, files: dict[str, str]) -> Path:
    """Write ``{relative path: text}`` under ``root`` (UTF-8) and return ``root``."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``python -m drafter ARGS`` in a fresh process (this checkout's drafter)."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "drafter", *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


def docx_part(path: Path, name: str) -> ET.Element:
    """A parsed XML part of a .docx (``word/styles.xml`` …)."""
    with zipfile.ZipFile(path) as z:
        return ET.fromstring(z.read(name))


def styles_by_id(path: Path) -> dict[str, ET.Element]:
    """The ``w:style`` elements of a .docx by style id."""
    root = docx_part(path, "word/styles.xml")
    return {s.get(f"{W}styleId"): s for s in root.iter(f"{W}style")}


def style_named(path: Path, name: str) -> ET.Element:
    """The ``w:style`` with the given name."""
    for s in styles_by_id(path).values():
        n = s.find(f"{W}name")
        if n is not None and n.get(f"{W}val") == name:
            return s
    raise KeyError(name)


def dump_docx(path: Path) -> str:
    """A stable read-back: one ``style | text`` line per body paragraph."""
    from drafter.reader import read_docx

    return "\n".join(f"{p.style or 'Normal'} | {p.text}" for p in read_docx(path))


def template_library(root: Path, body: str) -> Path:
    """A library folder ``root/库`` holding one news-brief template ``t`` whose body.j2 is ``body``."""
    lib = root / "库"
    (lib / "t").mkdir(parents=True)
    (lib / "t" / "template.yml").write_text("体裁: 会议通稿\n说明: 测试\n版式: 公文\n正文: body.j2\n需要: [地名]\n",
                                           encoding="utf-8")
    (lib / "t" / "body.j2").write_text(body, encoding="utf-8")
    return lib
