"""How often does a skeleton date its exemplar's meeting as the labels do? Count it.

    python tools/meeting_years.py tests/corpus/shared/labels tests/corpus/dev2/labels … [-v]

Every relative year of a skeleton (去年 -> ``会议.日期 | 年份(-1)``, the congress, the plenum, the five-year plan)
hangs on the year it gives the exemplar's meeting (``会议.日期`` in its 示例事实, or ``成文日期`` for an experience
article). For each labelled document with a ``year`` (in ``facts`` or ``source``) the skeleton's year is compared
with it: right, wrong, or defaulted (the text names no year, so the skeleton took this year; not a wrong answer but
none) or none. ``-v`` lists the wrong ones with the label's ``year_basis``. The thirteenth session: 330 -> 353 of
552 right on the development parts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.errors import DrafterError  # noqa: E402
from drafter.mining.score import load_labels  # noqa: E402
from drafter.mining.skeleton import make  # noqa: E402


def skeleton_year(label: dict, work: Path) -> str:
    """The year the skeleton of ``label``'s document gives its meeting ('' when none)."""
    try:
        made = make(Path(label["_path"]), work / f"t{label['id']}")
    except DrafterError:
        return ""
    facts = yaml.safe_load(made.facts.read_text(encoding="utf-8")) or {}
    day = (facts.get("会议") or {}).get("日期") or facts.get("成文日期") or ""
    return str(day)[:4]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels", nargs="+", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    tally: Counter[str] = Counter()
    this_year = str(dt.date.today().year)
    with tempfile.TemporaryDirectory() as tmp:
        for folder in args.labels:
            for label in load_labels(folder):
                want = (label.get("facts") or {}).get("year") or (label.get("source") or {}).get("year")
                if not isinstance(want, int):
                    continue
                got = skeleton_year(label, Path(tmp))
                if not got:
                    tally["none"] += 1
                elif got == str(want):
                    tally["right"] += 1
                elif got == this_year:
                    tally["defaulted"] += 1
                else:
                    tally["wrong"] += 1
                    if args.verbose:
                        basis = (label.get("source") or {}).get("year_basis") or ""
                        print(f"{label['id']}: label {want}, skeleton {got} | {str(basis)[:100]}")
    total = sum(tally.values())
    print(f"meetings dated as labelled: {tally['right']}/{total} (wrong {tally['wrong']}, defaulted to this year "
          f"{tally['defaulted']}, none {tally['none']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
