"""Batch builds: many facts files (and folders of them) built in parallel, past bad ones.

    sources = batch.collect([Path("facts/"), Path("extra.yaml")])  # folders -> *.yaml/*.yml
    outcomes = batch.run(sources, jobs=4, on_done=show)             # one Outcome per source

Each file goes through exactly ``pipeline.build`` (atomic writes, edited documents never
overwritten, byte-identical output), in worker processes that each keep one Library,
one Jinja environment and the parsed profile for all the files they build. A file that
fails is reported with the same ``file:line:col`` problems as a single build, and the
batch goes on. Each document is still written to a temporary file and renamed into
place; the flush to disk that a single build does per file is done once for the whole
batch, at its end (``output.make_durable``). This module does not print: ``line`` and ``summary`` give the Chinese
text the command line shows.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    stopped: bool = False
    """Not built: the batch was interrupted (Ctrl+C) first."""

    @property
    def ok(self) -> bool:
        """Built without problems."""
        return not self.problems and not self.crash and not self.stopped


@dataclass(frozen=True, slots=True)
class Report:
    """A finished batch."""

    outcomes: tuple[Outcome, ...]
    """One per source, in the order given."""
    workers: int
    """Processes used."""
    seconds: float
    interrupted: bool = False
    """Stopped by Ctrl+C: the files not reached are ``stopped`` outcomes."""

    @property
    def failed(self) -> tuple[Outcome, ...]:
        """The files that were tried and not built."""
        return tuple(o for o in self.outcomes if not o.ok and not o.stopped)

    @property
    def stopped(self) -> tuple[Outcome, ...]:
        """The files not reached because the batch was interrupted."""
        return tuple(o for o in self.outcomes if o.stopped)


@dataclass(frozen=True, slots=True)
class Settings:
    """The build options shared by every file of a batch."""

    templates: tuple[str, ...] = ()
    out: Path | None = None
    """The output folder (None: beside each facts file)."""
    libraries: tuple[Path, ...] = ()
    draft: bool = False
    force: bool = False
    limits: Any = None
    """The budget of each file (drafter.budget.Limits; None: from the environment)."""


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
        jobs: worker processes (0: one per core; 1: one file after another).
        on_done: called in this process with each Outcome as soon as it is known.

    Each file is built within the budget of ``settings.limits`` (drafter/budget.py); a
    file that overruns it, or kills its worker twice, fails alone. Ctrl+C stops the
    batch: the report then says which files were built (``interrupted``).

    Raises:
        DrafterError: a library folder does not exist (nothing is built then).
    """
    from drafter import output
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
    from drafter import budget

    interrupted = False
    try:
        if todo and budget.can_fork():
            interrupted = _run_pool(todo, settings, used, finish)
        else:  # no fork (Windows): here, one file after another, each within the time budget
            limits = settings.limits or budget.Limits.from_environment()
            output.sync_each(False)
            try:
                for index, path in todo:
                    try:
                        outcome = budget.run(build_one, path, settings, library, label=path,
                                             limits=limits)
                    except DrafterError as e:
                        outcome = Outcome(path, problems=tuple(e.problems))
                    finish(index, outcome)
            except KeyboardInterrupt:
                interrupted = True
            finally:
                output.sync_each(True)
    finally:  # the documents written, durable at once (also when interrupted)
        output.make_durable(b.path for o in done.values() for b in o.built
                            if b.status != "unchanged")
    outcomes = tuple(done.get(i) or Outcome(_source(sources[i]), stopped=True)
                     for i in range(len(sources)))
    return Report(outcomes, used, time.perf_counter() - start, interrupted)


