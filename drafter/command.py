"""What the ``drafter`` command does around the library, without click.

The process set-up of a fresh command (the garbage collector off while modules load,
SIGTERM stopping a build like Ctrl+C), the lines a build prints, and the build of facts
files one after another. drafter.cli (click) and drafter.launch (the entry point's plain
``drafter build FILE``, parsed without click) share them, so both print the same.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

_loading = False
"""Whether the collector of cyclic garbage is off while a fresh ``drafter`` loads its modules."""


def echo(text: str, *, err: bool = False) -> None:
    """One line on stdout (or stderr), flushed, as click.echo writes it."""
    stream = sys.stderr if err else sys.stdout
    if stream is None:
        return
    stream.write(text + "\n")
    stream.flush()


def failure(e: BaseException) -> str | None:
    """The line a writer sees for an error that is theirs to fix (a DrafterError, or a path no
    stage could use, such as a name too long), or None for a bug that must show its traceback."""
    from drafter.errors import DrafterError

    if isinstance(e, DrafterError):
        return f"错误：{e}"
    if isinstance(e, OSError) and e.filename is not None:
        from drafter.errors import problem_at
        from drafter.output import reason

        return f"错误：{problem_at(e.filename, reason(e))}"
    return None


def collect_later() -> None:
    """Turn off the garbage collector while the modules load (click, yaml, jinja2 and
    drafter's own: tens of thousands of objects that live as long as the process and form
    no garbage); its ~40 passes over them cost ~8 ms of a ~150 ms cold build."""
    global _loading
    _loading = True
    gc.disable()


def modules_loaded() -> None:
    """The command has its modules: set what they made aside from the collector, which
    runs again from here on (on the facts, the templates and the document)."""
    global _loading
    if _loading:
        _loading = False
        gc.freeze()
        gc.enable()


def stop_cleanly_on_sigterm() -> None:
    """Let ``kill`` (SIGTERM) stop a build the way Ctrl+C does: temporary files are
    removed and the previous document is left as it was."""
    import signal

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, interrupt)


def build_files(facts_files: tuple[Path, ...], templates: tuple[str, ...], output: str | None,
                *, draft: bool, force: bool, pdf: bool, library: Any, limits: Any,
                families: Callable[[], set[str] | None]) -> None:
    """Build each facts file in turn, telling what was written; then the fonts this machine
    lacks and, with ``pdf``, the PDFs."""
    from drafter import budget, pipeline

    wanted: set[tuple[str, ...]] = set()
    documents: list[Path] = []
    for facts_path in facts_files:
        products = budget.run(pipeline.produce, facts_path, templates, output, library=library,
                              draft=draft, label=facts_path, limits=limits)
        for built in pipeline.deliver(products, force=force):
            report(built)
            documents.append(built.path)
            wanted.add(built.fonts)
    report_fonts(wanted, families())
    pdfs(documents if pdf else [])


def pdfs(documents: list[Path]) -> None:
    """The PDF of each document beside it, through LibreOffice (--pdf)."""
    if not documents:
        return
    from drafter import office

    if office.soffice() is not None:
        echo("正在用 LibreOffice 生成 PDF……", err=True)
    for pdf in office.pdfs_beside(documents):
        echo(f"已生成 {show(pdf)}")


def report_fonts(wanted: set[tuple[str, ...]], families: set[str] | None = None) -> None:
    """Say which requested fonts this machine lacks (Word would silently substitute them)."""
    from drafter import fonts

    # Fonts belong to the machine, not to a draft: one line for all the drafts of a build.
    names = list(dict.fromkeys(name for group in sorted(wanted) for name in group))
    lacking = fonts.lacking(names, families)
    if lacking:
        echo(f"注意：本机没有这些字体：{'、'.join(lacking)}。在本机打开时 Word/WPS 会用别的字体代替，"
             "版面可能走样；请在排版、打印的电脑上安装（drafter 不附带、不下载字体）。", err=True)


def report(built: Any) -> None:
    """What became of one draft: written, unchanged, or written beside an edited one."""
    path = show(built.path)
    if built.status == "unchanged":
        echo(f"{path} 没有变化（{built.template}）")
    elif built.status == "beside":
        echo(f"{show(built.intended)} 已被修改过，为保护您的修改，新稿写到了 {path}"
             "（确定要覆盖原文件时加 --force）")
    else:
        echo(f"已生成 {path}（{built.template}，{built.length} 字）")
    if built.gaps:
        echo(f"  还缺 {len(built.gaps)} 项事实，已在文中标为【待补】：{'、'.join(built.gaps)}")
    for note in built.warnings:  # each names its draft: one facts file builds several
        echo(f"注意（{built.path.name}）：{note}", err=True)


def show(path: Path) -> str:
    """A path as the writer gave it: relative to the working folder when inside it."""
    import os

    rel = os.path.relpath(path)
    return str(path) if rel.startswith("..") else rel
