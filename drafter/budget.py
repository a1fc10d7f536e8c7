"""The run budget: the time and memory one build, check, lint or mine may take, enforced
from outside the code it limits.

    limits = budget.Limits.from_environment()          # DRAFTER_TIME_LIMIT, DRAFTER_MEMORY_LIMIT
    drafts = budget.run(pipeline.produce, path, ..., label=path, limits=limits)

``run`` calls the function with the kernel limiting the process's address space
(RLIMIT_AS: a MemoryError past the budget) and CPU time (RLIMIT_CPU: SIGXCPU, then a
kill), and an interval timer that raises ``OverTime`` at the wall-clock limit, so a
template that loops for ever stops at the template line it was on (render.py reports
it) and a blocked read is interrupted. The limits are restored afterwards. With
``isolate`` (``drafter mine``; ``DRAFTER_BUDGET=process`` for all) the function runs in
a forked child under the same limits while this process keeps the wall clock and kills
the child when it overruns; the child's result (a picklable value, or the DrafterError
it raised) comes back through a pipe. Where there are no such limits (Windows) a
watchdog thread stops the run after the same time, and the sandbox's own guards
(render.py) bound what a template can allocate.

``arm`` is the same budget for a process that is already a worker (drafter/batch.py):
the memory limit on the worker itself, the timer per file.

Limits are settable: ``--time-limit``/``--memory-limit`` on the command line, or the
environment variables; 0 turns a limit off.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


class Limits:
    """How long and how much memory one file may take (0: no limit).

    A plain class, not a dataclass: making one costs ~1 ms of every cold build."""

    __slots__ = ("megabytes", "seconds")

    def __init__(self, seconds: float = DEFAULT_SECONDS, megabytes: int = DEFAULT_MEGABYTES) -> None:
        self.seconds = seconds
        self.megabytes = megabytes

    def __repr__(self) -> str:
        return f"Limits(seconds={self.seconds!r}, megabytes={self.megabytes!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Limits) and (self.seconds, self.megabytes) == (other.seconds, other.megabytes)

    def __hash__(self) -> int:
        return hash((self.seconds, self.megabytes))

    def __reduce__(self) -> tuple[type[Limits], tuple[float, int]]:
        return Limits, (self.seconds, self.megabytes)

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


class OverTime(Exception):
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


MODE_VAR = "DRAFTER_BUDGET"
"""``process``: every budgeted run in a child process (by default only ``isolate`` ones)."""


def can_fork() -> bool:
    """Whether budgets can run in a child process here (and batch workers be forked)."""
    return hasattr(os, "fork")


def run(fn: Callable[..., T], *args: Any, label: Path | str | None, limits: Limits | None = None,
        isolate: bool = False, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)`` within ``limits``; its result, or the DrafterError it raised.

    By default ``fn`` runs in this process under the kernel's limits (RLIMIT_AS,
    RLIMIT_CPU) and a timer, all restored after: forking costs a fresh ``drafter build``
    ~20 ms of its ~200 ms, and the sandbox leaves a template nothing that holds the
    interpreter for long. ``isolate`` (or ``DRAFTER_BUDGET=process``) runs it in a
    forked child instead, which this process kills when it overruns.

    Args:
        label: the file the run is about, named in the error when the budget runs out.
        isolate: run in a child process where there is fork.

    Raises:
        BudgetError: the run took too long or too much memory.
        DrafterError: whatever ``fn`` raised (located as ``fn`` located it).
        KeyboardInterrupt: Ctrl+C (the child is stopped first).
    """
    limits = limits or Limits.from_environment()
    if not limits.seconds and not limits.megabytes:
        return fn(*args, **kwargs)
    if (isolate or os.environ.get(MODE_VAR, "").strip().lower() == "process") and can_fork():
        return _run_forked(fn, args, kwargs, label, limits)
    return _run_here(fn, args, kwargs, label, limits)


def _run_forked(fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any],
                label: Path | str | None, limits: Limits) -> T:
    import pickle
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
    import select
    import time

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
    import pickle
    import traceback

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
    except BaseException as e:
        report = ("crash", (e, traceback.format_exc()))
    try:
        try:
            data = pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            data = pickle.dumps(("crash", (None, traceback.format_exc())))
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _run_here(fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any],
              label: Path | str | None, limits: Limits) -> T:
    """No child process: the kernel's limits and the timer on this process while ``fn``
    runs (restored after); where there are none (Windows), a watchdog thread."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return fn(*args, **kwargs)
    try:
        if hasattr(signal, "setitimer"):
            with armed(limits, restore=True):
                return fn(*args, **kwargs)
        return _watched(fn, args, kwargs, label, limits)
    except OverTime:
        raise BudgetError(time_problem(label, limits.seconds)) from None
    except MemoryError:
        raise BudgetError(memory_problem(label, limits.megabytes)) from None


def _watched(fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any],
             label: Path | str | None, limits: Limits) -> T:  # pragma: no cover - Windows
    import _thread
    import threading

    if not limits.seconds:
        return fn(*args, **kwargs)
    fired = threading.Event()
    done = threading.Event()

    def watch() -> None:
        if not done.wait(limits.seconds):
            fired.set()
            _thread.interrupt_main()

    threading.Thread(target=watch, daemon=True).start()
    try:
        return fn(*args, **kwargs)
    except KeyboardInterrupt:
        if fired.is_set():
            raise OverTime(limits.seconds) from None
        raise
    finally:
        done.set()


@contextmanager
def armed(limits: Limits, *, restore: bool = False) -> Iterator[None]:
    """This process under ``limits`` until the block ends: memory (RLIMIT_AS), CPU
    seconds (RLIMIT_CPU) and a timer that raises OverTime. The timer is cleared after;
    the kernel's limits stay (a child or worker) unless ``restore``."""
    global ACTIVE
    ACTIVE = limits
    saved = _limits_now() if restore else None
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
        if saved is not None:
            _restore(saved)


def _limits_now() -> dict[int, tuple[int, int]]:
    try:
        import resource
    except ImportError:  # pragma: no cover
        return {}
    return {r: resource.getrlimit(r) for r in (resource.RLIMIT_AS, resource.RLIMIT_CPU)}


def _restore(saved: dict[int, tuple[int, int]]) -> None:
    import resource

    for which, (soft, hard) in saved.items():
        try:
            resource.setrlimit(which, (soft, hard))
        except (ValueError, OSError):  # pragma: no cover - a hard limit lowered meanwhile
            pass


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
