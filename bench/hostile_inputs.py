"""How long drafter takes, and how much memory, to refuse hostile or broken input.

Each case runs ``python -m drafter build`` in a fresh process (as a writer would) and
prints the wall time, the peak resident memory of that process tree, its exit code and
whether a document was written. The tests (tests/test_budget.py, tests/test_bad_input.py)
check that these inputs are refused within bounds; the figures live here, not in asserts.

    python bench/hostile_inputs.py                      # every case
    python bench/hostile_inputs.py -k template          # the cases whose name has "template"
    python bench/hostile_inputs.py --root OLD_CHECKOUT --timeout 60 --cap-mb 2048

``--root`` measures another checkout of drafter (the "before" of a change); ``--timeout``
and ``--cap-mb`` stop a case that would otherwise run for minutes or eat the machine's
memory (the row then says ">60 s" or "cap"), so that old code can be measured safely.
Without ``-k`` and ``--root``, the hostile files, packages, libraries, caches and edits of
issue 14 follow in a second table (bench/hostile_files.py, which can also measure another
checkout: before/after).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_bad_input import MINIMAL  # noqa: E402


def _alias_bomb() -> str:
    lines = ['a: &a ["哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    return MINIMAL + "\n".join(lines) + "\n"


def _template(folder: Path, body: str) -> list[str]:
    t = folder / "lib" / "坏模板"
    t.mkdir(parents=True)
    (t / "template.yml").write_text("体裁: 测试\n说明: 测试\n需要: [地区]\n", encoding="utf-8")
    (t / "body.j2").write_text(body, encoding="utf-8")
    (folder / "f.yaml").write_text("模板: 坏模板\n地区: 全区\n", encoding="utf-8")
    return ["-L", "lib"]


def _write(folder: Path, text: str) -> list[str]:
    (folder / "f.yaml").write_text(text, encoding="utf-8")
    return []


def _fifty_megabytes(folder: Path) -> list[str]:
    with (folder / "f.yaml").open("wb") as f:
        f.write(MINIMAL.encode())
        f.write(b"# ")
        for _ in range(50):
            f.write(b"x" * (1 << 20))
        f.write(b"\n")
    return []


def _big_but_valid(folder: Path) -> list[str]:
    """Just under the 2 MB limit: 1,900 KB of comments after a good facts file."""
    with (folder / "f.yaml").open("w", encoding="utf-8") as f:
        f.write(MINIMAL)
        line = "# " + "很长的注释" * 20 + "\n"
        f.write(line * ((1900 << 10) // len(line.encode())))
    return []


def _percentages(folder: Path) -> list[str]:
    """60,000 percentages (a 1 MB facts file) in the achievements of one line of work."""
    items = "".join(f"    - 指标{i}增长{i / 100:.2f}%\n" for i in range(60_000))
    text = MINIMAL.replace("    回顾: 扎实践行新时代党的组织路线\n",
                           "    回顾: 扎实践行新时代党的组织路线\n    成绩:\n" + items)
    return _write(folder, text)


def _title(chars: int) -> Callable[[Path], list[str]]:
    def setup(folder: Path) -> list[str]:
        name = ("全区组织宣传统战政法社会工作暨党风廉政建设工作会议" * 200)[:chars]
        return _write(folder, MINIMAL.replace("名称: 全区组织工作会议", f"名称: {name}"))
    return setup


def _batch(bad: str) -> Callable[[Path], list[str]]:
    """Four good facts files and one whose template never ends (or a FIFO), as one batch."""
    def setup(folder: Path) -> list[str]:
        facts = folder / "facts"
        facts.mkdir()
        for i in range(4):
            (facts / f"good{i}.yaml").write_text(MINIMAL, encoding="utf-8")
        if bad == "fifo":  # a folder stands for its regular files: the pipe is named
            os.mkfifo(facts / "pipe.yaml")
            return ["facts", "facts/pipe.yaml", "-j", "2"]
        else:
            _template(folder, "{% for a in 'x' * 99999 %}{% for b in 'x' * 99999 %}"
                              "{% endfor %}{% endfor %}")
            (facts / "hang.yaml").write_text("模板: 坏模板\n地区: 全区\n", encoding="utf-8")
        return ["facts", "-L", "lib", "-j", "2"]
    return setup


_BIG = "{% set s = 'x' * 99999 %}"
CASES = {
    "a good facts file (baseline)": lambda d: _write(d, MINIMAL),
    "1.9 MB facts file (accepted)": _big_but_valid,
    "50 MB facts file": _fifty_megabytes,
    "billion laughs (9^9 aliases)": lambda d: _write(d, _alias_bomb()),
    "3,000 nested brackets": lambda d: _write(d, MINIMAL + "深: " + "[" * 3000 + "]" * 3000 + "\n"),
    "100,001 list items": lambda d: _write(d, MINIMAL + "多: [" + ", ".join(["1"] * 100_001) + "]\n"),
    "1.98 MB: a million tiny values": lambda d: _write(d, "多: [" + ",".join(["1"] * 990_000) + "]\n"),
    "template: 'x' * 10**9": lambda d: _template(d, "{{ 'x' * 10 ** 9 }}"),
    "template: 10^10 loop steps": lambda d: _template(
        d, "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"),
    "template: 20 MB of output": lambda d: _template(
        d, "{% for i in range(100000) %}{{ '重复的一段话' * 30 }}\n{% endfor %}"),
    # issue 14: the run budget
    "template: nested loops over strings": lambda d: _template(
        d, "{% for a in 'x' * 99999 %}{% for b in 'x' * 99999 %}{% endfor %}{% endfor %}"),
    "template: macro calls itself twice": lambda d: _template(
        d, "{% macro m(n) %}{% if n %}{{ m(n - 1) }}{{ m(n - 1) }}{% endif %}{% endmacro %}{{ m(40) }}"),
    "template: namespace squaring": lambda d: _template(
        d, "{% set ns = namespace(x=3) %}{% for i in range(60) %}{% set ns.x = ns.x * ns.x %}"
           "{% endfor %}{{ ns.x > 1 }}"),
    "template: ** 99 in a loop": lambda d: _template(
        d, "{% set ns = namespace(x=3) %}{% for i in range(60) %}{% set ns.x = ns.x ** 99 %}"
           "{% endfor %}{{ ns.x > 1 }}"),
    "template: replace(x, s)|length": lambda d: _template(
        d, _BIG + "{{ s|replace('x', s)|length }}"),
    "template: [s] * 99999": lambda d: _template(d, _BIG + "{{ [s] * 99999 }}"),
    "template: range(99999)|join(s)": lambda d: _template(d, _BIG + "{{ range(99999)|join(s) }}"),
    "template: '%*d' % (2e9, 1)": lambda d: _template(d, "{{ '%*d' % (2000000000, 1) }}"),
    "640-character meeting name": _title(640),
    "4,640-character meeting name": _title(4640),
    "60,000 percentages (1 MB facts)": _percentages,
    "batch: one file never ends": _batch("hang"),
    "batch: a FIFO among the files": _batch("fifo"),
}


_MEASURE = """
import os, resource, signal, subprocess, sys, time
timeout, cap = float(sys.argv[1]), int(sys.argv[2])
def limit():
    os.setsid()
    if cap:
        resource.setrlimit(resource.RLIMIT_AS, (cap << 20, cap << 20))
