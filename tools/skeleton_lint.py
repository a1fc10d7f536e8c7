"""Lint what a writer would get from each labelled document's skeleton. Count the findings.

    python tools/skeleton_lint.py tests/corpus/dev13/labels [more label folders] [-v]

For each labelled document: its skeleton (`drafter mine DOC --skeleton`), built with the facts of another
meeting exactly as tools/skeleton_leak.py writes them (other people, place and year; every other slot
【新…】), then `drafter lint` on the built .docx. Prints the findings per code over all documents (the
length note D701, provenance D005 and comments D004 left out); ``-v`` lists each finding. A finding the
exemplar itself has (a speech cut after 一、 that announced 三点意见) comes through; one drafter makes (a
draft that stops mid-word: D411) is a skeleton bug. D404 counts the measuring facts' own 【新…】 brackets
where a filter keeps one half of them (【新地区】 | 级别), so it says nothing of the skeletons.
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import skeleton_leak  # noqa: E402

from drafter import pipeline  # noqa: E402
from drafter.errors import DrafterError  # noqa: E402
from drafter.library import Library  # noqa: E402
from drafter.lint import lint  # noqa: E402
from drafter.mining.score import load_labels  # noqa: E402
from drafter.mining.skeleton import make  # noqa: E402

QUIET = ("D701", "D005", "D004")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels", nargs="+", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every finding")
    args = ap.parse_args(argv)
    tally: collections.Counter[str] = collections.Counter()
    drafts = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for label in (lab for folder in args.labels for lab in load_labels(folder)):
            name = "t" + str(label["id"])
            try:
                made = make(Path(label["_path"]), work / name)
                facts = yaml.safe_load(made.facts.read_text(encoding="utf-8"))
                new = work / f"{name}.yaml"
                new.write_text(yaml.safe_dump(skeleton_leak.rewrite(facts, skeleton_leak.tokens(label)),
                                              allow_unicode=True, sort_keys=False), encoding="utf-8")
                out = work / f"{name}.docx"
                pipeline.build(new, [], out, library=Library([work]), force=True)
            except DrafterError as e:
                failed += 1
                print(f"{label['id']}: ERROR {str(e).splitlines()[0]}")
                continue
            drafts += 1
            for f in lint([out]):
                if f.code in QUIET:
                    continue
                tally[f.code] += 1
                if args.verbose:
                    print(f"{label['id']}: {f}")
    print(f"drafts linted: {drafts} ({failed} did not build)")
    print("findings by code: " + ", ".join(f"{code} {n}" for code, n in sorted(tally.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
