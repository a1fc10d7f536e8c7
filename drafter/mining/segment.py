"""The one door to jieba: word segmentation and the dictionary's word tags.

jieba is imported here only, lazily, on first use, so `drafter build` (which
never imports the miner) and even `drafter mine --help` do not load it.
"""

from __future__ import annotations

import logging
from functools import cache
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
