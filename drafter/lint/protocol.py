"""Lint check of protocol order (礼宾顺序): the presider of a meeting named before leaders
who outrank him (D901).

A brief names the leaders in one sentence: the speaker, then the presider, then those who
attended (区委书记甲出席会议并讲话，区委副书记、区长乙主持，区人大常委会主任丙，区政协主席丁出席).
Whoever is named after the presider in that list must not outrank him. Ranks are the
library's table (``ranks.yml``, drafter.protocol): the same order the build follows. A
post the table does not know is never compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from drafter.lint.running_text import CJK, Hit, excerpt
from drafter.reader import Para

_PRESIDED = re.compile(f"([{CJK}、]{{4,40}}?)主持(?:会议|大会)?(?=[，,；;])")
_ATTENDED = re.compile("(?:出席|参加)(?:会议|大会)?")
_NAME_SIZES = (2, 3, 4)
_POST_ENDS = "记长任席委员理督"
"""The last characters of posts (书记 部长 主任 主席 常委 委员 经理 总督): where a name begins."""


def presiders(numbered: list[tuple[int, Para]], ranks: Any) -> Iterator[Hit]:
    """D901 of every paragraph ``(number, paragraph)``; ``ranks`` is a RankTable (None: the
    built-in library's)."""
    from drafter.protocol import UNRANKED

    table = ranks if ranks is not None else _builtin_ranks()
    for n, para in numbered:
        for sentence in re.finditer(r"[^。！？]+", para.text):
            s = sentence[0]
            presided = _PRESIDED.search(s)
            if not presided:
                continue
            host = presided[1].split("，")[-1].removeprefix("会议由").removeprefix("由")
            host_post, host_rank = _post(host, table)
            if host_rank >= UNRANKED:
                continue
            attended = _ATTENDED.search(s, presided.end())
            if not attended:
                continue
            for person in re.split("[，,]", s[presided.end():attended.start()]):
                post, rank = _post(person.strip(), table)
                if rank < host_rank:
                    at = sentence.start() + presided.start()
                    yield n, "D901", (f"主持人“{host}”排在了职务更高的“{person.strip()}”前面："
                                      f"按礼宾顺序，{post}在{host_post}之前，主持人也按职务排位，"
                                      f"把主持人移到后面（如“……出席。会议由{host}主持”）："
                                      f"{excerpt(para.text, at, at + len(presided[0]))}")
                    break


def _post(person: str, table: Any) -> tuple[str, int]:
    """A person's post (their words without the name at the end) and its rank: the name is
    the 2-4 characters after a post the table knows (区委副书记、区长|郅海杰)."""
    from drafter.protocol import UNRANKED

    for size in _NAME_SIZES:
        post = person[:-size]
        if len(post) >= 2 and (post[-1] in _POST_ENDS or table.rank(post.rsplit("、", 1)[-1]) < UNRANKED):
            return post, table.rank(post)
    return "", UNRANKED


@lru_cache(maxsize=1)
def _builtin_ranks() -> Any:
    from drafter.library import Library

    return Library().ranks
