"""Shared by the benchmarks: running things side by side, the facts they build, the table.

Absolute times on a shared machine drift; ratios measured side by side in one run hold.
So every benchmark interleaves its contenders (A, B, C, A, B, C, ...) and reports
medians and their ratios, with the target of issue 6 next to each.
"""

from __future__ import annotations

import compileall
import datetime as dt
import os
import statistics
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
SAMPLE = ROOT / "samples" / "speech.yaml"
if str(ROOT) not in sys.path[:1]:
    sys.path.insert(0, str(ROOT))  # this checkout's drafter, also in this process


def child_env() -> dict[str, str]:
    """The environment of every fresh process: this checkout's drafter first on the path."""
    path = os.environ.get("PYTHONPATH", "")
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), path) if p)}


def precompile() -> None:
    """Compile drafter and the bench helpers to bytecode, as ``pip install`` does.

    Fresh processes then load .pyc files like an installed drafter (and like the
    site-packages of yaml, jinja2, docx and docxtpl), even with PYTHONDONTWRITEBYTECODE.
    """
    for folder in (ROOT / "drafter", BENCH):
        compileall.compile_dir(str(folder), quiet=1)


def run(argv: Sequence[str], cwd: Path | None = None) -> float:
    """Seconds one fresh process takes, start to exit; it must succeed."""
    start = time.perf_counter()
    done = subprocess.run(list(argv), cwd=cwd, env=child_env(), stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(argv)}\n{done.stderr.decode()}")
    return elapsed


def run_measured(argv: Sequence[str], cwd: Path | None = None) -> tuple[float, int]:
    """Seconds, and the peak resident memory (bytes) of the largest Python process of the
    run (the batch parent or one of its workers; ``fc-list``, which drafter starts to list
    the machine's fonts, is not counted). Linux reads each process's VmHWM while it runs;
    elsewhere the peak of the whole process tree is used."""
    start = time.perf_counter()
    proc = subprocess.Popen(list(argv), cwd=cwd, env=child_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    peaks: dict[int, int] = {}
    if Path("/proc/self/status").is_file():
        while proc.poll() is None:
            for pid in _tree(proc.pid):
                peaks[pid] = max(peaks.get(pid, 0), _peak_kib(pid))
            time.sleep(0.005)
        elapsed = time.perf_counter() - start
        peak = max(peaks.values(), default=0) * 1024
    else:
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak = usage.ru_maxrss * 1024
    if proc.returncode not in (0, 1):
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(argv)}")
    return elapsed, peak


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants that are Python processes (Linux /proc)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            if "python" in Path(f"/proc/{p}/comm").read_text():
                found.append(p)
            kids = Path(f"/proc/{p}/task/{p}/children").read_text().split()
        except OSError:  # it has just exited
            continue
        todo += [int(k) for k in kids]
    return found


def _peak_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def interleaved(cases: dict[str, Callable[[], float]], rounds: int, warmup: int = 2
                ) -> dict[str, list[float]]:
    """Run every case once per round, in turn, after ``warmup`` unrecorded rounds."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    for r in range(warmup + rounds):
        for name, case in cases.items():
            t = case()
            if r >= warmup:
                times[name].append(t)
    return times


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def cores() -> int:
    """CPU cores this process may use."""
    from drafter.batch import default_jobs

    return default_jobs()


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain text table (columns padded for East Asian text too)."""
    import unicodedata

    def width(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

    cells = [[str(c) for c in header], *[[str(c) for c in row] for row in rows]]
    widths = [max(width(r[i]) for r in cells) for i in range(len(header))]
    lines = [title]
    for n, row in enumerate(cells):
        lines.append("  ".join(c + " " * (w - width(c)) for c, w in zip(row, widths, strict=True))
                     .rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def machine() -> str:
    import platform

    import docx
    import jinja2
    import yaml

    try:
        from importlib.metadata import version

        tpl = version("docxtpl")
    except Exception:
        tpl = "not installed"
    return (f"Python {platform.python_version()}, {cores()} cores, PyYAML {yaml.__version__} "
            f"(libyaml {'yes' if getattr(yaml, '__with_libyaml__', False) else 'no'}), "
            f"Jinja2 {jinja2.__version__}, python-docx {getattr(docx, '__version__', '?')}, "
            f"docxtpl {tpl}; {dt.date.today()}; load average {load()}")


def load() -> str:
    """The machine's load average over the last minute (other work skews absolute times)."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except (AttributeError, OSError):  # Windows
        return "unknown"


# --- the facts the benchmarks build ---------------------------------------------------------

DISTRICTS = ("全区", "城关镇", "东城街道", "西城街道", "南山镇", "北湖乡", "新区", "开发区")


def make_facts(folder: Path, count: int) -> list[Path]:
    """``count`` facts files varied from the sample: place, date, order of the work
    lines and number of achievements differ, so no two documents are the same."""
    import yaml

    base = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        data = yaml.safe_load(yaml.safe_dump(base, allow_unicode=True))  # a deep copy
        data["地区"] = f"{DISTRICTS[i % len(DISTRICTS)]}" if i < len(DISTRICTS) else \
            f"{DISTRICTS[i % len(DISTRICTS)]}第{i // len(DISTRICTS)}片区"
        data["会议"]["日期"] = data["会议"]["日期"] + dt.timedelta(days=i % 300)
        lines = data["条线"]
        k = i % len(lines)
        data["条线"] = lines[k:] + lines[:k]
        if i % 3 == 0:
            for line in data["条线"]:
                if len(line.get("成绩") or []) > 1:
                    line["成绩"] = line["成绩"][:-1]
        path = folder / f"facts{i:04d}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000),
                        encoding="utf-8")
        paths.append(path)
    return paths


def compare_outputs(a: Sequence[Path], b: Sequence[Path]) -> list[tuple[Path, Path]]:
    """The pairs of documents whose bytes differ (a missing file counts as different)."""
    return [(x, y) for x, y in zip(a, b, strict=True)
            if not (x.is_file() and y.is_file() and x.read_bytes() == y.read_bytes())]


def docx_paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style id, text) of each body paragraph: what two tools must agree on.

    A title drafter broke over several lines (several Title paragraphs) counts as one.
    """
    from xml.etree import ElementTree as ET

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        body = ET.fromstring(z.read("word/document.xml")).find(f"{w}body")
    out = []
    for p in body.iter(f"{w}p"):  # type: ignore[union-attr]
        style = p.find(f"{w}pPr/{w}pStyle")
        text = "".join(t.text or "" for t in p.iter(f"{w}t"))
        style_id = style.get(f"{w}val") if style is not None else ""
        if style_id == "Title" and out and out[-1][0] == "Title":
            out[-1] = ("Title", out[-1][1] + text)
        else:
            out.append((style_id, text))
    return out


def python() -> str:
    return sys.executable
