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

from drafter.filters import congress_at, congress_opening, plan_at, plan_closing, plenum_at, plenum_index
from drafter.mining.analyse import Mined
from drafter.mining.places import PROVINCE_LETTERS, Division, Places, find, province_of
from drafter.mining.slots import CREDIT, MASKS, SURNAMES, TITLES, Slot, _common_word
from drafter.numbering import parse_chinese

_SPEAKS = re.compile(r"^(?:同志)?(?:在[^，。]{0,16}?(?:上|中))?(?:(?:出席|参加|到会|莅临)(?:会议|大会)?并)?(?:作了?|做了?)?(?:重要)?"
                     r"(?:讲话|强调|指出|要求|总结)")
_PRESIDES = re.compile(r"^(?:同志|书记|[^，。；、\s]{0,2}长)?主持")
_MONTH_DAY = re.compile(r"^(\d{1,2})月(\d{1,2})[日号]$")  # 3月11号 (dev10 1015)
_YEAR_MONTH = re.compile(r"^(\d{4})年(\d{1,2})月$")
_FULL_DATE = re.compile(r"^(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日$")
_YEAR = re.compile(r"^(\d{4})(年度?|)$")


def _lost_month(text: str) -> str:
    """A lead's day a copy lost its 月 from (510日, 1025日, 37日下午: dev4 318, dev9 906, dev10 1008), as it was (5月10日);
    '' for a day of the month (29日) and where the digits split into a month and a day in no way or in two (111日:
    1月11日 or 11月1日?)."""
    found = re.fullmatch(r"(\d{2,4})[日号](?:上午|下午|晚上|晚)?", text)
    if not found or len(found[1]) == 2 and int(found[1]) <= 31:
        return ""
    digits = found[1]
    ways = [(int(digits[:k]), int(digits[k:])) for k in (1, 2)
            if k < len(digits) and (digits[k] != "0" or len(digits) - k == 2)]
    ways = [(mo, d) for mo, d in ways if 1 <= mo <= 12 and 1 <= d <= 31]
    return f"{ways[0][0]}月{ways[0][1]}日" if len(ways) == 1 else ""


_DAY_ONLY = re.compile(r"^(\d{1,2})日(上午|下午|晚上|晚|中午)?$")


@dataclass
class Facts:
    """Vocabulary facts of the exemplar (nested as a facts file writes them)."""

    data: dict[str, Any] = field(default_factory=dict)
    posts: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)
    """The posts written before the people the facts name, by (paragraph, start): (the post's text, its expression)."""

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


def vocabulary(m: Mined, slots: list[Slot], where: Places,
               meeting: str = "") -> tuple[dict[tuple[str, str], str], Facts]:
    """Template expressions for the slots the vocabulary names, and the exemplar's facts for them."""
    names: dict[tuple[str, str], str] = {}
    facts = Facts()
    _reporters(m, slots, names, facts)
    _people(m, slots, names, facts, where.main.name[-1] if where.main is not None else "",
            tuple(n for n in ((where.parent.name, where.parent.short) if where.parent is not None else ()) if n))
    _places(slots, names, facts, where)
    if meeting and any(s.kind == "meeting" for s in slots):
        for s in slots:
            if s.kind == "meeting":  # the name and the forms of it the text also gives (slots.meeting_variants)
                names[("meeting", s.text)] = "会议.名称"
        facts.set("会议.名称", meeting)
    _dates(m, slots, names, facts)
    _masked_years(m, slots, names, facts)
    _plenums(m, slots, names, facts, where)
    _new_era_kept(m, slots, names)
    _national_documents(slots, names)
    _own_documents(slots, names, facts, where)
    return names, facts


_LOCAL_PLENUM = re.compile(r"^[一二三四五六七八九十]+届[一二三四五六七八九十]+次全(?:会|体会议)$")


def _plenums(m: Mined, slots: list[Slot], names: dict[tuple[str, str], str], facts: Facts, where: Places) -> None:
    """The plenums of the local committees a text studies, named by whose they are: the document's own committee's
    (区委四届十一次全会: 本级全会), the city's above a county or district (市委十三届四次全会: 上级全会) and the province's
    (省委十五届八次全会: 省委全会) — fields a facts file gives once for all its templates. They had been numbered by
    their order (本级全会, 本级全会2 …), the city's asked for as the document's own. Another plenum of the same
    committee (a text citing two of them) keeps its own field."""
    own = own_committee(facts, where)
    for s in slots:
        if s.kind != "congress" or not _LOCAL_PLENUM.match(s.text) or ("congress", s.text) in names:
            continue
        field_name = plenum_field(m.texts[s.para][max(0, s.start - 2):s.start], own)
        if not field_name or facts.data.get(field_name, s.text) != s.text:
            continue
        names[("congress", s.text)] = field_name
        facts.set(field_name, s.text)


def plenum_field(before: str, own: str) -> str:
    """The vocabulary's field for a local plenum by the committee written ``before`` it: the document's ``own``
    committee's (本级全会), the province's (省委全会), the city's above a county or district (上级全会); '' for another's."""
    if own and before.endswith(own):
        return "本级全会"
    if before.endswith("省委"):
        return "省委全会"
    if before.endswith(("市委", "州委", "盟委", "地委")) and own[:1] in "县区旗" and own:
        return "上级全会"
    return ""


def own_committee(facts: Facts, where: Places) -> str:
    """The document's own party committee as the text names it (区委, 县委): the facts' 党委, else from its place's level."""
    return facts.data.get("党委") or (f"{where.main.name[-1]}委" if where.main is not None
                                      and where.main.name[-1] in "省市县区旗" else "")


_STAKE = re.compile(r"(?:今年|(?:19|20)\d{2}年)，?是[^。；！？]*?(?:之年|一年)(?=[，。；])"
                    r"(?:，(?:也|更|还|又)?是[^。；！？，]*?(?:之年|一年)(?=[，。；]))*")
"""What the year is (今年是全面贯彻落实党的二十大精神的开局之年，也是…之年): the facts' 今年.定位."""


def year_stake(m: Mined, facts: Facts, paras: set[int]) -> Slot | None:
    """The first clause of the body's ``paras`` that says what the meeting's year is (今年是…开局之年; 2018年是贯彻落实
    党的十九大精神的开局之年 in a 2018 meeting) as the facts' 今年.定位, the field the built-in templates write it from:
    left in the template, the exemplar's year would say 开局之年 in every year after it."""
    year = str(facts.data.get("会议", {}).get("日期", ""))[:4]
    for i in sorted(paras):
        for s in _STAKE.finditer(m.texts[i]):
            if s[0].startswith("今年") or (year and s[0].startswith(year + "年")):
                facts.set("今年.定位", s[0])
                return Slot("stake", s[0], i, s.start(), s.end())
    return None


_UNIT = (r"[^，。；：、“”（）()\s及和等的个\d]{1,14}(?:镇|乡|街道|街|局|部门?|委|办|院|所|学校|中心|公司|社区|村|会|队|处|站|馆|台|社"
         r"|集团|系统|党组|党委|党工委|支部|党派|工商联|市|县|区|州|旗)")
_SPOKE_SEP = re.compile(r"、|以及|和|及")
"""What stands between the units that spoke (安沙镇、泉塘街道, 汲水镇和县教体局)."""
_SPOKE = re.compile(r"(?:(?<=^)|(?<=[。；！？，])|(?<=会上))"
                    rf"({_UNIT}(?:(?:{_SPOKE_SEP.pattern}){_UNIT})+)(?=(?:等?\d+(?:个|家)单位)?(?:等?(?:相关|有关)?(?:单位)?(?:主要)?"
                    r"(?:负责同志|负责人)|的代表们?|等部门和乡镇)?(?:先后|分别|依次)?(?:(?:就|围绕)[^，。；]{1,40})?(?:(?:作了?|进行了?|做了?)"
                    r"(?:[^，。；]{0,16}?(?:交流|典型|表态|经验|现场))?(?:发言|汇报|述职|介绍|交流)|汇报|发言))")


_VENUE = re.compile(r"(?:会议|会|大会)(?:于[^，。；]{2,12}?)?在([^，。、；：“”\s]{2,20}?)(?:隆重|顺利|胜利)?(?:召开|举行|举办)")


