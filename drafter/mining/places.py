"""The places a document names, found in the gazetteer of China's divisions (GB/T 2260,
drafter/data/regions.txt): its own place, the divisions above it, and every other one,
each in every form the text uses (偏关县 and 偏关, 安康 of 安康市 in 平安安康).

A full name (思明区, 偏关县, 道县) is a place wherever it stands, but a word that runs into
it (沿海城市 is no 海城市). A short form (思明 of 思明区) is taken where the full name is
in the same document, or where the text uses it as places are used in our genres: in a
dateline (文成新闻网讯, 宿松融媒讯), and in the frames 结合偏关实际、平安安康、法治安康、
新上杭、中国式现代化古蔺实践、古蔺篇章、在安康落实 … Towns and streets (圣水峪镇, 康庄镇,
莲前街道) are not in the gazetteer: a name of two or three characters before 镇/乡/街道
that is no common word is taken.

The document's own place is its most mentioned county-level place (or town, or city);
its city is the prefecture whose code its code starts with.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from drafter.lint.regions import GENERIC, REGIONS_FILE

_FRAMES = (r"(?:结合|联系|立足)({s})(?:(?:发展|工作)?实际|县情|市情|区情)",
           r"(?:平安|法治|美丽|幸福|活力|魅力|大美|书香|健康|数字|智慧|绿色|和谐|文明|生态|宜居|人文|人才)({s})"
           r"(?:建设|汇聚|提供|贡献|[，。；、”])",  # 绿色永清汇聚…, 创建平安和谐进贤， (dev4 323, dev5 439)
           r"(?<=[为在让助推动进建设快])({s})的?更?(?:加快|高质量|经济(?![区带圈])|落实|落地|发展|人民|干部群众|实践|基层|各项|依法治)",
           # 走在中原经济区前列 names a region, no 中原区 (dev2 125)
           r"(?:擦亮|打造|扮靓)({s})(?:城市|品牌|名片)",  # 用文明擦亮秀屿城市靓丽底色 (dev4 307)
           r"({s})梦(?=[，。、；”）\s])",  # 共建大西安、同圆咸阳梦 (dev4 331)
           r"(?<![\u4e00-\u9fff])({s})(?=[\u4e00-\u9fff]{{2,4}}?新区)",  # 南京江北新区召开… (dev4 314)
           r"[“「]({s})(?:统战|组工|宣传|政法|党建|发布|先锋|同心)[”」]",  # “太湖统战”微信公众号 (dev3 251)
           r"(?:服务|效劳|助力|助推)({s})(?:跨越|高质量|经济|振兴)",  # 服务纳雍跨越发展 (dev7 632)
           r"(?:美好|现代化|调研|视察|考察|展示|展现)({s})(?=[，。；、”凝建作讲])",  # 展示磐安建设成果 (dev17 1718)
           r"(?:^|[^\u4e00-\u9fff])({s})(?:新闻网|融媒|日报|电视台|发布|在线|网)讯?",
           r"^({s})[^，。（(\s]{{0,12}}?讯(?![员录息号])",  # a dispatch line garbled past the place (石狮日?qǐng)?bào)讯, dev12 1234)
           r"^今日({s})网?(?:消息|讯)",  # 今日竹山网消息 4月28日，… (dev17 1706)
           r"(?<=[，。、；])({s})各(?:项目|县|区|市|镇|乡|部门|单位|级|界|族)",  # …召开，南宁各项目党支部书记… (dev12 1230)
           r"(?:中国式现代化|谱写|中国化)({s})新?(?:实践|篇章)",  # 中国式现代化连云港新实践, 宗教中国化新县实践
           r"(?:新|大美)({s})(?=[，。；、”提建现])",
           r"({s})新?(?:篇章|好人|故事|声音|样板|经验|模式)",  # 谱写新时代夏邑新篇章 (dev17 1719)
           r"(?<=[\u4e00-\u9fff]党)({s})(?:总支|支部|委员会)",
           r"(?:在外|奉献|描绘|立足|扎根|留在|回到|来到|走进|走出)({s})(?=[，。、“”人])",
           r"(?:围绕|服务|融入)({s})(?:大局|中心工作)",  # 一定要围绕常宁大局 (dev11 1101)
           r"({s})(?:宣传|组工|政法|统战|社工)人",  # 常宁宣传人的新风采 (dev11 1101)
           r"({s})人文(?:建设|精神|品牌)",  # 松江人文建设 (dev12 1213)
           r"(?:给予|关心|支持)({s})的",  # 给予灵石的支持和帮助 (dev12 1243)
           r"(?:提升|提高|扩大|增强)({s})的?(?:知名度|美誉度|影响力|软实力)",  # 着力提升通辽的知名度 (dev9 918)
           r"(?:贡献|汇聚|凝聚)[^，。]{{0,4}}({s})力量",  # 贡献更多包头力量 (dev13 1312)
           r"(?<=[，、“])爱({s})、",  # 最大限度凝聚起爱包头、作贡献的强大合力 (dev13 1312)
           r"(?:提升|推动|做好)({s})(?:统战|组织|宣传|政法|社会)工作",  # 提升黄石统战工作 (dev13 1307)
           r"(?:对外|大力)(?:宣传|推介|展示)({s})(?=[，。、；”]|好|形象)")  # 要对外大力宣传修水，多上好稿 (dev14 1421)
_SET_PHRASES = ("幸福安康", "幸福安宁", "和谐安定", "和谐安宁", "健康长寿", "人才资源")
"""Set phrases the adjective frame would read as a place's short form (幸福|安康, 人才|资源): no places there (平安安康, a
city's slogan, is one), unless the page's own lines name the place (来源:安康日报 above 建设幸福安康, dev13 1303)."""
_ETHNIC = r"(?:回族|满族|苗族|彝族|土家族|蒙古族|藏族|壮族|瑶族|侗族|畲族|白族|傣族|羌族)?"
_TOWN = re.compile(rf"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{{3}}路(?=街道)|[\u4e00-\u9fff]{{2,3}}?{_ETHNIC})(镇|乡|街道|街办)"
                   rf"(?![\u4e00-\u9fff]{{0,1}}[级域内外间])"
                   rf"|(?<=[，。、：；（“\s])([\u4e00-\u9fff]{{3}}路(?=街道)|[\u4e00-\u9fff]{{2,3}}?{_ETHNIC})(镇|乡|街道|街办)"
                   rf"(?!级|域|内|外|间)")
"""A town or street (新安镇, 江口回族镇: an ethnic town's name, dev7 612; 体育馆路街道, a street named after its road,
dev15 1508; 栎阳街办, a street office as Xi'an names them, dev19 1934)."""
_LISTED_STREET = re.compile(r"(?:(?<=^)|(?<=[，。：；\s、]))([\u4e00-\u9fff]{2})街(?=、[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道))"
                            r"|(?<=[镇乡]、)([\u4e00-\u9fff]{2})街(?=[、，和及])|(?<=街道、)([\u4e00-\u9fff]{2})街(?=[、，和及])")
"""A street called by its short name (长岭街 for 长岭街道) in a list of towns."""
_UNDER = re.compile(r"([\u4e00-\u9fff]{2,4}?)(镇|乡|街道|社区|新区)")
"""A town, street, community or new area right after the division it belongs to (深圳市大鹏新区, dev6 514)."""
_ZONE = re.compile(r"((?<![\u4e00-\u9fff])[\u4e00-\u9fff]{0,6}?(?:高新区|经开区|开发区|新区|高新技术产业开发区))"
                   r"([（(])([\u4e00-\u9fff]{2,5}[区县市])[）)]")
"""A development zone named with the district it is run with (高新区（新市区）, dev7 601): one place."""
_ZONE_KINDS = "(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区|综合保税区)"
_NAMED_TWICE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[在是了和与及的由]))([\u4e00-\u9fff]{2,4}?)(社区|街道|村)(?=[\u4e00-\u9fff“])")
"""A community, street or village of a name of two to four characters (天山花园社区党总支, 长乐西路街道党工委, 马桥河村
党总支, dev9 917)."""
_NOT_TOWN = set("全各本该我每此个乡镇村城新老一两多")
_TOWN_KIND = re.compile(r"重点|特色|中心|建制|集|[小古名强重乡城村]$")
"""What a word before 镇 says of a town's kind, not its name (重点镇, 特色小镇, 古镇)."""
_JOINS = "和与及同跟或"
"""A two-character name starting with a conjunction (和县) is no place where it runs on from a
word (支部和县新联会: 支部 and the county's 新联会)."""
_DIVISION_ENDS = "县区市旗"
_MUNICIPALITIES = ("11", "12", "31", "50")
"""北京, 天津, 上海, 重庆: their districts stand right under them (no prefecture between)."""
_ORGANS = re.compile(r"(?:委(?!员)|党委|党工委|人民政府|政府|人大|政协|纪委)")
"""A division's own organs, after its name (前锋区委书记, 和平区人民政府)."""
_NUMERALS = "一二三四五六七八九十两几多"
_FEATURES = "山河江湖路街桥岛"
"""A short form before one of these names a mountain, lake or street (龙湾湖, 阳明山), no division."""
_AREA_WORD = re.compile(r"(?:都市|城|市|园|景|社|校|厂|库|警|战|辖|灾|街|片|学|港)区$")
"""Words for a kind of area (都市区, 主城区, 景区, 园区, 港区), no county's name, however often said."""
_REGIONS_AFTER = ("经济区", "经济带", "经济圈", "都市圈", "城市圈", "城市群", "大湾区", "平原", "盆地")
"""A word before one of these names a region wider than any division (走在中原经济区前列, dev2 125: no 中原区; 武汉都市圈重要增长极
in 黄石's report, dev13 1307: no 武汉市 of its own)."""


