"""Benchmark `drafter mine`: throughput (MB/s) and peak memory on a large generated corpus.

The corpus is the five seeds varied and repeated (place names, figures and dates
changed, paragraphs dropped or repeated, some files in GB18030 or with CRLF line
ends, a few .docx drafts) until it reaches the wanted size, written to a
temporary folder. It is mined twice, at a fifth of the size and at full size, so
that the peak memory of the two runs can be compared: mining streams, so the
peak should not grow with the corpus.

    python bench/bench_mine.py            # 50 MB, every core
    python bench/bench_mine.py --mb 100 --jobs 2
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.mining.corpus import CorpusStats, stream  # noqa: E402

PLACES = ["思明", "湖里", "集美", "海沧", "同安", "翔安", "西城", "东城", "鼓楼", "台江", "仓山", "晋安",
          "城关", "武侯", "锦江", "青羊", "金牛", "天河", "越秀", "荔湾"]


def vary(text: str, rng: random.Random) -> str:
    """One variant of a seed: other places, other figures, a paragraph dropped or repeated."""
    for old in ("思明", "西城", "海沧"):
        text = text.replace(old, rng.choice(PLACES))
    text = re.sub(r"\d+", lambda m: str(int(m[0]) + rng.randint(0, 9)) if len(m[0]) < 4 else m[0], text)
    paras = text.split("\n")
    body = [i for i, p in enumerate(paras) if len(p) > 60]
    if body and rng.random() < 0.5:
        del paras[rng.choice(body)]
    elif body:
        k = rng.choice(body)
        paras.insert(k, paras[k])
    return "\n".join(paras)


def generate(folder: Path, megabytes: float, docx: Path | None) -> int:
    """Write a corpus of about ``megabytes`` MB into ``folder``; returns the bytes written."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    rng = random.Random(20240101)
    total, k = 0, 0
    while total < megabytes * 1e6:
        sub = folder / f"{k // 500:03d}"
        sub.mkdir(exist_ok=True)
        if docx is not None and k % 100 == 99:
            path = sub / f"{k:06d}.docx"
            shutil.copyfile(docx, path)
        else:
            text = vary(seeds[k % len(seeds)], rng)
            path = sub / f"{k:06d}.txt"
            if k % 5 == 3:
                path.write_bytes(text.encode("gb18030"))
            else:
                path.write_bytes(text.replace("\n", "\r\n" if k % 7 == 0 else "\n").encode("utf-8"))
        total += path.stat().st_size
        k += 1
    return total


def sample_docx(folder: Path) -> Path | None:
    """A built speech (.docx) to mix into the corpus."""
    try:
        from drafter import pipeline
    except ImportError:
        return None
    facts = folder / "speech.yaml"
    shutil.copyfile(ROOT / "samples" / "speech.yaml", facts)
    [built] = pipeline.build(facts)
    return built.path


def run(folder: Path, jobs: int | None) -> tuple[CorpusStats, float]:
    total = CorpusStats()
    start = time.perf_counter()
    for _ in stream([folder], total, jobs=jobs):
        pass
    return total, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=50, help="corpus size in MB (default 50)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: every core)")
    args = parser.parse_args()
    jobs = args.jobs or os.cpu_count() or 1
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores "
          "(other work on the machine lowers the wall-clock figure, not the per-CPU-second one)")
    with tempfile.TemporaryDirectory(prefix="drafter-bench-") as tmp:
        tmp_path = Path(tmp)
        docx = sample_docx(tmp_path)
        for label, size in (("small", args.mb / 5), ("full", args.mb)):
            corpus = tmp_path / label
            corpus.mkdir()
            written = generate(corpus, size, docx)
            stats, seconds = run(corpus, jobs)
            parent_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            mb = written / 1e6
            cpu = sum(stats.cpu.values())
            print(f"{label:5} corpus: {stats.documents} documents, {mb:.1f} MB, {stats.errors} unreadable; "
                  f"{jobs} processes; {seconds:.1f} s; {mb / seconds:.2f} MB/s wall, "
                  f"{mb / cpu:.2f} MB per CPU-second of the miners; "
                  f"peak memory: worker {stats.peak_kb / 1024:.0f} MiB, parent {parent_kb / 1024:.0f} MiB")
            shutil.rmtree(corpus)
        print("genres:", dict(stats.genres.most_common()))


if __name__ == "__main__":
    main()
