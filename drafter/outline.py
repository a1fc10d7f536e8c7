"""The outline of a document: its headings, run-in headings and lead-ins, in order.

One reader for drafts drafter built (read back from .docx) and for exemplars
(text or .docx from anywhere), so the two can be compared: heading levels come
from Word heading styles where the document has them and from the literal
markers of official writing (一、 （一） 1. （1） 一是 一要) otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.numbering import detect_marker, parse_chinese
from drafter.reader import Para

LEAD_LEVEL = 5
"""Level given to run-in lead-ins (一是、二要 …), below the four heading levels."""
LEAD = re.compile(r"^([一二三四五六七八九十]+)(是|要|来)")
_HALF_TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！",
                               "?": "？"})


@dataclass(frozen=True, slots=True)
class Item:
    """One entry of an outline."""

    level: int
    """0 title, 1-4 heading levels, 5 lead-in."""
    kind: str
    """``title``, ``heading`` (a paragraph of its own), ``run-in`` (heading sentence
    followed by body text in the same paragraph) or ``lead`` (一是 … lead-in)."""
    number: int
    """Ordinal read from the marker (0 when there is none)."""
    marker: str
    """The marker as written: ``一、`` ``（一）`` ``一是`` …"""
    text: str
    """The heading's words without the marker and closing punctuation, normalised."""
    index: int
    """Position of the paragraph in the document."""


def normalize(text: str) -> str:
    """Full-width punctuation in Chinese text, no spaces between Chinese characters."""
    text = text.translate(_HALF_TO_FULL)
    return re.sub(r"(?<=[\u4e00-\u9fff，。、；：“”])\s+(?=[\u4e00-\u9fff，。、；：“”])", "", text).strip()


def _first_sentence(text: str) -> tuple[str, bool]:
    """The text up to the first full stop, and whether more text follows it."""
    head, stop, rest = text.partition("。")
    return head.rstrip("：:，,；; "), bool(stop and rest.strip())


def outline(paras: list[Para]) -> list[Item]:
    """The outline of a list of paragraphs."""
    items: list[Item] = []
    for i, para in enumerate(paras):
        item = _item(para, i)
        if item is None:
            continue
        last = items[-1] if items else None
        if last is not None and item.kind == last.kind == "title" and last.index == i - 1:
            # A title broken over several lines is one title.
            items[-1] = Item(0, "title", 0, "", last.text + item.text, i)
            continue
        items.append(item)
    return items


def _item(para: Para, index: int) -> Item | None:
    text = normalize(para.text)
    if not text:
        return None
    if para.style.lower() == "title":
        return Item(0, "title", 0, "", text, index)
    found = detect_marker(text)
    if found is not None:
        level, number, mark = found
        head, more = _first_sentence(text[len(mark):])
        if para.outline_level is not None:
            level = para.outline_level + 1
        return Item(level, "run-in" if more else "heading", number, mark, head, index)
    if para.outline_level is not None and para.outline_level < 4:
        return Item(para.outline_level + 1, "heading", 0, "", text.rstrip("。"), index)
    if para.run_in_level is not None:
        # An unnumbered run-in heading, known by its character style (经验材料's
        # “谋布局，打好主动仗。” under a motto heading).
        head, _ = _first_sentence(text)
        return Item(para.run_in_level, "run-in", 0, "", head, index)
    m = LEAD.match(text)
    if m:
        head, _ = _first_sentence(text[len(m[0]):])
        return Item(LEAD_LEVEL, "lead", parse_chinese(m[1]) or 0, m[0], head, index)
    if para.bold_lead:
        # A bold lead-in without a numeral (“一个核心，即……。”) is a point of a series.
        head, _ = _first_sentence(text)
        return Item(LEAD_LEVEL, "lead", 0, "", head, index)
    return None


def signature(items: list[Item], *, max_level: int = LEAD_LEVEL) -> list[tuple[int, str, int, str]]:
    """What two outlines must share to match: level, kind, number and words of each item."""
    return [(it.level, "heading" if it.kind == "run-in" else it.kind, it.number, it.text)
            for it in items if 0 < it.level <= max_level]


def render(items: list[Item]) -> str:
    """An indented plain-text outline for people to read."""
    lines = []
    for it in items:
        pad = "  " * max(0, min(it.level, LEAD_LEVEL) - 1)
        tail = "（接排）" if it.kind == "run-in" else ""
        lines.append(f"{pad}{it.marker}{it.text}{tail}")
    return "\n".join(lines)