@dataclass(frozen=True, slots=True)
class Division:
    name: str
    code: str
    historic: bool = False
    """A county or city of an older division (蓟县, now 蓟州区) the gazetteer no longer lists."""

    @property
    def short(self) -> str:
        from drafter.filters import short_place

        return short_place(self.name)

    @property
    def level(self) -> int:
        """0 province, 1 prefecture, 2 county, 3 town."""
        if not self.code:
            return (1 if self.name[-1] == "市" else 2) if self.historic else 3
        return 0 if self.code.endswith("0000") else 1 if self.code.endswith("00") else 2


@dataclass(slots=True)
class Places:
    """What ``find`` knows about a document's places."""

    main: Division | None = None
    parent: Division | None = None
    forms: dict[str, Division] = field(default_factory=dict)
    """Every form of a place the text uses (full names first, then short forms)."""


def _likely(fulls: list[str], text: str) -> str:
    """Of the divisions a short form may be (兴山县, 兴山区), the one whose kind the text
    uses most (全县, 县委 …), a place speaking of itself (我县, 本县) counting twice: 全市 may be the city's meeting
    the county attends (我县收听收看全市信访工作专题会议, dev9 908)."""
    return max(fulls, key=lambda f: text.count("全" + f[-1]) + text.count(f[-1] + "委")
               + 2 * (text.count("我" + f[-1]) + text.count("本" + f[-1])))


def _is_city_short(short: str, shorts: dict[str, list[str]], by_name: dict[str, str]) -> bool:
    """Whether a short form is a prefecture's or a county's (成都 of 成都市), not a mere word."""
    return any(full.endswith(("市", "县", "区", "州", "盟", "旗")) and by_name.get(full, "").endswith("00")
               for full in shorts.get(short, []))


_FUNCTION = "是在的为和与及了由对把被从将向"
"""Words that open no town's name (青城社区是马金铺街道第一个城市社区: 马金铺街道, dev10 1033)."""


_TOWN_END = re.compile(r"(?:镇|乡|街道|社区)$")


_NO_TOWN = frozenset(("召开", "举行", "举办", "开展", "组织", "推进", "深化", "加强", "抓好", "各", "全", "本", "该"))
"""Words before 街道/镇/乡 that are a sentence's verb or determiner, never a town's name (召开街道社区党建工作推进会)."""


