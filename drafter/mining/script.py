"""Traditional script folded to simplified before mining (OpenCC), and said so.

Exemplars reach a corpus through big5 gateways and Hong Kong or Taiwan mirrors in
traditional characters (領導帶動強示範). The rules of the miner, its line names and
cue words are written in simplified characters, so a traditional text is converted
first with OpenCC's ``t2s`` configuration (phrase-aware, not a character table) and
the report says it was. Mining only: the build path never imports this module.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

GATEWAY_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]")
"""The pinyin some conversion gateways leave after a converted character: 會(huì)議強(qiáng)調(diào)
(a tone-marked vowel is required, so a writer's own brackets are never taken)."""
GATEWAY_LOST_STOP = re.compile(r"[?？]{1,2}h(?=[委領领人政長长])")
"""A full stop and 縣 the same gateways garble together at a sentence's start (部署任務(wù)?h委常委、統戰部部長…,
講話??h領導王文斌…: 。縣委常委, 。縣領導), on six development pages of one kind."""
GATEWAY_SHIFTED = re.compile(r"[?？][!！]([\u4e00-\u9fff]{1,40})")
"""A run a gateway read one byte off in GBK after losing the first byte of a full stop: 精神?!皟纱笕蝿?wù)” is the GBK
bytes of 。“兩大任 shifted by one (dev15 1521; dev4 339, 351). ！ is the full stop's second byte and the quotation
mark's or title mark's first, so the run read again from the lost byte on gives 。“… back."""
LOST_CHARACTER = re.compile(r"(?<=[?？])[(（]?[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]")
"""The pinyin a gateway left after a character it lost (兩大任?wù)”): the ? stays for the character."""
THRESHOLD = 0.02
"""Share of characters OpenCC changes above which a text counts as traditional."""


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


_ZHE = re.compile(r"(?<![显原名巨卓编论专昭土遗拙宏])著(?![作名称述录者书])")
"""著 that simplified writing spells 着 (有著 -> 有着, 著力 -> 着力, 沿著, 凝聚著): OpenCC's t2s keeps 著 everywhere,
and its tw2s also turns 显著 into 显着; 显著, 原著, 著作, 著名 stay."""


def to_simplified(text: str) -> str:
    """``text`` in simplified characters."""
    return _ZHE.sub("着", _converter().convert(text)) if text else text


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters (enough of them change)."""
    sample = text[:4000]
    han = sum("\u4e00" <= c <= "\u9fff" for c in sample)
    if han == 0:
        return False
    converted = to_simplified(sample)
    changed = sum(a != b for a, b in zip(sample, converted, strict=False))
    return changed / han > THRESHOLD


def stray_characters(text: str) -> list[str]:
    """The few traditional characters a simplified page carries (以党组织為核心, 群眾, 產业: a copy passed through a
    converter once), in order of first use: only those OpenCC changes alone to a common one and no common simplified
    word holds (乾 of 乾坤, 藉 and 瞭 stay; 鮀 of a place's name would become a rare character and stays)."""
    return [c for c in dict.fromkeys(text) if _stray(c)]


def folding(chars: list[str]) -> dict[int, str]:
    """A ``str.translate`` table turning ``chars`` (``stray_characters``) simplified."""
    return {ord(c): _converter().convert(c) for c in chars}


@cache
def _stray(char: str) -> bool:
    if not "\u4e00" <= char <= "\u9fff":
        return False
    simple = _converter().convert(char)
    return simple != char and len(simple) == 1 and "\u4e00" <= simple <= "\u9fff" and char not in _common_words()


@cache
def _common_words() -> str:
    from drafter.titles import WORDS_FILE

    return WORDS_FILE.read_text(encoding="utf-8")


def strip_gateway_pinyin(text: str) -> str:
    """``text`` without a gateway's pinyin annotations (會(huì)議 -> 會議), its garbled full stops mended (?h委 -> 。縣委,
    ?!皟纱笕蝿 -> 。“兩大任)."""
    gateway = GATEWAY_PINYIN.search(text) is not None  # only a gateway's copy has runs read off by a byte: a writer's
    # own ？！ (这难道不值得深思吗？！我们…) stays as it is
    text = GATEWAY_LOST_STOP.sub("。縣", GATEWAY_PINYIN.sub("", text))
    return LOST_CHARACTER.sub("", GATEWAY_SHIFTED.sub(_unshift, text) if gateway else text)


def _unshift(m: re.Match[str]) -> str:
    """The run read again from the lost byte."""
    try:
        raw = b"\xa1" + ("！" + m[1]).encode("gbk")
    except UnicodeEncodeError:
        return m[0]  # no GBK text read off by a byte
    return raw[:len(raw) - len(raw) % 2].decode("gbk", errors="replace").replace("\ufffd", "")