def venue(m: Mined, facts: Facts, paras: set[int], places: tuple[str, ...]) -> Slot | None:
    """Where the meeting is held, a place the lead names (湖北省友好场景建设现场推进会在宜昌召开, dev13 1348): the facts'
    会议.地点, so another meeting's facts give their own venue instead of the city the exemplar named (a hall of the
    level, 在县会议中心召开, stays the level's: {{ 地区 | 级别 }}会议中心)."""
    for i in sorted(paras)[:3]:
        found = _VENUE.search(m.texts[i]) or _ROOM.search(m.texts[i])
        if found and (found[1] in places or _ROOM.match(found[0])) and "会议" in facts.data:
            facts.data["会议"]["地点"] = found[1]
            return Slot("venue", found[1], i, found.start(1), found.end(1))
    return None


_ROOM = re.compile(r"在([^，。、；：“”\s在]{0,12}?\d{2,4}(?:会议室|室|厅|报告厅))(?:召开|举行|举办)")
"""A numbered room the meeting is held in (我校在行政楼401会议室召开…, dev9 924; 新桥镇在镇政法中心109会议室召开了…, dev12
1221): the facts' 会议.地点, no figure of the exemplar."""


def speakers(m: Mined, facts: Facts, paras: set[int]) -> Slot | None:
    """The units that spoke at the meeting, named in one run (会上，安沙镇、泉塘街道、县文广局作交流发言): the facts'
    交流发言, a list the built-in report and brief write too, so a facts file names its own speakers once; they had
    been fields one by one (乡镇, 乡镇2, 县区 …) that no facts file for the built-in templates gives."""
    for i in sorted(paras):
        found = _SPOKE.search(m.texts[i])
        if found:
            facts.set("交流发言", _SPOKE_SEP.split(found[1]))  # 洺南街道、汲水镇和县教体局
            return Slot("speakers", found[1], i, found.start(1), found.end(1))
    return None


def speakers_count(m: Mined, spoke: Slot) -> Slot | None:
    """The count of the units that spoke right after them, where it counts them (…、新塍镇虹桥社区等4家单位作交流发言): the
    length of the facts' 交流发言, so a facts file naming three units says 三家 (in words: a figure no facts file gives
    would be reported as a leftover of the exemplar)."""
    found = re.match(r"等?(\d+)(?=[个家]单位)", m.texts[spoke.para][spoke.end:])
    if found is None or int(found[1]) != len(_SPOKE_SEP.split(spoke.text)):
        return None
    start = spoke.end + found.start(1)
    return Slot("speakers_count", found[1], spoke.para, start, start + len(found[1]))


_HEADCOUNT = re.compile(r"(?:近|约|逾|超过)?\d+(?:余|多)?[人名](?=(?:参加|参会|与会|出席|列席|到会))")


def headcount(m: Mined, every: list[Slot], facts: Facts, paras: set[int]) -> Slot | None:
    """How many came to the meeting (…机关全体干部共100多人参加会议, 近200人参会): the facts' 参加.人数, which the built-in
    brief writes too (……区直各部门主要负责同志等300余人参加), so another meeting's facts give their own count; it had been
    a field of its own named after the people before it (机关全体干部数, 通讯员数 …) that no facts file for the built-in
    templates gives. Only the first such count, and only where the miner found it a figure."""
    for s in sorted(every, key=lambda s: (s.para, s.start)):
        if s.kind != "figure" or s.para not in paras:
            continue
        text = m.texts[s.para]
        start = s.start - next((len(w) for w in ("超过", "近", "约", "逾") if text[:s.start].endswith(w)), 0)
        found = _HEADCOUNT.match(text, start)
        if found is None or found.end() != s.end:
            continue
        facts.set("参加.人数", found[0])
        return Slot("headcount", found[0], s.para, found.start(), found.end())
    return None


_DISPATCH_NAMES = re.compile(r"(?:本报讯|[\u4e00-\u9fff]{1,8}讯|电)\s*[（(]((?:[\u4e00-\u9fff][\s\u3000]?[\u4e00-\u9fff]{1,2}[\s\u3000、，,]*)+)"
                             r"[）)]")


_BRACKETED = re.compile(r"[（(【]([^（）()【】]{2,40})[）)】]")
_ONE_ROLE = re.compile(r"[（(](记者|通讯员)[\s:：]*((?:[\u4e00-\u9fff]{2,3} ?)+?)[）)]")
"""A byline of one role in brackets (（通讯员 华盛）): its names, where the miner took none of them for a person."""
_SIGNED_END = re.compile(r"[。！？][（(]((?:[\u4e00-\u9fff]{2,3} ?){1,4}?)[）)]\s*$")
"""Names alone in brackets closing the text (…提供了坚强的思想保证。（龙知理）): its writers."""


def _unslotted_reporters(m: Mined, said: dict[str, Any], heads: list[int]) -> list[tuple[Slot, str]]:
    """Names after a role word in a bracketed byline that the person slots missed (实习生迟驰), each the next of its
    role's list in ``said`` (the facts' 报道)."""
    out: list[tuple[Slot, str]] = []
    for i in dict.fromkeys(heads):
        text = m.texts[i]
        for group in _BRACKETED.finditer(text):  # a byline stands in brackets, not 接受记者采访时表示
            for b in _BYLINE.finditer(text, group.start(1), group.end(1)):
                role = "通讯员" if b[1] == "通讯员" else "记者"
                for n in re.finditer(r"[\u4e00-\u9fff]{2,3}", b[2]):
                    if any(n[0] in v for v in said.values() if isinstance(v, list)):
                        continue
                    people = said.setdefault(role, [])
                    inside = next((k for k, p in enumerate(people) if p in n[0]), None)
                    if inside is None:
                        people.append(n[0])
                    else:  # 祖轩 of 勇祖轩: the segmenter's cut of a rare surname is the whole name (dev13 1316)
                        people[inside] = n[0]
                    out.append((Slot("reporter", n[0], i, b.start(2) + n.start(), b.start(2) + n.end()),
                                f"报道.{role}[{len(people) - 1 if inside is None else inside}]"))
    return out


def _spaced_names(text: str) -> list[str]:
    """The names of a bracket set out with spaces: a character alone goes with the next (洪 举 is one name lined up
    with three-character ones, dev12 1216); names of two or three characters stand apart (笪伟 莫凡, dev10 1004)."""
    parts = [p for p in re.split(r"[\s\u3000、，,]+", text.strip()) if p]
    names: list[str] = []
    k = 0
    while k < len(parts):
        if len(parts[k]) == 1 and k + 1 < len(parts) and len(parts[k + 1]) <= 2:
            names.append(parts[k] + parts[k + 1])
            k += 2
        else:
            names.append(parts[k])
            k += 1
    return names


def dispatch_names(m: Mined, facts: Facts, paras: set[int]) -> list[tuple[Slot, str]]:
    """Reporters the person slots missed, each with its template expression: a name after 记者/通讯员/实习生 the miner took
    for no person (实习生迟驰, dev11 1108), as the next of its role's list; and where the byline names no role, the names
    in brackets after a dispatch line (本报讯 （洪 举） 8月20日，…, dev12 1216; a two-character name set out with a space
    to line up with three-character ones), in a one-role bracket (（通讯员 华盛）, dev10 1023) or signed alone at the
    text's end (…精神动力。（龙知理）, dev9 917). They had stayed in every draft built from the skeleton."""
    said = facts.data.get("报道", {})
    last = max(paras, default=-1)
    heads = [*sorted(paras)[:4], last] if last >= 0 else []
    if said.get("记者") or said.get("通讯员"):
        return _unslotted_reporters(m, said, heads)
    for i in heads:
        role = _ONE_ROLE.search(m.texts[i])
        if role and all(2 <= len(x) <= 3 for x in role[2].split()):  # （通讯员 华盛）, a name that is a word too
            facts.data.setdefault("报道", {})[role[1]] = role[2].split()
            return [(Slot("reporters", role[2], i, role.start(2), role.end(2)), f'报道.{role[1]} | join(" ")')]
    signed = _SIGNED_END.search(m.texts[last]) if last >= 0 else None
    if signed and all(x[0] in SURNAMES and not _common_word(x) for x in signed[1].split()):
        facts.data.setdefault("报道", {})["记者"] = signed[1].split()
        return [(Slot("reporters", signed[1], last, signed.start(1), signed.end(1)), '报道.记者 | join(" ")')]
    for i in sorted(paras)[:4]:
        found = _DISPATCH_NAMES.search(m.texts[i][:60])
        if found is None:
            continue
        people = [x for x in _spaced_names(found[1]) if 2 <= len(x) <= 3]
        if people and not re.search(r"记者|通讯员|编辑|摄影", found[1]):
            facts.data.setdefault("报道", {})["记者"] = people
            text = found[1].strip()
            return [(Slot("reporters", text, i, found.start(1), found.start(1) + len(text)), '报道.记者 | join(" ")')]
    return []


