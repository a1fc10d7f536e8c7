"""``drafter lint --facts``: a draft the writer has edited, checked against this year's facts.

Two slips cost writers most. Last year's year or figure left in when the draft was
made from last year's document (换稿残留): every date, year, figure and percentage
of the draft must come from the facts file or from the templates' fixed text
(provenance.py). And a leader's name with one wrong character: every person the
facts file lists must be written exactly so; a word one character away from a
listed name (same surname), or sounding the same, is marked. A place of another region
(regions.py) is the third.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from drafter import provenance
from drafter.lint import regions

NAME_KEY = "姓名"


def people(facts: Any) -> list[str]:
    """Every name the facts file lists (any field called 姓名), in file order."""
    names = [str(v) for keys, v in facts.leaves() if keys and keys[-1] == NAME_KEY and v]
    return list(dict.fromkeys(n.strip() for n in names if len(n.strip()) >= 2))


def check(numbered: list[tuple[int, str]], facts: Any, roots: Iterable[Path]) -> Iterator[tuple[int, str, str]]:
    """Findings ``(paragraph, code, message)`` of paragraphs ``(number, text)``."""
    names = people(facts)
    texts = [text for _, text in numbered]
    for t in provenance.trace(texts, facts, list(roots), names):
        if not t.source:
            n = numbered[t.paragraph - 1][0]
            yield n, "D801", (f"{t.kind}“{t.text}”不在今年的事实文件里，也不是模板的固定文字，"
                              "是不是往年文稿留下的？请核对。")
    yield from regions.check(numbered, facts)
    for n, text in numbered:
        for found, name, why in near_misses(text, names):
            yield n, "D802", f"“{found}”与名单中的“{name}”{why}，是不是写错了？人名必须一字不差。"


def near_misses(text: str, names: list[str]) -> Iterator[tuple[str, str, str]]:
    """Words of ``text`` one character away from a listed name, or sounding like it."""
    listed = set(names)
    seen: set[tuple[str, str]] = set()
    for name in names:
        size = len(name)
        for i in range(len(text) - size + 1):
            word = text[i:i + size]
            if word in listed or (word, name) in seen:
                continue
            diff = [k for k in range(size) if word[k] != name[k]]
            if len(diff) != 1 or not _cjk(word[diff[0]]):
                continue
            if _sounds_alike(word, name):
                why = "读音相同"
            elif size >= 3 and word[0] == name[0] and diff[0] != 0:
                why = "只差一个字"
            else:
                continue
            seen.add((word, name))
            yield word, name, why


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _sounds_alike(a: str, b: str) -> bool:
    from pypinyin import lazy_pinyin  # lint only: never on the build path

    return lazy_pinyin(a) == lazy_pinyin(b)
