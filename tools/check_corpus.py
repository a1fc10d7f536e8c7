"""Verify the hand labels of the labelled corpus (tests/corpus/shared, test and every development part dev2, dev3, …).

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

Across all the folders checked, no two documents may be copies of one another: two
texts that share a tenth of their 30-character shingles (NFKC, simplified script, whitespace removed) are
reported as duplicates (see ``duplicates``), so a page found again in another part
cannot slip in. A line found on three documents or more (a site's 温馨提示 on each of its pages) is
left out of the comparison, unless it is most of a page.

``--fill`` computes ``offset``, ``para`` and the two lengths of labels that lack
them (each unit's text is searched after the previous unit) and writes them back;
it never changes a value that is already there.  Exit status 1 when a label is
wrong, with one line per problem.

    python tools/check_corpus.py                 # check tests/corpus/{shared,test,dev2,dev3,…}
    python tools/check_corpus.py --fill tests/corpus/dev2
"""

from __future__ import annotations

import argparse
import contextlib
from collections import Counter
import re
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when libyaml is there
CORPUS = ROOT / "tests" / "corpus"
DEV_PARTS = sorted((p for p in CORPUS.glob("dev*") if p.is_dir() and p.name[3:].isdigit()), key=lambda p: int(p.name[3:]))
"""The development parts dev2, dev3, … in the order they were collected."""
DEFAULT = [CORPUS / "shared", CORPUS / "test", *DEV_PARTS]
SHINGLE = 30  # characters: longer than the stock phrases every report repeats
DUPLICATE_SHARE = 0.1  # share of the shorter text's shingles found in the other text
BOILERPLATE_PAGES = 3  # a line on this many documents or more is a site's notice

KINDS = {"heading", "run_in", "inline_point", "line_block", "cue_paragraph", "cue_sentence",
         "salutation", "transition", "thanks"}
ROLES = {"opening", "review", "significance", "requirements", "per_line_tasks", "guarantee",
         "closing", "lead", "attendees", "highlights", "other",
         "quotes"}  # `quotes`: used by the shared labels for 金句 sidebars
LINES = {"组织", "宣传", "统战", "政法", "社会工作"}
GENRES = {"speech", "news", "experience"}
SCRIPTS = {"simplified", "traditional"}
TRUNCATION = {"none", "page_furniture", "tail_uncertain"}
REQUIRED = ("id", "file", "length_chars", "length_bytes_utf8", "complete", "truncation",
            "source", "title", "outline", "lines")
FACT_STRINGS = ("date", "numbers", "key_phrases", "attendees", "agenda", "documents")
# markers that are numerals written in the text (as opposed to descriptive markers
# such as lead_sentence, listed, couplet, X字)
_NUMERAL = re.compile(r"^(?:[一二三四五六七八九十]+(?:是|要|、|方面)|另一方面"
                      r"|[(\uff08][一二三四五六七八九十]+[)\uff09]|[①②③④⑤⑥⑦⑧⑨⑩]"
                      r"|\d+[.、\uff0e]|第[一二三四五六七八九十]+|[●▶•A-Z]|——)$")


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
    label = yaml.load(label_path.read_text(encoding="utf-8"), Loader=_LOADER)
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
        dumped = yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False, width=1000)
        label_path.write_text(dumped, encoding="utf-8")
    return changed


def _check_text(label: dict, text: str, in_corpus: bool) -> list[str]:
    """The file conventions and lengths."""
    problems = []
    if in_corpus:
        if not text.endswith("\n") or text.endswith("\n\n") or text[:1].isspace():
            problems.append("text is not trimmed to one final newline")
        content = text[:-1]
    else:
        content = text
    if label["length_chars"] != len(content):
        problems.append(f"length_chars {label['length_chars']} != {len(content)}")
    size = len(content.encode("utf-8"))
    if label["length_bytes_utf8"] != size:
        problems.append(f"length_bytes_utf8 {label['length_bytes_utf8']} != {size}")
    return problems


def _check_source(label: dict) -> list[str]:
    """Completeness, truncation and the source block."""
    problems = []
    if not isinstance(label["complete"], bool):
        problems.append("complete is not true/false")
    trunc = str(label["truncation"])
    if trunc not in TRUNCATION and not trunc.startswith(("body:", "none (")):
        problems.append(f"truncation {trunc!r} not in the scheme")
    source = label["source"] or {}
    if source.get("genre") not in GENRES:
        problems.append(f"source.genre {source.get('genre')!r} not in {sorted(GENRES)}")
    if source.get("script") not in SCRIPTS:
        problems.append(f"source.script {source.get('script')!r} not in {sorted(SCRIPTS)}")
    problems += [f"source.{key} missing" for key in ("url", "site", "region", "year")
                 if key not in source]
    return problems


