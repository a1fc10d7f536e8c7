"""Scoring `drafter mine --format json` against hand labels in the corpus scheme.

The scheme is that of the shared labelled corpus (one YAML file per document:
``title``, ``outline`` units with ``kind``, ``level``, ``depth``, ``role``,
``line``, ``text``, ``offset``; ``furniture``; ``complete``; ``source.genre``).
Units are matched by their text with markers and punctuation stripped and
traditional script folded to simplified: a predicted unit matches a labelled one
when either text is the start of the other (at least four characters in common),
first unmatched candidate in document order; failing that, when both start at the same
character offset of the input (the scheme's own suggestion: a unit is where it starts, and a
labelled opening clause such as ``会上,`` may end before the miner's). Figures:

- structural units (kinds ``heading``, ``run_in``, ``inline_point``, ``line_block``):
  precision, recall and F1 over all of them, recall per labelled kind;
- line blocks: recall with the right line;
- roles: on every labelled depth-1 unit, matched or not (an unmatched one is wrong);
- titles: right on pages that have one, none invented on pages that do not;
- furniture: predicted titles, subtitles or units whose text is a labelled furniture line (and not
  also the labelled title or a labelled unit, which a furniture line may repeat).

Complete documents and partial ones (``complete: false``) are added up apart;
partial documents never count a missing role of the closing part as a miss
(they have no closing part).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from drafter.numbering import LEADING_MARKER
from drafter.mining.clean import ANONYMISED, LEADER_MASKED

STRUCTURAL = ("heading", "run_in", "inline_point", "line_block")
KINDS = (*STRUCTURAL, "cue_paragraph", "cue_sentence", "salutation", "transition", "thanks")
_DROP = re.compile(r"[\s，,。.、；;：:！!？?“”\"‘’'（）()《》〈〉【】\[\]—…·〝〞　-]")
_t2s: Any = None


def key(text: str) -> str:
    """A unit's text for matching: simplified script, no marker, no punctuation or spaces."""
    global _t2s
    from drafter.mining.script import strip_gateway_pinyin

    text = strip_gateway_pinyin((text or "").strip())
    text = LEADING_MARKER.sub("", text, count=1)
    if _t2s is None:
        try:
            import opencc

            _t2s = opencc.OpenCC("t2s").convert
        except ImportError:  # pragma: no cover - opencc is a dependency
            _t2s = str
    text = ANONYMISED.sub("××", LEADER_MASKED.sub("习近平", _t2s(text)))  # withheld words as the cleaner writes them
    return _DROP.sub("", re.sub(r"×{2,}", "×", text))


def same(a: str, b: str) -> bool:
    """Two keys name the same unit: equal, or one opens the other and they share four characters."""
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_.startswith(short) and (len(short) >= 4 or short == long_)


@dataclass
class Tally:
    """Counts added up over documents (one set: complete, partial or seeds)."""

    documents: int = 0
    labelled: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    """Labelled units found, per labelled kind."""
    predicted: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    """Predicted units that match a labelled structural unit, per predicted kind."""
    line_right: int = 0
    roles: int = 0
    roles_right: int = 0
    titled: int = 0
    titles_right: int = 0
    untitled: int = 0
    untitled_right: int = 0
    furniture: int = 0
    depth_right: int = 0
    depth_seen: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            if isinstance(value, Counter):
                getattr(self, name).update(value)
            elif isinstance(value, list):
                getattr(self, name).extend(value)
            else:
                setattr(self, name, getattr(self, name) + value)

    def figures(self) -> dict[str, Any]:
        """The figures as plain data."""
        lab = sum(self.labelled[k] for k in STRUCTURAL)
        hit = sum(self.found[k] for k in STRUCTURAL)
        pred = sum(self.predicted[k] for k in STRUCTURAL)
        right = sum(self.right[k] for k in STRUCTURAL)
        p = right / pred if pred else 0.0
        r = hit / lab if lab else 0.0
        return {
            "documents": self.documents,
            "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "by_kind": {k: f"{self.found[k]}/{self.labelled[k]}" for k in KINDS if self.labelled[k]},
            "line_blocks_right_line": f"{self.line_right}/{self.labelled['line_block']}",
            "roles": f"{self.roles_right}/{self.roles}",
            "role_accuracy": round(self.roles_right / self.roles, 3) if self.roles else None,
            "titles": f"{self.titles_right}/{self.titled}",
            "no_title_invented": f"{self.untitled_right}/{self.untitled}",
            "depth": f"{self.depth_right}/{self.depth_seen}",
            "furniture_as_title_or_unit": self.furniture,
        }


def load_labels(folder: Path) -> list[dict[str, Any]]:
    """Every label file of a folder (sorted by name), with ``_path`` set to the document's path."""
    out = []
    for f in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "outline" not in data:
            continue
        data["_path"] = (f.parent.parent / data["file"]).resolve() if not Path(data["file"]).is_absolute() \
            else Path(data["file"])
        if not data["_path"].exists():
            data["_path"] = (f.parent / data["file"]).resolve()
        data["_label"] = str(f)
        out.append(data)
    return out


def match(outline: list[dict[str, Any]], units: list[dict[str, Any]]) -> dict[int, int]:
    """Which mined unit (index into ``units``) each labelled unit (index into ``outline``) is: the first
    unused one whose text is the same (``same``), else the first at the labelled offset."""
    keys = [key(u["text"]) for u in units]
    used = [False] * len(units)
    matched: dict[int, int] = {}
    for li, lu in enumerate(outline):
        want = key(lu["text"])
        pi = next((pi for pi in range(len(units)) if not used[pi] and same(want, keys[pi])), None)
        if pi is None and isinstance(lu.get("offset"), int):
            pi = next((pi for pi, u in enumerate(units) if not used[pi] and u.get("offset") == lu["offset"]), None)
        if pi is not None:
            used[pi] = True
            matched[li] = pi
    return matched


