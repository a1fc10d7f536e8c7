"""How ``drafter lint`` grows with the size of a draft: time and peak memory at doubling sizes.

    python bench/lint_scaling.py [--max 800000]

Three kinds of run, each at 100k, 200k, 400k, 800k characters (the cap, D002, is 1,000,000):
  real     the seeds joined over and over (every rule has work: punctuation, numbering,
           counts, openings, lists, names, places, protocol);
  hostile  text made to defeat naive algorithms: brackets opened and never closed, then
           closed by the wrong kind; counts (三点要求：) after counts; one long paragraph;
  facts    the real text checked against the sample brief's facts (--facts: years and
           figures, names, places).
Each run is a fresh ``python -m drafter lint`` process (as a writer would run it); the
table prints seconds, peak memory and the ratio to the size before: near 2 at each doubling
means linear. Past the cap, a 5 MB file is refused at once (D002).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def real(size: int) -> str:
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    return (seeds * (size // len(seeds) + 1))[:size]


def hostile(size: int) -> str:
    unit = "（《【“会议提出三点要求：一是" + "》" * 3 + "）】”二是第一，" + "，，" + "我们要认真学习"
    lines = []
    while sum(map(len, lines)) < size:
        lines.append(unit * 40)
    return "\n".join(lines)[:size]


def run(path: Path, *options: str) -> tuple[float, float, int]:
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([sys.executable, "-m", "drafter", "lint", *options, str(path)], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max", type=int, default=800_000)
    args = parser.parse_args()
    sizes = [s for s in (100_000, 200_000, 400_000, 800_000) if s <= args.max]
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'draft':8} {'characters':>10} {'seconds':>8} {'ratio':>6} {'peak MB':>8} exit")
        facts = ("--facts", str(ROOT / "samples" / "brief.yaml"))
        for name, make, options in (("real", real, ()), ("hostile", hostile, ()), ("facts", real, facts)):
            previous = None
            for size in sizes:
                path = Path(tmp) / f"{name}-{size}.txt"
                path.write_text(make(size), encoding="utf-8")
                seconds, peak, code = run(path, *options)
                ratio = f"{seconds / previous:.2f}" if previous else ""
                print(f"{name:8} {size:>10,} {seconds:>8.2f} {ratio:>6} {peak:>8.0f} {code}")
                previous = seconds
        big = Path(tmp) / "big.txt"
        big.write_bytes(b"\xe5\x90\x8c" * (5 * 1024 * 1024 // 3))
        seconds, peak, code = run(big)
        print(f"{'5 MB':8} {'refused':>10} {seconds:>8.2f} {'':>6} {peak:>8.0f} {code}")
        print("ratio: time against the size before (2.00 = linear); the peak is the largest so far")


if __name__ == "__main__":
    main()
