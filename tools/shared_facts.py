"""Does one facts file build both a built-in template and a mined one? Count it.

    python tools/shared_facts.py ../shared/corpus/labels [more label folders] [-v]

For each labelled document: `drafter mine DOC --skeleton` into a temporary library, then
`drafter build` of the built-in sample facts file of its genre (samples/district.yaml for
speeches and reports, samples/experience.yaml for experience articles) with only its
``模板`` pointed at the mined template. A build that fails names the field the mined
template wants and the built-in vocabulary lacks; the fields are tallied. The figure to
reach is every document built.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.mining.score import load_labels  # noqa: E402

SAMPLES = {"experience": ROOT / "samples" / "experience.yaml"}
DEFAULT = ROOT / "samples" / "district.yaml"


def attempt(label: dict[str, Any], work: Path) -> str:
    """'' when the document's skeleton builds from the built-in facts file of its genre, else the first line
    of the error."""
    from drafter import pipeline
    from drafter.errors import DrafterError
    from drafter.library import Library
    from drafter.mining.skeleton import make

    name = "t" + str(label["id"])
    try:
        make(Path(label["_path"]), work / name)
    except DrafterError as e:
        return "mine failed: " + str(e).splitlines()[0]
    genre = (label.get("source") or {}).get("genre", "")
    facts = yaml.safe_load(SAMPLES.get(genre, DEFAULT).read_text(encoding="utf-8"))
    facts["模板"] = name
    new = work / f"{name}.yaml"
    new.write_text(yaml.safe_dump(facts, allow_unicode=True, sort_keys=False), encoding="utf-8")
    try:
        pipeline.build(new, [], work / f"{name}.docx", library=Library([work]), force=True)
    except DrafterError as e:
        return " ".join(str(e).split())
    return ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels", nargs="+", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="print each document's error")
    args = ap.parse_args(argv)
    labels = [lab for folder in args.labels for lab in load_labels(folder)]
    built = 0
    wanted: collections.Counter[str] = collections.Counter()  # documents wanting each field
    alone: collections.Counter[str] = collections.Counter()  # documents wanting that field only
    with tempfile.TemporaryDirectory() as tmp:
        for label in labels:
            error = attempt(label, Path(tmp))
            built += not error
            fields = missing(error)
            wanted.update(fields)
            if len(fields) == 1:
                alone.update(fields)
            if args.verbose or error:
                print(f"{label['id']}: {'ok' if not error else error[:300]}")
    print(f"mined templates built from the built-in facts file of their genre: {built}/{len(labels)}")
    print("fields the built-in facts file lacks (documents wanting it / wanting it alone):")
    for field, n in wanted.most_common(40):
        print(f"  {n:4d} {alone[field]:4d}  {field}")
    return 0


def missing(error: str) -> list[str]:
    """The fields a build's error names as missing (the kind of a number slot without its count: 数字2 -> 数字),
    else the error's first words."""
    if not error:
        return []
    found = re.findall(r"\.yaml:\d+:\d+: (\S+?): 缺少这个必填字段", error)
    found += re.findall(r"模板用到的“([^”]+)”在事实文件里没有", error)
    return list(dict.fromkeys(re.sub(r"(?<=\D)\d+$", "", f) for f in found)) or [error[:40]]


if __name__ == "__main__":
    sys.exit(main())