_TOWN_OWN_WORDS = re.compile(r"全(?:镇|乡|街道)|(?:镇|乡)党委|街道党工委|[该本我](?:镇|乡|街道)")
"""How a town's document speaks of itself (全镇机关党员干部, 镇党委书记, 该镇, 街道党工委)."""
_TOWN_ACTS = re.compile(r"(?:党委|党工委|人民政府|政府)?(?:组织)?(?:召开|举行|举办|开展|部署|坚持|深入|聚焦|创新|探索|积极|始终|立足"
                        r"|围绕|紧扣|构建|打造|推行|建立|按照|着力|大力|以|通过|把|将)")
"""What a town does in its own document: holds the meeting (界牌集镇组织召开…) or works (洪门街道深入践行…, dev10 1020)."""


_SPEAKS_ABOVE_TOWN = re.compile(r"(?<=我)[县区市旗](?![长委])")
"""A document that says 我县 (我县在坂仔镇召开…, dev3 206; 我县组织召开…，新丰路街道、土城镇作交流发言, dev3 217) more
often than it speaks as a town (镇党委, 全镇: a town's report quotes 我区平安建设部署会, dev9 904) is the county's: a town it
names is not its own place, though the county's name may never be said."""


def speaks_as(text: str, levels: str) -> int:
    """How often ``text`` speaks of itself at one of ``levels`` (全县, 我县, 县委)."""
    return sum(text.count("全" + c) + text.count("我" + c) + text.count(c + "委") for c in levels)


def _county_acts_first(head: str, county: Division, town: str) -> bool:
    """Whether the county's own committee or government opens what the document reports before the town is named
    (2024年，南通市通州区委宣传部创新开展…，… 石港镇将…, dev2 167): then the county's work is reported, the town is one
    of its examples."""
    organ = re.search(rf"(?:{re.escape(county.name)}|{re.escape(county.short)})(?:委|人民政府|政府)", head)
    return organ is not None and organ.start() < head.find(town)


def _own_town(text: str, county: Division, ranked: list[Division]) -> Division | None:
    """The town (镇, 乡, 街道) of the county whose own meeting or work the document reports, by two signs: a line opens on
    it (its headline, 敖汉旗古鲁板蒿镇2018年上半年统战工作会议召开), it acts at a clause's opening (定远县界牌集镇组织召开…,
    近日，古鲁板蒿镇召开…; twice counts as two: 近年来，连云港市海州区洪门街道深入践行…。洪门街道坚持…, dev10 1020), the
    text speaks as the town (全镇, 镇党委, 该镇). None where the county is the document's own place."""
    head = text[:600]
    own = bool(_TOWN_OWN_WORDS.search(text))
    for d in ranked:
        if d.level != 3 or not d.name.endswith(("镇", "乡", "街道")):
            continue
        opens = False
        acts = 0
        for m in re.finditer(re.escape(d.name), head):
            before = head[head.rfind("\n", 0, m.start()) + 1:m.start()]
            opens |= before in ("", county.name, county.short) or before.endswith(("，" + county.name, "，" + county.short))
            acts += bool(_TOWN_ACTS.match(head, m.end())) and (before.endswith(("，", "。", county.name, county.short))
                                                              or before == "")
        if opens + min(2, acts) + own >= 2 and (opens or not _county_acts_first(head, county, d.name)):
            return d
    return None


def _town(d: Division, at: int) -> tuple[Division | None, int]:
    """A town, street or community found by its ending, without the word a sentence put before its name: a
    preposition, conjunction or adverb (在月江镇, 为项铺镇, 如平潮镇, 和金东街道 -> 月江镇 …), or none where nothing of a
    name is left (物业及街道, 等部门和乡; dev2 105, 167, dev6 617, dev7 656). A verb may open a name (大成桥镇, 演集镇)."""
    from drafter.mining.segment import cut, word

    end = _TOWN_END.search(d.name)
    if end is None:
        return d, at
    stem = d.name[:end.start()]
    if re.search("[的与及等或]", stem[1:]) or stem in _NO_TOWN or re.search("[市县区]", stem[1:-1]):
        return None, at  # 徐碧街道召开街道社区…, 强市抓镇促村建 (dev12 1235, dev7 609)
    if _LEVEL_WORD_BEFORE.search(stem) and (stem[:-1].endswith(("全", "本", "该", "我", "各")) or
                                             word(cut(stem[:-1])[-1])[1][:1] in ("v", "m", "p", "c", "d", "r", "u")):
        return None, at  # 采取区乡、乡镇交流, 依托市镇, 是市镇, 年全区街道: a level word, not a town's name (seed 001, dev7 653)
    words = cut(stem)
    if len(words) > 1 and (word(words[0])[1][:1] in ("p", "c", "d", "r", "u") or words[0] == "如"):  # 大成桥镇, 演集镇 stay
        rest = stem[len(words[0]):]
        if len(rest) < 2:
            return None, at
        return Division(rest + end[0], ""), at + len(words[0])
    return d, at


_LEVEL_WORD_BEFORE = re.compile(r"[\u4e00-\u9fff][市县区]$")
"""A stem ending on a level character (采取区|乡, 依托市|镇): a town's name only where what comes before is a name's
first part (新市镇), not a verb, a number, an adverb or a determiner."""


_WORD_BEFORE_XIANG = "家故城下返老同异他梦思还回"
"""Characters that make a word with 乡 (家乡, 故乡, 城乡, 下乡 …): no town ends so (集镇 and 城镇 do end towns' names:
演集镇, dev9 905)."""


