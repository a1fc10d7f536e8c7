"""Slots of a skeleton named by what they are, in the shared facts vocabulary (templates/facts.yml).

One facts file then builds both a built-in template and a mined one: the speaker is
``讲话人.姓名`` (the person whose name is followed by 讲话/强调/指出/要求, or named in a
speech's title), the presider ``主持人.姓名``, the other people ``出席[k].姓名``; the
document's own place ``地名`` (its short form ``地名[:-1]``); the meeting's day
``会议.日期 | 月日`` and every year relative to the meeting's (``会议.日期 | 年份(-1)`` for
the year before). Facts the vocabulary has no name for keep their numbered slots.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from drafter.mining.analyse import Mined
from drafter.mining.slots import Slot, places

_SPEAKS = re.compile(r"^(?:同志)?(?:在[^，。]{0,16}?(?:上|中))?(?:出席会议并)?(?:作了?|做了?)?(?:重要)?"
                     r"(?:讲话|强调|指出|要求|总结)")
_PRESIDES = re.compile(r"^(?:同志)?主持")
_MONTH_DAY = re.compile(r"^(\d{1,2})月(\d{1,2})日$")
_FULL_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
_YEAR = re.compile(r"^(\d{4})(年度?|)$")


@dataclass
class Facts:
    """Vocabulary facts of the exemplar (nested as a facts file writes them)."""

    data: dict[str, Any] = field(default_factory=dict)

    def set(self, path: str, value: Any) -> None:
        head, _, rest = path.partition(".")
        if not rest:
            self.data[head] = value
            return
        self.data.setdefault(head, {})[rest] = value

    def paths(self) -> list[str]:
        out = []
        for k, v in self.data.items():
            if isinstance(v, dict):
                out += [f"{k}.{sub}" for sub in v]
            else:
                out.append(k)
        return out


def vocabulary(m: Mined, slots: list[Slot]) -> tuple[dict[tuple[str, str], str], Facts]:
    """Template expressions for the slots the vocabulary names, and the exemplar's facts for them."""
    names: dict[tuple[str, str], str] = {}
    facts = Facts()
    _people(m, slots, names, facts)
    found = places(m.texts)
    main = next((p for p in found if p.endswith(("区", "县", "街道"))), next(iter(found), ""))
    if main and main.endswith(("省", "市", "区", "县", "街道")):
        names[("place", main)] = "地名"
        short = main[:-2] if main.endswith("街道") else main[:-1]
        names[("place", short)] = f"地名[:-{len(main) - len(short)}]"
        facts.set("地名", main)
    years = [int(y[1]) for s in slots if s.kind == "year" and (y := _YEAR.match(s.text))]
    base = max((y for y in years if y <= 2100), default=0)
    full = next((s.text for s in slots if s.kind == "date" and s.para <= 3 and _FULL_DATE.match(s.text)), "")
    if full:
        y, mo, d = (int(x) for x in _FULL_DATE.match(full).groups())
        base = base or y
        names[("date", full)] = "会议.日期 | 日期"
    day = next((s.text for s in slots if s.kind == "date" and s.para <= 3 and _MONTH_DAY.match(s.text)), "")
    if full and not day:
        day = f"{mo}月{d}日"
    if base or day:
        month, mday = (int(x) for x in _MONTH_DAY.match(day).groups()) if day else (1, 1)
        year = base or dt.date.today().year
        facts.set("会议.日期", dt.date(year, month, mday).isoformat())
        if day:
            names[("date", day)] = "会议.日期 | 月日"
        for s in slots:
            y = _YEAR.match(s.text) if s.kind == "year" else None
            if y and base:
                offset = int(y[1]) - base
                names[("year", s.text)] = (f'会议.日期 | 年份({offset}, "{y[2]}")' if y[2] != "年"
                                           else f"会议.日期 | 年份({offset})")
    return names, facts


def _people(m: Mined, slots: list[Slot], names: dict[tuple[str, str], str], facts: Facts) -> None:
    order: list[str] = []
    speaker = presider = ""
    for s in slots:
        if s.kind != "person" or s.text == "××":
            continue
        if s.text not in order:
            order.append(s.text)
        after = m.texts[s.para][s.end:s.end + 20]
        before = m.texts[s.para][max(0, s.start - 2):s.start]
        if not speaker and (_SPEAKS.match(after) or m.kinds[s.para] == "title" and "讲话" in after):
            speaker = s.text
        if not presider and s.text != speaker and (_PRESIDES.match(after) or before.endswith("由")):
            presider = s.text
    if speaker:
        names[("person", speaker)] = "讲话人.姓名"
        facts.set("讲话人.姓名", speaker)
    if presider and presider != speaker:
        names[("person", presider)] = "主持人.姓名"
        facts.set("主持人.姓名", presider)
    others = [p for p in order if p not in (speaker, presider)]
    for k, p in enumerate(others):
        names[("person", p)] = f"出席[{k}].姓名"
    if others:
        facts.data["出席"] = [{"姓名": p} for p in others]
