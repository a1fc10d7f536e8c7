"""Where each fact in a draft came from: the facts file (with its line) or the template's frame.

A fact here is what a wrong copy-and-paste gets wrong: dates, years, figures with
their units, percentages, amounts, and the names the facts file lists (people,
places, organisations).
Each one found in the document is looked up in the facts (dates also in the forms
the filters write them: 2023年2月24日, 2月24日, 2023年) and in the fixed text of the
library (templates and phrase banks). One found in neither is reported: in a
template it is the classic leftover of last year's document, in a draft the
writer edited it is 换稿残留.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_NUM = r"\d+(?:\.\d+)?"
_UNITS = ("万元|亿元|元|万人|万户|万|亿|个|名|家|项|篇|次|人次|人|户|件|场|期|部|条|所|处|套|门|班次|"
          "公里|平方米|亩|小时|天|年度|届|批|支|座|栋|条次")
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("日期", re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日")),
    ("年份", re.compile(r"(?<!\d)\d{4}年(?!\d{1,2}月)|(?<!\d)(?:19|20)\d{2}(?=\s*(?:工作|年度)?亮点|—)")),
    ("百分比", re.compile(rf"{_NUM}%|百分之{_NUM}")),
    ("数字", re.compile(rf"(?<![\d.]){_NUM}(?:{_UNITS})?(?![\d%年月日])")),
)
"""Kinds of fact-like text found by their shape, in the order they are matched (an earlier
kind claims its span). Names of people, places and organisations have no shape to find
them by without a dictionary of them: those the facts file lists are passed as ``names``."""

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Trace:
    """One fact-like piece of text in the document and where it came from."""

    text: str
    kind: str
    """日期, 年份, 百分比, 数字 or 名称."""
    paragraph: int
    """1-based paragraph."""
    source: str
    """``facts.yaml:12: 条线[1].成绩[2]``, ``模板 speech/body.j2:14``, or empty (from neither)."""


def find(text: str, names: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Fact-like pieces of a paragraph as (kind, text), left to right; ``names`` are people."""
    taken: list[tuple[int, int, str, str]] = []
    used = bytearray(len(text) + 1)  # 1 where an earlier piece claimed the character
    for name in names:
        if name not in text:
            continue
        for m in re.finditer(re.escape(name), text):
            taken.append((m.start(), m.end(), "名称", name))
            used[m.start():m.end()] = b"\1" * (m.end() - m.start())
    for kind, pattern in PATTERNS if _DIGIT.search(text) else ():  # each kind has a digit
        for m in pattern.finditer(text):
            if 1 in used[m.start():m.end()]:
                continue
            used[m.start():m.end()] = b"\1" * (m.end() - m.start())
            piece = m.group(0)
            if kind == "数字" and len(piece) == 1 and piece.isdigit():
                continue  # lone digits (1. markers, "1个") carry little risk and much noise
            taken.append((m.start(), m.end(), kind, piece))
    return [(kind, piece) for _, _, kind, piece in sorted(taken)]


def fact_strings(facts: Any) -> Iterator[tuple[str, str]]:
    """Every string a facts file provides, with ``file:line: field`` (dates in all their forms)."""
    from drafter.facts import field_path

    rel = os.path.relpath(facts.path) if not str(facts.path).startswith("..") else str(facts.path)
    for keys, value in facts.leaves():
        line, _ = facts.where(keys)
        where = f"{rel}:{line}: {field_path(keys)}"
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            try:  # a date written in quotes ('2021-04-13', as drafter mine --skeleton writes it)
                value = dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        if isinstance(value, dt.date):
            for form in (f"{value.year}年{value.month}月{value.day}日", f"{value.month}月{value.day}日",
                         f"{value.year}年", str(value.year)):
                yield form, where
            # Templates write the year under review from the meeting's date (年份(-1)).
            for form in (f"{value.year - 1}年", str(value.year - 1)):
                yield form, f"{where}（前一年）"
        elif value is not None and not isinstance(value, bool):
            yield str(value), where


def frame_strings(roots: Iterable[Path]) -> Iterator[tuple[str, str]]:
    """Fixed text of the library: templates (outside {{ }} and {% %}) and phrase banks."""
    from drafter import inputs

    for root in roots:
        real_root = root.resolve()
        for path in sorted(root.rglob("*")):
            if path.suffix not in (".j2", ".yml", ".yaml") or not path.is_file():
                continue
            if path.suffix != ".j2" and path.name not in ("phrases.yml", "phrases.yaml"):
                continue
            if inputs.outside(path, real_root):
                continue  # a link out of the library: never read (building refuses it)
            rel = path.relative_to(root).as_posix()
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".j2":  # comments over several lines (a skeleton's header) are no text
                text = re.sub(r"\{#.*?#\}", lambda m: "\n" * m[0].count("\n"), text, flags=re.S)
            for n, line in enumerate(text.splitlines(), 1):
                yield fixed_text(line) if path.suffix == ".j2" else line, f"模板 {rel}:{n}"


def fixed_text(line: str) -> str:
    """A template line without its Jinja expressions, statements and comments."""
    return re.sub(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", "\u3000", line)


def trace(paragraphs: list[str], facts: Any = None, roots: Iterable[Path] = (),
          names: Iterable[str] = ()) -> list[Trace]:
    """Where each fact-like piece of each paragraph came from."""
    found = [(n, kind, piece) for n, text in enumerate(paragraphs, 1) for kind, piece in find(text, names)]
    pieces = {piece for _, _, piece in found}
    origins = first_containing(pieces, fact_strings(facts)) if facts is not None else {}
    unknown = pieces - origins.keys()
    if unknown:  # the library's fixed text is read only when a piece is not in the facts
        origins.update(first_containing(unknown, frame_strings(roots)))
    return [Trace(piece, kind, n, origins.get(piece, "")) for n, kind, piece in found]


def first_containing(pieces: set[str], sources: Iterable[tuple[str, str]]) -> dict[str, str]:
    """For each piece, the ``where`` of the first source string that contains it.

    One pass over the sources with a trie of the pieces, started only where a piece can
    start: time grows with the sources and the pieces, not with their product (60,000
    figures in a 1 MB facts file took minutes as a search of every source for every piece).
    """
    trie: dict[str, Any] = {}
    for piece in pieces:
        node = trie
        for ch in piece:
            node = node.setdefault(ch, {})
        node[""] = piece
    if not trie:
        return {}
    starts = re.compile("[" + "".join(re.escape(c) for c in trie) + "]")
    origins: dict[str, str] = {}
    for text, where in sources:
        end = len(text)
        for m in starts.finditer(text):
            node = trie
            i = m.start()
            while i < end:
                node = node.get(text[i])  # type: ignore[assignment]
                if node is None:
                    break
                piece = node.get("")
                if piece is not None and piece not in origins:
                    origins[piece] = where
                i += 1
        if len(origins) == len(pieces):
            break
    return origins
