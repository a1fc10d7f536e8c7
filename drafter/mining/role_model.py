"""A learned second reading of the roles of a document's top-level units.

The rules (``roles``, ``units``) give each top-level unit a role from cue words and
position; on documents they were not written against they are right about four times
in five. This module reads the rules' answer again together with what surrounds it —
the genre, the unit's place in the document, its neighbours' roles and the opening words
of what it says — with a multinomial logistic regression trained on the hand labels of
the development corpus (``tools/train_roles.py``). Its weights are data
(``drafter/data/role_weights.json``), trained deterministically; the rules stay the
main evidence (the rule's role is the model's strongest feature).

Nothing here is imported on the build path: only `drafter mine` uses it.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "role_weights.json"

_OPENING = 40
"""How many characters of what a unit says are read (from the unit's start in its paragraph)."""
_HEAD = 12
"""How many characters of the unit's own text (its cue: 会议强调，) are read."""


@dataclass(frozen=True)
class Top:
    """What the model reads of one top-level unit."""

    kind: str
    role: str
    text: str
    said: str
    """The paragraph from the unit's start on."""


def features(tops: Sequence[Top], k: int, genre: str) -> list[str]:
    """The features of the ``k``-th of a document's top-level units."""
    u = tops[k]
    n = len(tops)
    before = tops[k - 1].role if k else "^"
    after = tops[k + 1].role if k + 1 < n else "$"
    out = [f"R={u.role}", f"G={genre}", f"K={u.kind}", f"RG={u.role}|{genre}", f"P={min(4, 5 * k // max(1, n))}",
           f"PR={before}", f"NR={after}", f"PRR={before}|{u.role}"]
    if k == 0:
        out.append("FIRST")
    if k == n - 1:
        out.append("LAST")
    said = u.said[:_OPENING]
    out += [f"B={a}{b}" for a, b in zip(said, said[1:])]
    head = u.text[:_HEAD]
    out += [f"H={a}{b}" for a, b in zip(head, head[1:])]
    out.append(f"YAO={min(3, u.said.count('要'))}")
    out.append(f"LEN={min(4, len(u.said) // 100)}")
    return out


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    weights: dict[str, dict[str, float]]
    """feature -> class -> weight"""
    meta: dict[str, object] = field(default_factory=dict)
    """What it was trained on (``tools/train_roles.py``: the labels' fingerprint, the examples)."""

    def scores(self, feats: Iterable[str]) -> dict[str, float]:
        s = dict.fromkeys(self.classes, 0.0)
        for f in feats:
            for c, w in self.weights.get(f, {}).items():
                s[c] += w
        return s

    def predict(self, feats: Iterable[str]) -> str:
        s = self.scores(feats)
        return max(self.classes, key=lambda c: s[c])  # ties: the first class in sorted order

    def to_json(self) -> str:
        return json.dumps({"classes": list(self.classes), "meta": self.meta, "weights": self.weights},
                          ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Model:
        data = json.loads(text)
        return cls(tuple(data["classes"]), data["weights"], data.get("meta", {}))


def train(examples: Sequence[tuple[list[str], str]], *, epochs: int = 10, rate: float = 0.1,
          min_count: int = 2, keep: float = 0.1, seed: int = 0) -> Model:
    """A multinomial logistic regression by stochastic gradient descent: deterministic for the
    same examples in the same order. Features seen fewer than ``min_count`` times are dropped;
    weights smaller than ``keep`` are pruned from the result."""
    counts: dict[str, int] = {}
    for feats, _ in examples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    data = [([f for f in feats if counts[f] >= min_count], gold) for feats, gold in examples]
    classes = tuple(sorted({gold for _, gold in data}))
    w: dict[tuple[str, str], float] = {}
    order = list(range(len(data)))
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            feats, gold = data[i]
            s = {c: sum(w.get((c, f), 0.0) for f in feats) for c in classes}
            top = max(s.values())
            z = sum(math.exp(v - top) for v in s.values())
            for c in classes:
                g = math.exp(s[c] - top) / z - (c == gold)
                if abs(g) < 1e-3:
                    continue
                for f in feats:
                    w[(c, f)] = w.get((c, f), 0.0) - rate * g
    weights: dict[str, dict[str, float]] = {}
    for (c, f), v in sorted(w.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if abs(v) >= keep:
            weights.setdefault(f, {})[c] = round(v, 3)
    return Model(classes, weights)


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The packaged model (None when the package has none: the rules' roles stand)."""
    try:
        return Model.from_json(WEIGHTS.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def relabel(tops: Sequence[Top], genre: str, using: Model | None = None) -> list[str]:
    """The roles of a document's top-level units, read again (the rules' roles without a model)."""
    m = using or model()
    if m is None:
        return [t.role for t in tops]
    return [m.predict(features(tops, k, genre)) for k in range(len(tops))]