def _new_era_kept(m: Mined, slots: list[Slot], names: dict[tuple[str, str], str]) -> None:
    """党的十八大以来 is frame text in a document that gives no year as well (``_dated`` reads a dated one): it names
    the new era, no congress a facts file must give (dev9, dev12 speeches without a date)."""
    for s in slots:
        c = _CONGRESS.match(s.text) if s.kind == "congress" and (s.kind, s.text) not in names else None
        if c and _new_era(m, s, parse_chinese(c[2]) or 0):
            names[(s.kind, s.text)] = ""


_NATIONAL = re.compile(r"^《(?:中国共产党|中华人民共和国|中共中央|国务院)[^《》\d]*》$"
                       r"|^《[^《》\d]{2,30}(?:条例|准则|规定|法)(?:（试行）)?》$"
                       r"|^《(?:习近平)?谈治国理政》$|^《习近平[^《》\d]{2,40}》$"
                       r"|^《(?:[\u4e00-\u9fff]{0,2}工作|实施|组织工作)?(?:条例|方案|通知|细则|纲要|意见|办法|决定|规定|要点|准则|规划)》$")
"""A document every place studies alike: the party's and the state's regulations and laws (《中国共产党统一战线工作条例》,
《宗教事务条例》), named without a year, and the general secretary's works (《习近平谈治国理政》, 《习近平文化思想学习纲要》,
《习近平总书记重要讲话选编》); and a document's short name after
its full one (…实施办法》施行五周年，《办法》的颁布…, dev10 1030; 《条例》, 《实施细则》, 《工作要点》): no fact to give."""


def _national_documents(slots: list[Slot], names: dict[tuple[str, str], str]) -> None:
    """The regulations the genre studies are its frame, kept as they stand (a facts file for another place studies the
    same 《中国共产党政法工作条例》); a document naming a place (《厦门市物业管理条例》) or withheld words is the exemplar's."""
    for s in slots:
        if s.kind == "title" and ("title", s.text) not in names and _NATIONAL.match(s.text) \
                and not re.search(r"[×xX*＊]", s.text) and not find([s.text]).forms:
            names[("title", s.text)] = ""


_DOC_YEAR = re.compile(r"(\d{4})(年度|年)")
_COMMITTEES_RULES = re.compile(r"^《(?:中共)?(?:\{\{ 党委 \}\}|\{\{ 地名 \| 党委名 \}\})[\u4e00-\u9fff]{2,24}(?:工作规则|议事规则|工作细则|"
                               r"会议制度|工作制度)》$")
"""The working rules of a committee's own group (《县委宣传思想文化工作领导小组工作规则》, 《中共X县委外宣工作领导小组会议制度》):
every committee has its own, named alike."""


def _own_documents(slots: list[Slot], names: dict[tuple[str, str], str], facts: Facts, where: Places) -> None:
    """A document of the place's own for a year (审议了《县委宣传部2025年宣传思想文化工作要点》, 宣读了《关于表彰2019年度组织
    工作先进单位和优秀组工干部的决定》), the genre's yearly papers: its year written from the meeting's date, its committee,
    place and area from the facts, so another place's meeting names its own document and the facts need no title; only
    where nothing else in the title is the exemplar's (a figure, a withheld word, any place the document names). The same
    for the working rules of the committee's own groups (``_COMMITTEES_RULES``)."""
    day = str((facts.data.get("会议") or {}).get("日期", ""))
    if not _YEAR.match(day[:4] + "年"):
        return
    base = int(day[:4])
    own: dict[str, str] = {}
    if where.main is not None:
        own |= {where.main.name + "委": "{{ 地名 | 党委名 }}", where.main.name: "{{ 地名 }}",
                where.main.short: "{{ 地名 | 简称 }}"}
    if committee := own_committee(facts, where):
        own[committee] = "{{ 党委 }}"
    if (area := facts.data.get("地区")) or (where.main is not None and (area := "全" + where.main.name[-1])):
        own[area] = "{{ 地区 }}"
    own = {k: v for k, v in own.items() if len(k) >= 2}
    split = re.compile(r"(\d{4}(?:年度|年)" + "".join("|" + re.escape(k) for k in sorted(own, key=len, reverse=True)) + ")")
    for s in slots:
        if s.kind != "title" or ("title", s.text) in names:
            continue
        parts = split.split(s.text)
        out = []
        for k, part in enumerate(parts):
            if k % 2 == 0:
                out.append(part)
            elif y := _DOC_YEAR.fullmatch(part):
                offset = int(y[1]) - base
                out.append(f'{{{{ 会议.日期 | 年份({offset}, "{y[2]}") }}}}' if y[2] != "年"
                           else f"{{{{ 会议.日期 | 年份({offset}) }}}}")
            else:
                out.append(own[part])
        if not _DOC_YEAR.search(s.text) and not _COMMITTEES_RULES.match("".join(out)):
            continue  # a standing document (《武城县统战工作实施方案》) is the exemplar's own: the writer names theirs
        rest = "".join(parts[0::2])
        if re.search(r"[\d×xX*＊]", rest) or find([rest]).forms or any(f in rest for f in where.forms) or not -3 <= min(
                (int(y[1]) - base for y in _DOC_YEAR.finditer(s.text)), default=0) <= 1:
            continue
        for fact, value in (("党委", committee), ("地区", area)):
            if value and own.get(value) == "{{ " + fact + " }}" and value in s.text:
                facts.set(fact, value)
        names[("title", s.text)] = "".join(out)


def _places(slots: list[Slot], names: dict[tuple[str, str], str], facts: Facts, where: Places) -> None:
    """The document's own place and its city (地名, 上级地名, their short forms), 地区 and 党委, the committee's
    departments and the offices of the document's level (副县长 -> 副{{ 地名 | 级别 }}长)."""
    used = {s.text for s in slots if s.kind == "place"}
    for field_name, d in (("地名", where.main), ("上级地名", where.parent), ("省份", _province(where))):
        if d is None or not ({d.name, d.short} & used or field_name == "地名") or (field_name != "地名" and d == where.main):
            continue  # a province's own text (做好广东社会工作, dev13 1310) names its own place, 地名, not a 省份 above it
        names[("place", d.name)] = field_name
        if d.short != d.name:
            names[("place", d.short)] = f"{field_name} | 简称"
        facts.set(field_name, d.name)
    province = province_of(where.main if where.main is not None and where.main.code else where.parent)
    letter = PROVINCE_LETTERS.get(province.code[:2], "") if province is not None else ""
    for s in slots:  # 总书记来陕考察 in 西安's text: the facts' province (来江东考察)
        if s.kind == "place" and len(s.text) == 1:
            own_letter = province is not None and s.text.replace("陜", "陕") == letter
            names[("place", s.text)] = "省份 | 简称" if own_letter else ""  # another province's stays as it stands
            if own_letter:
                facts.data.setdefault("省份", province.name)
    for kind, field_name in (("area", "地区"), ("party", "党委")):
        value = next((s.text for s in slots if s.kind == kind), "")
        if value:
            names[(kind, value)] = field_name
            facts.set(field_name, value)
    _own_organs(slots, names, facts, where)
    _upper_organs(slots, names, facts, where)
    level = next((s.text for s in slots if s.kind == "level"), "")
    area = facts.data.get("地区", "")
    if level and where.main is not None and where.main.name.endswith(level):
        names[("level", level)] = "地名 | 级别"  # 副县长 -> 副{{ 地名 | 级别 }}长: 副区长 for a 区
    elif level and where.main is None and (area.endswith(level) or facts.data.get("党委") == level + "委" or not area):
        names[("level", level)] = "地区 | 级别"  # no place named, but 全县, 县委 or 我县 said: 县长 -> {{ 地区 | 级别 }}长
        facts.set("地区", area or "全" + level)


