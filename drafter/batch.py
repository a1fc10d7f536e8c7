"""Batch builds: many facts files (and folders of them) built in parallel, past bad ones.

    sources = batch.collect([Path("facts/"), Path("extra.yaml")])  # folders -> *.yaml/*.yml
    outcomes = batch.run(sources, jobs=4, on_done=show)             # one Outcome per source

Each file goes through exactly ``pipeline.build`` (atomic writes, edited documents never
overwritten, byte-identical output), in worker processes that each keep one Library,
one Jinja environment and the parsed profile for all the files they build. A file that
fails is reported with the same ``file:line:col`` problems as a single build, and the
batch goes on. This module does not print: ``line`` and ``summary`` give the Chinese
text the command line shows.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.errors import DrafterError, Problem, problem_at
from drafter.pipeline import Built

if TYPE_CHECKING:
    from drafter.library import Library

SUFFIXES = (".yaml", ".yml")
"""A folder stands for the facts files in it with these suffixes (not its sub-folders)."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one facts file."""

    source: Path
    built: tuple[Built, ...] = ()
    problems: tuple[Problem, ...] = ()
    """Why it failed: the problems a single build would report."""
    crash: str = ""
    """The traceback of an unexpected error (a bug in drafter), if one happened."""

    @property
    def ok(self) -> bool:
        """Built without problems."""
        return not self.problems and not self.crash


@dataclass(frozen=True, slots=True)
class Report:
    """A finished batch."""

    outcomes: tuple[Outcome, ...]
    """One per source, in the order given."""
    workers: int
    """Processes used (1: built in this process)."""
    seconds: float

    @property
    def failed(self) -> tuple[Outcome, ...]:
        """The files that were not built."""
        return tuple(o for o in self.outcomes if not o.ok)


@dataclass(frozen=True, slots=True)
class Settings:
    """The build options shared by every file of a batch."""

    templates: tuple[str, ...] = ()
    out: Path | None = None
    """The output folder (None: beside each facts file)."""
    libraries: tuple[Path, ...] = ()
    draft: bool = False
    force: bool = False


def collect(paths: Iterable[Path]) -> list[Path | Problem]:
    """The facts files that ``paths`` name, in order, each once.

    A folder stands for its ``*.yaml`` and ``*.yml`` files, sorted by name; a folder
    with none becomes a Problem (see ``is_folder``). Anything else is taken as a facts file (a missing
    one fails when it is built, like in a single build).
    """
    found: list[Path | Problem] = []
    seen: set[Path] = set()
    for path in paths:
        if is_folder(path):
            files = sorted((p for p in path.iterdir()
                            if p.suffix.lower() in SUFFIXES and p.is_file()),
                           key=lambda p: p.name)
            if not files:
                found.append(problem_at(path, "这个文件夹里没有事实文件（.yaml 或 .yml）。",
                                        "检查文件夹是否选对；子文件夹里的文件不会自动包括进来。"))
        else:
            files = [path]
        for file in files:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                found.append(file)
    return found


def is_folder(path: Path) -> bool:
    """A folder of facts files (a folder named like a facts file, ``x.yaml``, is taken
    for the file the writer meant, and reported as not one)."""
    from drafter.inputs import is_dir

    return is_dir(path) and path.suffix.lower() not in SUFFIXES


