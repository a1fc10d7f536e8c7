"""The one door to jieba: word segmentation and the dictionary's word tags.

jieba is imported here only, lazily, on first use, so `drafter build` (which
never imports the miner) and even `drafter mine --help` do not load it.
"""

from __future__ import annotations

import logging
from functools import cache, lru_cache
from typing import Any


@cache
def _jieba() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


@cache
def _tags() -> dict[str, str]:
    import jieba.posseg

    _jieba()
    return jieba.posseg.dt.word_tag_tab


def cut(text: str) -> list[str]:
    """Words of ``text`` (jieba's accurate mode, without the HMM guesser for new words:
    formulaic phrasing is made of dictionary words, and it is faster)."""
    return _jieba().lcut(text, HMM=False)


def word(text: str) -> tuple[int, str]:
    """How common ``text`` is as a dictionary word and its part of speech (0, '') if unknown."""
    freq = _jieba().dt.FREQ.get(text, 0)
    return freq, _tags().get(text, "") if freq else ""


@cache
def _posseg() -> Any:
    import jieba.posseg

    _jieba()
    return jieba.posseg


def is_person(text: str, name: str, after: str = "") -> bool:
    """Whether ``name``, at the end of ``text``, is a person's name: jieba tags a word starting
    there as a name (``nr``), or the name starts with a common surname and is no dictionary word
    (孙卫国 cut as 孙/卫国). 县委副书记马文国 -> 马文国 is; 会议 is not."""
    if not text.endswith(name) or len(name) < 2:
        return False
    start = len(text) - len(name)
    pos = 0
    for w in _posseg().cut(text + after):
        if pos == start and w.flag.startswith("nr"):
            return True
        pos += len(w.word)
    from drafter.mining.slots import SURNAMES

    return name[0] in SURNAMES and word(name)[0] == 0 and word(name[:2])[0] == 0


def tagged(text: str) -> list[tuple[str, str]]:
    """Words of ``text`` with jieba's part-of-speech tags (``nr`` person, ``ns`` place …)."""
    return list(_tagged(text))


@lru_cache(maxsize=4096)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    """The tagging of one paragraph, kept: the places, the slots and the phrase bank of one
    document each read it."""
    return tuple((w.word, w.flag) for w in _posseg().cut(text))