def _meeting_year(m: Mined, slots: list[Slot], base: int, day: str, *, named_only: bool, dated: bool) -> int:
    """The meeting's year: ``base`` (the latest year the text names, or its full date's when ``dated``) read again. The
    lead's own name for the meeting gives it (召开2022年组织、宣传、统战工作会议), whatever else the text says; a text
    naming no year is dated by its page, the congress it speaks of or the plan it opens or closes; where ``named_only``
    (the year is only the latest one named), a year only looked back on is the next one's, a year a late meeting plans
    the one before's, and a congress studied may put the meeting after it."""
    named = 0 if dated else _named_meeting_year(m, slots, day)
    if named:
        return named
    if day and not base:  # no year in the text: the page's own date says it (2022-12-02 15:48 包头新闻网, dev13 1312)
        base = _published_year(m, *(int(x) for x in _MONTH_DAY.match(day).groups()))
    if not base:  # nor on the page: the party congress the text speaks of says the term (党的十九大精神 -> 2018)
        return _congress_year(m, slots, day) or _plan_year(m, slots)
    if not named_only:
        return base
    base = _after_the_congress(m, slots, base, day)  # 2022 reviewed, 党的二十大精神 studied: the meeting is 2023's
    if _only_reviewed(m, slots, base):
        return base + 1  # 总结回顾2023年工作，安排部署今年重点工作；表彰了2023年度…先进集体: 2024's (dev8 713)
    if _planned_ahead(m, slots, base, day):
        return base - 1  # 12月17日…总结回顾2024年工作成绩，谋划2025年: the meeting is 2024's (dev11 1130)
    return base


def _opening(m: Mined) -> int:
    """The last paragraph that opens the report (its lead and what a dateline puts before it): the third, or the
    paragraph after the first of the body where a headline and its subtitles take more (叙永县 2025: three subtitles
    above 2月27日，…会议召开)."""
    first = next((i for i, kind in enumerate(m.kinds) if kind not in ("title", "subtitle", "meta")), 0)
    return max(3, first + 1)


def _lone_day(m: Mined, slots: list[Slot], dateline: str) -> tuple[str, int, int] | None:
    """A lead's day without its month (26日上午，双牌县召开…, dev2 07): its text, its month (the dateline's, or the one
    before where the day is later than the dateline's; January where there is no dateline) and its day."""
    opening = _opening(m)
    found = next((d for s in slots if s.kind == "date" and s.para <= opening and not _dateline(m, s)
                  and (d := _DAY_ONLY.match(s.text)) and 1 <= int(d[1]) <= 31), None)
    if found is None:
        return None
    mday = int(found[1])
    month = int(_MONTH_DAY.match(dateline)[1]) if dateline else 1
    if dateline and mday > int(_MONTH_DAY.match(dateline)[2]):
        month = month - 1 or 12
    return found[0], month, mday


def _province(where: Places) -> Division | None:
    """The province of the document's own place (安徽省 of 舒城县), where the text names it and it is not the
    place's city (北京市 of 西城区 is 上级地名)."""
    provinces = {d.name: d for d in where.forms.values() if d.level == 0}
    placed = where.main if where.main is not None and where.main.code else where.parent  # a town's: its county's
    own = placed.code[:2] + "0000" if placed is not None and placed.code else ""
    d = next((d for d in provinces.values() if own and d.code == own), None)
    if d is None and not own and len(provinces) == 1 and where.parent is None:
        d = next(iter(provinces.values()))  # a place the gazetteer no longer lists (乐东县): the one province named
    return None if d is None or (where.parent is not None and d.name == where.parent.name) else d


def _dates(m: Mined, slots: list[Slot], names: dict[tuple[str, str], str], facts: Facts) -> None:
    """The meeting's date (会议.日期, its year from the text, the page or the congress the text speaks of), the
    dateline's (报道.日期), every year relative to the meeting's and the facts that follow from its date."""
    years = [int(y[1]) for s in slots if s.kind == "year" and (y := _YEAR.match(s.text))]
    base = max((y for y in years if y <= 2100), default=0)
    opening = _opening(m)
    full = next((s.text for s in slots if s.kind == "date" and s.para <= opening and _FULL_DATE.match(s.text)), "")
    if full:
        y, mo, d = (int(x) for x in _FULL_DATE.match(full).groups())
        base = y  # the meeting's own date under the title or in the lead: its year, whatever years the text names
        names[("date", full)] = "会议.日期 | 日期"
    month_of = next((_YEAR_MONTH.match(s.text) for s in slots if s.kind == "date" and s.para <= opening
                     and _YEAR_MONTH.match(s.text)), None) if not full else None
    if month_of:  # a speech dated under its title by month only: （2011年3月）
        base = base or int(month_of[1])
        names[("date", month_of[0])] = "会议.日期 | 年月"
    lost = {s.text: mended for s in slots if s.kind == "date" and s.para <= opening
            and (s.start <= 12 or m.texts[s.para][s.start - 1:s.start] == "于")
            and (mended := _lost_month(s.text))}  # 510日，孝南区委召开… (dev4 318); …工作会议于37日下午在… (dev10 1008)
    days = [s for s in slots if s.kind == "date" and s.para <= opening and _MONTH_DAY.match(lost.get(s.text, s.text))]
    day = next((lost.get(s.text, s.text) for s in days if not _dateline(m, s)), "")
    dateline = next((s.text for s in days if _dateline(m, s) and s.text != day), "")
    if full and not day:
        day = f"{mo}月{d}日"
    if day and _calendar(base or 2000, *(int(x) for x in _MONTH_DAY.match(day).groups())) is None:
        day = ""  # 13月5日 is no date (a copy's slip): not slotted as one
    if dateline and _calendar(base or 2000, *(int(x) for x in _MONTH_DAY.match(dateline).groups())) is None:
        dateline = ""
    only = None if day or full else _lone_day(m, slots, dateline)
    base = _meeting_year(m, slots, base, day, named_only=bool(years) and base == max(years) and not full
                         and not month_of, dated=bool(full or month_of))
    if base or day or only:
        month, mday = (int(x) for x in _MONTH_DAY.match(day).groups()) if day else (
            (int(month_of[2]), 1) if month_of and 1 <= int(month_of[2]) <= 12 else (1, 1))
        if only:
            text, month, mday = only
            names[("date", text)] = "{{ 会议.日期 | 日 }}" + (_DAY_ONLY.match(text)[2] or "")
        year = base or dt.date.today().year
        facts.set("会议.日期", _calendar(year, month, mday).isoformat())
        if day:
            said = next((k for k, v in lost.items() if v == day), day)
            rest = said[len(said.rstrip("上下午晚")):] if said != day else ""  # 37日下午: the time of day stays
            names[("date", said)] = "{{ 会议.日期 | 月日 }}" + rest if rest else "会议.日期 | 月日"
        if dateline:
            # the dateline's day; a facts file without a 见报日期 (the built-in samples have none) dates it by the meeting
            names[("date", dateline)] = "{{ (报道.日期 if 报道 is defined and 报道.日期 is defined else 会议.日期) | 月日 }}"
            dm, dd = (int(x) for x in _MONTH_DAY.match(dateline).groups())
            facts.data.setdefault("报道", {})["日期"] = _calendar(year, dm, dd).isoformat()
        for s in slots:
            y = _YEAR.match(s.text) if s.kind == "year" else None
            if y and base:
                offset = int(y[1]) - base
                names[("year", s.text)] = (f'会议.日期 | 年份({offset}, "{y[2]}")' if y[2] != "年"
                                           else f"会议.日期 | 年份({offset})")
            elif s.kind == "year_cn" and base:  # 二0二五年新年贺词: the meeting's year, in the numerals the text writes
                offset = int(s.text[:4].translate(_CN_DIGITS)) - base
                names[("year_cn", s.text)] = f"会议.日期 | 中文年份({offset})" if offset else "会议.日期 | 中文年份"
        if base:
            _dated(m, slots, names, _calendar(year, month, mday))
    _plenums_not_placed(m, slots, names, facts)
    _plans_not_placed(m, slots, names, facts)


_CN_DIGITS = str.maketrans("〇零○Ｏ一二三四五六七八九", "0000123456789")
"""Chinese numerals of a year (二〇二五, 二0二五) as digits."""


_MASKED_YEAR_TEXT = re.compile(r"^(?:19|20)\d?[xX×＊*Ｘｘ]{1,3}$")
THIS_YEAR_BEFORE = re.compile(r"(?:部署|安排|做好|抓好|推进|开展|完成|实现|启动|谋划)[^，。；：]{0,4}$")
LAST_YEAR_BEFORE = re.compile(r"(?:总结|回顾|过去的?|去年即)[^，。；：]{0,4}$")


