"""礼宾顺序: who comes first when a draft names leaders.

The rank of common posts is library data (``ranks.yml``, the writer's library first),
a list of levels from the top, each level one or more posts::

    礼宾顺序:
      - [书记]
      - [区长, 县长, 市长]
      - [副书记]

A post is recognised by its ending, the longest that fits (区委副书记 is a 副书记, not
a 书记; 常务副区长 is not a 区长), and a person holding several posts (区委副书记、区长)
ranks by the highest. Guests (身份: 嘉宾) come first; a person's own 排序 replaces the
rank the table gives; people whose post the table does not know come after those it
does, in the order listed.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

RANKS_FILE = "ranks.yml"
RANKS_KEY = "礼宾顺序"
UNRANKED = 1 << 20
GUEST = "嘉宾"


class RankTable:
    """Posts and their levels (1 = the first)."""

    def __init__(self, levels: Sequence[Sequence[str]] = ()) -> None:
        self.posts: list[tuple[str, int]] = sorted(
            ((str(p), i) for i, level in enumerate(levels, 1) for p in level if str(p)),
            key=lambda pr: -len(pr[0]))

    def rank(self, post: Any) -> int:
        """The level of a post such as ``区委副书记、区长`` (the best of its parts). A part that names no body of its
        own takes the body of the part before it (县人大常委会党组书记、主任 is 县人大常委会主任; 市中级人民法院党组书记、
        院长 is 法院院长). A part that names a place of its own (峄城区委书记 of 市委副书记、峄城区委书记, dev13 1315) is a
        post held there besides: it counts only when no other part is ranked (so 市委副书记、市长 comes first)."""
        best = placed = UNRANKED
        body = ""
        for part in str(post or "").replace("，", "、").split("、"):
            part = part.strip()
            level, name = self._match(part)
            if len(part) <= 3 and body:
                level, name = min((level, name), self._match(body + part))
            if name:
                body = part[:-len(name)] if part.endswith(name) else body
            if _PLACE_NAMED.match(part):
                placed = min(placed, level)
            else:
                best = min(best, level)
        return best if best < UNRANKED else placed

    def _match(self, part: str) -> tuple[int, str]:
        for name, level in self.posts:  # longest ending first
            if part.endswith(name):
                return level, name
        return UNRANKED, ""


def parse(data: Any, source: str) -> RankTable:
    """The rank table from the parsed YAML of a ranks.yml.

    Raises:
        TemplateError: the file is not a list of levels.
    """
    from drafter.errors import TemplateError

    levels = data.get(RANKS_KEY) if isinstance(data, dict) else None
    if not isinstance(levels, list) or not all(isinstance(x, (list, str)) for x in levels):
        raise TemplateError(f"{source}: 应当写成“{RANKS_KEY}:”下的列表，每行一个排位，"
                            "如 - [书记]、- [区长, 县长]。")
    return RankTable([x if isinstance(x, list) else [x] for x in levels])


_TABLE: contextvars.ContextVar[RankTable] = contextvars.ContextVar("drafter_ranks",
                                                                     default=RankTable())


@contextmanager
def ranks(table: RankTable | None) -> Iterator[None]:
    """Make ``table`` the one protocol order uses while a document is rendered."""
    token = _TABLE.set(table or RankTable())
    try:
        yield
    finally:
        _TABLE.reset(token)


_PLACE_NAMED = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:自治县|自治州|区|县|市|旗|州|盟|镇|乡|街道)(?:委|人民政府|政府|人大|政协)")
"""A post part that opens on a place's own name (峄城区委书记, 衡阳市委宣传部部长), not on its level alone (区委副书记)."""


def rank_of(person: Any, table: RankTable | None = None) -> int:
    """A person's place: their own 排序, else the rank of their post."""
    if not isinstance(person, Mapping):
        return UNRANKED
    own = person.get("排序")
    if isinstance(own, int) and not isinstance(own, bool):
        return own
    return (table or _TABLE.get()).rank(person.get("职务"))


def order(people: Sequence[Any], table: RankTable | None = None) -> list[Any]:
    """Guests first, then by rank, then as listed (a stable sort)."""
    def key(item: tuple[int, Any]) -> tuple[int, int, int]:
        i, p = item
        guest = isinstance(p, Mapping) and p.get("身份") == GUEST
        return (0 if guest else 1, rank_of(p, table), i)

    return [p for _, p in sorted(enumerate(people), key=key)]


def outranks(a: Any, b: Any, table: RankTable | None = None) -> bool:
    """Whether ``a`` comes before ``b`` in protocol order (guests before hosts)."""
    ga = isinstance(a, Mapping) and a.get("身份") == GUEST
    gb = isinstance(b, Mapping) and b.get("身份") == GUEST
    if ga != gb:
        return ga
    return rank_of(a, table) < rank_of(b, table)