start = time.perf_counter()
child = subprocess.Popen(sys.argv[3:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         preexec_fn=limit)
try:
    code = child.wait(timeout)
except subprocess.TimeoutExpired:
    os.killpg(child.pid, signal.SIGKILL)
    child.wait()
    code = "timeout"
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""
"""A small go-between that runs the build and reports its time and peak memory (a child
measured straight from this script would inherit this script's own memory high-water mark)."""


def run(setup, root: Path = ROOT, timeout: float = 0,  # type: ignore[no-untyped-def]
        cap_mb: int = 0) -> tuple[float, int, str, int]:
    """(seconds, peak MB, exit code or "timeout", documents written) of one case."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        extra = setup(folder)
        args = extra if extra and extra[0] == "facts" else ["f.yaml", *extra]
        env = {**os.environ, "PYTHONPATH": str(root)}
        out = subprocess.run([sys.executable, "-c", _MEASURE, str(timeout or 1e9), str(cap_mb),
                              sys.executable, "-m", "drafter", "build", *args], cwd=folder,
                             env=env, capture_output=True, text=True, check=True).stdout.split()
        written = sum(1 for p in folder.rglob("*.docx"))
        return float(out[0]), int(out[1]) // 1024, out[2], written


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-k", default="", help="only the cases whose name contains this")
    parser.add_argument("--root", type=Path, default=ROOT, help="the drafter checkout to measure")
    parser.add_argument("--timeout", type=float, default=0, help="stop a case after this many seconds")
    parser.add_argument("--cap-mb", type=int, default=0, help="address-space cap of a case, in MB")
    options = parser.parse_args()
    print(f"{'input':<36} {'seconds':>8} {'peak MB':>8} {'exit':>7} {'written':>7}")
    for name, setup in CASES.items():
        if options.k not in name:
            continue
        elapsed, peak, code, written = run(setup, options.root, options.timeout, options.cap_mb)
        shown = f">{options.timeout:.0f}" if code == "timeout" else f"{elapsed:.2f}"
        print(f"{name:<36} {shown:>8} {peak:8d} {code:>7} {written:7d}", flush=True)
    if not options.k and options.root == ROOT:
        print()
        import hostile_files

        hostile_files.main([])


if __name__ == "__main__":
    main()
