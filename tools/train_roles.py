"""Train the learned reading of top-level roles (drafter/mining/role_model.py) on the development corpus.

    python tools/train_roles.py            # writes drafter/data/role_weights.json
    python tools/train_roles.py --cv       # and first prints leave-one-part-out figures

Only the development parts of tests/corpus/split.yaml are read (never ``test``). Each labelled
document is mined with the rules alone (``units(..., learned=False)``), its top-level units are
matched to the labelled ones as the scorer matches them (``score.match``), and every matched unit
whose label gives a depth-1 role is one example. Training is deterministic: the same corpus and code
give the same weights file.
"""

from __future__ import annotations

import argparse
import hashlib
import dataclasses
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.mining import role_model, score  # noqa: E402
from drafter.mining.analyse import analyse  # noqa: E402
from drafter.mining.units import model_input  # noqa: E402
from drafter.mining.units import units as units_of  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"

Example = tuple[list[str], str, str]  # features, labelled role, the rules' role


def development() -> list[tuple[str, Path]]:
    """(part, label file) of every development document, in the split's order."""
    split = yaml.safe_load((CORPUS / "split.yaml").read_text(encoding="utf-8"))
    return [(part, CORPUS / rel) for part, files in split.items() if part.startswith("development")
            for rel in files]


def fingerprint(part_labels: list[tuple[str, Path]]) -> str:
    """A digest of the development labels (their paths and bytes): tests/test_role_model.py checks that
    the packaged weights were trained on the labels as they are."""
    h = hashlib.sha256()
    for part, path in part_labels:
        h.update(f"{part}\0{path.relative_to(CORPUS).as_posix()}\0".encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def examples(part_labels: list[tuple[str, Path]]) -> dict[str, list[Example]]:
    """The examples of each part."""
    out: dict[str, list[Example]] = {}
    for part, path in part_labels:
        label = yaml.safe_load(path.read_text(encoding="utf-8"))
        m = analyse(path.parent.parent / label["file"])
        found = [u for u in units_of(m, m.raw, learned=False) if u.kind in score.KINDS]
        outline = label.get("outline") or []
        gold = {pi: outline[li].get("role") for li, pi in score.match(outline, [dataclasses.asdict(u) for u in found]).items()
                if outline[li].get("depth") == 1}
        tops, seen = model_input(m, found)
        for j, k in enumerate(tops):
            if gold.get(k):
                out.setdefault(part, []).append((role_model.features(seen, j, m.genre), gold[k], found[k].role))
    return out


def cross_validate(parts: dict[str, list[Example]]) -> None:
    """Leave each part out, train on the others, and count right roles on it: the rules' and the model's."""
    total = Counter()
    for held in parts:
        model = role_model.train([(f, g) for p, exs in parts.items() if p != held for f, g, _ in exs])
        rules = sum(g == r for _, g, r in parts[held])
        learned = sum(model.predict(f) == g for f, g, _ in parts[held])
        total.update(n=len(parts[held]), rules=rules, learned=learned)
        print(f"{held:16} {len(parts[held]):5} rules {rules:5} learned {learned:5}")
    print(f"{'all':16} {total['n']:5} rules {total['rules']:5} ({total['rules'] / total['n']:.3f}) "
          f"learned {total['learned']:5} ({total['learned'] / total['n']:.3f})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="print leave-one-part-out figures first")
    ap.add_argument("--out", type=Path, default=role_model.WEIGHTS, help="where to write the weights")
    args = ap.parse_args(argv)
    labels = development()
    parts = examples(labels)
    if args.cv:
        cross_validate(parts)
    model = role_model.train([(f, g) for exs in parts.values() for f, g, _ in exs])
    model = dataclasses.replace(model, meta={"labels": fingerprint(labels), "documents": len(labels),
                                             "examples": sum(len(v) for v in parts.values())})
    args.out.write_text(model.to_json(), encoding="utf-8")
    n = sum(len(v) for v in model.weights.values())
    print(f"{sum(len(v) for v in parts.values())} examples, {len(model.classes)} roles, {n} weights -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
