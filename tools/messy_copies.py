"""Write messy copies of labelled documents, to measure how the miner stands up to them.

    python tools/messy_copies.py tests/corpus/shared/labels OUT [--kinds oneline,spaced,wrapped]
    python tools/score_mine.py OUT/oneline -v

Real copies reach writers as one line (a page stored without its line breaks, a PDF's text
layer with paragraphs joined by spaces, with or without spaces cutting words) or hard-wrapped at a fixed width (mid-word, mid-heading).
Each kind becomes a folder OUT/<kind> with the transformed texts and copies of the labels whose
``file:`` points at them; units are matched by text, so the labels hold as they are (offsets
are not used by the scorer). Development documents only: never the held-out test part.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

WIDTH = 68
"""Columns per line of a hard-wrapped copy (34 Chinese characters: a PDF page's line)."""


def oneline(text: str) -> str:
    return "".join(line.strip() for line in text.splitlines()) + "\n"


def spaced(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"


def wrapped(text: str) -> str:
    return "\n".join(row for line in text.splitlines() for row in _rows(line.rstrip(), WIDTH)) + "\n"


def pdf(text: str) -> str:
    """A PDF's text layer: paragraphs joined by spaces, and a space inside the words wherever
    the page's line ended (at 46 columns here)."""
    out = []
    for line in text.splitlines():
        if line.strip():
            out.append(" ".join(_rows(line.strip(), 46)))
    return " ".join(out) + "\n"


def _rows(line: str, width: int) -> list[str]:
    rows, row, used = [], "", 0
    for c in line:
        w = 2 if ord(c) >= 0x1100 else 1
        if used + w > width:
            rows.append(row)
            row, used = "", 0
        row += c
        used += w
    return rows + [row]


def sentences(text: str) -> str:
    """One sentence a line (a copy that broke after every full stop), the salutation on the
    line before it run into that line (讲话 同志们:)."""
    import re

    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if re.fullmatch(r"同志们[:：]", line) and out:
            out[-1] += " " + line
            continue
        out += [part for part in re.split(r"(?<=[。！？])", line) if part]
    return "\n".join(out) + "\n"


KINDS = {"oneline": oneline, "spaced": spaced, "wrapped": wrapped, "pdf": pdf, "sentences": sentences}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels", type=Path, help="a folder of label files (*.yaml)")
    ap.add_argument("out", type=Path)
    ap.add_argument("--kinds", default=",".join(KINDS))
    args = ap.parse_args(argv)
    if "test" in args.labels.resolve().parts:
        print("the held-out test part is never transformed or scored here", file=sys.stderr)
        return 2
    for kind in args.kinds.split(","):
        folder = args.out / kind
        (folder / "docs").mkdir(parents=True, exist_ok=True)
        (folder / "labels").mkdir(parents=True, exist_ok=True)
        for f in sorted(args.labels.glob("*.yaml")):
            label = yaml.safe_load(f.read_text(encoding="utf-8"))
            src = (f.parent.parent / label["file"]).resolve()
            if not src.exists():
                src = (f.parent / label["file"]).resolve()
            doc = folder / "docs" / src.name
            doc.write_text(KINDS[kind](src.read_text(encoding="utf-8")), encoding="utf-8")
            label["file"] = f"docs/{src.name}"
            (folder / "labels" / f.name).write_text(yaml.safe_dump(label, allow_unicode=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