def score_document(label: dict[str, Any], mined: dict[str, Any]) -> Tally:
    """One document's tally: ``mined`` is its entry of `drafter mine --format json`."""
    t = Tally(documents=1)
    name = Path(label["file"]).name
    units = [u for u in mined.get("units", []) if u.get("kind") in KINDS]
    outline = label.get("outline") or []
    matched = match(outline, units)
    for li, lu in enumerate(outline):
        t.labelled[lu["kind"]] += 1
        structural = lu["kind"] in STRUCTURAL
        if li in matched:
            t.found[lu["kind"]] += 1
            u = units[matched[li]]
            if lu["kind"] == "line_block" and u.get("line") == lu.get("line"):
                t.line_right += 1
            if lu.get("depth") is not None:
                t.depth_seen += 1
                t.depth_right += u.get("depth") == lu["depth"]
        elif structural:
            t.misses.append(f"{name}: missed {lu['kind']} {lu['text'][:30]}")
    for pi, u in enumerate(units):
        if u["kind"] not in STRUCTURAL:
            continue
        t.predicted[u["kind"]] += 1
        hit = any(p == pi and outline[li]["kind"] in STRUCTURAL for li, p in matched.items())
        if hit:
            t.right[u["kind"]] += 1
        else:
            t.misses.append(f"{name}: extra {u['kind']} {u['text'][:30]}")
    _roles(t, name, outline, units, matched)
    _title(t, name, label, mined)
    _furniture(t, name, label, mined, units)
    return t


def _roles(t: Tally, name: str, outline: list[dict[str, Any]], units: list[dict[str, Any]],
           matched: dict[int, int]) -> None:
    for li, lu in enumerate(outline):
        if lu.get("depth") != 1 or not lu.get("role"):
            continue
        t.roles += 1
        got = units[matched[li]].get("role") if li in matched else None
        if got == lu["role"]:
            t.roles_right += 1
        else:
            t.misses.append(f"{name}: role of {lu['text'][:20]} is {lu['role']}, mined {got}")


def _title(t: Tally, name: str, label: dict[str, Any], mined: dict[str, Any]) -> None:
    want = key(label.get("title") or "")
    got = key(mined.get("title") or "")
    if want:
        t.titled += 1
        halves = want[:len(want) // 2] if len(want) % 2 == 0 and want[:len(want) // 2] * 2 == want else ""
        if got and (got == want or got == halves):
            t.titles_right += 1
        else:
            t.misses.append(f"{name}: title is {label['title']}, mined {mined.get('title')!r}")
    else:
        t.untitled += 1
        if not got:
            t.untitled_right += 1
        else:
            t.misses.append(f"{name}: no title, mined {mined.get('title')!r}")


def _furniture(t: Tally, name: str, label: dict[str, Any], mined: dict[str, Any],
               units: list[dict[str, Any]]) -> None:
    lines = [key(_as_text(f)) for f in label.get("furniture") or [] if len(key(_as_text(f))) >= 2]
    heads = [mined.get("title") or "", *(mined.get("subtitles") or [])]
    # a labelled unit or title that a furniture line repeats (a 提纲 heading, a caption's headline) is none;
    # a mined unit is such a unit when it matches one as units are matched (房县新闻网讯记者…报道： opens the
    # lead 房县新闻网讯 记者 … 报道:3月20日,…), a title or subtitle only when it is one
    real = [key(u["text"]) for u in label.get("outline") or []]
    exact = {key(label.get("title") or ""), *real}
    for n, text in enumerate([*heads, *(u["text"] for u in units)]):
        k = key(text)
        unit = n >= len(heads)
        if k and k not in exact and not (unit and any(same(k, r) for r in real)) and \
                any(k == f or (min(len(f), len(k)) >= 4 and (k.startswith(f) or f.startswith(k))) for f in lines):
            # (a speaker's name under the title, 王 弘, is no furniture for opening the page's title 王弘常委在…, dev15 1537)
            t.furniture += 1
            t.misses.append(f"{name}: furniture shown as title or unit: {text[:30]}")


def _as_text(entry: Any) -> str:
    """A furniture line as written, also when YAML read it as a mapping (分享: …) or a date."""
    if isinstance(entry, dict):
        return " ".join(f"{k}:{v}" for k, v in entry.items())
    return str(entry)


def score_all(labels: Iterable[dict[str, Any]], mined: dict[str, dict[str, Any]]) -> dict[str, Tally]:
    """Tallies per set (``complete``, ``partial``) and per genre (``genre:news`` …), and ``all``.

    ``mined`` maps each document's resolved path to its JSON entry."""
    out: dict[str, Tally] = {}
    for label in labels:
        entry = mined.get(str(label["_path"]))
        if entry is None:
            raise KeyError(f"{label['_path']} was not mined")
        tally = score_document(label, entry)
        sets = ["all", "complete" if label.get("complete", True) else "partial",
                f"genre:{(label.get('source') or {}).get('genre', '?')}"]
        for s in sets:
            out.setdefault(s, Tally()).add(tally)
    return out


def mine_json(paths: list[Path]) -> dict[str, dict[str, Any]]:
    """`drafter mine --format json` entries of the given documents, by resolved path (one process)."""
    from drafter.mining import report
    from drafter.mining.corpus import CorpusStats, stream

    total = CorpusStats()
    return {str(Path(s.path).resolve()): report.json_document(s) for s in stream(paths, total, jobs=1)}