def date_the_meeting(facts: Facts) -> None:
    """A meeting the text never dates, where a withheld year is written from its date: this year's, for the writer's facts
    to replace (the exemplar's own facts then build the text as it stands, the year filled in)."""
    if not (facts.data.get("会议") or {}).get("日期"):
        facts.set("会议.日期", dt.date(dt.date.today().year, 1, 1).isoformat())


def _masked_years(m: Mined, slots: list[Slot], names: dict[tuple[str, str], str], facts: Facts) -> None:
    """A withheld year (全面部署202x年宣传思想文化工作, 总结20xx年工作) that every place it stands says is the meeting's own
    year or the one before, by the verb before it: the meeting's year, or the year before, from the facts' date; else the
    writer's (隐去的年份)."""
    for text in {s.text for s in slots if s.kind == "year" and _MASKED_YEAR_TEXT.match(s.text)}:
        offsets = set()
        for s in (t for t in slots if t.kind == "year" and t.text == text):
            said = m.texts[s.para]
            before = said[max(0, s.start - 12):s.start]
            offsets.add(None if not said.startswith("年", s.end) else
                        0 if THIS_YEAR_BEFORE.search(before) else -1 if LAST_YEAR_BEFORE.search(before) else None)
        if len(offsets) != 1 or None in offsets or ("year", text) in names:
            continue
        date_the_meeting(facts)
        names[("year", text)] = f'会议.日期 | 年份({offsets.pop()}, "")'


OPTIONAL_FACTS = ("报道.日期", "批示人.姓名", "批示人.职务")
"""Vocabulary facts a skeleton reads but a facts file may leave out (see ``_dates``; the leader who sent a written
instruction, whose sentences a skeleton writes only where the facts name one)."""

ORGANS = ("组织部", "宣传部", "统战部", "社会工作部", "政法委", "网信办", "编办", "党校")
"""The party committee's own departments: 县委统战部 is {{ 党委 }}统战部 wherever the meeting is held."""


def _own_organs(slots: list[Slot], names: dict[tuple[str, str], str], facts: Facts, where: Places) -> None:
    """The document's own committee's departments (县委统战部, 区委组织部) written after 党委, which the facts give
    (its value is set from the place's level where the document has no 党委 slot of its own)."""
    own = own_committee(facts, where)
    if not own:
        return
    for s in slots:
        if s.kind == "org" and s.text.startswith(own) and s.text[len(own):] in ORGANS:
            names[("org", s.text)] = "{{ 党委 }}" + s.text[len(own):]
            facts.set("党委", own)


_UPPER_ORGAN = re.compile(r"^([市州盟省])委(" + "|".join(ORGANS) + ")$")


def _upper_organs(slots: list[Slot], names: dict[tuple[str, str], str], facts: Facts, where: Places) -> None:
    """The departments of the committee above (市委统战部 in a county's report: 在区委的坚强领导和市委统战部的正确指导下) as
    the facts' city's ({{ 上级地名 | 级别 }}委统战部: 州委统战部 under a 州); kept as they stand where the text names no city
    (every county has a 市委统战部 above it), and 省委组织部 always."""
    parent = where.parent.name if where.parent is not None else ""
    for s in slots:
        m = _UPPER_ORGAN.match(s.text) if s.kind == "org" else None
        if m is None or ("org", s.text) in names:
            continue
        if parent and m[1] == parent[-1] and m[1] != "省":
            names[("org", s.text)] = "{{ 上级地名 | 级别 }}委" + m[2]
            facts.set("上级地名", parent)
        else:
            names[("org", s.text)] = ""


_CONGRESS = re.compile(r"^(党的)?(十[一二三四五六七八九]|二十)(大|届历次全会|届)$")
_PLENUM = re.compile(r"^(党的)?(十[一二三四五六七八九]|二十)届([一二三四五六七])中全会$")
_PLENUM_LIST = re.compile(r"^(党的)?(十[一二三四五六七八九]|二十)届((?:[一二三四五六七]中、)+)([一二三四五六七])中全会$")
_PLAN = re.compile(r"^“(十[一二三四五六七八九])五”$")
_ANNIVERSARY = re.compile(r"^(\d{1,3})周年$")
NEW_ERA = 18
"""党的十八大以来 names the new era, whatever the year: kept as it is, not moved with the date."""


_AHEAD_OF = re.compile(r"(?:迎接|喜迎|护航|迎)$")
_AHEAD_AFTER = re.compile(r"^(?:安保|召开前|召开之年|召开在即|胜利召开(?![后以])|即将)")
_STUDIED = re.compile(r"(?:学习|贯彻|落实|宣传|宣讲)$")


def _studied(m: Mined, s: Slot) -> bool:
    """Whether a meeting named at ``s`` is one the text studies (学习贯彻党的十六届五中全会精神, 全面贯彻党的十六大和
    十六届三中全会精神), not one it quotes from history (党的十七届三中全会指出)."""
    text = m.texts[s.para]
    return text.startswith("精神", s.end) or bool(_STUDIED.search(text[max(0, s.start - 4):s.start].replace("党的", "")))


def _ahead(m: Mined, s: Slot) -> bool:
    """Whether a congress is looked ahead to where it is named (迎接党的二十大, 党的二十大胜利召开)."""
    text = m.texts[s.para]
    return bool(_AHEAD_OF.search(text[max(0, s.start - 2):s.start]) or _AHEAD_AFTER.match(text[s.end:s.end + 4]))


def _new_era(m: Mined, s: Slot, n: int) -> bool:
    """党的十八大以来: the new era's name, not a congress to move with the date."""
    return n == NEW_ERA and m.texts[s.para].startswith("以来", s.end)


def _after_the_congress(m: Mined, slots: list[Slot], base: int, day: str) -> int:
    """The meeting's year where the years a text names are those it looks back on: a congress it studies
    (学习贯彻党的二十大精神, not 迎接) had opened by the meeting, so a meeting on 2月24日 of a text that names only
    2022 (its review: 2022 工作亮点) is 2023's (seed 000). ``base`` when nothing says so."""
    studied = [parse_chinese(c[2]) or 0 for s in slots if s.kind == "congress" and (c := _CONGRESS.match(s.text))
               and c[3] == "大" and _studied(m, s) and not _ahead(m, s)]
    if not studied:
        return base
    month, mday = (int(x) for x in _MONTH_DAY.match(day).groups()) if day else (1, 1)
    return next((year for year in (base, base + 1, base + 2)
                 if congress_at(_calendar(year, month, mday) or dt.date(year, 1, 1)) >= max(studied)), base)


def _congress_year(m: Mined, slots: list[Slot], day: str) -> int:
    """The year of a text that names no year, from the latest party congress it names: the year after it opened
    (学习贯彻党的十九大精神 -> 2018), or the year it opens in where the text looks ahead to it (迎接党的二十大 ->
    2022, when the meeting's day is before it opened). 0 when it names none but the new era's (党的十八大以来)."""
    named = [(parse_chinese(c[2]) or 0, s) for s in slots if s.kind == "congress" and (c := _CONGRESS.match(s.text))]
    named = [(n, s) for n, s in named if not _new_era(m, s, n)]
    if not named:
        return 0
    top = max(n for n, _ in named)
    ahead = any(n == top and _ahead(m, s) for n, s in named)
    opened = congress_opening(top)
    if ahead and (not day or _calendar(opened.year, *(int(x) for x in _MONTH_DAY.match(day).groups())) < opened):
        return opened.year
    return opened.year + 1


