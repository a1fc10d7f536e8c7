"""How the learned reading of roles does where the rules were not tuned: a time split over the corpus history.

    python tools/timesplit_roles.py COMMIT --train dev2 … dev8 --held dev9 … dev13

Checks out COMMIT (an older miner, from before the held-out parts were tuned on) into a temporary git
worktree, mines the labelled documents of the ``--train`` and ``--held`` parts with *its* rules, trains
the model of drafter/mining/role_model.py (today's features and training) on the train parts, and
prints, per held-out part, how many depth-1 roles the old rules and the model read again get right.
``shared`` names the shared labels and the seed labels. The twelfth session's figures: the miner before
the dev9 round (b578f39) 746 -> 790 of 948 on dev9–dev13; before the dev12 round (7d1871f) 310 -> 329
of 387 on dev12–dev13.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.mining import role_model  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"

_DUMP = r"""
import dataclasses, json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from drafter.mining import score
from drafter.mining.analyse import analyse
from drafter.mining.units import units
out = []
for folder in sys.argv[3:]:
    for lab in score.load_labels(Path(folder)):
        m = analyse(Path(lab["_path"]))
        try:
            found = units(m, m.raw, learned=False)
        except TypeError:  # a miner from before the learned reading
            found = units(m, m.raw)
        found = [dataclasses.asdict(u) for u in found if u.kind in score.KINDS]
        outline = lab.get("outline") or []
        keys = [score.key(u["text"]) for u in found]
        used, gold = [False] * len(found), {}
        for lu in outline:
            want = score.key(lu["text"])
            pi = next((i for i in range(len(found)) if not used[i] and score.same(want, keys[i])), None)
            if pi is None and isinstance(lu.get("offset"), int):
                pi = next((i for i, u in enumerate(found) if not used[i] and u.get("offset") == lu["offset"]), None)
            if pi is not None:
                used[pi] = True
                gold[pi] = lu.get("role") if lu.get("depth") == 1 else None
        tops = [dict(kind=u["kind"], role=u["role"], text=u["text"], said=m.texts[u["para"]][u["start"]:],
                     gold=gold.get(i)) for i, u in enumerate(found) if u["depth"] == 1]
        out.append(dict(part=folder, genre=m.genre, tops=tops))
json.dump(out, open(sys.argv[2], "w"), ensure_ascii=False)
"""


def _folders(parts: list[str]) -> list[str]:
    out = []
    for part in parts:
        out += [str(CORPUS / "shared" / "labels"), str(CORPUS / "shared" / "seed-labels")] if part == "shared" \
            else [str(CORPUS / part / "labels")]
    return out


def _examples(docs: list[dict]) -> list[tuple[str, list[str], str, str]]:
    out = []
    for d in docs:
        tops = [role_model.Top(t["kind"], t["role"], t["text"], t["said"]) for t in d["tops"]]
        out += [(Path(d["part"]).parent.name if Path(d["part"]).name == "labels" else d["part"],
                 role_model.features(tops, k, d["genre"]), t["gold"], t["role"])
                for k, t in enumerate(d["tops"]) if t["gold"]]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("commit", help="the older miner's commit")
    ap.add_argument("--train", nargs="+", required=True, help="parts to train on (shared, dev2, …)")
    ap.add_argument("--held", nargs="+", required=True, help="parts the old miner had not been tuned on")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), args.commit], check=True)
        try:
            mined = {}
            for name, parts in (("train", args.train), ("held", args.held)):
                out = Path(tmp) / f"{name}.json"
                subprocess.run([sys.executable, "-c", _DUMP, str(tree), str(out), *_folders(parts)], check=True,
                               cwd=tree)
                mined[name] = json.loads(out.read_text(encoding="utf-8"))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    model = role_model.train([(f, g) for _, f, g, _ in _examples(mined["train"])])
    tally: Counter[tuple[str, str]] = Counter()
    for part, feats, gold, rules in _examples(mined["held"]):
        for key in (part, "all"):
            tally[(key, "n")] += 1
            tally[(key, "rules")] += rules == gold
            tally[(key, "model")] += model.predict(feats) == gold
    for part in sorted({p for p, _ in tally}, key=lambda p: (p == "all", p)):
        print(f"{part:10} {tally[(part, 'n')]:5} rules {tally[(part, 'rules')]:5} model {tally[(part, 'model')]:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
