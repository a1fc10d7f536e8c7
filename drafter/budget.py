"""The run budget: the time and memory one build, check, lint or mine may take, enforced
from outside the code it limits.

    limits = budget.Limits.from_environment()          # DRAFTER_TIME_LIMIT, DRAFTER_MEMORY_LIMIT
    drafts = budget.run(pipeline.produce, path, ..., label=path, limits=limits)

``run`` calls the function in a forked child process (Linux, macOS) whose address space
(RLIMIT_AS) and CPU time (RLIMIT_CPU) the kernel limits, while this process keeps the
wall clock and kills the child when it overruns. Inside the child an interval timer
raises ``OverTime`` first, so a template that loops for ever stops at the template line
it was on (render.py reports it); the kill is for code that no signal reaches. The child
writes nothing a writer sees: its result (a picklable value, or the DrafterError it
raised) comes back through a pipe and this process writes the documents. Where there is
no fork (Windows) the function runs here, stopped by a watchdog thread after the same
time; the sandbox's own guards (render.py) then bound what a template can allocate.

``arm`` is the same budget for a process that is already a worker (drafter/batch.py):
the memory limit on the worker itself, the timer per file.

Limits are settable: ``--time-limit``/``--memory-limit`` on the command line, or the
environment variables; 0 turns a limit off.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from drafter.errors import BudgetError, DrafterError, Problem

T = TypeVar("T")

TIME_VAR = "DRAFTER_TIME_LIMIT"
MEMORY_VAR = "DRAFTER_MEMORY_LIMIT"
DEFAULT_SECONDS = 30.0
"""Per file: a long speech builds in 0.2 s, a 300-line one in about a second."""
DEFAULT_MEGABYTES = 1024
"""Per file, beyond what drafter itself takes: a build peaks near 60 MB."""
GRACE = 2.0
"""Seconds the child gets after its own timer to report where it was before it is killed."""


@dataclass(frozen=True, slots=True)
class Limits:
    """How long and how much memory one file may take (0: no limit)."""

    seconds: float = DEFAULT_SECONDS
    megabytes: int = DEFAULT_MEGABYTES

    @classmethod
    def from_environment(cls, seconds: float | None = None, megabytes: int | None = None) -> Limits:
        """The limits given (a command-line option), else the environment's, else the defaults.

        Raises:
            BudgetError: an environment variable is not a number.
        """
        return cls(_number(TIME_VAR, DEFAULT_SECONDS) if seconds is None else seconds,
                   int(_number(MEMORY_VAR, DEFAULT_MEGABYTES)) if megabytes is None else megabytes)

    def scaled(self, files: int) -> Limits:
        """The budget of a run over ``files`` files (time adds up; memory does not)."""
        return Limits(self.seconds * max(1, files), self.megabytes)


def _number(var: str, default: float) -> float:
    text = os.environ.get(var, "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if value < 0:
        raise BudgetError(Problem(None, None, None, "", f"环境变量 {var} 的值“{text}”不是一个非负的数。",
                                  f"写成数字，例如 {var}={default:g}；写 0 表示不限。"))
    return value


ACTIVE = Limits(0, 0)
"""The limits this process runs under (set by ``armed``), for the messages of render.py."""


class OverTime(Exception):  # noqa: N818 - the writer's word for it
    """Raised inside the budgeted code when its time is up (render.py locates it)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


def time_problem(label: Path | str | None, seconds: float, line: int | None = None) -> Problem:
    """What a writer reads when a file took longer than its budget."""
    return Problem(str(label) if label is not None else None, line, None, "",
                   f"生成时间超过了 {seconds:g} 秒的上限，已停止（没有写出任何文件）。",
                   "多半是模板里的循环或宏调用次数太多（或事实文件异常大）；检查模板后再试。"
                   f"确实需要更长时间时，可用 --time-limit 秒数 或环境变量 {TIME_VAR} 放宽。")


MEMORY_MARK = "需要的内存超过了"
"""The start of the memory problem's message (a batch worker that ran out starts afresh)."""


def memory_problem(label: Path | str | None, megabytes: int, line: int | None = None) -> Problem:
    """What a writer reads when a file needed more memory than its budget."""
    return Problem(str(label) if label is not None else None, line, None, "",
                   f"{MEMORY_MARK} {megabytes} MB 的上限，已停止（没有写出任何文件）。",
                   "多半是模板生成了极大的内容（或事实文件异常大）；检查模板后再试。"
                   f"确实需要更多内存时，可用 --memory-limit 兆字节数 或环境变量 {MEMORY_VAR} 放宽。")


def can_fork() -> bool:
    """Whether budgets run in a child process here."""
    return hasattr(os, "fork") and not os.environ.get("DRAFTER_BUDGET_IN_PROCESS")


def run(fn: Callable[..., T], *args: Any, label: Path | str | None, limits: Limits | None = None,
        **kwargs: Any) -> T:
    """``fn(*args, **kwargs)`` within ``limits``; its result, or the DrafterError it raised.

    Args:
        label: the file the run is about, named in the error when the budget runs out.

    Raises:
        BudgetError: the run took too long or too much memory.
        DrafterError: whatever ``fn`` raised (located as ``fn`` located it).
        KeyboardInterrupt: Ctrl+C (the child is stopped first).
    """
    limits = limits or Limits.from_environment()
    if not limits.seconds and not limits.megabytes:
        return fn(*args, **kwargs)
    if not can_fork():
        return _run_here(fn, args, kwargs, label, limits)
    return _run_forked(fn, args, kwargs, label, limits)


