"""Phrase banks: the genre's stock formulations with alternatives, chosen deterministically.

A phrase bank is a YAML file (``phrases.yml`` at a library's root, shared by every
template, or in a template's folder, for that genre) of named slots, each with its
alternatives::

    评价:
      说明: 条线成绩后的评语
      选项: [实现了新的跨越, 实现了新的突破, 实现了新的提升, 实现了新的作为]
    更加: [更加有效, 更加有方, 更加有为, 更加有力]     # the short form: just the list

Templates call ``{{ 措辞("评价", loop.index0) }}``. The choice depends only on the
facts (the place, the meeting and its year), the slot and the index, through a
stable hash (never Python's randomised ``hash()``): the same facts always read the
same, next year's report reads differently, and consecutive indexes give different
alternatives (so a series over the lines has no repeats until it wraps). Writers
pin a choice in the facts file under ``措辞:`` (``评价: 2`` for the second
alternative, ``更加: 更加有效/更加有方`` for these exact words, ``变体: 3`` to reshuffle
every slot). An alternative may hold ``{名称}``-style places filled from the call's
keyword arguments: ``{{ 措辞("保证", 名称=线.名称) }}``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from drafter.errors import Problem, RenderError, TemplateError

BANK_FILE = "phrases.yml"
PIN_KEY = "措辞"
"""Top-level facts key where a writer pins choices."""
VARIANT = "变体"
"""Pin that reshuffles every slot (an integer)."""
AVOID = "避开"
"""Keyword of 措辞(): words the document already has, not to be given again."""
_PLACE = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class Slot:
    """One named formulation and its alternatives."""

    name: str
    options: tuple[str, ...]
    description: str = ""
    source: str = ""
    """The phrase file it comes from."""


def slots(data: Any, source: str) -> dict[str, Slot]:
    """The slots of one phrase file's parsed YAML.

    Raises:
        TemplateError: the file is not a mapping or a slot is not a list of phrases.
    """
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise TemplateError(f"{source}: 措辞库应当是“名称: [说法, 说法……]”的对象。")
    out = {}
    for name, spec in data.items():
        description = ""
        options = spec
        if isinstance(spec, dict):
            description = str(spec.get("说明", ""))
            options = spec.get("选项")
        if not isinstance(options, list) or not options or \
                not all(isinstance(o, (str, int, float)) and str(o).strip() for o in options):
            raise TemplateError(f"{source}: 措辞“{name}”应当列出至少一种说法，例如："
                                f"{name}: [说法一, 说法二]，或写成“说明/选项”两项。")
        out[str(name)] = Slot(str(name), tuple(str(o).strip() for o in options), description,
                              source)
    return out


def merge(files: Iterable[tuple[str, Any]]) -> dict[str, Slot]:
    """Slots of several phrase files (source, parsed YAML); the first that defines a slot wins."""
    bank: dict[str, Slot] = {}
    for source, data in files:
        for name, slot in slots(data, source).items():
            bank.setdefault(name, slot)
    return bank


def stable_index(*parts: str) -> int:
    """A stable, well-spread integer from some text (same on every machine and run)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return int(digest[:12], 16)


class Chooser:
    """Picks the alternative of a slot for one document's facts."""

    def __init__(self, bank: Mapping[str, Slot], key: str, pins: Mapping[str, Any] | None = None):
        """Args:
        bank: the slots available.
        key: what identifies the document's occasion (place, meeting, year).
        pins: the facts file's ``措辞`` mapping.
        """
        self.bank = bank
        self.pins = dict(pins or {})
        variant = self.pins.get(VARIANT)
        self.key = f"{key}\x1f{variant}" if variant not in (None, "", 0, "0") else key
        self._given: dict[tuple[str, int], str] = {}
        """What each (slot, position) has been given in this document: asked again, the
        same words (a line's 成效 in the 排比 and in its heading)."""
        self._used: dict[str, set[str]] = {}
        """The alternatives of each slot this document has used."""

    def options(self, slot: str) -> tuple[str, ...]:
        """The alternatives of ``slot``.

        Raises:
            RenderError: no phrase bank has the slot.
        """
        if slot not in self.bank:
            names = sorted(self.bank)
            import difflib  # only for the did-you-mean of an error

            close = difflib.get_close_matches(slot, names, n=1, cutoff=0.4)
            hint = (f"是不是“{close[0]}”？" if close else "") + \
                f"措辞库（phrases.yml）里有：{'、'.join(names) or '（空）'}。"
            raise RenderError(Problem(None, None, None, "", f"措辞库里没有“{slot}”。", hint))
        return self.bank[slot].options

    def choose(self, slot: str, index: int = 0, **values: Any) -> str:
        """The phrase for ``slot`` at position ``index`` of a series (0 for a single use).

        Within one document no alternative is given twice while another is left (asked
        again for the same position, the same words); ``避开=[…]`` names words the
        document already has from the facts (a line's own 评价), avoided likewise.
        """
        options = self.options(slot)
        avoid = values.pop(AVOID, None) or ()
        given = self._given.get((slot, int(index)))
        if given is not None:
            return self._fill(slot, given, values)
        pin = self.pins.get(slot)
        if pin is not None and str(pin).strip():
            text = str(pin).strip()
            if text.isdigit() and 1 <= int(text) <= len(options):
                phrase = options[(int(text) - 1 + index) % len(options)]
            else:
                words = [w.strip() for w in text.split("/") if w.strip()]
                phrase = words[index % len(words)]
        else:
            start = stable_index(self.key, slot) % len(options)
            taken = self._used.get(slot, set()) | {str(a) for a in avoid}
            order = [options[(start + index + k) % len(options)] for k in range(len(options))]
            phrase = next((o for o in order if o not in taken), order[0])
        self._given[(slot, int(index))] = phrase
        self._used.setdefault(slot, set()).add(phrase)
        return self._fill(slot, phrase, values)

    def _fill(self, slot: str, phrase: str, values: Mapping[str, Any]) -> str:
        def place(m: re.Match[str]) -> str:
            if m[1] not in values:
                source = self.bank[slot].source if slot in self.bank else None
                raise RenderError(Problem(source, None, None, "",
                                          f"措辞“{slot}”的说法“{phrase}”里有“{{{m[1]}}}”，"
                                          "模板调用时没有给出它的值。",
                                          f"在模板里写成 措辞(\"{slot}\", {m[1]}=…)。"))
            return str(values[m[1]])

        return _PLACE.sub(place, phrase)


def occasion_key(data: Mapping[str, Any]) -> str:
    """What makes two documents' phrasing differ: the place, the meeting and its year."""
    meeting = data.get("会议")
    name = year = ""
    if isinstance(meeting, Mapping):
        name = str(meeting.get("名称", ""))
        when = meeting.get("日期")
        year = str(getattr(when, "year", "") or "")
    place = str(data.get("地名") or data.get("地区") or "")
    return "\x1f".join((place, name, year))