def _check_unit(unit: dict, text: str, last: int) -> list[str]:
    """One outline unit: where its text is, and its vocabulary."""
    t, off = unit.get("text"), unit.get("offset")
    if not isinstance(t, str) or not t:
        return ["no text"]
    if not isinstance(off, int):
        return ["no offset"]
    problems = []
    if text[off:off + len(t)] != t:
        problems.append(f"text not at offset {off} (found at {text.find(t)})")
    if off <= last:
        problems.append(f"offset {off} is not after the previous unit ({last})")
    if unit.get("para") != paragraph_of(text, off):
        problems.append(f"para {unit.get('para')} != {paragraph_of(text, off)}")
    marker = unit.get("marker")
    numeral = isinstance(marker, str) and _NUMERAL.match(marker) and marker != "●"
    if numeral and not t.lstrip(" \u3000").startswith(marker):
        problems.append(f"marker {marker!r} is not where the text starts")
    return problems + _check_vocabulary(unit)


def _check_vocabulary(unit: dict) -> list[str]:
    """kind, level, depth, role, function and line of one unit."""
    problems = []
    kind, level, depth, role = (unit.get(k) for k in ("kind", "level", "depth", "role"))
    if kind not in KINDS:
        problems.append(f"kind {kind!r} not in the scheme")
    if level not in (1, 2, 3, None):
        problems.append(f"level {level!r} not 1, 2, 3 or null")
    if kind in ("transition", "thanks") and level is not None:
        problems.append(f"{kind} has level {level}, expected null")
    if not isinstance(depth, int) or depth < 1:
        problems.append(f"depth {depth!r} is not a positive integer")
    if depth == 1 and role is None:
        problems.append("depth-1 unit without a role")
    if role is not None and role not in ROLES:
        problems.append(f"role {role!r} not in the scheme")
    if "function" in unit and unit["function"] not in ROLES:
        problems.append(f"function {unit['function']!r} not in the scheme")
    if kind == "line_block" and unit.get("line") not in LINES:
        problems.append(f"line_block without a known line ({unit.get('line')!r})")
    elif "line" in unit and unit["line"] not in LINES:
        problems.append(f"line {unit['line']!r} not in {sorted(LINES)}")
    return problems


def _check_strings(label: dict, text: str) -> list[str]:
    """Line names, and the quoted strings that must be found in the text."""
    problems = [f"lines: {line!r} not in {sorted(LINES)}"
                for line in label["lines"] or [] if line not in LINES]
    problems += [f"line_task_order: {line!r} not in {sorted(LINES)}"
                 for line in label.get("line_task_order") or [] if line not in LINES]
    facts = label.get("facts") or {}
    problems += [f"facts.{key}: {s!r} not in the text"
                 for key in FACT_STRINGS for s in _strings(facts.get(key)) if s not in text]
    problems += [f"furniture: {s!r} not in the text"
                 for s in _strings(label.get("furniture")) if s not in text]
    problems += [f"furniture: {s!r} is no line of text (a line ending in a colon must be quoted in YAML)"
                 for s in label.get("furniture") or [] if not isinstance(s, str)]
    return problems


