"""1,000 facts files: one batch against one-by-one builds, with peak memory.

    python bench/batch_build.py [--files 1000] [--one-by-one N]

The facts files are the sample varied (place, date, order of the work lines, number of
achievements), written to a temporary folder twice. Measured:
  warm      one build in a warm process (median over 100 of the files): the unit cost
  batch     python -m drafter build FOLDER -j CORES, a fresh process (peak memory too)
  batch -j1 the same, one process
  batch/10  the first tenth of the files, -j CORES: peak memory should not grow with files
  one-by-one  python -m drafter build FILE, a fresh process per file, in turn
              (--one-by-one N times N of them and scales up, saying so)
and checks that the batch wrote byte for byte what the one-by-one builds wrote.
Targets (issue 6): batch <= 1.5x (files x warm / cores); memory flat across the batch.
Issue 12 (python-docx engine): 1,000 files <= 15 s on 2 cores, with the progress bar
(scaled here to the files and cores measured: 15 s x files / 1000 x 2 / cores; the
output here is no terminal, so drafter prints a line per file instead of the bar). A batch
makes its documents durable once, at its end (each file is still written atomically).
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

import common


def outputs(facts: list[Path]) -> list[Path]:
    return [f.with_suffix(".docx") for f in facts]


def clear(facts: list[Path]) -> None:
    """Remove the documents, and let the disk settle (drafter fsyncs every document it
    writes, so pending writes of earlier steps would slow the next run down)."""
    for out in outputs(facts):
        out.unlink(missing_ok=True)
    settle()


def settle() -> None:
    if hasattr(os, "sync"):
        os.sync()


def warm_per_file(facts: list[Path], count: int = 100) -> float:
    """Median seconds of one in-process build over ``count`` of the files."""
    from drafter import pipeline
    from drafter.library import Library

    library = Library()
    sample = facts[:: max(1, len(facts) // count)][:count]
    for f in sample[:5]:
        pipeline.build(f, library=library)  # warm up
    clear(sample)
    times = []
    for f in sample:
        start = time.perf_counter()
        pipeline.build(f, library=library)
        times.append(time.perf_counter() - start)
    clear(sample)
    return common.median(times)


def batch(folder: Path, jobs: int) -> tuple[float, int]:
    """Seconds and peak memory of ``drafter build FOLDER -j JOBS`` in a fresh process
    (the final flush of the batch's documents to disk included)."""
    return common.run_measured([common.python(), "-m", "drafter", "build", str(folder),
                                "-j", str(jobs)])


def one_by_one(facts: list[Path]) -> float:
    """Seconds to build each file in its own fresh process, in turn."""
    start = time.perf_counter()
    for f in facts:
        common.run([common.python(), "-m", "drafter", "build", str(f)])
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--one-by-one", type=int, default=0,
                        help="time only this many one-by-one builds and scale up (default: all)")
    args = parser.parse_args()
    n = args.files
    k = args.one_by_one or n
    cores = common.cores()
    common.precompile()
    with tempfile.TemporaryDirectory() as tmp:
        a, b, c = Path(tmp, "batch"), Path(tmp, "one-by-one"), Path(tmp, "tenth")
        facts_a = common.make_facts(a, n)
        shutil.copytree(a, b)
        facts_b = sorted(b.glob("*.yaml"))
        c.mkdir()
        for f in facts_a[: max(1, n // 10)]:
            shutil.copy(f, c)

        settle()
        warm = warm_per_file(facts_a)
        t_batch, mem_batch = batch(a, cores)
        kept = {p: p.read_bytes() for p in outputs(facts_a)}
        clear(facts_a)
        t_serial, mem_serial = batch(a, 1)
        serial_same = all(p.is_file() and p.read_bytes() == data for p, data in kept.items())
        settle()
        t_tenth, mem_tenth = batch(c, cores)
        settle()
        print(f"one-by-one: {k} fresh processes ...", flush=True)
        t_one = one_by_one(facts_b[:k])
        differing = common.compare_outputs(outputs(facts_a)[:k], outputs(facts_b)[:k])

    ideal = n * warm / cores
    scaled = "" if k == n else f" (timed {k}, x{n / k:.0f})"
    t_one_all = t_one * n / k
    print(common.machine())
    mb = 1024 * 1024
    rows = [
        ["in-process warm build (median of 100)", 1, common.ms(warm), common.ms(warm), ""],
        [f"batch -j {cores} (fresh process)", n, f"{t_batch:.2f} s", common.ms(t_batch / n),
         f"{mem_batch / mb:.0f} MB"],
        ["batch -j 1", n, f"{t_serial:.2f} s", common.ms(t_serial / n),
         f"{mem_serial / mb:.0f} MB"],
        [f"batch -j {cores}, first tenth", max(1, n // 10), f"{t_tenth:.2f} s",
         common.ms(t_tenth / max(1, n // 10)), f"{mem_tenth / mb:.0f} MB"],
        [f"one by one, fresh process each{scaled}", n, f"{t_one_all:.1f} s",
         common.ms(t_one / k), ""],
    ]
    print(common.table(f"\n{n} facts files", ["run", "files", "wall", "per file", "peak memory"],
                       rows))
    ratios = [
        [f"batch / ({n} x warm / {cores} cores)", f"{t_batch / ideal:.2f}x", "<= 1.50x",
         common.verdict(t_batch <= 1.5 * ideal)],
        [f"peak memory, {n} files / {max(1, n // 10)} files", f"{mem_batch / mem_tenth:.2f}x",
         "flat (<= 1.10x)", common.verdict(mem_batch <= 1.1 * mem_tenth)],
        ["one-by-one / batch", f"{t_one_all / t_batch:.1f}x", "(faster is better)", ""],
        ["batch -j 1 / batch", f"{t_serial / t_batch:.2f}x", "(scaling)", ""],
        ["batch identical to one-by-one", f"{k - len(differing)}/{k}", "all",
         common.verdict(not differing)],
        [f"batch -j {cores} identical to -j 1", "yes" if serial_same else "NO", "yes",
         common.verdict(serial_same)],
    ]
    budget = 15.0 * n / 1000 * 2 / cores
    ratios.insert(0, [f"batch -j {cores}, {n} files (issue 12)", f"{t_batch:.2f} s",
                      f"<= {budget:.1f} s", common.verdict(t_batch <= budget)])
    print(common.table("\n", ["measure", "measured", "target", ""], ratios))


if __name__ == "__main__":
    main()
