"""Benchmark the phrase bank of `drafter mine` on the development corpus (never the test part).

Each document is analysed first (not timed: that is the miner's outline, timed by
bench_mine.py); then the phrase collection (fact masking, segmentation, whole phrases,
series, frames) and the bank's entries are timed on one core, and the bank is
printed by kind with its support, as a reader judges it.

    python bench/phrase_bank.py                 # tests/corpus/shared/docs, seeds, tests/corpus/dev2/docs
    python bench/phrase_bank.py some/folder …
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.mining.analyse import analyse  # noqa: E402
from drafter.mining.corpus import files  # noqa: E402
from drafter.mining.phrases import KIND_NAMES, Stats, collect  # noqa: E402
from drafter.mining.segment import cut  # noqa: E402

DEVELOPMENT = ("tests/corpus/shared/docs", "seeds", "tests/corpus/dev2/docs")


def main(argv: list[str]) -> None:
    paths = [Path(p) if Path(p).is_absolute() else ROOT / p for p in (argv or DEVELOPMENT)]
    if any("corpus/test" in p.as_posix() for p in paths):
        sys.exit("the test part of the corpus is held out: mine the development part only")
    mined = [analyse(p) for p in files(paths) if p.exists()]
    cut("预热分词词典")  # the dictionary loads once per process: not part of the figure
    size = sum(len(t) for m in mined for t in m.texts)
    start, cpu = time.perf_counter(), time.process_time()
    stats = Stats()
    for m in mined:
        stats.add(collect(m.texts, m.roles, m.slots))
    entries = stats.entries()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(mined)} documents, {size / 1000:.1f}k characters: phrase bank in {wall:.2f} s "
          f"({cpu:.2f} s CPU, {len(mined) / cpu:.1f} documents and {size / cpu / 1000:.1f}k characters "
          f"per CPU second), peak memory {peak:.0f} MB")
    for kind, heading in KIND_NAMES.items():
        these = [e for e in entries if e.kind == kind]
        print(f"{heading}: {len(these)}")
        for e in these:
            print(f"  {e.name}: {'／'.join(e.options)} ({e.documents}/{e.occurrences}/{e.places})")


if __name__ == "__main__":
    main(sys.argv[1:])