def _dated(m: Mined, slots: list[Slot], names: dict[tuple[str, str], str], day: dt.date) -> None:
    """Facts that follow from the meeting's date, written relative to it so that a new meeting's date
    gives them: the party congress (党的十九大 in 2018 -> 党的{{ 会议.日期 | 党代会 }}, 二十大 in 2026),
    the central committee's latest plenum (党的二十届三中全会 in 2025 -> 党的{{ 会议.日期 | 全会 }}, 二十届四中全会 in 2026),
    the five-year plan (“十四五” in 2022 -> “{{ 会议.日期 | 五年规划 }}”) and an anniversary (建党100周年 in
    2021 -> {{ 会议.日期 | 周年(1921) }}), each with its offset from the exemplar's own (迎接党的二十大 in
    early 2022 -> 党代会(1))."""
    for s in slots:
        key = (s.kind, s.text)
        if key in names:
            continue
        if s.kind == "congress" and (c := _CONGRESS.match(s.text)):
            n = parse_chinese(c[2]) or 0
            if any(t.kind == "congress" and t.text == s.text and _new_era(m, t, n) for t in slots):
                names[key] = ""
                continue
            offset = n - congress_at(day)
            args = f'({offset}, "届")' if c[3] != "大" else f"({offset})" if offset else ""
            names[key] = (c[1] or "") + "{{ 会议.日期 | 党代会" + args + " }}" + c[3][1:] * (c[3] != "大")
        elif s.kind == "congress" and (c := _PLENUM.match(s.text)) and (k := plenum_index(
                parse_chinese(c[2]) or 0, parse_chinese(c[3]) or 0)) is not None and -3 <= k - plenum_at(day) <= 0:
            offset = k - plenum_at(day)  # 党的二十届三中全会 studied in 2025 -> the plenum before the new meeting
            names[key] = (c[1] or "") + "{{ 会议.日期 | 全会" + (f"({offset})" if offset else "") + " }}"
        elif s.kind == "congress" and (c := _PLENUM_LIST.match(s.text)):
            k = plenum_index(parse_chinese(c[2]) or 0, parse_chinese(c[4]) or 0)
            if k is not None and -3 <= k - plenum_at(day) <= 0:
                offset = k - plenum_at(day)  # 二十届二中、三中全会 studied in 2025 -> 二中、三中、四中 in 2026
                first = parse_chinese(c[3][0]) or 2
                args = f"({first}, {offset})" if offset else f"({first})" if first != 2 else ""
                names[key] = (c[1] or "") + "{{ 会议.日期 | 全会列表" + args + " }}"
            else:  # plenums the table does not reach (十六届三中、四中全会), or not yet closed at the meeting's date as read:
                offset = (parse_chinese(c[2]) or 0) - congress_at(day)  # the term follows the date, the list stays
                names[key] = (c[1] or "") + f'{{{{ 会议.日期 | 党代会({offset}, "届") }}}}' + c[3] + c[4] + "中全会"
        elif s.kind == "year" and (p := _PLAN.match(s.text)):
            n = parse_chinese(p[1]) or 0
            offset = n - plan_at(day)
            args = f"({offset})" if offset else ""
            if (phase := _plan_phase(m, slots, s.text)) and n == plan_closing(day) + (phase == "开局"):
                args = f'("{phase}")'  # “十三五”收官 said in December 2020: “十四五”收官 for a meeting of early 2026
            names[key] = "“{{ 会议.日期 | 五年规划" + args + " }}”"
        elif s.kind == "figure" and (a := _ANNIVERSARY.match(s.text)) and 0 < int(a[1]) < day.year - 1800:
            names[key] = f"{{{{ 会议.日期 | 周年({day.year - int(a[1])}) }}}}"


def _plenums_not_placed(m: Mined, slots: list[Slot], names: dict[tuple[str, str], str], facts: Facts) -> None:
    """The central committee's plenums the meeting's date does not place (a text whose year is withheld studying
    党的十六届五中全会, dev3 230; 十四届四中全会 before the table's first term, dev2 126): the one the text studies, and
    the latest it names, is the latest before the new meeting; one it quotes from history (党的十七届三中全会指出) or an
    earlier one it names beside it stays as it is."""
    plenums = [(s, c) for s in slots if s.kind == "congress" and (c := _PLENUM.match(s.text))]
    if not plenums:
        return
    top = max((parse_chinese(c[2]) or 0, parse_chinese(c[3]) or 0) for _, c in plenums)
    for s, c in plenums:
        if (s.kind, s.text) in names:
            continue
        latest = (parse_chinese(c[2]) or 0, parse_chinese(c[3]) or 0) == top
        if latest and any(_studied(m, t) for t, _ in plenums if t.text == s.text):
            names[(s.kind, s.text)] = (c[1] or "") + "{{ 会议.日期 | 全会 }}"
            date_the_meeting(facts)  # a text that names no date (dev2 155)
        else:
            names[(s.kind, s.text)] = ""


def _plans_not_placed(m: Mined, slots: list[Slot], names: dict[tuple[str, str], str], facts: Facts) -> None:
    """A five-year plan in a text that gives no year (系统谋划“十四五”期间和明年重点工作, dev10 1004): the new meeting's
    plan, its opening or close where the text says so, as a dated text's is."""
    for s in slots:
        if s.kind == "year" and (s.kind, s.text) not in names and _PLAN.match(s.text):
            phase = _plan_phase(m, slots, s.text)
            names[(s.kind, s.text)] = "“{{ 会议.日期 | 五年规划" + (f'("{phase}")' if phase else "") + " }}”"
            date_the_meeting(facts)


_PLAN_PHASE = re.compile(r"^(?:规划)?(?:的)?(?:圆满|胜利|完美|精彩|良好|顺利)?(收官|开局)")


def _plan_phase(m: Mined, slots: list[Slot], text: str) -> str:
    """收官 or 开局 where every mention of the plan ``text`` says its close or its opening (“十三五”规划收官,
    “十四五”良好开局), else ""."""
    said = {(p[1] if (p := _PLAN_PHASE.match(m.texts[s.para][s.end:])) else "")
            for s in slots if s.kind == "year" and s.text == text}
    return said.pop() if len(said) == 1 else ""


_PAGE_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:[-/.]|\s?年\s?)(\d{1,2})(?:[-/.]|\s?月\s?)(\d{1,2})(?!\d)")


_REVIEWED_BEFORE = re.compile(r"(?:总结|回顾|表彰了?|过去的?|盘点|通报了?)[^，。；\d]{0,3}$")
_REVIEWED_AFTER = re.compile(r"^(?:年度)?[^，。；]{0,24}?(?:先进|考核|表彰|工作总结|述职|测评|给予(?:了)?(?:充分)?肯定|取得)"
                             r"|^(?:年|年度)?全年")
_SENTENCE_START = re.compile(r"(?:^|[。！？；]|(?:指出|强调|认为|表示|介绍)[，：])$")
"""Where a year opening a sentence stands (2020年，全市… ; 会议指出，2023年，…): its review, in a text that also says
今年 or 新的一年."""
_NEXT_YEAR_SAID = re.compile(r"今年|新的一年|过去一年|一年来|去年")
_ASKED = re.compile(r"要|将|力争|确保|努力|着力|必须|务必")
_AHEAD = re.compile(r"(?:部署|安排|谋划|迎接|召开|举行|举办)[^，。；\d]{0,3}$")
_PART_OF_YEAR = re.compile(r"^(?:年|年度)?(?:上半年|下半年|半年|一季度|[一二三]季度|前三季度|以来)")


def _only_reviewed(m: Mined, slots: list[Slot], year: int) -> bool:
    """Whether the text names ``year`` only as the year it looks back on (总结回顾2023年工作, 表彰了2023年度…先进集体) and
    speaks of its own year as 今年: then the meeting is the next year's."""
    said = [s for s in slots if s.kind == "year" and s.text.startswith(str(year))]
    if not said or not any(_NEXT_YEAR_SAID.search(t) for t in m.texts):
        return False
    for s in said:
        text = m.texts[s.para]
        before, after = text[max(0, s.start - 6):s.start], text[s.end:s.end + 30]
        rest = s.text[4:] + after
        opening = m.genre != "experience" and _SENTENCE_START.search(before) is not None and re.match(
            r"^年[，,]", rest) is not None and not _ASKED.search(re.split(r"[。！？]", rest)[0])  # not 2020年，全市…要…
        if _AHEAD.search(before) or _PART_OF_YEAR.match(rest) or not (
                _REVIEWED_BEFORE.search(before) or _REVIEWED_AFTER.match(rest.removeprefix("年")) or opening):
            return False
    return True


_MEETING_NAMED = re.compile(r"^(?:年度?)((?:[^，。；：“”]|“[^”]{1,12}”){0,30}?)(?:工作会议|会议|工作会|大会|座谈会|推进会|联席会"
                            r"|部署会|年会|评议会|述职会)")
_NOT_OWN_BEFORE = re.compile(r"(?:学习|贯彻|传达|落实|参加|出席|按照|根据|对照|结合|迎接)[^，。；]{0,8}$")
_LOOKS_BACK = re.compile(r"述职|评议|表彰|总结")