def default_jobs() -> int:
    """How many processes to use: the cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def workers(jobs: int, files: int) -> int:
    """Processes a batch of ``files`` uses when asked for ``jobs`` (0: one per core)."""
    return max(1, min(jobs or default_jobs(), files))


def run(sources: Sequence[Path | Problem], settings: Settings | None = None, *, jobs: int = 0,
        on_done: Callable[[Outcome], None] | None = None) -> Report:
    """Build every source; one Outcome per source, in the order given.

    Args:
        sources: from ``collect``; a Problem there becomes a failed Outcome.
        settings: what to build and where.
        jobs: worker processes (0: one per core; 1: build here, one file after another).
        on_done: called in this process with each Outcome as soon as it is known.

    Raises:
        DrafterError: a library folder does not exist (nothing is built then).
    """
    import time

    from drafter.library import Library

    start = time.perf_counter()
    settings = settings or Settings()
    library = Library(list(settings.libraries))  # raises here, once, for a wrong --library
    done: dict[int, Outcome] = {}

    def finish(index: int, outcome: Outcome) -> None:
        done[index] = outcome
        if on_done is not None:
            on_done(outcome)

    todo: list[tuple[int, Path]] = []
    for index, item in enumerate(sources):
        if isinstance(item, Problem):
            finish(index, Outcome(Path(item.path or "."), problems=(item,)))
    for index, path, clash in _plan(sources, settings.out):
        if clash is not None:
            finish(index, Outcome(path, problems=(clash,)))
        else:
            todo.append((index, path))
    used = workers(jobs, len(todo))
    if used <= 1:
        for index, path in todo:
            finish(index, build_one(path, settings, library))
    else:
        _run_pool(todo, settings, used, finish)
    return Report(tuple(done[i] for i in range(len(sources))), used, time.perf_counter() - start)


def _plan(sources: Sequence[Path | Problem], out: Path | None
          ) -> list[tuple[int, Path, Problem | None]]:
    """Each facts file with its index, and a Problem when an earlier file of the batch
    writes to the same documents (``a.yaml`` and ``a.yml``, or the same name in two
    folders with ``-o``): the first one is built, the others are not, so no build
    overwrites another's and the result does not depend on timing."""
    plan: list[tuple[int, Path, Problem | None]] = []
    owners: dict[tuple[str, str], Path] = {}
    for index, item in enumerate(sources):
        if isinstance(item, Problem):
            continue
        folder = out if out is not None else item.parent
        key = (os.path.normcase(str(folder.resolve())), os.path.normcase(item.stem))
        first = owners.setdefault(key, item)
        clash = None
        if first is not item:
            clash = problem_at(
                item, f"与 {_show(first)} 生成的文稿同名（都写到 {_show(folder)} 里的"
                      f"“{item.stem}…docx”），为免互相覆盖，这个文件没有生成。",
                "给其中一个事实文件改个名字，或分两次生成、用 -o 指定不同的输出文件夹。")
        plan.append((index, item, clash))
    return plan