def _word_across(stem: str, suffix: str, after: str) -> bool:
    """Whether 乡/镇 reads as part of an everyday word, not a town's ending: with the stem's last character
    (爱家乡, dev10 1028) or with the character after it (党建引领乡村治理, dev10 1015; 部门和乡镇; 直面城镇化)."""
    return (suffix == "乡" and (stem[-1] in _WORD_BEFORE_XIANG or after in "村土亲愁贤风情音镇")) or (
        suffix == "镇" and (after == "化" or (stem[-1] in "省市县区" and after in "村企级")  # 城镇化, 实行县镇企三级联动
                            or stem[-1] == "小" or (stem[-1] == "场" and len(stem) >= 3 and _common(stem[:-1]))))
    # “研学小镇” (小镇 ends no town's name), 改造场镇 (a verb before 场镇, the market town; 安顺场镇 is one: 苍溪县五龙镇 2024)


_COUNTIES_UNDER = re.compile(r"各县[（(]市[、，,]\s*区[）)]|各县市区|各县[（(]区[）)]|县[（(]市[、，,]\s*区[）)]委|各县[（(]市[）)]区")
"""The counties of a city, spoken of together (各县（市、区）): the document is the city's."""


@lru_cache(maxsize=None)
def _frames_for_any() -> tuple[re.Pattern[str], ...]:
    """Each of ``_FRAMES`` with any words of one to sixteen characters in the short form's place (the longest short form
    has fourteen): where one finds nothing,
    the frame with the document's short forms finds nothing either, and need not be compiled for it."""
    return tuple(re.compile(frame.format(s=r"[^\n]{1,16}?"), flags=re.M) for frame in _FRAMES)


def _one_of_the_parts(main: Division, text: str) -> bool:
    """A county or district a city's text names only among its parts (全市城市基层党建工作推进会… 会上，芗城区、龙文区分别
    作了…交流, dev13 1317): one of the units that spoke, not the place whose meeting it is."""
    if main.level != 2 or main.name[-1] not in "区县市旗" or main.name not in text:
        return False
    own, city = main.name[-1], "市" if main.name[-1] != "市" else "州"
    if text.count("全" + city) + text.count(city + "委") <= text.count("全" + own) + text.count(own + "委"):
        return False
    listed = re.compile(rf"[\u4e00-\u9fff]{{2,5}}[区县市旗]、{re.escape(main.name)}|{re.escape(main.name)}、[\u4e00-\u9fff]{{2,5}}[区县市旗]")
    return text.count(main.name) == len(listed.findall(text))


def _city_over_counties(main: Division, ranked: list[Division], text: str) -> Division:
    """A city's meeting that speaks of its counties together (市委政法委员会召开全市各县（市、区）…书记座谈会，听取各县
    （市、区）、五大连池风景区…汇报, dev7 610) is the city's, the county it names one of its parts (or where it meets:
    商洛市委政法工作会议在商州召开, dev3 207)."""
    city = next((d for d in ranked if d.level == 1 and d.code), None)
    return city if main.level == 2 and city is not None and _COUNTIES_UNDER.search(text) else main


def _prefecture_speaking(main: Division, text: str, by_code: dict[str, str]) -> Division:
    """The prefecture whose county the text names where the text speaks as the prefecture, twice or more and more than
    twice as often as the county (州委政法工作会议召开…全州政法战线…，临夏市公安局…作了交流发言: 临夏州's, not 临夏市's),
    where their levels are said apart (州 and 市, 市 and 县)."""
    name = by_code.get(main.code[:4] + "00", "") if main.code else ""
    city = Division(name, main.code[:4] + "00") if name else None
    if main.level != 2 or city is None or city.name[-1] == main.name[-1] or main.short + city.name[-1] in text \
            or city.short not in text.replace(main.name, ""):
        return main  # a county-level city named so (上虞市) says 我市 of itself; a city the text never names is left
        # to ``_one_of_the_parts`` (全市…会上，芗城区、龙文区分别作了…交流: no place, dev13 1317)
    said = speaks_as(text, city.name[-1])
    return city if said >= 2 and said > 2 * speaks_as(text, main.name[-1]) else main


def _renamed_word(hit: str, code: str, by_code: dict[str, str], text: str) -> bool:
    """A county's possible new name (会同县 -> 会同区) whose stem is a common word, said once: the word (并会同区教育局
    联合下发…, dev4 319: 会同 is "jointly with"), not the place; a real renamed one (海门区) is said again."""
    return by_code.get(code) != hit and _common(hit[:-1]) and text.count(hit) < 2


def _common(stem: str) -> bool:
    """A common word (美丽, 建设) that only seems a town's name before 乡/镇."""
    from drafter.mining.segment import word

    freq, tag = word(stem)
    return freq > 50 and not tag.startswith(("ns", "nr", "nz"))


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str], dict[str, list[str]]]:
    """(name -> code, code -> name, short form -> full names)."""
    by_name: dict[str, str] = {}
    by_code: dict[str, str] = {}
    for line in REGIONS_FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name = line.split("\t")
        by_code.setdefault(code, name)
        if name in GENERIC or len(name) < 2 or name[-1] not in "省市区县旗州盟" or \
                (len(name) == 2 and name[-1] not in "县旗"):
            continue
        by_name.setdefault(name, code)
    for name, code in list(by_name.items()):  # 怀仁县 became 怀仁市 (2018), 海门市 海门区 (2020): the new names too
        if name[-1] in "县市" and len(name) >= 3 and not code.endswith("00"):
            for kind in "市区":
                if name[:-1] + kind not in GENERIC:  # 和平县 did not become 天津's 和平区
                    by_name.setdefault(name[:-1] + kind, code)
    shorts: dict[str, list[str]] = {}
    for name, code in by_name.items():
        short = Division(name, code).short
        if short != name and len(short) >= 2 and not (short[0] == "全" and short[1] in "省市区县州旗盟"):
            shorts.setdefault(short, []).append(name)  # 全州 is the whole prefecture, not 全州县 short (临夏州 2026)
    return by_name, by_code, shorts


PROVINCE_LETTERS = {"11": "京", "12": "津", "13": "冀", "14": "晋", "15": "蒙", "21": "辽", "22": "吉", "23": "黑", "31": "沪",
                    "32": "苏", "33": "浙", "34": "皖", "35": "闽", "36": "赣", "37": "鲁", "41": "豫", "42": "鄂", "43": "湘",
                    "44": "粤", "45": "桂", "46": "琼", "50": "渝", "51": "川", "52": "黔", "53": "滇", "54": "藏", "61": "陕",
                    "62": "甘", "63": "青", "64": "宁", "65": "新"}