def _named_meeting_year(m: Mined, slots: list[Slot], day: str) -> int:
    """The year the lead or the headline gives the meeting in its name (召开2022年组织、宣传、统战工作会议, 我县2022年度宣传
    思想文化工作会议): that year; the next one for a meeting that looks back on the year it names (召开2020年度村（社区）党组织
    书记述职评议大会 on 3月12日: 2021, dev13 1330) unless it is held in the autumn or winter of that year, or on half
    of it (召开2019年半年工作总结推进会). Not another meeting's name (学习贯彻2023年全国宣传部长会议精神). 0 if none."""
    opening = _opening(m)
    for s in slots:
        y = _YEAR.match(s.text) if s.kind == "year" and s.para <= opening else None
        if y is None:
            continue
        text = m.texts[s.para]
        found = _MEETING_NAMED.match(s.text[4:] + text[s.end:s.end + 40])
        if found is None or re.search(r"全国|中央|全省|省委", found[1]) or _NOT_OWN_BEFORE.search(
                text[max(0, s.start - 12):s.start]) or text.startswith("精神", s.end + found.end() - len(s.text[4:])):
            continue
        late = day and int(_MONTH_DAY.match(day)[1]) >= 10
        return int(y[1]) + (1 if _LOOKS_BACK.search(found[1]) and "半年" not in found[1] and not late else 0)
    return 0


_PLANNED = re.compile(r"(?:部署|谋划|做好|安排|研究|规划|推进|谋好|抓好)[^，。；\d]{0,3}$")


def _planned_ahead(m: Mined, slots: list[Slot], year: int, day: str) -> bool:
    """Whether a meeting of November or December names ``year`` only as the one it plans (12月20日…就做好2023年全市统战
    工作…, dev9 930): then it is held in the year before."""
    said = [s for s in slots if s.kind == "year" and s.text.startswith(str(year))]
    if not said or not day or int(_MONTH_DAY.match(day)[1]) < 11:
        return False
    return all(_PLANNED.search(m.texts[s.para][max(0, s.start - 6):s.start])
               and _WHOLE_YEAR.match(s.text[4:] + m.texts[s.para][s.end:s.end + 16]) for s in said)


_WHOLE_YEAR = re.compile(r"^年度?(?:[^，。；\d检考评述总]{0,8}工作|$|[，。；])")
"""The year's work as a whole (2023年全市统战工作, 2025年重点工作), not a task of its end (2021年党建检查工作)."""


_PLAN_START = re.compile(r"^(?:规划)?(?:开局|起步|开好局|起好步|第一年)")
_PLAN_END = re.compile(r"^(?:规划)?(?:收官|最后一年|圆满收官)")


def _plan_year(m: Mined, slots: list[Slot]) -> int:
    """The year of a text that names no year nor congress, from the five-year plan it opens or closes (“十四五”开好局 ->
    2021, “十三五”收官 -> 2020). 0 when it names none so."""
    for s in slots:
        p = _PLAN.match(s.text) if s.kind == "year" else None
        if p is None:
            continue
        first = 1981 + 5 * ((parse_chinese(p[1]) or 6) - 6)  # 六五 = 1981-1985
        after = m.texts[s.para][s.end:s.end + 6]
        if _PLAN_START.match(after):
            return first
        if _PLAN_END.match(after):
            return first + 4
    return 0


def _published_year(m: Mined, month: int, mday: int) -> int:
    """The year of a meeting held on ``month``/``mday``, from the date its page was published (in a line dropped as
    furniture, or at the head of the text as read): that year, or the one before for a meeting held after it
    (a meeting of 12月28日 reported on 2023-01-03). 0 if no page date is found."""
    for text in [line for line, _ in m.furniture] + [m.raw[:300]]:
        found = _PAGE_DATE.search(text)
        if found and 1 <= int(found[2]) <= 12 and 1 <= int(found[3]) <= 31:
            year = int(found[1])
            published = _calendar(year, int(found[2]), int(found[3]))
            held = _calendar(year, month, mday)
            if published is None or held is None:
                continue
            return year - 1 if held > published + dt.timedelta(days=3) else year
    return 0


def _calendar(year: int, month: int, day: int) -> dt.date | None:
    """The day a text's 月日 names in ``year``: a day past the month's end (4月31日, 2月29日 of a common year, a
    copy's slip) is taken as the month's last day; no date where the month is none (13月)."""
    if not 1 <= month <= 12 or day < 1:
        return None
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day, last))


def _dateline(m: Mined, s: Slot) -> bool:
    """A date of the report's dateline (文明风4月27日讯), not the meeting's."""
    return m.texts[s.para][s.end:s.end + 2].startswith(("讯", "消息", "电", "报道"))


_BYLINE = re.compile(r"(见习记者|记者|通讯员|实习生|撰稿人?|供稿人?)[：:\s]*((?:(?!见习|记者|通讯员|实习生|撰稿|供稿)[\u4e00-\u9fff]{2,3}[\s、，,]*)+)")
"""记者 刘臣 通讯员 向三森: each name with its own role (the names stop at the next role's word); the one who wrote a
department's copy (（撰稿：田飞）, dev10 1005) is its reporter."""


_SIGNED = re.compile(r"(?:[\s、，]+[\u4e00-\u9fff]{2,3})*[\s、，]*[）)]?\s*")
"""What may follow a name signed in brackets at the text's end: more names, the closing bracket."""


def _reporters(m: Mined, slots: list[Slot], names: dict[tuple[str, str], str], facts: Facts) -> None:
    """Reporters and correspondents of a dateline or byline (记者 林雯 吴燕如) as 报道.记者[k],
    报道.通讯员[k], so they are never taken for the meeting's leaders."""
    found: dict[str, list[str]] = {"记者": [], "通讯员": []}
    last = max((s.para for s in slots), default=-1)
    for s in slots:
        if s.kind != "person" or any(s.text in v for v in found.values()):
            continue
        text = m.texts[s.para]
        for b in _BYLINE.finditer(text):
            if b.start(2) <= s.start < b.end(2):
                found["通讯员" if b[1] == "通讯员" else "记者"].append(s.text)  # 实习生迟驰, 见习记者 郑斯楠 (dev11 1108, 1135)
        if s.text not in found["记者"] + found["通讯员"] and all(any(
                c.start(1) == t.start and c[1] == t.text for c in CREDIT.finditer(m.texts[t.para]))
                for t in slots if t.kind == "person" and t.text == s.text):
            found["记者"].append(s.text)  # （宣传部 贾先奎/文 朱慧娴/图）: who wrote and who photographed, named nowhere else
            # (dev12 1233's 贾先奎 also read out the school's notice at the meeting: an attendee, credited as well)
        if s.para == last and len(text) - s.end <= 24 and _SIGNED.fullmatch(text[s.end:]) and re.search(r"[（(][\s、，]*(?:[\u4e00-\u9fff]{2,3}[\s、，]+)*$", text[:s.start]) \
                and not any(s.text in people for people in found.values()):  # （通讯员 崔璨） is signed once
            found["记者"].append(s.text)  # …转变。（袁旭尧）: the writer signs at the end (dev10 1026, 218); （刘莎莎、常青）, 1024
    reporters = {}
    for role, people in found.items():
        for k, p in enumerate(people):
            names[("person", p)] = f"报道.{role}[{k}]"
        if people:
            reporters[role] = people
    if reporters:
        facts.data.setdefault("报道", {}).update(reporters)


def _people(m: Mined, slots: list[Slot], names: dict[tuple[str, str], str], facts: Facts, own: str = "",
            above: tuple[str, ...] = ()) -> None:
    """The meeting's people: who speaks (讲话人), who presides (主持人), the others present (出席), each with the post the
    text gives. An experience article holds no meeting: its people are named by what they are (``naming.person``)."""
    if m.genre == "experience":
        return
    order: list[str] = []
    speaker = presider = ""
    for s in slots:
        if s.kind != "person" or s.text in MASKS or ("person", s.text) in names:
            continue
        if s.text not in order:
            order.append(s.text)
        after = m.texts[s.para][s.end:s.end + 20]
        before = m.texts[s.para][max(0, s.start - 2):s.start]
        if not speaker and (_SPEAKS.match(after) or m.kinds[s.para] == "title" and "讲话" in after):
            speaker = s.text
        if not presider and s.text != speaker and (_PRESIDES.match(after) or (before.endswith("由") and not any(
                t.kind == "person" and t.para == s.para and s.end < t.start and _PRESIDES.match(
                    m.texts[t.para][t.end:t.end + 6]) for t in slots))):
            presider = s.text  # 会议由…书记张定一书记主持 (dev9 917): the one named before 主持, not the first after 由
    if speaker:
        names[("person", speaker)] = "讲话人.姓名"
        facts.set("讲话人.姓名", speaker)
    if presider and presider != speaker:
        names[("person", presider)] = "主持人.姓名"
        facts.set("主持人.姓名", presider)
    instructing = [p for p in order if p not in (speaker, presider) and _instructs(m, slots, p)]
    if instructing:  # a second (省委书记王东关于政法工作的批示) is named by what it is, no attendee either
        names[("person", instructing[0])] = "批示人.姓名"
        facts.set("批示人.姓名", instructing[0])
    others = [p for p in order if p not in (speaker, presider, *instructing)]
    for k, p in enumerate(others):
        names[("person", p)] = f"出席[{k}].姓名"
    if others:
        facts.data["出席"] = [{"姓名": p} for p in others]
    _posts(m, slots, names, facts, own, above)