def _source(item: Path | Problem) -> Path:
    return item if isinstance(item, Path) else Path(item.path or ".")


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
              finish: Callable[[int, Outcome], None]) -> bool:
    """Build ``todo`` in ``workers`` processes, reporting each file as it completes;
    whether the batch was interrupted (Ctrl+C) before every file was done.

    Each worker builds one file at a time within the batch's budget (drafter/budget.py):
    its own timer stops a file at the template line it was on, and this process kills a
    worker whose file overran by more than ``budget.GRACE``. A worker that dies (killed by
    the operating system, out of memory) costs only the file it was building, which is
    tried once more in a fresh worker.
    """
    import multiprocessing
    from multiprocessing.connection import wait

    from drafter import budget

    limits = settings.limits or budget.Limits.from_environment()
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    queue = [(index, path, 0) for index, path in todo]
    queue.reverse()  # popped from the end: first file first
    pool: list[_Worker] = []
    interrupted = False

    def start() -> _Worker:
        ours, theirs = context.Pipe()
        process = context.Process(target=_worker_main, args=(theirs, settings, limits), daemon=True)
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        pool.append(worker)
        return worker

    def retire(worker: _Worker, *, kill: bool) -> None:
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        pool.remove(worker)

    try:
        for _ in range(workers):
            start()
        while queue or any(w.task for w in pool):
            for worker in pool:
                if worker.task is None and queue:
                    worker.give(queue.pop(), limits)
            now = time.monotonic()
            deadlines = [w.deadline for w in pool if w.task and w.deadline]
            timeout = max(0.0, min(deadlines) - now) if deadlines else None
            ready = wait([w.conn for w in pool] + [w.process.sentinel for w in pool], timeout)
            for worker in list(pool):
                task = worker.task
                if task is None:
                    continue
                index, path, attempt = task
                if worker.conn in ready or worker.process.sentinel in ready:
                    try:
                        outcome, healthy = worker.conn.recv()
                    except (EOFError, OSError):  # died with the file: try it once more
                        retire(worker, kill=True)
                        if attempt == 0:
                            queue.append((index, path, 1))
                        else:
                            finish(index, Outcome(path, problems=(problem_at(
                                path, "生成这个文件的进程两次意外退出（可能是内存不足，或被系统结束）。",
                                "单独生成这个文件看看：drafter build 文件名。"),)))
                        start()
                        continue
                    worker.task = None
                    finish(index, outcome)
                    if not healthy:  # out of memory: its heap may be in pieces, start afresh
                        retire(worker, kill=True)
                        start()
                elif worker.deadline and time.monotonic() >= worker.deadline:
                    retire(worker, kill=True)
                    finish(index, Outcome(path, problems=(budget.time_problem(path, limits.seconds),)))
                    start()
    except KeyboardInterrupt:
        # Stop handing out files; the files being built are finished (a second Ctrl+C, or
        # a few seconds, stops them too: their documents are written atomically either way).
        interrupted = True
        queue.clear()
        _drain(pool, finish, limits)
    finally:
        for worker in list(pool):
            if worker.task is None and worker.process.is_alive():
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
            retire(worker, kill=worker.task is not None)
    return interrupted


def _drain(pool: list[_Worker], finish: Callable[[int, Outcome], None], limits: object) -> None:
    """After Ctrl+C: wait briefly for the files being built, so the summary can list them."""
    from multiprocessing.connection import wait

    deadline = time.monotonic() + DRAIN_SECONDS
    try:
        while any(w.task for w in pool):
            left = deadline - time.monotonic()
            if left <= 0:
                return
            ready = wait([w.conn for w in pool if w.task], left)
            for worker in pool:
                if worker.task and worker.conn in ready:
                    index, path, _ = worker.task
                    try:
                        outcome, _healthy = worker.conn.recv()
                    except (EOFError, OSError):
                        continue
                    worker.task = None
                    finish(index, outcome)
    except KeyboardInterrupt:  # pressed again: stop at once
        return


DRAIN_SECONDS = 5.0
"""How long an interrupted batch waits for the files its workers are writing."""


class _Worker:
    """One worker process of a batch and the file it is building."""

    def __init__(self, process: Any, conn: Any) -> None:
        self.process = process
        self.conn = conn
        self.task: tuple[int, Path, int] | None = None
        self.deadline = 0.0

    def give(self, task: tuple[int, Path, int], limits: Any) -> None:
        from drafter import budget

        self.task = task
        self.conn.send(task[1])
        self.deadline = time.monotonic() + limits.seconds + budget.GRACE if limits.seconds else 0.0


