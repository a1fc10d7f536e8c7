"""Verify the hand labels of the labelled corpus (tests/corpus/shared, tests/corpus/test).

Every label file (``labels/*.yaml``, ``seed-labels/*.yaml`` under a corpus folder) is
checked against the text it names, following the conventions of
tests/corpus/shared/README.md:

* the file exists, is trimmed and ends with one newline; ``length_chars`` and
  ``length_bytes_utf8`` match its content (without the added final newline);
* every outline unit's ``text`` is found at its ``offset`` (Python ``str`` units),
  the units are in document order, and ``para`` is the 1-based index of the
  non-empty line holding the offset;
* ``kind``, ``level``, ``role``, ``line``, ``genre``, ``script`` and ``truncation``
  come from the scheme's vocabulary; every depth-1 unit has a role; a
  ``line_block`` names its line;
* a numeral marker (一是, 一要, (一), 一、, ①, …) is where the unit's text starts;
* the quoted strings of ``facts`` (date, numbers, key_phrases, attendees, agenda,
  documents) and every ``furniture`` line are exact substrings of the file.

``--fill`` computes ``offset``, ``para`` and the two lengths of labels that lack
them (each unit's text is searched after the previous unit) and writes them back;
it never changes a value that is already there.  Exit status 1 when a label is
wrong, with one line per problem.

    python tools/check_corpus.py                 # check tests/corpus/{shared,test}
    python tools/check_corpus.py --fill tests/corpus/test
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "tests" / "corpus" / "shared", ROOT / "tests" / "corpus" / "test"]

KINDS = {"heading", "run_in", "inline_point", "line_block", "cue_paragraph", "cue_sentence",
         "salutation", "transition", "thanks"}
ROLES = {"opening", "review", "significance", "requirements", "per_line_tasks", "guarantee",
         "closing", "lead", "attendees", "highlights", "other",
         "quotes"}  # `quotes`: used by the shared labels for 金句 sidebars
LINES = {"组织", "宣传", "统战", "政法", "社会工作"}
GENRES = {"speech", "news", "experience"}
SCRIPTS = {"simplified", "traditional"}
TRUNCATION = {"none", "page_furniture", "tail_uncertain"}
FACT_STRINGS = ("date", "numbers", "key_phrases", "attendees", "agenda", "documents")
# markers that are numerals written in the text (as opposed to descriptive markers
# such as lead_sentence, listed, couplet, X字)
_NUMERAL = re.compile(r"^(?:[一二三四五六七八九十]+(?:是|要|、|方面)|另一方面|[(（][一二三四五六七八九十]+[)）]"
                      r"|[①②③④⑤⑥⑦⑧⑨⑩]|\d+[.、．]|第[一二三四五六七八九十]+|[●▶•A-Z]|——)$")


def paragraph_of(text: str, offset: int) -> int:
    """1-based index of the non-empty line holding ``offset``."""
    before = text[:offset].split("\n")
    full = sum(1 for line in before[:-1] if line.strip())
    return full + 1


def corpus_labels(folder: Path) -> list[Path]:
    return sorted([*folder.glob("labels/*.yaml"), *folder.glob("seed-labels/*.yaml")])


def _strings(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def fill(label_path: Path) -> bool:
    """Add missing offsets, paras and lengths; returns whether the file changed."""
    label = yaml.safe_load(label_path.read_text(encoding="utf-8"))
    text_path = label_path.parent.parent / label["file"]
    text = text_path.read_text(encoding="utf-8")
    content = text[:-1] if text.endswith("\n") else text
    changed = False
    for key, value in (("length_chars", len(content)),
                       ("length_bytes_utf8", len(content.encode("utf-8")))):
        if key not in label:
            label[key] = value
            changed = True
    start = 0
    for unit in label.get("outline") or []:
        if "offset" not in unit:
            found = text.find(unit["text"], start)
            if found < 0:
                raise SystemExit(f"{label_path}: not found after {start}: {unit['text']!r}")
            unit["offset"] = found
            changed = True
        if "para" not in unit:
            unit["para"] = paragraph_of(text, unit["offset"])
            changed = True
        start = unit["offset"] + 1
    if changed:
        order = ["id", "file", "length_chars", "length_bytes_utf8"]
        ordered = {k: label[k] for k in order if k in label}
        ordered.update({k: v for k, v in label.items() if k not in ordered})
        for i, unit in enumerate(ordered.get("outline") or []):
            keys = ["text", "kind", "level", "depth", "role", "offset", "para"]
            u = {k: unit[k] for k in keys if k in unit}
            u.update({k: v for k, v in unit.items() if k not in u})
            ordered["outline"][i] = u
        label_path.write_text(yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False, width=1000),
                              encoding="utf-8")
    return changed


def check(label_path: Path) -> list[str]:
    """Every problem of one label file, as ``path: message`` lines."""
    problems: list[str] = []

    def bad(message: str) -> None:
        problems.append(f"{label_path}: {message}")

    try:
        label = yaml.safe_load(label_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        return [f"{label_path}: YAML: {exc}"]
    if not isinstance(label, dict):
        return [f"{label_path}: not a mapping"]
    for key in ("id", "file", "length_chars", "length_bytes_utf8", "complete", "truncation",
                "source", "title", "outline", "lines"):
        if key not in label:
            bad(f"missing key {key}")
    if problems:
        return problems
    if not label_path.stem.startswith(str(label["id"])):
        bad(f"id {label['id']!r} does not match the file name")
    text_path = (label_path.parent.parent / label["file"]).resolve()
    if not text_path.is_file():
        return [*problems, f"{label_path}: file {label['file']} does not exist"]
    text = text_path.read_text(encoding="utf-8")
    # corpus documents follow the README's convention (trimmed, one final newline that
    # the lengths do not count); the seeds (outside the corpus folder) are as given
    in_corpus = label_path.parent.parent.resolve() in text_path.parents
    if in_corpus:
        if not text.endswith("\n") or text.endswith("\n\n") or text[:1].isspace():
            bad("text is not trimmed to one final newline")
        content = text[:-1]
    else:
        content = text
    if label["length_chars"] != len(content):
        bad(f"length_chars {label['length_chars']} != {len(content)}")
    if label["length_bytes_utf8"] != len(content.encode("utf-8")):
        bad(f"length_bytes_utf8 {label['length_bytes_utf8']} != {len(content.encode('utf-8'))}")
    if not isinstance(label["complete"], bool):
        bad("complete is not true/false")
    trunc = str(label["truncation"])
    if trunc not in TRUNCATION and not trunc.startswith(("body:", "none (")):
        bad(f"truncation {trunc!r} not in the scheme")
    source = label["source"] or {}
    if source.get("genre") not in GENRES:
        bad(f"source.genre {source.get('genre')!r} not in {sorted(GENRES)}")
    if source.get("script") not in SCRIPTS:
        bad(f"source.script {source.get('script')!r} not in {sorted(SCRIPTS)}")
    for key in ("url", "site", "region", "year"):
        if key not in source:
            bad(f"source.{key} missing")
    last = -1
    for n, unit in enumerate(label["outline"] or [], 1):
        where = f"outline[{n}] {str(unit.get('text'))[:20]!r}"
        t, off = unit.get("text"), unit.get("offset")
        if not isinstance(t, str) or not t:
            bad(f"{where}: no text")
            continue
        if not isinstance(off, int):
            bad(f"{where}: no offset")
            continue
        if text[off:off + len(t)] != t:
            at = text.find(t)
            bad(f"{where}: text not at offset {off} (found at {at})")
        if off <= last:
            bad(f"{where}: offset {off} is not after the previous unit ({last})")
        last = off
        if unit.get("para") != paragraph_of(text, off):
            bad(f"{where}: para {unit.get('para')} != {paragraph_of(text, off)}")
        kind = unit.get("kind")
        if kind not in KINDS:
            bad(f"{where}: kind {kind!r} not in the scheme")
        level = unit.get("level")
        if level not in (1, 2, 3, None):
            bad(f"{where}: level {level!r} not 1, 2, 3 or null")
        if kind in ("transition", "thanks") and level is not None:
            bad(f"{where}: {kind} has level {level}, expected null")
        depth = unit.get("depth")
        if not isinstance(depth, int) or depth < 1:
            bad(f"{where}: depth {depth!r} is not a positive integer")
        role = unit.get("role")
        if depth == 1 and role is None:
            bad(f"{where}: depth-1 unit without a role")
        if role is not None and role not in ROLES:
            bad(f"{where}: role {role!r} not in the scheme")
        if "function" in unit and unit["function"] not in ROLES:
            bad(f"{where}: function {unit['function']!r} not in the scheme")
        if kind == "line_block" and unit.get("line") not in LINES:
            bad(f"{where}: line_block without a known line ({unit.get('line')!r})")
        if "line" in unit and unit["line"] not in LINES:
            bad(f"{where}: line {unit['line']!r} not in {sorted(LINES)}")
        marker = unit.get("marker")
        if isinstance(marker, str) and _NUMERAL.match(marker) and marker != "●":
            if not t.startswith(marker) and not t.lstrip("  \u3000").startswith(marker):
                bad(f"{where}: marker {marker!r} is not where the text starts")
    for line in label["lines"] or []:
        if line not in LINES:
            bad(f"lines: {line!r} not in {sorted(LINES)}")
    for line in label.get("line_task_order") or []:
        if line not in LINES:
            bad(f"line_task_order: {line!r} not in {sorted(LINES)}")
    facts = label.get("facts") or {}
    for key in FACT_STRINGS:
        for s in _strings(facts.get(key)):
            if s not in text:
                bad(f"facts.{key}: {s!r} not in the text")
    for s in _strings(label.get("furniture")):
        if s not in text:
            bad(f"furniture: {s!r} not in the text")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="corpus folders (default: tests/corpus/shared and test)")
    parser.add_argument("--fill", action="store_true", help="add missing offsets, paras and lengths first")
    args = parser.parse_args(argv)
    folders = args.folders or DEFAULT
    problems: list[str] = []
    count = units = 0
    for folder in folders:
        for path in corpus_labels(folder):
            if args.fill:
                try:
                    fill(path)
                except (yaml.YAMLError, KeyError, OSError) as exc:
                    problems.append(f"{path}: cannot fill: {exc}")
                    continue
            problems += check(path)
            count += 1
            try:
                units += len(yaml.safe_load(path.read_text(encoding="utf-8")).get("outline") or [])
            except (yaml.YAMLError, AttributeError):
                pass
    for p in problems:
        print(p)
    print(f"{count} label files, {units} outline units, {len(problems)} problems")
    return 1 if problems or not count else 0


if __name__ == "__main__":
    sys.exit(main())