"""Each province's one-character name, by the first two digits of its code (总书记来陕考察: 陕西省)."""


def province_of(place: Division | None) -> Division | None:
    """The province a place with a code lies in (陕西省 of 西安市), None for a province itself or a place without one."""
    if place is None or not place.code or place.level == 0:
        return None
    code = place.code[:2] + "0000"
    return Division(name, code) if (name := _table()[1].get(code)) else None


@lru_cache(maxsize=1)
def _provinces() -> tuple[Division, ...]:
    """Provinces whose short form differs from the name (湖北 of 湖北省), in the table's order."""
    return tuple(d for d in (Division(name, code) for code, name in _table()[1].items())
                 if d.level == 0 and d.short != d.name)


def _slogan_or_title(before: str, w: str) -> bool:
    """Whether a word the segmenter reads as a place is the 兴 of a slogan (人才兴县, 文化兴城, 执政兴国: dev10 1015,
    dev7 616, 639) or a person's name after a title (宣传部部长乌兰主持会议, dev10 1017)."""
    from drafter.mining.slots import TITLES

    return (w[0] == "兴" and len(before) == 2) or re.search(rf"(?:{TITLES}|同志)$", before) is not None


@lru_cache(maxsize=8)
def _read_as_places(text: str) -> tuple[tuple[str, str], ...]:
    """What the segmenter reads as a place name (``ns``) in ``text``: short forms of divisions
    (大庆 in 为大庆二次创业, 滨湖 in “聚贤滨湖”) as (short, ""), and names of counties and cities
    the gazetteer no longer lists (蓟县, a place name of the segmenter's dictionary, no common word,
    said twice at least: 织密县乡村 is no 密县) as ("", name).

    Not a form cut from a person's name (孙|海东, 汪|长春: a one-character word before it), nor
    an everyday word (安宁 in 社会安宁) unless a preposition or verb puts it as a place (为大庆)."""
    from drafter.lint.regions import _words
    from drafter.mining.segment import tagged, word
    from drafter.mining.slots import SURNAMES

    shorts = _table()[2]
    words = _words()
    out: dict[tuple[str, str], None] = {}
    old: Counter[str] = Counter()
    for para in text.split("\n"):
        if not para.strip():
            continue
        prev = ("", "x")
        tags = tagged(para)
        pos = 0
        for k, (w, flag) in enumerate(tags):
            before, prev = prev, (w, flag)
            at, pos = pos, pos + len(w)
            after = tags[k + 1][0][:1] if k + 1 < len(tags) else ""
            cut_name = len(before[0]) == 1 and before[0] in SURNAMES and before[1][:1] not in ("p", "v", "c", "d")
            if flag != "ns" or len(w) < 2 or cut_name or _slogan_or_title(before[0], w):
                continue
            if w in shorts and (w not in words or before[1][:1] in ("p", "v")) and after not in _FEATURES \
                    and not para.startswith(_REGIONS_AFTER, pos) \
                    and not before[0].endswith("迎") and not _straddles(para, at, pos, text, shorts):
                # 保平安、迎大庆 (dev2 121): the great celebration that is welcomed, no 大庆市
                out[(w, "")] = None
            elif (len(w) <= 4 and w[-1] in _DIVISION_ENDS and w[0] not in _NOT_TOWN
                  and not all(c in _NUMERALS for c in w[:-1]) and w not in words and word(w)[1] == "ns"
                  and not re.search("[百千万]", w) and not _common(w[:-1])  # 全国百强县, 政治中心区 (dev4 400, dev7 659)
                  and not _AREA_WORD.search(w)  # 奋进现代都市区 (dev7 623): a kind of area, no county of old
                  and not (len(before[0]) == 1 and "\u4e00" <= before[0] <= "\u9fff")):
                old[w] += 1
    out.update((("", w), None) for w, n in old.items() if n >= 2)
    return tuple(out)


def _straddles(para: str, start: int, end: int, text: str, shorts: dict[str, list[str]]) -> bool:
    """Whether the word at ``para[start:end]`` is cut across another division's short form that the document
    names in full or with its level (美好新乐东 in a text of 乐东县: 乐东, no 新乐 of 新乐市, dev12 1207)."""
    for i in range(max(0, start - 2), end):
        for j in range(max(i + 2, end + (i <= start)), min(len(para), i + 3) + 1):
            other = para[i:j]
            if other != para[start:end] and other in shorts and (
                    any(full in text for full in shorts[other]) or re.search(other + "[县市区旗]", text)):
                return True
    return False


@lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, list[str]]:
    """Every code of each name: a county's name may be two counties' (通州区 of 北京市 and of 南通市)."""
    codes: dict[str, list[str]] = {}
    for code, name in _table()[1].items():
        codes.setdefault(name, []).append(code)
    return codes


def _under_named_city(main: Division, text: str, by_code: dict[str, str]) -> Division:
    """The county of that name under the city the text names right before it (南通市通州区, 南通通州区: not 北京市's
    通州区, dev2 167), else ``main`` as the gazetteer first gives it."""
    for code in _codes_by_name().get(main.name, []):
        city = by_code.get(code[:4] + "00", "")
        if code != main.code and city and any(form + main.name in text for form in {city, Division(city, "").short}):
            return Division(main.name, code)
    return main


@lru_cache(maxsize=1)
def _generic_codes() -> dict[str, list[str]]:
    """The codes of each division whose name is an everyday word (``GENERIC``)."""
    codes: dict[str, list[str]] = {}
    for line in REGIONS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and (parts := line.split("\t"))[1] in GENERIC:
            codes.setdefault(parts[1], []).append(parts[0])
    return codes


