"""How far two readers agree on the test part's structure, and where the miner stands between them.

    python tools/agreement.py                     # all 65 test documents
    python tools/agreement.py --exclude 33 34 36 37 38
    python tools/agreement.py --no-miner --list /tmp/disagreements   # one file per document, for adjudication

Reader A's labels are ``tests/corpus/test/labels`` (the test score's reference); reader B's
are ``tests/corpus/test/reader2``, written blind to A's labels and to the miner, from the
scheme (tests/corpus/shared/README.md) and the corpus's labelling decisions only (see
tests/corpus/README.md, "Inter-reader agreement").  Each reader's outline is scored
against the other's exactly as `drafter mine` is scored (drafter/mining/score.py), so the
figures say what score a careful human reaches on the same measure.  Prints aggregate
figures only (all documents, per genre, per kind): the tool is safe to run without
reading the test labels one by one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.mining import score  # noqa: E402

TEST = ROOT / "tests" / "corpus" / "test"


def _as_mined(label: dict) -> dict:
    """A reader's label in the shape `drafter mine --format json` gives one document."""
    return {"units": label.get("outline") or [], "title": label.get("title"),
            "subtitles": label.get("subtitles") or []}


def _tally(reference: dict, predicted, names: list[str]) -> dict[str, score.Tally]:
    out: dict[str, score.Tally] = {}
    for name in names:
        label = reference[name]
        tally = score.score_document(label, predicted(name))
        for part in ("all", "genre:" + label["source"]["genre"]):
            out.setdefault(part, score.Tally()).add(tally)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--a", type=Path, default=TEST / "labels", help="reader A's labels (default: the test labels)")
    ap.add_argument("--b", type=Path, default=TEST / "reader2", help="reader B's labels")
    ap.add_argument("--exclude", nargs="*", default=[], metavar="ID", help="document ids to leave out")
    ap.add_argument("--no-miner", action="store_true", help="compare the readers only")
    ap.add_argument("--list", type=Path, metavar="DIR",
                    help="write each document's disagreements (B scored against A) to DIR/<document>.txt")
    args = ap.parse_args(argv)
    a = {Path(lab["file"]).name: lab for lab in score.load_labels(args.a)}
    b = {Path(lab["file"]).name: lab for lab in score.load_labels(args.b)}
    names = sorted(n for n in b if n in a and str(a[n]["id"]) not in set(args.exclude))
    if not names:
        print("no document labelled by both readers", file=sys.stderr)
        return 2
    rows = {"B scored against A (reader agreement)": _tally(a, lambda n: _as_mined(b[n]), names),
            "A scored against B": _tally(b, lambda n: _as_mined(a[n]), names)}
    if args.list:
        args.list.mkdir(parents=True, exist_ok=True)
        for n in names:
            tally = score.score_document(a[n], _as_mined(b[n]))
            lines = [miss.split(": ", 1)[1].replace(", mined ", ", reader B: ") for miss in tally.misses]
            (args.list / (Path(n).stem + ".txt")).write_text(
                "".join(f"{line}\n" for line in lines) or "(the readers agree)\n", encoding="utf-8")
    if not args.no_miner:
        mined = score.mine_json([a[n]["_path"] for n in names])
        rows["miner scored against A (the test score)"] = _tally(a, lambda n: mined[str(a[n]["_path"])], names)
        rows["miner scored against B"] = _tally(b, lambda n: mined[str(a[n]["_path"])], names)
    print(f"{len(names)} documents labelled by both readers")
    for title, parts in rows.items():
        print("==", title)
        for part in sorted(parts):
            f = parts[part].figures()
            print(f"  {part:17} F1 {f['f1']} (P {f['precision']} / R {f['recall']})  roles {f['roles']} "
                  f"= {f['role_accuracy']}  titles {f['titles']}  line blocks {f['line_blocks_right_line']}  "
                  f"furniture as title/unit {f['furniture_as_title_or_unit']}")
            if part == "all":
                print("    by kind:", ", ".join(f"{k} {v}" for k, v in f["by_kind"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
