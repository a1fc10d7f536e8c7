"""Score `drafter mine --format json` against hand labels in the corpus scheme.

    python tools/score_mine.py ../shared/corpus/labels [more label folders] [--json mined.json] [-v]

Without ``--json`` the labelled documents are mined here (one process, exactly what
`drafter mine --format json` prints). Prints the figures of each set (all, complete,
partial, per genre) as JSON; ``-v`` also lists every miss. See drafter/mining/score.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drafter.mining import score  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels", nargs="+", type=Path, help="folders of label files (*.yaml)")
    ap.add_argument("--json", type=Path, help="output of `drafter mine --format json` to score")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    labels = [lab for folder in args.labels for lab in score.load_labels(folder)]
    if not labels:
        print("no label files found", file=sys.stderr)
        return 2
    if args.json:
        data = json.loads(args.json.read_text(encoding="utf-8"))
        mined = {str(Path(d["path"]).resolve()): d for d in data["documents"]}
    else:
        mined = score.mine_json([lab["_path"] for lab in labels])
    tallies = score.score_all(labels, mined)
    print(json.dumps({name: t.figures() for name, t in sorted(tallies.items())}, ensure_ascii=False, indent=1))
    if args.verbose:
        for miss in tallies["all"].misses:
            print(miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