def _generic_named(text: str, by_code: dict[str, str]) -> list[tuple[str, str]]:
    """Divisions whose names are everyday words (城厢区, 市北区: ``GENERIC``) where the text names
    them as places: right after their city or province (福建莆田城厢区, 青岛市市北区). (name, code)."""
    out: list[tuple[str, str]] = []
    for name, found in _generic_codes().items():
        for m in re.finditer(re.escape(name), text):
            before = text[max(0, m.start() - 5):m.start()]
            near = text[max(0, m.start() - 80):m.start()] if len(name) >= 3 and (
                m.start() == 0 or not "\u4e00" <= text[m.start() - 1] <= "\u9fff") else ""
            for code in found:
                above = (by_code.get(code[:4] + "00", ""), by_code.get(code[:2] + "0000", ""))  # its city, province
                forms = [form for full in above if full for form in (full, Division(full, "").short) if len(form) >= 2]
                # right after its city, or opening a sentence soon after the city is named
                # (大众网记者 曲伊冉 青岛报道 / 9月10日,市北区阜新路街道…, dev7 606)
                if any(before.endswith(form) for form in forms) or (near and any(f in near for f in forms[:2])):
                    out.append((name, code))
                    break
            else:
                # its own organs name it (前锋区委书记, 和平区人民政府): a division, of the one code it has
                # or of no known code where several districts share the name and no city says which
                if len(name) >= 3 and _ORGANS.match(text, m.end()) and not (
                        m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff" and
                        text[m.start() - 1] not in "在由是和与及、"):
                    out.append((name, found[0] if len(found) == 1 else ""))
    return list(dict.fromkeys(out))


_HOST_STREET = re.compile(r"(?:(?<=^)|(?<=[，。：；\s]))([\u4e00-\u9fff]{2})街(?=(?:党工委|办事处)?(?:组织)?(?:召开|举行|举办))")
"""A street division called by its short name, 街 (as Guangzhou's are), that hosts the meeting."""
_HOSTS = re.compile(r"(?:党委|党工委|人民政府|政府)?(?:组织)?(?:召开|举行|举办)")
_TOWN_SPEAKS = re.compile(r"全(?:镇|乡|街道)|(?:镇|乡)党委|街道党工委|本(?:镇|乡)")
"""A town that hosts the meeting (城郊镇召开…会议, 大新镇召开全镇维稳工作会议, dev14 1410, 1420) in a text that speaks as a town
is a town's name, though its name is an everyday word (城郊) or ends as no town's does (大新)."""


_MEDIA = re.compile(r"[\u4e00-\u9fff]{2,4}(?:在线|新闻网|日报|晚报|电视台|广播电视台|卫视|融媒|网)")
"""A news outlet's name (浙江在线, 湖北日报): a place named there is the outlet's, not the text's."""


