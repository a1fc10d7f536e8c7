"""How long drafter takes, and how much memory, to refuse hostile or broken input.

Each case runs ``python -m drafter build`` in a fresh process (as a writer would) and
prints the wall time, the peak resident memory of that process and its exit code. The
tests only check that these inputs are refused; the figures live here, not in asserts.

    python bench/hostile_inputs.py

The hostile files, packages, libraries, caches and edits of issue 14 follow in a second
table (bench/hostile_files.py, which can also measure another checkout: before/after).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
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
}


_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""
"""A small go-between that runs the build and reports its time and peak memory (a child
measured straight from this script would inherit this script's own memory high-water mark)."""


def run(setup) -> tuple[float, int, int]:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        extra = setup(folder)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        out = subprocess.run([sys.executable, "-c", _MEASURE, sys.executable, "-m", "drafter", "build",
                              "f.yaml", *extra], cwd=folder, env=env, capture_output=True, text=True,
                             check=True).stdout.split()
        return float(out[0]), int(out[1]) // 1024, int(out[2])


def main() -> None:
    print(f"{'input':<32} {'seconds':>8} {'peak MB':>8} {'exit':>5}")
    for name, setup in CASES.items():
        elapsed, peak, code = run(setup)
        print(f"{name:<32} {elapsed:8.2f} {peak:8d} {code:5d}")
    print()
    import hostile_files

    hostile_files.main([])


if __name__ == "__main__":
    main()
