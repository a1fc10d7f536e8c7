"""The filters of Chinese official writing that templates use: numerals, markers, lead-ins,
lists joined with 、 and 和, dates (GB/T 15835), sentences, people in protocol order.

Each is registered by render.py under its Chinese name and an English alias (``FILTERS``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import jinja2

from drafter import protocol
from drafter.model import GAP_OPEN
from drafter.numbering import chinese, lead, marker, year_chinese

def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    raise TypeError(f"需要一个日期，得到的是“{value}”")


def _gap_safe(fn: Callable[..., str]) -> Callable[..., str]:
    """A filter that passes a draft's 【待补】 (or an undefined value in a draft) through."""

    @functools.wraps(fn)
    def wrapper(value: Any, *args: Any) -> str:
        if isinstance(value, jinja2.Undefined) or (isinstance(value, str) and GAP_OPEN in value):
            return str(value)
        return fn(value, *args)

    return wrapper


def _enum(items: Iterable[Any], last: str = "和") -> str:
    """a、b和c: a list joined with 顿号, the last pair with 和 (or 及, 以及 …)."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return "、".join(items[:-1]) + last + items[-1]


def _dun(items: Iterable[Any]) -> str:
    """a、b、c: joined with 顿号."""
    return "、".join(str(i) for i in items)


@_gap_safe
def _date(value: Any) -> str:
    """2023年2月24日 (GB/T 15835: Arabic digits, no zero padding)."""
    d = _as_date(value)
    return f"{d.year}年{d.month}月{d.day}日"


@_gap_safe
def _month_day(value: Any) -> str:
    """2月24日, for a date inside the year being written about."""
    d = _as_date(value)
    return f"{d.month}月{d.day}日"


@_gap_safe
def _day(value: Any) -> str:
    """24日, for a news lead whose dateline gives the month (记者…报道 26日上午，…召开)."""
    return f"{_as_date(value).day}日"


@_gap_safe
def _year_month(value: Any) -> str:
    """2011年3月 (a speech dated under its title by month only)."""
    d = _as_date(value)
    return f"{d.year}年{d.month}月"


@_gap_safe
def _year(value: Any, offset: int = 0, suffix: str = "年") -> str:
    """2023年; ``年份(-1)`` the year before (2022年), ``年份(0, "")`` the bare number."""
    return f"{_as_date(value).year + int(offset)}{suffix}"


_CONGRESSES = {12: dt.date(1982, 9, 1), 13: dt.date(1987, 10, 25), 14: dt.date(1992, 10, 12),
               15: dt.date(1997, 9, 12), 16: dt.date(2002, 11, 8), 17: dt.date(2007, 10, 15),
               18: dt.date(2012, 11, 8), 19: dt.date(2017, 10, 18), 20: dt.date(2022, 10, 16)}
"""The opening days of the national party congresses; a later one is taken to open on 15 October
of every fifth year (the 21st in 2027)."""


def congress_opening(n: int) -> dt.date:
    """The day the ``n``th national party congress opened (or is taken to open)."""
    return _CONGRESSES.get(n) or dt.date(1982 + 5 * (n - 12), 10, 15)


def congress_at(day: dt.date) -> int:
    """The number of the latest national party congress opened by ``day`` (2023-03-01 -> 20)."""
    n = 12
    while congress_opening(n + 1) <= day:
        n += 1
    return n


_PLENUMS = tuple((term, session, dt.date.fromisoformat(day)) for term, days in (
    (16, ("2002-11-15", "2003-02-26", "2003-10-14", "2004-09-19", "2005-10-11", "2006-10-11", "2007-10-12")),
    (17, ("2007-10-22", "2008-02-27", "2008-10-12", "2009-09-18", "2010-10-18", "2011-10-18", "2012-11-04")),
    (18, ("2012-11-15", "2013-02-28", "2013-11-12", "2014-10-23", "2015-10-29", "2016-10-27", "2017-10-14")),
    (19, ("2017-10-25", "2018-01-19", "2018-02-28", "2019-10-31", "2020-10-29", "2021-11-11", "2022-10-12")),
    (20, ("2022-10-23", "2023-02-28", "2024-07-18", "2025-10-23")),
) for session, day in enumerate(days, 1))
"""The plenary sessions of the party's central committees and the days they closed (十九届四中全会: 2019-10-31); a
meeting after the last one listed studies that one."""


def plenum_at(day: dt.date) -> int:
    """The index in ``_PLENUMS`` of the latest plenum closed before ``day`` (2026-02-27 -> 二十届四中全会)."""
    return max((k for k, (_, _, closed) in enumerate(_PLENUMS) if closed < day), default=0)


def plenum_index(term: int, session: int) -> int | None:
    """The index in ``_PLENUMS`` of the ``term``th central committee's ``session``th plenum, None if not listed."""
    return next((k for k, (t, n, _) in enumerate(_PLENUMS) if (t, n) == (term, session)), None)


