"""Make messy copies of labelled documents, to measure how the miner holds up on the copies writers actually have.

    python tools/perturb_corpus.py oneline OUT tests/corpus/dev7/labels [more label folders]
    python tools/score_mine.py OUT/labels          # against: the same documents as they are

The held-out test part has documents stored as one line (a PDF's text layer, its paragraphs joined by spaces) and
documents hard-wrapped at a fixed width. The development part has fewer. This tool makes such copies of development
documents whose paragraphs are clean (each on its own line, most ending a sentence; none over 400 characters), and
writes their labels beside them with every unit's offset and text moved to where it stands in the copy, so the
scorer matches units as it does on real labels:

* ``oneline``: the document's non-empty lines joined by one space;
* ``wrap``: each paragraph cut into rows of 34 characters, one row a line, no blank lines.

Tune on what the copies of development documents show, never on the test part.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml


ROW = 34
"""Characters per row of a hard-wrapped copy (a PDF page's width in 仿宋 at 16 pt)."""


def clean_lines(text: str) -> list[tuple[int, str]] | None:
    """The document's non-empty lines with where each starts, when they are its paragraphs: most lines over 40
    characters end a sentence, none is over 400 (else the text is already wrapped or run together, and a copy of it
    would be messy twice)."""
    lines, at = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lines.append((at + raw.index(stripped[0]), stripped))
        at += len(raw) + 1
    body = [line for _, line in lines if len(line) > 40]
    unended = sum(not re.search(r"[。！？；：”）)!?;:]$", line) for line in body)
    if not body or unended > 0.2 * len(body) or any(len(line) > 400 for _, line in lines):
        return None
    return lines


def perturb(lines: list[tuple[int, str]], mode: str) -> tuple[str, list[tuple[int, int, int]]]:
    """The messy copy, and for each line (where it started in the original, its length, where it starts in the copy)."""
    parts, where, at = [], [], 0
    for start, line in lines:
        piece = line if mode == "oneline" else "\n".join(line[i:i + ROW] for i in range(0, len(line), ROW))
        where.append((start, len(line), at))
        parts.append(piece)
        at += len(piece) + 1
    return (" " if mode == "oneline" else "\n").join(parts), where


def moved(offset: int, where: list[tuple[int, int, int]], mode: str) -> int | None:
    """Where a character of the original stands in the copy (None if it was stripped)."""
    for start, length, at in where:
        if start <= offset < start + length:
            k = offset - start
            return at + k + (0 if mode == "oneline" else k // ROW)
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("oneline", "wrap"))
    ap.add_argument("out", type=Path, help="folder for the copies (docs/) and their labels (labels/)")
    ap.add_argument("labels", nargs="+", type=Path, help="label folders of development parts")
    args = ap.parse_args(argv)
    if any("test" in part for folder in args.labels for part in folder.resolve().parts[-3:]):
        ap.error("the test part is held out: make copies of development documents only")
    (args.out / "docs").mkdir(parents=True, exist_ok=True)
    (args.out / "labels").mkdir(parents=True, exist_ok=True)
    made = 0
    for folder in args.labels:
        for path in sorted(folder.glob("*.yaml")):
            label = yaml.safe_load(path.read_text(encoding="utf-8"))
            source = (path.parent.parent / label["file"]).resolve()
            lines = clean_lines(source.read_text(encoding="utf-8"))
            if lines is None:
                continue
            text, where = perturb(lines, args.mode)
            units = []
            for unit in label.get("outline") or []:
                a = moved(unit["offset"], where, args.mode)
                b = moved(unit["offset"] + len(unit["text"]) - 1, where, args.mode)
                if a is None or b is None:
                    continue  # a unit the copy cannot hold where it was
                unit["text"], unit["offset"] = text[a:b + 1], a
                unit["para"] = text.count("\n", 0, a) + 1 - text[:a].count("\n\n")
                units.append(unit)
            label["outline"] = units
            label["furniture"] = [line.strip() for line in label.get("furniture") or [] if line.strip()]
            label["file"] = f"docs/{source.name}"
            label["length_chars"] = len(text)
            label["length_bytes_utf8"] = len(text.encode("utf-8"))
            (args.out / "docs" / source.name).write_text(text + "\n", encoding="utf-8")
            target = args.out / "labels" / path.name
            target.write_text(yaml.safe_dump(label, allow_unicode=True, sort_keys=False), encoding="utf-8")
            made += 1
    print(f"{made} {args.mode} copies in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
