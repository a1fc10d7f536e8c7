"""Lint check with ``--facts``: a place of another region left in a draft (D803).

A draft made from another office's document keeps that office's place names (a 思明区
in a draft for 榆阳区). Every name of a province, prefecture or county (GB/T 2260, from
drafter/data/regions.txt; see tools/make_regions.py) in the draft must appear in the facts
file, or be a division above one that does (the facts name 思明区: 厦门市 and 福建省 are
its own). Names of two characters (赵县, 城区, 郊区) and names that are common words
(新城区, 城关区, 市中区) are not looked for; nor a name that only seems to be one because a
word runs into it (沿海城市 is no 海城市; 区域 is no 区).

The scan is linear: only at a character that ends a division's name (省 市 区 县 旗 州 盟)
are the few lengths a name can have looked up in a set.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from drafter.lint.running_text import Hit, excerpt

REGIONS_FILE = Path(__file__).parent.parent / "data" / "regions.txt"
GENERIC = frozenset({
    "新城区", "老城区", "城中区", "市中区", "城东区", "城西区", "城南区", "城北区", "城关区", "新市区",
    "市南区", "市北区", "南郊区", "平安区", "和平区", "太平区", "友好区", "前进区", "复兴区", "振兴区",
    "工农区", "宏伟区", "向阳区", "前锋区", "新华区", "新兴区", "新建区", "回民区", "城厢区",
    "开发区", "高新区", "示范区", "新区", "郊区", "城区", "矿区",
})
"""Division names that are also everyday words of official writing."""
_WORD_AFTER = "域级委府"
"""A name followed by one of these is still the place (思明区委、厦门市级) -- except 域:
区域、县域、市域 are words, so a name running into 域 is not taken."""


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, list[str]], int]:
    """Name -> its division codes (a name may be several places), and the longest name."""
    names: dict[str, list[str]] = {}
    for line in REGIONS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")
            if len(name) >= 3 and name not in GENERIC:
                names.setdefault(name, []).append(code)
    return names, max(map(len, names))


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    from drafter.titles import WORDS_FILE

    return frozenset(w for w in WORDS_FILE.read_text(encoding="utf-8").split() if not w.startswith("#"))


def places(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of every division named in ``text``, longest name first."""
    names, longest = gazetteer()
    words = _words()
    end_chars = {name[-1] for name in names}
    i = 0
    while i < len(text):
        if text[i] not in end_chars or text[i + 1:i + 2] == "域":
            i += 1
            continue
        for size in range(min(longest, i + 1), 2, -1):
            start = i + 1 - size
            name = text[start:i + 1]
            if name in names and not (start > 0 and text[start - 1:start + 1] in words):
                yield start, i + 1, name
                break
        i += 1


def allowed(facts_text: str) -> tuple[set[str], set[str]]:
    """The names the facts give, and the codes of those places and the divisions above them."""
    names, _ = gazetteer()
    given = {name for _, _, name in places(facts_text)}
    codes: set[str] = set()
    for name in given:
        for code in names[name]:
            codes |= {code, code[:4] + "00", code[:2] + "0000"}
    return given, codes


def check(numbered: list[tuple[int, str]], facts: Any) -> Iterator[Hit]:
    """D803 of paragraphs ``(number, text)`` against the facts file."""
    names, _ = gazetteer()
    facts_text = "\n".join(_strings(facts))
    given, codes = allowed(facts_text)
    reported: set[str] = set()
    for n, text in numbered:
        for start, end, name in places(text):
            if name in given or name in reported or name[:-1] in facts_text or \
                    any(code in codes for code in names[name]):
                continue
            reported.add(name)
            yield n, "D803", (f"地名“{name}”不在事实文件里，是不是从别处的文稿带过来的？"
                              f"核对后改成本地的地名，确实要提的请写进事实文件：{excerpt(text, start, end)}")


def _strings(facts: Any) -> Iterable[str]:
    return (str(value) for _, value in facts.leaves() if value is not None)