@_gap_safe
def _plenum(value: Any, offset: int = 0) -> str:
    """二十届四中全会: the latest plenum of the party's central committee before the meeting's date; ``全会(-1)`` the one
    before it (a text that studies 二十届三中全会 after the fourth has closed)."""
    k = min(max(plenum_at(_as_date(value)) + int(offset), 0), len(_PLENUMS) - 1)
    term, session, _ = _PLENUMS[k]
    return f"{chinese(term)}届{chinese(session)}中全会"


@_gap_safe
def _plenums(value: Any, first: int = 2, offset: int = 0) -> str:
    """二十届二中、三中、四中全会: the central committee's plenums from its ``first`` to the latest closed before the
    meeting's date (党的二十大和二十届二中、三中全会精神 in 2025 reads 二中、三中、四中 in 2026); ``offset`` -1 stops at
    the one before the latest. A term that has held no plenum past ``first`` gives its latest alone."""
    k = min(max(plenum_at(_as_date(value)) + int(offset), 0), len(_PLENUMS) - 1)
    term, session, _ = _PLENUMS[k]
    sessions = "、".join(f"{chinese(n)}中" for n in range(min(int(first), session), session + 1))
    return f"{chinese(term)}届{sessions}全会"


def plan_at(day: dt.date) -> int:
    """The number of the five-year plan a year falls in (2021-2025 -> 14, 十四五)."""
    return (day.year - 2006) // 5 + 11


@_gap_safe
def _congress(value: Any, offset: int = 0, suffix: str = "大") -> str:
    """二十大: the national party congress of the meeting's date (the latest opened by it);
    ``党代会(1)`` the next one (迎接党的二十一大); ``党代会(0, "届")`` its central committee's term
    (二十届历次全会)."""
    return f"{chinese(congress_at(_as_date(value)) + int(offset))}{suffix}"


def plan_closing(day: dt.date) -> int:
    """The five-year plan whose close a meeting on ``day`` speaks of: the one its year falls in from July, the year
    before's until June (a meeting of early 2026 looks back on “十四五”收官 and ahead to “十五五”开局)."""
    return plan_at(day if day.month >= 7 else dt.date(day.year - 1, 1, 1))


@_gap_safe
def _plan(value: Any, offset: int | str = 0) -> str:
    """十五五: the five-year plan the meeting's year falls in; ``五年规划(1)`` the next one; ``五年规划("收官")`` the plan
    closing around the meeting (see ``plan_closing``) and ``五年规划("开局")`` the one opening after it."""
    day = _as_date(value)
    if offset in ("收官", "开局"):
        return f"{chinese(plan_closing(day) + (offset == '开局'))}五"
    return f"{chinese(plan_at(day) + int(offset))}五"


@_gap_safe
def _anniversary(value: Any, since: int) -> str:
    """105周年: the years from ``since`` to the meeting's year (``周年(1921)`` in 2026)."""
    return f"{_as_date(value).year - int(since)}周年"


@_gap_safe
def _year_cn(value: Any, offset: int = 0) -> str:
    """二〇二三年; ``中文年份(-1)`` the year before (二〇二二年)."""
    return f"{year_chinese(_as_date(value).year + int(offset))}年"


@_gap_safe
def _relative_day(value: Any, today: Any = None) -> str:
    """今日/昨日/前日 seen from ``today`` (a news report's date), else 2月24日."""
    d = _as_date(value)
    if isinstance(today, dt.date):
        delta = (today - d).days
        if delta in (0, 1, 2):
            return ("今日", "昨日", "前日")[delta]
    return f"{d.month}月{d.day}日"


def _people(items: Any, sep: str = "，") -> str:
    """Post before name, in protocol order: 区委书记刘东伟，区政协主席刘国强.

    Takes one person or a list of them ({姓名, 职务, 身份, 排序}). Guests (身份: 嘉宾)
    come first, then by rank (the person's 排序, else the post's place in the library's
    ranks.yml), otherwise in the order listed; a person without a post is written by
    name alone, and people next to each other who hold the same post share it
    (县委常委林通、贺海宁).
    """
    if isinstance(items, jinja2.Undefined) or items is None:
        return ""
    people = [items] if isinstance(items, Mapping) else list(items)
    out: list[str] = []
    post_before = None
    for p in protocol_order(people):
        if not isinstance(p, Mapping):
            out.append(str(p))
            post_before = None
            continue
        post, name = p.get("职务", "") or "", p.get("姓名", "") or ""
        if post and post == post_before:  # 县委常委林通、贺海宁: one post written once for those who share it
            out[-1] += "、" + name
            continue
        out.append(post + name)
        post_before = post
    return sep.join(out)


