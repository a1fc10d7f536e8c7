"""Warm builds: documents per second in one process, drafter against docxtpl.

    python bench/warm_build.py [--builds 200]

Both build the sample speech from its facts file to a .docx on disk, alternately:
  drafter  pipeline.build(facts, library=lib): load and check the facts, render, write
           (atomically, with the edit check), with the Library kept as a batch worker
           keeps it; the output is removed before each build so it is really written.
  docxtpl  yaml.safe_load the facts, DocxTemplate(template).render(...), save.
Target (issue 12, python-docx as the engine): drafter >= 2x docxtpl's documents per second.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import common


def drafter_builder(folder: Path) -> tuple[Path, object]:
    """(facts path, a function building it once and returning the .docx path)."""
    from drafter import pipeline
    from drafter.library import Library

    facts = Path(shutil.copy(common.SAMPLE, folder / "speech.yaml"))
    library = Library()

    def build() -> Path:
        [built] = pipeline.build(facts, library=library)
        return built.path

    return facts, build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--builds", type=int, default=200, help="builds of each (median)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        facts, build = drafter_builder(folder)
        out = folder / "speech.docx"

        def drafter_once() -> float:
            out.unlink(missing_ok=True)
            start = time.perf_counter()
            build()  # type: ignore[operator]
            return time.perf_counter() - start

        cases = {"drafter": drafter_once}
        try:
            import speech_docxtpl
        except ImportError:
            speech_docxtpl = None  # type: ignore[assignment]
        try:
            import docxtpl  # noqa: F401
        except ImportError:
            print("docxtpl is not installed (pip install -e .[bench]): only drafter is measured.")
        else:
            template = speech_docxtpl.make_template(folder / "speech-docxtpl.docx", facts)
            env = speech_docxtpl.environment()
            tpl_out = folder / "speech-docxtpl-out.docx"

            def docxtpl_once() -> float:
                start = time.perf_counter()
                speech_docxtpl.render(template, facts, tpl_out, env)
                return time.perf_counter() - start

            cases["docxtpl"] = docxtpl_once
        times = common.interleaved(cases, args.builds, warmup=5)
    med = {name: common.median(t) for name, t in times.items()}
    print(common.machine())
    rows = [[name, common.ms(med[name]), f"{1 / med[name]:.0f} /s", common.ms(min(times[name]))]
            for name in med]
    print(common.table(f"\none process, median of {args.builds} interleaved builds each",
                       ["builder", "per document", "documents/s", "fastest"], rows))
    if "docxtpl" in med:
        ratio = med["docxtpl"] / med["drafter"]
        print(common.table("\n", ["measure", "measured", "target", ""],
                           [["drafter docs/s / docxtpl docs/s", f"{ratio:.2f}x", ">= 2.00x",
                             common.verdict(ratio >= 2)]]))


if __name__ == "__main__":
    main()
