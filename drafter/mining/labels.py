"""Scoring the miner against hand labels (tests/labels/*.yaml; format in its README).

Headings are matched by their words (normalised, marker and closing punctuation
stripped) in document order; a predicted heading counts once. Reported:
heading precision, recall and F1, level accuracy over the matched headings, and
role accuracy over the labelled sections (the role the miner gives the paragraph
each labelled section starts with); also genre, title and lines.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from drafter.errors import DrafterError, problem_at
from drafter.mining.analyse import Mined, analyse
from drafter.outline import normalize


@dataclass(slots=True)
class Score:
    """Counts for one document or a whole set (add them up with ``+``)."""

    labelled: int = 0
    predicted: int = 0
    matched: int = 0
    level_ok: int = 0
    sections: int = 0
    role_ok: int = 0
    passages: int = 0
    passage_ok: int = 0
    documents: int = 0
    genre_ok: int = 0
    title_ok: int = 0
    lines_ok: int = 0
    misses: list[str] = field(default_factory=list)
    """What went wrong, for a person to read."""

    def __add__(self, other: Score) -> Score:
        out = Score()
        for name in self.__slots__:  # type: ignore[attr-defined]
            setattr(out, name, getattr(self, name) + getattr(other, name))
        return out

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.labelled if self.labelled else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def level_accuracy(self) -> float:
        return self.level_ok / self.matched if self.matched else 1.0

    @property
    def role_accuracy(self) -> float:
        return self.role_ok / self.sections if self.sections else 1.0

    @property
    def passage_recall(self) -> float:
        return self.passage_ok / self.passages if self.passages else 1.0

    def figures(self) -> dict[str, float]:
        """The headline figures, rounded."""
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "level_accuracy": round(self.level_accuracy, 4),
                "role_accuracy": round(self.role_accuracy, 4),
                "passage_recall": round(self.passage_recall, 4),
                "genre": f"{self.genre_ok}/{self.documents}", "title": f"{self.title_ok}/{self.documents}",
                "lines": f"{self.lines_ok}/{self.documents}"}


def load(path: Path) -> dict[str, Any]:
    """One label file.

    Raises:
        DrafterError: not readable YAML of the expected shape.
    """
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise DrafterError(problem_at(path, f"标注文件无法读取：{e}")) from None
    if not isinstance(data, dict) or "file" not in data:
        raise DrafterError(problem_at(path, "标注文件应当是对象，并写明 file（对应的文档文件名）。"))
    return data


def score_all(labels_dir: Path, corpus: Path) -> tuple[Score, dict[str, Score]]:
    """Score every labelled document of ``labels_dir`` whose file is found under ``corpus``.

    Returns:
        The total and the score of each document by file name.

    Raises:
        DrafterError: no label files, or a labelled document is missing.
    """
    files = sorted(labels_dir.glob("*.yaml")) + sorted(labels_dir.glob("*.yml"))
    if not files:
        raise DrafterError(problem_at(labels_dir, "这个文件夹里没有标注文件（*.yaml）。"))
    total = Score()
    each: dict[str, Score] = {}
    for f in files:
        label = load(f)
        doc = corpus / label["file"] if corpus.is_dir() else corpus
        if corpus.is_file() and corpus.name != label["file"]:
            continue
        if not doc.is_file():
            raise DrafterError(problem_at(f, f"标注对应的文档“{label['file']}”在 {corpus} 下找不到。"))
        s = score(analyse(doc), label)
        each[label["file"]] = s
        total = total + s
    return total, each


def _same(a: str, b: str) -> bool:
    a, b = _key(a), _key(b)
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.9


def _key(text: str) -> str:
    return normalize(text).replace(" ", "").rstrip("。：，；")


def score(mined: Mined, label: dict[str, Any]) -> Score:
    """Compare one mined document with its labels."""
    s = Score(documents=1)
    s.genre_ok = int(mined.genre == label.get("genre"))
    if not s.genre_ok:
        s.misses.append(f"体裁：应为 {label.get('genre')}，判为 {mined.genre}")
    s.title_ok = int(_same(mined.title or "", label.get("title") or "")
                     if label.get("title") or mined.title else True)
    if not s.title_ok:
        s.misses.append(f"标题：应为“{label.get('title')}”，得到“{mined.title}”")
    s.lines_ok = int(list(mined.lines) == list(label.get("lines") or []))
    if not s.lines_ok:
        s.misses.append(f"条线：应为 {label.get('lines')}，得到 {mined.lines}")
    _score_headings(mined, label.get("headings") or [], s)
    _score_sections(mined, label.get("sections") or [], s)
    _score_passages(mined, label.get("passages") or [], s)
    return s


def _score_headings(mined: Mined, heads: list[dict[str, Any]], s: Score) -> None:
    predicted = [it for it in mined.items if 0 < it.level <= 5]
    s.labelled, s.predicted = len(heads), len(predicted)
    used: set[int] = set()
    cursor = 0
    for h in heads:
        hit = next((k for k in range(cursor, len(predicted)) if k not in used
                    and _same(predicted[k].text, str(h["text"]))), None)
        if hit is None:
            hit = next((k for k in range(len(predicted)) if k not in used
                        and _same(predicted[k].text, str(h["text"]))), None)
        if hit is None:
            s.misses.append(f"漏掉标题：{h['level']} {h['text']}")
            continue
        used.add(hit)
        cursor = hit + 1
        s.matched += 1
        if predicted[hit].level == h["level"]:
            s.level_ok += 1
        else:
            s.misses.append(f"标题层级：{h['text']} 应为 {h['level']}，判为 {predicted[hit].level}")
    for k, it in enumerate(predicted):
        if k not in used:
            s.misses.append(f"多出标题：{it.level} {it.text}")


def _score_sections(mined: Mined, sections: list[dict[str, Any]], s: Score) -> None:
    s.sections = len(sections)
    cursor = 0
    for sec in sections:
        start = _key(str(sec["start"]))
        at = next((i for i in range(cursor, len(mined.texts)) if _key(mined.texts[i]).startswith(start)),
                  None)
        if at is None:
            s.misses.append(f"找不到部分的开头：{sec['start']}")
            continue
        cursor = at + 1
        if mined.roles[at] == sec["role"]:
            s.role_ok += 1
        else:
            s.misses.append(f"角色：{sec['start'][:16]} 应为 {sec['role']}，判为 {mined.roles[at] or '（无）'}")


def _score_passages(mined: Mined, passages: list[dict[str, Any]], s: Score) -> None:
    s.passages = len(passages)
    found = [(p.line, _key(mined.texts[p.para][p.offset:])) for p in mined.passages]
    for p in passages:
        start = _key(str(p["start"]))
        if any(line == p["line"] and text.startswith(start) for line, text in found):
            s.passage_ok += 1
        else:
            s.misses.append(f"条线段落：{p['line']} {p['start']}")