def _pronoun(person: Any) -> str:
    """他 or 她 for a person ({姓名, 职务, 性别}): 她 where the facts write 性别: 女, else 他."""
    return "她" if isinstance(person, Mapping) and str(person.get("性别", "") or "").strip() == "女" else "他"


_ADDRESSES = ("书记", "区长", "县长", "市长", "旗长", "州长", "盟长", "镇长", "乡长", "主席", "主任", "副书记", "部长",
              "常务副区长", "常务副县长", "常务副市长", "副区长", "副县长", "副市长", "副主席", "副主任", "副部长", "局长",
              "常委", "组长", "委员")
"""The titles a leader is addressed by after the name (沈立峰书记, 钟慧主席), the one the person is best known by first:
a government head's or the first secretary's over a deputy's, a department's head over 常委."""


_ADDRESSES_LONGEST_FIRST = tuple(sorted(_ADDRESSES, key=len, reverse=True))  # 副书记 before 书记


def _address(person: Any, default: str = "同志") -> str:
    """What a leader is called after the name, from the facts' 职务: 区委副书记、区长 -> 区长, 区政协主席 -> 主席, 区委常委、宣传部部长
    -> 部长, 区人大常委会主任 -> 主任; ``default`` (同志) where the post gives none."""
    posts = str(person.get("职务", "") or "") if isinstance(person, Mapping) else ""
    found = [next((a for a in _ADDRESSES_LONGEST_FIRST if post.endswith(a)), "") for post in re.split(r"[、，,]", posts)]
    return min((a for a in found if a), key=_ADDRESSES.index, default=default)


def protocol_order(people: list[Any]) -> list[Any]:
    """Guests first, then by rank (排序 or the post's rank), then as listed."""
    return protocol.order(people)


def _rank(person: Any) -> int:
    """A person's place in protocol order: 0 for a guest, else 排序 or the post's rank."""
    if isinstance(person, Mapping) and person.get("身份") == protocol.GUEST:
        return 0
    return protocol.rank_of(person)