def _run_forked(fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any],
                label: Path | str | None, limits: Limits) -> T:
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: compute, report through the pipe, vanish
        os.close(read_end)
        _child(fn, args, kwargs, write_end, limits)
    os.close(write_end)
    try:
        data, status = _collect(pid, read_end, limits.seconds + GRACE if limits.seconds else None)
    finally:
        os.close(read_end)
    if data is None:
        raise BudgetError(time_problem(label, limits.seconds))
    if not data:
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == getattr(signal, "SIGXCPU", -1):
            raise BudgetError(time_problem(label, limits.seconds))
        raise BudgetError(memory_problem(label, limits.megabytes))
    kind, value = pickle.loads(data)
    if kind == "ok":
        return value  # type: ignore[no-any-return]
    if kind == "error":
        raise value
    if kind == "time":
        raise BudgetError(time_problem(label, limits.seconds))
    if kind == "memory":
        raise BudgetError(memory_problem(label, limits.megabytes))
    if kind == "interrupt":
        raise KeyboardInterrupt
    error, text = value
    if isinstance(error, BaseException):
        error.add_note(text)
        raise error
    raise RuntimeError(text)  # pragma: no cover - an exception that does not pickle


def _collect(pid: int, fd: int, seconds: float | None) -> tuple[bytes | None, int]:
    """Read the child's report until it closes the pipe; None when it overran (killed)."""
    deadline = time.monotonic() + seconds if seconds else None
    chunks: list[bytes] = []
    try:
        while True:
            wait = None if deadline is None else deadline - time.monotonic()
            if wait is not None and wait <= 0:
                _kill(pid)
                return None, 0
            ready, _, _ = select.select([fd], [], [], wait)
            if not ready:
                continue
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
    except BaseException:  # Ctrl+C, kill: the child has written nothing; stop it
        _kill(pid)
        raise
    _, status = os.waitpid(pid, 0)
    return b"".join(chunks), status


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:  # pragma: no cover - already gone
        pass
    os.waitpid(pid, 0)


def _child(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], fd: int,
           limits: Limits) -> None:  # pragma: no cover - runs in the forked child (coverage misses it)
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)   # the parent stops us; nothing to clean
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        with armed(limits):
            report: tuple[str, Any] = ("ok", fn(*args, **kwargs))
    except OverTime:
        report = ("time", None)
    except MemoryError:
        report = ("memory", None)
    except DrafterError as e:
        report = ("error", e)
    except KeyboardInterrupt:
        report = ("interrupt", None)
    except BaseException as e:  # noqa: BLE001 - a bug: its traceback goes to the parent
        report = ("crash", (e, traceback.format_exc()))
    try:
        try:
            data = pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - a result or exception that does not pickle
            data = pickle.dumps(("crash", (None, traceback.format_exc())))
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except BaseException:  # noqa: BLE001
        code = 1
    finally:
        os._exit(code)


def _run_here(fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any],
              label: Path | str | None, limits: Limits) -> T:
    """No fork: a watchdog thread interrupts this thread when the time is up."""
    import _thread
    import threading

    if not limits.seconds or threading.current_thread() is not threading.main_thread():
        return fn(*args, **kwargs)
    fired = threading.Event()
    done = threading.Event()

    def watch() -> None:
        if not done.wait(limits.seconds):
            fired.set()
            _thread.interrupt_main()

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        return fn(*args, **kwargs)
    except KeyboardInterrupt:
        if fired.is_set():
            raise BudgetError(time_problem(label, limits.seconds)) from None
        raise
    except MemoryError:
        raise BudgetError(memory_problem(label, limits.megabytes)) from None
    finally:
        done.set()


@contextmanager
def armed(limits: Limits) -> Iterator[None]:
    """This process under ``limits`` until the block ends: memory (RLIMIT_AS, kept),
    CPU seconds (RLIMIT_CPU, kept) and a timer that raises OverTime (cleared after)."""
    global ACTIVE
    ACTIVE = limits
    limit_memory(limits.megabytes)
    timer = bool(limits.seconds) and hasattr(signal, "setitimer")
    if timer:
        limit_cpu(limits.seconds)

        def over(signum: int, frame: Any) -> None:
            raise OverTime(limits.seconds)

        previous = signal.signal(signal.SIGALRM, over)
        signal.setitimer(signal.ITIMER_REAL, limits.seconds)
    try:
        yield
    finally:
        if timer:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def limit_memory(megabytes: int) -> None:
    """Let this process's address space grow by at most ``megabytes`` from now on."""
    if not megabytes:
        return
    try:
        import resource

        size = _address_space()
        if size is None:
            return
        wanted = size + (megabytes << 20)
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            wanted = min(wanted, hard)
        if soft == resource.RLIM_INFINITY or wanted < soft:
            resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (ImportError, ValueError, OSError):  # pragma: no cover - no such limit here
        pass


def limit_cpu(seconds: float) -> None:
    """Let this process use at most ``seconds`` more CPU time (the kernel then stops it)."""
    try:
        import resource

        used = resource.getrusage(resource.RUSAGE_SELF)
        total = int(used.ru_utime + used.ru_stime + seconds + GRACE) + 1
        soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        if hard != resource.RLIM_INFINITY:
            total = min(total, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (total, hard))
    except (ImportError, ValueError, OSError):  # pragma: no cover - no such limit here
        pass


def _address_space() -> int | None:
    """This process's virtual size in bytes (Linux; None elsewhere, where RLIMIT_AS is
    not enforced the same way: macOS reserves huge ranges it never uses)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None