def check(label_path: Path) -> list[str]:
    """Every problem of one label file, as ``path: message`` lines."""
    try:
        label = yaml.load(label_path.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.YAMLError as exc:
        return [f"{label_path}: YAML: {exc}"]
    if not isinstance(label, dict):
        return [f"{label_path}: not a mapping"]
    missing = [key for key in REQUIRED if key not in label]
    if missing:
        return [f"{label_path}: missing key {key}" for key in missing]
    problems = []
    if not label_path.stem.startswith(str(label["id"])):
        problems.append(f"id {label['id']!r} does not match the file name")
    text_path = (label_path.parent.parent / label["file"]).resolve()
    if not text_path.is_file():
        return [f"{label_path}: {m}" for m in
                [*problems, f"file {label['file']} does not exist"]]
    text = text_path.read_text(encoding="utf-8")
    # corpus documents follow the README's convention (trimmed, one final newline that
    # the lengths do not count); the seeds (outside the corpus folder) are as given
    in_corpus = label_path.parent.parent.resolve() in text_path.parents
    problems += _check_text(label, text, in_corpus)
    problems += _check_source(label)
    last = -1
    for n, unit in enumerate(label["outline"] or [], 1):
        where = f"outline[{n}] {str(unit.get('text'))[:20]!r}"
        problems += [f"{where}: {m}" for m in _check_unit(unit, text, last)]
        if isinstance(unit.get("offset"), int):
            last = unit["offset"]
    problems += _check_strings(label, text)
    return [f"{label_path}: {m}" for m in problems]


def _folded(text: str) -> str:
    """A document's text as compared, read once: NFKC, in simplified script without a gateway's pinyin, so a traditional
    copy of a page already in the corpus is found too (黔东南's 州宣传部长会议, dev13 1309)."""
    from drafter.mining.script import strip_gateway_pinyin, to_simplified

    return to_simplified(strip_gateway_pinyin(unicodedata.normalize("NFKC", text)))


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _lines(text: str) -> list[str]:
    """The lines of a text long enough to be a notice (fifteen characters or more), folded as shingles are."""
    return [flat for line in text.splitlines() if len(flat := _flat(line)) >= 15]


def _shingles(text: str) -> set[int]:
    flat = _flat(text)
    return {hash(flat[i:i + SHINGLE]) for i in range(max(len(flat) - SHINGLE + 1, 1))}


def document_of(label_path: Path) -> Path | None:
    """The text file a label names, or None when the label cannot be read."""
    try:
        label = yaml.load(label_path.read_text(encoding="utf-8"), Loader=_LOADER)
        return (label_path.parent.parent / label["file"]).resolve()
    except (yaml.YAMLError, KeyError, TypeError, OSError):
        return None


def duplicates(label_paths: list[Path]) -> list[str]:
    """Pairs of documents that are copies of one another (same file or shared shingles)."""
    seen: dict[Path, Path] = {}
    texts: list[tuple[Path, str]] = []
    shingles: list[tuple[Path, set[int]]] = []
    problems = []
    for path in label_paths:
        doc = document_of(path)
        if doc is None or not doc.is_file():
            continue
        if doc in seen:
            problems.append(f"{path}: names the same file as {seen[doc]}")
            continue
        seen[doc] = path
        texts.append((path, _folded(doc.read_text(encoding="utf-8"))))
    # a site's notice printed on three pages or more (温馨提示, a copyright line) is the site's, not the texts': left
    # out of the comparison, unless it is most of a page (the same page stored three times stays a duplicate)
    spread = Counter(line for _, text in texts for line in set(_lines(text)))
    for path, text in texts:
        own = "\n".join(line for line in text.splitlines() if spread[_flat(line)] < BOILERPLATE_PAGES)
        shingles.append((path, _shingles(own if len(own) * 10 >= len(_flat(text)) * 3 else text)))
    for i, (path_a, a) in enumerate(shingles):
        for path_b, b in shingles[i + 1:]:
            share = len(a & b) / max(min(len(a), len(b)), 1)
            if share >= DUPLICATE_SHARE:
                problems.append(f"{path_b}: duplicates {path_a} "
                                f"({share:.0%} of 30-character shingles shared)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path,
                        help="corpus folders (default: tests/corpus/shared, test and every dev part)")
    parser.add_argument("--fill", action="store_true",
                        help="add missing offsets, paras and lengths first")
    args = parser.parse_args(argv)
    folders = args.folders or DEFAULT
    problems: list[str] = []
    count = units = 0
    paths = [path for folder in folders for path in corpus_labels(folder)]
    for path in paths:
        if args.fill:
            try:
                fill(path)
            except (yaml.YAMLError, KeyError, OSError) as exc:
                problems.append(f"{path}: cannot fill: {exc}")
                continue
        problems += check(path)
        count += 1
        with contextlib.suppress(yaml.YAMLError, AttributeError):
            label = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
            units += len(label.get("outline") or [])
    # documents are compared across every part, also when only one folder is checked
    everything = list(dict.fromkeys(path.resolve() for path in
                                    [*paths, *(p for folder in DEFAULT for p in corpus_labels(folder))]))
    problems += duplicates(everything)
    for p in problems:
        print(p)
    print(f"{count} label files, {units} outline units, {len(problems)} problems")
    return 1 if problems or not count else 0


if __name__ == "__main__":
    sys.exit(main())