def _dedupe_people(items: Any) -> list[Any]:
    """People listed once each (by name and post), in the order first met."""
    seen: set[tuple[str, str]] = set()
    out = []
    for p in items or ():
        key = (str(p.get("姓名", "")), str(p.get("职务", ""))) if isinstance(p, Mapping) else (str(p), "")
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _group_by_person(items: Any, attribute: str) -> list[dict[str, Any]]:
    """Items grouped by the person under ``attribute`` (same 姓名 and 职务), in the order
    first met: ``[{"人": person, "项": [items…]}, …]``; items without one are left out.
    Writes “区委常委、宣传部部长唐雅琴就宣传、统战工作作具体部署” from 条线[].部署人."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for item in items or ():
        p = item.get(attribute) if isinstance(item, Mapping) else None
        if not isinstance(p, Mapping):
            continue
        key = (str(p.get("姓名", "")), str(p.get("职务", "")))
        groups.setdefault(key, {"人": p, "项": []})["项"].append(item)
    return list(groups.values())


_PEOPLE_ENDINGS = ("同志", "负责人", "书记", "主任", "干部", "代表", "人员", "领导", "部长", "局长",
                   "委员", "成员", "群众", "党员", "人士", "职工", "骨干", "乡长", "镇长", "队长")


def _names_people(text: Any) -> bool:
    """Whether a 参加 entry already names people (“……主要负责同志”, “各街道党工委书记”)
    rather than units, after which the genre adds “相关负责同志”."""
    return str(text).rstrip(_END_PUNCT).endswith(_PEOPLE_ENDINGS)


def _count(n: int, unit: str = "") -> str:
    """A count before a measure word as writers say it: 两项, 三点, 十二个 (两 for 2 only)."""
    n = int(n)
    return ("两" if n == 2 else chinese(n)) + unit


def _common_prefix(items: Iterable[Any], size: int = 2) -> str:
    """The first ``size`` characters when every item starts with them (三个“坚持”), else ""."""
    texts = [str(i) for i in items]
    if not texts or any(len(t) < size or GAP_OPEN in t for t in texts):
        return ""  # a draft's 【待补】 is no shared wording
    head = texts[0][:size]
    return head if all(t.startswith(head) for t in texts) else ""


_END_PUNCT = "。；，、：！？.;,:!? "


def _sentence(text: Any, end: str = "。") -> str:
    """Text ending with one full stop (or ``end``): writers may type it with or without one."""
    s = str(text).rstrip(_END_PUNCT)
    return s + end if s else s


def _bare(text: Any) -> str:
    """Text without closing punctuation, as a stand-alone heading needs (GB/T 9704 practice)."""
    return str(text).rstrip(_END_PUNCT)


_PLACE_SUFFIXES = ("特别行政区", "自治州", "自治县", "自治旗", "自治区", "街道", "社区", "地区", "新区", "林区",
                   "省", "市", "区", "县", "旗", "州", "盟", "镇", "乡")


def short_place(name: Any) -> str:
    """A place's short form: 思明区 -> 思明, 湘西土家族苗族自治州 -> 湘西, 莲前街道 -> 莲前
    (a name that would keep fewer than two characters stays whole: 道县)."""
    name = str(name)
    ethnic = re.match(r"(.{2,}?)(?:[\u4e00-\u9fff]{1,3}族)+自治[州县旗区]$", name)
    if ethnic:
        return ethnic[1]
    for suffix in _PLACE_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[:-len(suffix)]
    return name


def division_kind(name: Any) -> str:
    """What kind of division a place is, as its offices are named after it: 思明区 -> 区
    (副区长、区政协), 永宁县 -> 县, 新丰市 -> 市, 莲前街道 -> 街道."""
    name = str(name)
    for suffix in ("街道", "社区"):
        if name.endswith(suffix):
            return suffix
    return name[-1:]


_DIVISIONS_BELOW = ((("镇", "乡", "街道"), "村（社区）"), (("省", "自治区"), "市（州）"), (("州", "盟", "地区"), "县（市）"))


def divisions_below(name: Any, city_form: str = "县（市、区）") -> str:
    """What a place's own divisions are called together, as its documents name them (各县（市、区）党委政法委书记): 江州市
    -> 县（市、区）(or the city's own way of saying it, ``city_form``: 县（区）, 县市区), 临江区 or 永宁县 -> 乡镇（街道）,
    湘西州 -> 县（市）, 江东省 -> 市（州）, 新安镇 -> 村（社区）."""
    name = str(name)
    below = next((words for ends, words in _DIVISIONS_BELOW if name.endswith(ends)), "")
    return below or (city_form if name.endswith("市") else "乡镇（街道）")


def party_committee(name: Any) -> str:
    """A place's party committee as news names it: 临江区 -> 临江区委, 渠县 -> 渠县县委 (a one-character name
    repeats its level), 莲前街道 -> 莲前街道党工委, 新安镇 -> 新安镇党委."""
    name = str(name)
    if name.endswith("街道"):
        return name + "党工委"
    if name.endswith(("镇", "乡")):
        return name + "党委"
    return name + (name[-1] if len(name) == 2 else "") + "委"


FILTERS: tuple[tuple[tuple[str, ...], Any], ...] = (
    (("中文数字", "cn"), chinese),
    (("数量", "count"), _count),
    (("序号", "marker"), lambda n, fmt="（一）": marker(fmt, n)),
    (("分述", "lead"), lambda n, verb="是": lead(n, verb)),
    (("列举", "enum"), _enum),
    (("顿号", "dun"), _dun),
    (("日期", "date_cn"), _date),
    (("月日", "month_day"), _month_day),
    (("日", "day"), _day),
    (("年月", "year_month"), _year_month),
    (("年份", "year"), _year),
    (("中文年份", "year_cn"), _year_cn),
    (("党代会", "party_congress"), _congress),
    (("全会", "plenum"), _plenum),
    (("全会列表", "plenums"), _plenums),
    (("五年规划", "five_year_plan"), _plan),
    (("周年", "anniversary"), _anniversary),
    (("成句", "sentence"), _sentence),
    (("去标点", "bare"), _bare),
    (("相对日期", "relative_day"), _relative_day),
    (("职务姓名", "people"), _people),
    (("礼宾排序", "protocol_order"), protocol_order),
    (("代称", "pronoun"), _pronoun),
    (("尊称", "address"), _address),
    (("排位", "rank"), _rank),
    (("去重", "unique_people"), _dedupe_people),
    (("按人分组", "group_by_person"), _group_by_person),
    (("指人", "names_people"), _names_people),
    (("共同开头", "common_prefix"), _common_prefix),
    (("简称", "short_place"), _gap_safe(short_place)),
    (("级别", "division_kind"), _gap_safe(division_kind)),
    (("党委名", "party_committee"), _gap_safe(party_committee)),
    (("下级", "divisions_below"), _gap_safe(divisions_below)),
)
"""Every filter under its Chinese name and its English alias."""