def _run_pool(todo: list[tuple[int, Path]], settings: Settings, workers: int,
              finish: Callable[[int, Outcome], None]) -> None:
    """Build ``todo`` in ``workers`` processes, reporting each file as it completes."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    # fork: workers start at once and inherit the imported pipeline; elsewhere (Windows,
    # macOS) they start fresh and import it once each.
    method = "fork" if sys.platform.startswith("linux") else None
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                             initargs=(settings.libraries,)) as pool:
        size = max(1, min(CHUNK, len(todo) // (workers * 4)))
        futures = {pool.submit(build_some, [path for _, path in todo[i:i + size]], settings):
                   todo[i:i + size] for i in range(0, len(todo), size)}
        try:
            for future in as_completed(futures):
                chunk = futures[future]
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    outcomes = [Outcome(path, problems=(problem_at(
                        path, "生成这个文件的进程意外退出了（可能是内存不足）。",
                        "用 -j 1 单独再生成一次这个文件。"),)) for _, path in chunk]
                for (index, _), outcome in zip(chunk, outcomes, strict=True):
                    finish(index, outcome)
        except KeyboardInterrupt:  # stop handing out files; the pool's exit waits for the
            for future in futures:  # few being written (shutdown's cancel_futures would be
                future.cancel()     # undone by the exit's own shutdown call)
            raise


CHUNK = 8
"""Most files handed to a worker at once: fewer round trips between the processes, while
each worker still gets at least four hand-outs (so they finish together) and progress
moves every few files."""

_WORKER: dict[str, object] = {}
"""Per-process state: the Library every file of the batch is built with."""


def _start_worker(libraries: tuple[Path, ...]) -> None:
    import signal

    from drafter.library import Library

    # Ctrl-C is the parent's to handle: it stops handing out files and lets the workers
    # finish the one they are writing (writes are atomic either way).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER["library"] = Library(list(libraries))


def build_some(paths: list[Path], settings: Settings) -> list[Outcome]:
    """Build a few facts files in a worker, one after another."""
    return [build_one(path, settings) for path in paths]


def build_one(path: Path, settings: Settings, library: Library | None = None) -> Outcome:
    """Build one facts file as ``drafter build`` would (with this worker's Library unless
    one is given); never raises."""
    from drafter import pipeline

    try:
        built = pipeline.build(path, settings.templates, settings.out,
                               library=library or _WORKER.get("library"),  # type: ignore[arg-type]
                               draft=settings.draft, force=settings.force)
        return Outcome(path, tuple(built))
    except DrafterError as e:  # a problem not in a file (no such template …) is about this one
        return Outcome(path, problems=tuple(
            p if p.path else Problem(str(path), None, None, p.field, p.message, p.hint)
            for p in e.problems))
    except Exception:  # a bug in drafter: report it with this file and carry on
        return Outcome(path, crash=traceback.format_exc())


# --- what the command line shows ---------------------------------------------------------

def line(outcome: Outcome, count: int, total: int) -> str:
    """One plain line for a finished file: ``[ 3/120] 已生成 out/a.docx（speech）``."""
    width = len(str(total))
    head = f"[{count:>{width}}/{total}]"
    if not outcome.ok:
        first = str(outcome.problems[0]).split("\n", 1)[0] if outcome.problems else \
            f"{_show(outcome.source)}: drafter 内部错误"
        more = f"（共 {len(outcome.problems)} 处问题，见文末）" if len(outcome.problems) > 1 else ""
        return f"{head} 失败 {first}{more}"
    return f"{head} " + "；".join(_built_text(b) for b in outcome.built)


def _built_text(built: Built) -> str:
    path = _show(built.path)
    what = f"{built.template}，{built.length} 字"
    if built.gaps:
        what += f"，还缺 {len(built.gaps)} 项事实"
    if built.warnings:
        what += f"，{len(built.warnings)} 处要核对（见文末）"
    if built.status == "unchanged":
        return f"{path} 没有变化（{what}）"
    if built.status == "beside":
        return f"{_show(built.intended or built.path)} 已被修改过，新稿写到了 {path}（{what}）"
    return f"已生成 {path}（{what}）"


def summary(report: Report, *, debug: bool = False) -> tuple[str, str]:
    """The closing report: (what went well, for stdout; what failed and why, for stderr).

    A failure shows the problems a single build would show; an internal error shows
    its last line, or the whole traceback with ``debug``.
    """
    failed = report.failed
    built = [b for o in report.outcomes if o.ok for b in o.built]
    total = len(report.outcomes)
    how = f"（用时 {report.seconds:.1f} 秒，{report.workers} 个进程）"
    if failed:
        head = f"共 {total} 个事实文件：成功 {total - len(failed)} 个，失败 {len(failed)} 个{how}。"
    else:
        head = f"共 {total} 个事实文件，全部生成成功{how}。"
    lines = [head]
    if len(built) != total - len(failed):
        lines.append(f"  共生成 {len(built)} 份文稿。")
    unchanged = [b for b in built if b.status == "unchanged"]
    if unchanged:
        lines.append(f"  其中 {len(unchanged)} 份与已有文件完全相同，没有改动。")
    beside = [b for b in built if b.status == "beside"]
    if beside:
        lines.append(f"  其中 {len(beside)} 份的原文件已被修改过，为保护您的修改，新稿写在旁边"
                     "（确定要覆盖时加 --force）：")
        lines += [f"    {_show(b.path)}" for b in beside]
    gaps = [b for b in built if b.gaps]
    if gaps:
        lines.append(f"  其中 {len(gaps)} 份还缺事实，已在文中标为【待补】。")
    errors = []
    noted = [b for b in built if b.warnings]
    if noted:
        errors.append(f"要核对的地方（{len(noted)} 份文稿，文稿照样生成了）：")
        errors += [f"{_show(b.path)}: 注意：{note}" for b in noted for note in b.warnings]
    if failed:
        errors.append(f"失败的文件（{len(failed)} 个）：")
        for o in failed:
            errors += [str(p) for p in o.problems]
            if o.crash:
                detail = o.crash.rstrip() if debug else o.crash.rstrip().rsplit("\n", 1)[-1]
                errors.append(f"{_show(o.source)}: drafter 内部错误：{detail}\n"
                              "  提示：请把这条信息报告给开发者（加 --debug 可看到完整信息）。")
    return "\n".join(lines), "\n".join(errors)


def _show(path: Path) -> str:
    """A path as the writer typed it: relative to the working folder when below it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if rel.startswith("..") else rel
