"""Build time of each genre's sample: the first build in a fresh process and the warm mean.

    python bench/genres.py [ROUNDS]

Prints one line per sample (render = facts -> document model, docx = writing the file),
in milliseconds. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter import facts as facts_mod  # noqa: E402
from drafter import pipeline  # noqa: E402
from drafter.library import Library  # noqa: E402

SAMPLES = ("speech", "report", "brief", "feature", "experience", "meeting")


def main(rounds: int = 20) -> None:
    library = Library()
    folder = Path(tempfile.mkdtemp())
    print(f"{'sample':<12}{'docs':>5}{'first':>9}{'render':>9}{'docx':>9}{'total':>9}  (ms)")
    for name in SAMPLES:
        path = Path(shutil.copy(ROOT / "samples" / f"{name}.yaml", folder / f"{name}.yaml"))
        start = time.perf_counter()
        pipeline.build(path, library=library, force=True)
        first = time.perf_counter() - start
        renders, writes = [], []
        for _ in range(rounds):
            t0 = time.perf_counter()
            facts = facts_mod.load(path)
            drafts = [pipeline.prepare(facts, n, library)
                      for n in pipeline.template_names(facts, ())]
            t1 = time.perf_counter()
            for d in drafts:
                pipeline.to_docx(d)
            t2 = time.perf_counter()
            renders.append(t1 - t0)
            writes.append(t2 - t1)
        r, w = statistics.mean(renders) * 1000, statistics.mean(writes) * 1000
        print(f"{name:<12}{len(drafts):>5}{first * 1000:>9.0f}{r:>9.1f}{w:>9.1f}{r + w:>9.1f}")
    shutil.rmtree(folder)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