def find(texts: list[str], page: tuple[str, ...] = ()) -> Places:
    """The places of a document and every form of them it uses; ``page``: the lines dropped as the page's furniture
    (its path and source line, 首页>安康市委宣传部 / 来源:安康日报), which only confirm a place the text speaks of."""
    from drafter.lint.regions import _words

    by_name, by_code, shorts = _table()
    words = _words()
    text = "\n".join(texts)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    divisions: dict[str, Division] = {}

    def seen(d: Division, at: int, n: int = 1) -> None:
        if not d.code and not d.historic:
            town, at = _town(d, at)
            if town is None:
                return
            d = town
        divisions.setdefault(d.name, d)
        counts[d.name] += n
        first.setdefault(d.name, at)

    for m in re.finditer(r"[\u4e00-\u9fff]{2,}", text):
        run = m[0]
        i = 0
        while i < len(run):
            hit = next((run[i:j] for j in range(min(len(run), i + 12), i + 1, -1) if run[i:j] in by_name
                        and run[j:j + 1] != "域"), "")
            if hit and len(hit) == 2 and (run[i + 2:i + 3] == "长" or (hit[0] == "兴" and i >= 2)):
                hit = ""  # 代县长熊和平: an acting county head, no 代县 (dev13 1326); 人才兴县: a slogan (dev10 1015)
            if hit and not (i > 0 and (run[i - 1] in "全本我各该每邻" or run[i - 1:i + 1] in words
                                       or (len(hit) == 2 and hit[0] in _JOINS))) and not (
                    i == 0 and len(hit) == 2 and hit[0] in _JOINS and text[m.start() - 1:m.start()] in "》”）)"):
                # 市委《意见》和县委《意见》: 和 joins, no 和县 (dev11 1108)
                if _renamed_word(hit, by_name[hit], by_code, text):
                    i += 1
                    continue
                seen(Division(hit, by_name[hit]), m.start() + i)
                i += len(hit)
            else:
                i += 1
    for name, code in _generic_named(text, by_code):
        seen(Division(name, code, historic=not code), text.index(name))
    for m in _ZONE.finditer(text):
        if m[3] in by_name or m[3] in _generic_codes():
            seen(Division(m[0], ""), m.start(), text.count(m[0]))
    for m in _TOWN.finditer(text):
        stem, suffix = (m[1], m[2]) if m[1] else (m[3], m[4])
        named = text.count(stem + suffix) >= 2  # 新安镇, 龙头镇 said twice is a town's name (dev7 658)
        listed = bool(re.search(r"(?:镇|乡|街道)、$", text[max(0, m.start() - 8):m.start()]) or re.match(
            r"、[\u4e00-\u9fff]{2,5}?(?:镇|乡|街道)", text[m.end():]))  # 新丰路街道、土城镇 in a list of towns (dev3 217)
        hosts = bool(_HOSTS.match(text, m.end())) and _TOWN_SPEAKS.search(text) is not None
        if _word_across(stem, suffix, text[m.end():m.end() + 1]) or \
                re.search(r"[了的们着过]", stem) or stem[-1] in "由在对把被从将为与以向给让" or (not hosts and (
                (stem[0] in _NOT_TOWN and not ((named or listed) and stem[0] == "新")) or (stem[-1] in _NOT_TOWN and not (
                listed and stem[-1] in "城村")) or stem + suffix in by_name or
                (_common(stem) and not (named and suffix != "乡" and not _TOWN_KIND.search(stem))))):
            continue
        seen(Division(stem + suffix, ""), m.start())
    for m in _LISTED_STREET.finditer(text):  # 长岭街、木兰乡、区工商联分别…作交流发言: a street named short among towns
        name = (m[1] or m[2] or m[3]) + "街"
        if not _common(name[:-1]) and name not in by_name:
            seen(Division(name, ""), m.start())
    for m in _HOST_STREET.finditer(text):  # 南洲街召开基层党组织书记述职评议会 (dev17 1736): a street called 街 hosts it
        if not _common(m[1]) and m[1][0] not in _NOT_TOWN and m[0] not in by_name:
            seen(Division(m[0], ""), m.start(), text.count(m[0]))
    for m in _NAMED_TWICE.finditer(text):  # 红砂社区, 天山花园社区, 长乐西路街道 said twice or more (dev10 1019, 1025, 1028)
        name = m[1] + m[2]
        if name in divisions or m[1][0] in _NOT_TOWN or _common(m[1]) or text.count(name) < 2 or \
                re.search(r"[的了和与及在是为对把被从向个们]", m[1]) or (m[2] == "村" and (m[1][-1] in "农乡" or  # 发展农村 (dev16 1639)
                    _TOWN_KIND.search(m[1]) or _common(m[1][-2:]) or re.search(r"[示范试点先进文明贫困美丽]", m[1]))):
            continue
        seen(Division(name, ""), m.start(1), text.count(name))
    cities = sorted((s for s in shorts if len(s) >= 2 and s in text and _is_city_short(s, shorts, by_name)),
                    key=lambda s: (-len(s), s))
    if cities:  # 成都三圣街道: a street after its city's short form
        for m in re.finditer("(?:" + "|".join(map(re.escape, cities)) + r")([\u4e00-\u9fff]{2,3}?)(镇|街道)", text):
            if m[1][0] not in _NOT_TOWN and not _common(m[1]) and not _TOWN_KIND.search(m[1]) and \
                    m[1] + m[2] not in by_name:
                seen(Division(m[1] + m[2], ""), m.start(1))
    for _ in range(2):  # a town or community named after its county or town (江宁区东山街道上元路社区)
        for name in list(divisions):
            for at in (m.end() for m in re.finditer(re.escape(name), text)):
                m = _UNDER.match(text, at + (text.startswith("办事处", at) and 3))  # 得胜街道办事处发明社区 (dev10 1031)
                if m and m[1] + m[2] not in divisions and m[1][0] not in _NOT_TOWN and m[1][0] not in _FUNCTION \
                        and m[1][-1] not in "全各本该我每此" and not _word_across(m[1], m[2], text[m.end():m.end() + 1]) \
                        and not re.search(r"[了着过们的]|[辖属有内]$", m[1]) and (not _common(m[1]) or (  # 召开了社区 (dev15 1505)
                        m[2] in ("镇", "街道") and not _TOWN_KIND.search(m[1])) or (  # 旬阳市关口镇 (dev4 347)
                        m[2] == "社区" and text.count(m[0]) >= 2)):
                    seen(Division(m[1] + m[2], ""), m.start(1), text.count(m[1] + m[2]))
    framed: set[str] = set()
    present = [(short, fulls) for short, fulls in shorts.items() if short in text]
    if present:  # one pattern a frame, all the short forms present in it: a few compiled patterns a document
        alternation = "|".join(re.escape(short) for short, _ in sorted(present, key=lambda sf: (-len(sf[0]), sf[0])))
        for frame, anywhere in zip(_FRAMES, _frames_for_any(), strict=True):
            if not anywhere.search(text):
                continue  # no word at all in the frame's place: none of the short forms is (the frame's compiling is spared)
            found = {short: [] for short, _ in present}
            for m in re.finditer(frame.format(s=alternation), text, flags=re.M):
                found[m[1]].append(m)
            for short, fulls in present:  # in the order each short form was tried on its own
                for m in found[short]:
                    if frame == _FRAMES[1] and m[0].startswith(_SET_PHRASES) and not any(short in line for line in page):
                        continue  # 人民幸福安宁, 幸福安康: the idiom's word, not 安宁市 (dev6 514, dev8 705)
                    framed.add(short)
                    full = next((f for f in fulls if f in divisions), "") or _likely(fulls, text)
                    seen(Division(full, by_name[full]), m.start(1), 0)
    owned: set[str] = set()  # short forms that begin a new area's name
    above: dict[str, Division] = {}  # a new area -> the city named before it
    for short in list(framed) + [d.short for d in divisions.values() if d.level == 1]:
        for m in re.finditer(re.escape(short) + r"市?([\u4e00-\u9fff]{2,4}?新区)", text):  # 南京江北新区 (dev4 314), 深圳市大鹏新区
            if m[1] not in by_name:
                seen(Division(m[1], ""), m.start(1), text.count(m[1]))
                owned.update((m[1][:2], m[1][:3]))
                city = next((d for d in divisions.values() if d.code and d.short == short), None)
                if city is not None:
                    above.setdefault(m[1], city)
                for name, d in list(divisions.items()):  # 江北 of 江北新主城 is the new area's, not 宁波's 江北区
                    if d.code and d.short != name and m[1].startswith(d.short) and name not in text:
                        del divisions[name], counts[name], first[name]
    for short in cities:  # a zone named by its city (安顺开发区, 安顺经济技术开发区): a place under that city
        for m in re.finditer(rf"(?<![\u4e00-\u9fff]){re.escape(short)}市?{_ZONE_KINDS}", text):
            if m[0] not in divisions:
                city_name = next(f for f in shorts[short] if by_name[f].endswith("00"))
                seen(Division(m[0], ""), m.start(), text.count(m[0]))
                above.setdefault(m[0], Division(city_name, by_name[city_name]))
    for short, fulls in present:  # a short form of three characters or more (张家港, 石家庄) is no everyday word
        if len(short) >= 3 and short not in words and short not in framed:
            framed.add(short)
            full = next((f for f in fulls if f in divisions), "") or _likely(fulls, text)
            seen(Division(full, by_name[full]), text.index(short), 0)
    for short, old in _read_as_places(text):
        if short in owned:
            continue
        if short:
            fulls = shorts[short]
            full = next((f for f in fulls if f in divisions), "") or _likely(fulls, text)
            framed.add(short)
            seen(Division(full, by_name[full]), text.index(short), 0)
        elif old not in by_name and old not in GENERIC:
            seen(Division(old, "", True), text.index(old), text.count(old))
    for d in _provinces():
        if d.short in text and d.name not in divisions:
            seen(d, text.index(d.short), 0)
    if not counts and not framed:
        return Places()
    for name, d in list(divisions.items()):
        counts[name] += text.count(d.short) - text.count(name) if d.short != name else 0
    ranked = sorted(divisions.values(), key=lambda d: (-counts[d.name], first[d.name]))
    as_county = speaks_as(text, "县区旗")
    top_city = max((counts[x.name] for x in ranked if x.level == 1), default=-1)

    def own_county(d: Division) -> bool:
        """A county named only by a short form in a text that never speaks as a county (金山 in 镇江's report, dev13
        1325) is no place of its own where a city is named more, or where the text speaks as a city or province, unless
        it is a county-level city (全市 of 抚远市, named as often as its city or more: 佳木斯, dev13 1318; 太仓 and 苏州,
        dev6 504)."""
        if d.name in text or as_county:
            return True
        city_level = d.name[-1] == "市"  # a county-level city speaks as a city
        if top_city < 0 and not speaks_as(text, "省" if city_level else "市州盟省"):
            return True  # no city named (石狮日报讯…湖滨街道召开…, dev12 1234); 争做江北‘两个率先’领头羊 in a 我市 speech is no 江北区
        return city_level and bool(speaks_as(text, "市")) and counts[d.name] >= top_city

    main = next((d for d in ranked if d.level == 2 and own_county(d)), None) \
        or next((d for d in ranked if d.level == 3), None) or next((d for d in ranked if d.level < 2), None)
    city_above: Division | None = None  # the city of a county that names none of its own
    if main is None:
        pass  # only a county the text does not speak as (dev10 1140): no place of its own
    elif main.level == 3 and len(says := _SPEAKS_ABOVE_TOWN.findall(text)) > len(_TOWN_OWN_WORDS.findall(text)):
        main = next((d for d in ranked if d.level < 3 and d.name[-1] in says), None)  # 我市 of 辽源市 (dev2 225)
    elif main.level <= 1 and main.code and as_county > speaks_as(text, main.name[-1]):
        if main.level == 1 and (main.name + "委" in text or re.search(rf"省委?、{main.name}", text)):
            city_above = main  # its city's committee at the meeting (以及杭州市委组织部相关人员参加会议, dev11 1109), or its
            # city's meeting after the province's (传达了全国、全省、南通市统战部长会议, dev3 229): 上级地名
        main = None  # a county's speech (全县 ×4, 我县) that cites 无锡市 as an example (dev7 739)
    elif main.level == 1 and main.code and speaks_as(text, "省") > 2 * speaks_as(text, main.name[-1]):
        main = next((d for d in ranked if d.level == 0 and d.code == main.code[:2] + "0000"), None)  # 全省…会议在太原召开
    elif main.level == 0 and speaks_as(text, "市州盟") > speaks_as(text, "省") and (city := next(
            (d for d in ranked if d.level == 1 and d.code[:2] == main.code[:2]), None)) is not None:
        main = city  # a city's report (全市, 我市, 市委) naming its province more often than itself (黄石, dev13 1307)
    elif main.level == 0 and speaks_as(text, "市州盟县区旗") > speaks_as(text, "省") and not _MEDIA.sub("", text).count(
            main.short):
        main = None  # a province named only in the site's name (浙江在线04月14日讯) over a city's report (我市…, dev16 1614)
    if main is not None:
        main = _city_over_counties(main, ranked, text)
        main = _prefecture_speaking(main, text, by_code)
    if main is not None and _one_of_the_parts(main, text):  # the city's own meeting: its city where the text names it, else no place
        main = next((d for d in ranked if d.level < main.level and d.level >= 1), None)
    parent = None
    if main is not None and main.code and main.level == 2:
        main = _under_named_city(main, text, by_code)
        city = by_code.get(main.code[:4] + "00", "")
        parent = Division(city, main.code[:4] + "00") if city else None
        if parent is None and main.code[:2] in _MUNICIPALITIES and by_code.get(main.code[:2] + "0000"):
            parent = Division(by_code[main.code[:2] + "0000"], main.code[:2] + "0000")  # 西城区 under 北京市 (seed 004)
    parent = parent or (above.get(main.name) if main is not None else city_above)
    if main is not None and main.level == 2 and (town := _own_town(text, main, ranked)) is not None:
        main, parent = town, main  # 定远县界牌集镇组织召开…，全镇机关党员干部参会 (dev8 706): the town's own meeting
    out = Places(main, parent)

    def foreign(d: Division) -> bool:
        """A county of another province the text names only by a short form that is a word too: 金山 in 镇江's report
        (dev4 312), 江海特色文化强市 in 南通's (dev6 512), 和谐和顺 in 郎溪's (dev11 1126) — no place."""
        return bool(main is not None and main.code and d.code and d.level == 2 and d is not main
                    and d.name not in text and d.code[:2] != main.code[:2] and _common(d.short))

    keep = [d for d in ranked if (d.level < 3 or d is main or counts[d.name] >= 1) and not foreign(d)]
    if parent is not None and parent.name not in divisions:
        keep.append(parent)
    for d in keep:
        out.forms.setdefault(d.name, d)
    for d in keep:
        own = d is main or (parent is not None and d.name == parent.name) or d.short in framed \
            or d.level == 0
        if d.short != d.name and d.short not in out.forms and (own or d.name in text) and \
                not (d.level == 3 and _common(d.short)):  # 关口 of 关口镇, 龙头 of 龙头镇 are words (关口前移, 龙头作用)
            out.forms[d.short] = d
    return out