_INSTRUCTS = re.compile(r"^[^，。；：！？]{0,14}?批示")
"""What follows a leader named for a written instruction: 作出批示, 对政法工作批示精神, 关于政法工作的批示, 书记对统战工作的批示,
在批示中指出."""


def _instructs(m: Mined, slots: list[Slot], person: str) -> bool:
    """Whether the text names ``person`` only for a written instruction to the meeting (会前，市委书记朱重烈作出批示; 传达
    曹鸿迎书记对统战工作的批示, dev7 623, 西盟 2024): a leader who was not there, no attendee. Another person named between
    the name and 批示 is the one who instructed (…宣读了省委书记某某的批示)."""
    mentions = [s for s in slots if s.kind == "person" and s.text == person]
    for s in mentions:
        said = _INSTRUCTS.match(m.texts[s.para][s.end:s.end + 16])
        if not said or any(t.kind == "person" and t.para == s.para and s.end < t.start < s.end + said.end() for t in slots):
            return False
    return bool(mentions)


_POST_BREAK = re.compile(r"[，。；：！？（）()“”《》\s]")
_POST_LEAD = re.compile(r"^(?:会议由|会议|会上|并由|由|随后|最后|接着|首先|其次|同时|期间|其中|另外|此外|刚才|刚刚|今天|会前|会后)"
                        r"|^并?(?:委托|邀请|特邀|安排|指派)")
"""Words before a post that are none of it (…高度重视，并委托市委统战部常务副部长周汶主持会议, dev8 714)."""
_POST = re.compile(rf"(?:[\u4e00-\u9fff、]|“[\u4e00-\u9fff]{{1,6}}”|（[\u4e00-\u9fff]{{1,10}}）){{0,28}}?(?:{TITLES})")
_QUOTED_IN_POST = re.compile(r"“[\u4e00-\u9fff]{1,6}”(?=[\u4e00-\u9fff])|（[\u4e00-\u9fff]{1,10}）(?=[\u4e00-\u9fff])")
"""A short quoted name inside a post (省委社会工作部部长、省委“两新”工委书记吴铁, dev8 728) or a bracketed one (平安X建设（市域
社会治理）领导小组组长, dev5 423): the post goes on past it."""
_NO_POST = re.compile(r"出席|主持|参加|召开|讲话|强调|指出|要求|会议|领导(?!小组)|代表[^、]|同志|和|与|及|等")


_ABOVE = {"镇": "县区市州盟省", "乡": "县区市州盟省", "县": "市州盟省", "区": "市州盟省", "旗": "市州盟省", "市": "省"}
"""The levels above a document's own, by its level's character: whose posts make a guest (市委组织部副部长 at a county's
meeting)."""


def _guest(post: str, own: str) -> bool:
    """Whether a post is of a level above the document's own (市委组织部副部长 at a county's meeting; 省委常委、纪委书记 at a
    city's), so the person is a guest whom protocol puts first; 市委常委、区委书记 holds the district's own post."""
    parts = post.split("、")
    above = _ABOVE.get(own, "")
    return bool(above) and any(level and level in above for level in map(_level_named, parts)) and not any(
        p.startswith(own) for p in parts)


def _above_named(post: str, above: tuple[str, ...]) -> bool:
    """Whether a post is of the committee, congress, government or CPPCC of the place above, named by its name
    (衡阳市委宣传部常务副部长 at 耒阳市's meeting, dev11 1101), not one of its other bodies (珠海经济技术开发区…)."""
    return any(post.startswith(name) and re.match(r"(?:市|州|盟|地区)?(?:委|人大|人民政府|政府|政协|纪委)", post[len(name):])
               for name in above)


def _level_named(post: str) -> str:
    """The level a post names by its first character (市委…, 市人大…) or, for a government head written without its place,
    by its own (副市长), else ""."""
    if post[1:2] and post[1:2] in "委人政纪":
        return post[:1]
    head = _HEAD_ABOVE.fullmatch(post)
    return head[1] if head else ""


_HEAD_ABOVE = re.compile(r"(?:常务)?副?([省市州盟])长")
"""A government head's post written without its place (副市长方静 among the city's leaders at a district's meeting,
dev11 1105): of the level its character names."""


def _posts(m: Mined, slots: list[Slot], names: dict[tuple[str, str], str], facts: Facts, own: str = "",
           above: tuple[str, ...] = ()) -> None:
    """The post written right before a person the facts name (区委常委、宣传部部长沈立峰出席会议并讲话; 会议由镇党委宣传委员
    高明远主持) is that person's 职务: {{ 讲话人.职务 }}, {{ 主持人.职务 }}, {{ 出席[k].职务 }}. Left as it stands, the
    exemplar's post would go before the new facts' name (a 区委书记 introduced as 宣传部部长)."""
    shared: tuple[int, int, str] | None = None  # (paragraph, end, post) of the last person written with a post
    for s in slots:
        person = names.get(("person", s.text), "") if s.kind == "person" else ""
        if not person.endswith(".姓名") or person.startswith("报道"):
            continue
        text = m.texts[s.para]
        owner = person[:-len(".姓名")]
        if shared and shared[:2] == (s.para, s.start - 1) and text[s.start - 1] == "、" and owner.startswith("出席["):
            held = facts.data["出席"][int(owner[3:-1])]  # 副部长林海君、陈军: the post before the first is both's (dev8 728)
            held.setdefault("职务", shared[2])
            shared = (s.para, s.end, shared[2])
            continue
        before = text[max(0, s.start - 40):s.start]
        quoted = {k for q in _QUOTED_IN_POST.finditer(before) for k in (q.start(), q.end() - 1)}  # 省委“两新”工委书记
        cut = max((b.end() for b in _POST_BREAK.finditer(before) if b.start() not in quoted),
                  default=0 if s.start <= 40 else -1)
        if cut < 0:
            continue
        words = before[cut:]
        ends = [o.end for o in slots if o.para == s.para and o.kind == "person" and s.start - len(words) < o.end <= s.start]
        if ends:  # a list of leaders: the post after the name before (州委副书记韩卉、州委常委、宣传部长耿生茂, dev13 1309)
            words = re.sub(r"^(?:以及|[、，和与及])+", "", text[max(ends):s.start])  # …钟慧和地委委员、宣传部部长许文涛 (dev10 1008)
        lead = _POST_LEAD.match(words)
        post = words[lead.end():] if lead else words
        said = list(re.finditer(r"(?<!党)的|的(?=[一二三四五六七八九十]+大)|[了得在是把被对向从将为]|^(?:传达|学习|宣读)+", post))  # 活动得到了省委常委、
        # 纪委书记叶青纯 (dev4 332), 会议传达市委书记朱重烈对… (dev7 623); 党的 runs on in a body's name (镇党的群众路线教育实践活动领导小组组长, dev3 265), not in a
        # congress's (深化运用党的二十大代表…, seed 003)
        post = post[said[-1].end():] if said else post
        if not _POST.fullmatch(post) or _NO_POST.search(post) or len(post) < 2:
            continue
        field_path = person[:-len("姓名")] + "职务"
        facts.posts[(s.para, s.start - len(post))] = (post, "{{ " + field_path + " }}")
        shared = (s.para, s.end, post)
        # one post a person: the fullest the text gives (州委常委、宣传部长 over 州委宣传部长)
        held = facts.data["出席"][int(owner[3:-1])] if owner.startswith("出席[") else facts.data.setdefault(owner, {})
        if len(post) > len(held.get("职务", "")):
            held["职务"] = post
            if owner.startswith("出席[") and (_guest(post, own) or _above_named(post, above)):
                held["身份"] = "嘉宾"