_WORKER: dict[str, object] = {}
"""Per-process state: the Library every file of the batch is built with."""


def _worker_main(conn: Any, settings: Settings, limits: Any) -> None:
    """A worker: build the files sent, one at a time, until told to stop (None)."""
    import signal

    from drafter import budget, output
    from drafter.library import Library

    # Ctrl-C is the parent's to handle: it stops handing out files and lets the workers
    # finish the one they are writing (writes are atomic either way).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER["library"] = Library(list(settings.libraries))
    output.sync_each(False)  # the parent makes the batch's documents durable once, at the end
    budget.limit_memory(limits.megabytes)
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return
        if path is None:
            return
        outcome = build_one(path, settings, limits=limits)
        healthy = not any(budget.MEMORY_MARK in p.message for p in outcome.problems)
        conn.send((outcome, healthy))
        if not healthy:
            return


def build_one(path: Path, settings: Settings, library: Library | None = None, *,
              limits: Any = None) -> Outcome:
    """Build one facts file as ``drafter build`` would (with this worker's Library unless
    one is given), within ``limits`` when given; never raises."""
    from drafter import budget, pipeline

    try:
        with budget.armed(limits) if limits is not None else contextlib.nullcontext():
            built = pipeline.build(path, settings.templates, settings.out,
                                   library=library or _WORKER.get("library"),  # type: ignore[arg-type]
                                   draft=settings.draft, force=settings.force)
        return Outcome(path, tuple(built))
    except DrafterError as e:  # a problem not in a file (no such template …) is about this one
        return Outcome(path, problems=tuple(
            p if p.path else Problem(str(path), None, None, p.field, p.message, p.hint)
            for p in e.problems))
    except budget.OverTime as e:
        return Outcome(path, problems=(budget.time_problem(path, e.seconds),))
    except MemoryError:
        return Outcome(path, problems=(budget.memory_problem(path, budget.ACTIVE.megabytes),))
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
        if outcome.problems and not _about(outcome.problems[0], outcome.source):
            first = f"{_show(outcome.source)}（{first}）"
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
    good = sum(o.ok for o in report.outcomes)
    how = f"（用时 {report.seconds:.1f} 秒，{report.workers} 个进程）"
    if report.interrupted:
        head = (f"已中断：共 {total} 个事实文件，成功 {good} 个，失败 {len(failed)} 个，"
                f"未生成 {len(report.stopped)} 个{how}。")
    elif failed:
        head = f"共 {total} 个事实文件：成功 {good} 个，失败 {len(failed)} 个{how}。"
    else:
        head = f"共 {total} 个事实文件，全部生成成功{how}。"
    lines = [head]
    if report.interrupted:
        written = [b for b in built if b.status != "unchanged"]
        lines.append(f"  中断前写出的文稿（{len(written)} 份）：" if written else "  中断前没有写出任何文稿。")
        lines += [f"    {_show(b.path)}" for b in written]
        if report.stopped:
            lines.append(f"  没有生成的事实文件（{len(report.stopped)} 个，再运行一次即可）：")
            lines += [f"    {_show(o.source)}" for o in report.stopped]
    if len(built) != good:
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
            if any(not _about(p, o.source) for p in o.problems):  # a template's line: say whose
                errors.append(f"{_show(o.source)} 生成时：")
            errors += [str(p) for p in o.problems]
            if o.crash:
                detail = o.crash.rstrip() if debug else o.crash.rstrip().rsplit("\n", 1)[-1]
                errors.append(f"{_show(o.source)}: drafter 内部错误：{detail}\n"
                              "  提示：请把这条信息报告给开发者（加 --debug 可看到完整信息）。")
    return "\n".join(lines), "\n".join(errors)


def _about(problem: Problem, source: Path) -> bool:
    """Whether the problem is located in the facts file itself (not in a template)."""
    if not problem.path:
        return True
    try:
        return Path(problem.path).resolve() == source.resolve()
    except OSError:  # pragma: no cover
        return problem.path == str(source)


def _show(path: Path) -> str:
    """A path as the writer typed it: relative to the working folder when below it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if rel.startswith("..") else rel
