"""Slots and frame: what in a text is a fact that changes from document to document.

Facts are dates, figures with units, percentages, titles of documents in 《》,
places (思明区, 厦门市, and the short form 思明 once the full one is known),
organisations (…派出所, 区委组织部), people (the name after a title: 区委书记刘东伟,
区领导张晓家、江岚…; names anonymised as ××) and years. Everything else is the
genre's frame. Regular expressions find the candidates; no word that
merely looks like a name (智慧, 弘扬) is taken for one: candidates are checked
against the dictionary of the segmenter (``segment.word``).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

KINDS = {"date": "日期", "year": "年份", "year_cn": "年份", "percent": "百分比", "figure": "数字", "title": "文件",
         "place": "其他地名", "org": "机构", "person": "人名", "congress": "党的会议", "docno": "文号",
         "area": "地区", "party": "党委", "meeting": "会议名称", "level": "级别"}
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
            "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
            "景宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封"
            "谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝郜阚权帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索晋"
            "初扈晁芮普阙戈伏鹿薄邸雍辜羊乌裘亓修邰赫杭况宿鲜印逯隆茹诸慕危亢嵇哈湛宾戎勾茅於呼揭尉冶檀衣昝幸"
            "奉植衡尧闭郅傅冼卓蔺圣"  # 宣传部部长圣章红参加会议 (a rare surname)
            "关赖阎萧洪鄂濮寿庾暨蒯竺桓邴糜郦宓荀逄矫滑钮贲扶堵宰璩郏殳厍融乜巢蔚夔茍束扇云时花彪琚笪阴贠门丘盘庆")  # 关瑞祺, 矫增兵 (dev3 212, 207); 茍郁春 (dev4 322); 本报讯(笪伟 莫凡) (dev10 1004); 门强 (dev17 1710), 丘细琼
# (1738), 盘伟群 (dev18 1800), 庆志英 (1834): 强 stays out, or 总书记强调 would name 强调
"""Common surnames: a name after a title must start with one."""
COMPOUND = "欧阳|上官|司马|诸葛|东方|皇甫|令狐|慕容|尉迟|公孙|夏侯|司徒|端木"
"""Two-character surnames (县委副书记上官国明主持会议, dev6 502)."""
TITLES = (r"常委|书记|副书记|区长|副区长|市长|副市长|县长|副县长|主任|副主任|局长|副局长|部长|副部长|主席|副主席"
          r"|省长|副省长|州长|副州长|旗长|副旗长|厅长|副厅长"  # 代省长罗志军主持 (dev6 518)
          r"|委员|代表|负责人|组长|秘书长|队长|所长|社长|站长|校长|院长|经理|董事长|党组成员|镇长|乡长|检察长|政委"
          r"|主委|副主委|专员|副专员|调研员"  # 会议由副主委罗长江同志主持 (a democratic party's committee, dev9 927)
          r"|助理")  # 大港油田公司总经理助理王学成 (dev15 1501)
UNITS = (r"人次|万元|亿元|余万元|班次|场次|篇次|平方米|公里|周年|个|名|家|项|篇|次|场|期|部|条|元|户|件|所|门"
         r"|节|本|份|人|位|处|起|批|支|亩|吨|届|倍|座|栋|套|辆|台|笔|天|小时|分钟|间|张|种|类|村|组|例")
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("title", re.compile(r"《[^《》]{1,60}》")),
    ("docno", re.compile(r"[\u4e00-\u9fff]{0,6}[〔\[［（(]\d{4}[〕\]］）)]\d+号")),
    ("date", re.compile(r"\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}[日号](?![码院楼线文令])"
                        r"|[\d*＊×Xx]{1,2}月[\d*＊×Xx]{1,2}日")),  # a date the site masked (*月××日)
    ("percent", re.compile(r"\d+(?:\.\d+)?%|百分之[一二三四五六七八九十百点零]+")),
    ("figure", re.compile(rf"\d+(?:[.,]\d+)*(?:余|多)?(?:万|亿|千|百)?(?:{UNITS})")),
    ("year", re.compile(r"\d{4}年度?|“十[一二三四五六七八九]五”|(?<![\d.])(?:19|20)\d{2}(?![\d.%年])")),
    ("year", re.compile(r"(?<!\d)(?:19|20)\d{0,2}[xX×＊*Ｘｘ]{1,2}(?=\s?年)")),  # a year the copy withheld (202X年, 20××年)
    ("year_cn", re.compile(r"(?<![一二三四五六七八九〇零0○Ｏ])(?:一九|二[〇零0○Ｏ])[一二三四五六七八九〇零0○Ｏ]{2}年")),
    # a year in Chinese numerals (二〇二五年新年贺词; 二0二五 as a copy may write it)
    ("person", re.compile(rf"(?:{TITLES})((?:{COMPOUND}|[{SURNAMES}])[\u4e00-\u9fff]{{1,2}}?)"
                          r"(?=表示|说|出席|主持|讲话|指出|强调|介绍|同志|，|、|。|参加|等|做|作|在|就|对|代表|宣读|通报"
                          r"|传达|部署|总结|回顾|要求|会见|看望|慰问|调研|来到|一行|率队|带队|宣读|提出|希望|参观"
                          r"|及|与|和(?![，、。]|主持|出席|讲话|参加|指出|强调|作|做|在|就|对|等)"  # 袁秀和，副市长… (dev14 1400)
                          r"|高度重视|亲自|专门|多次|委托|带领|听取|深入"  # 统战部部长王和平高度重视 (dev8 714); …主任程宝清深入基层 (dev16 1634)
                          r"|从|也|还|首先|接着|结合|围绕|逐一|到会|莅会|莅临"  # …部长陈光团从落实… (dev9 920); …调研员张鹏程到会指导 (dev13 1326)
                          r"|(?:来|到|赴)?(?:[\u4e00-\u9fff]{2}(?<![来到赴]))?(?:调研|视察|考察)"
                          r"|(?:到|赴)[^，。；、]{2,12}?(?:调研|视察|考察|检查))")),  # 市委书记魏民洲到市委组织部调研 (dev14 1452)
    # 省长王伟中中山调研 (dev7 616); 副部长李明来调研, 部长王小明来视察 (not 王小 before 明来)
    ("person", re.compile(rf"(?:(?<=[区市县]委)|(?<=政法委)|(?<=纪委监委)|(?<=组织部|宣传部|统战部)(?!常务|门)|(?<=[、，及和与。；：了以])|(?<=接着|随后|然后|首先)|(?<=按照|根据|遵照|落实|贯彻)|^)([{SURNAMES}][\u4e00-\u9fff]{{1,2}}?)"
                          r"(?=(?:副)?(?:书记|常委|部长|区长|县长|市长|主任|主席|主委|同志(?!们))(?:对|在|的|回顾|强调|指出|要求|讲话|出席|主持"
                          r"|通报|传达|和|与|及|分别|莅会|莅临|到会|宣读|介绍|部署|关于|亲自|也|首先|作|做|将|还|为|指示|批示"
                          r"|，|、|。))")),  # 按照市委常委、组织部费坚部长指示要求 (dev19 1945)
    # 传达了陈政书记、黄映霄常委在…; 。李纪恒书记指出; ，连辑同志宣读了…; 接着卢云副主委部署了… (dev9 904, 954, 955, 927)
    ("person", re.compile(r"××××(?=\s?年)|××")),  # ××××年度: one withheld year (dev4 336), not two names
    ("person", re.compile(rf"(?<![\u4e00-\u9fff])[{SURNAMES}][xXＸ×＊*]{{1,3}}(?=(?:{TITLES}|同志|[，、。]))")),  # 郭xx县长 (dev7 632)
    ("person", re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=今天|稍后|会上|随后)|(?<=[办局厅]))(?!班主任)[{SURNAMES}]"
                          r"(?:副?书记|县长|区长|市长|部长|主任|主席)"
                          r"(?=将|还|要|亲临|的|多次|在|讲话|作|做|对|就|也|亦|同时|宣读|介绍|通报|传达|主持|，|、|。)")),
    # 稍后，许书记将做重要讲话 (dev6 544); 曹主任也宣读了… (dev9 947)
    ("org", re.compile(r"[\u4e00-\u9fff]{2,8}?(?:派出所|法院|检察院|公安分局|工作室|商会|公司|集团)")),
    ("org", re.compile(r"(?:[\u4e00-\u9fff]{2}[区市县])?[区市县省]委(?:组织|宣传|统战|政法|社会工作)部")),
)
_LONG_NAME = re.compile(rf"(?:{TITLES})([\u4e00-\u9fff]{{4}})(?=主持|出席|传达|通报|宣读|讲话|作|做|等领导|[，、])")
"""A name of four characters after a post (副县长、公安局长洛绒达娃传达…, dev7 615): taken where the
segmenter reads it as names (``_named``) or as a name it does not know whole (``_listed_name``: 副组长阿石拉比出席会议,
宣传部部长多吉才旺，行署副专员…, dev13 1313, dev10 1008)."""
_RARE_SURNAME = re.compile(rf"(?:{TITLES})([\u4e00-\u9fff]{{2}})(?=主持会议|出席会议|主持并讲话|出席并讲话)")
"""A name of two characters whose surname is rare (组织部部长青春主持会议, dev3 226): only where a post
stands before it and 主持会议/出席会议 after it."""
_RARE_THREE = re.compile(rf"(?:{TITLES})([\u4e00-\u9fff]{{3}})(?=等领导|等同志|[，、]|参加|出席|主持)")
"""A name of three characters whose surname is rare (政协主席布土丁等领导, dev10 1008): where the segmenter
reads the three characters as one personal name."""
_GIVEN_NAME = re.compile(r"(?:(?<=[，。；、：\s了和])|(?<=刚才|会上|随后|接着))([\u4e00-\u9fff]{2})"
                         r"(?=副?(?:部长|书记|主任|县长|区长|市长|主席|(同志))"
                         r"(?:要|将|还|已|的|和|分别|讲话|作|做|对|就|在|关于|亲自|宣读|介绍|传达|通报|主持|，|。|、))")
"""A colleague called by given name and post in a speech (…，玉成部长要做详细部署, dev6 540; 刚才宪满同志和中辉同志已经做出了
具体的安排部署, dev15 1535): taken
where the segmenter reads the two characters as a personal name (``_given``)."""
_CALLED = r"[\u4e00-\u9fff](?:副?书记|[县区市]长|部长|主任|主席)"
_ONE_CALLED = re.compile(_CALLED)
_CALLED_LIST = re.compile(rf"(?<![\u4e00-\u9fff])(?:{_CALLED}、){{2,}}{_CALLED}(?![\u4e00-\u9fff]{{0,1}}(?:会|委|办))")
"""Three or more leaders called by surname and post in a row (今天梁书记、郑县长、鲁部长、尹主任、党主席在…)."""


_BARE_NAME = re.compile(rf"(?:(?<=[。；：])|^)([{SURNAMES}][\u4e00-\u9fff]{{1,2}})(?=(?:通报|传达|宣读|解读|介绍)了)")
"""A name no post goes with, where it opens a sentence of the agenda (…下一阶段工作思路；林日雄通报了截止目前…, dev14 1401):
taken where the segmenter reads it as one personal name."""
_LEADERS = re.compile(r"[区市县]领导((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}?)(?=，|。|参加|出席|等)"
                      r"|(?<=由)((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})(?=[两三四五六七八九]位同志|等同志|同志)")


@dataclass(frozen=True, slots=True)
class Slot:
    """One fact found in a paragraph."""

    kind: str
    """``date`` ``year`` ``percent`` ``figure`` ``title`` ``place`` ``org`` ``person``."""
    text: str
    para: int
    start: int
    end: int


def places(texts: list[str]) -> list[str]:
    """Every form of a place the document uses (思明区, 厦门市, 思明 …), longest first
    (``drafter.mining.places``)."""
    from drafter.mining.places import find as find_places

    return sorted(find_places(texts).forms, key=lambda f: (-len(f), f))


def find(text: str, para: int, known_places: list[str] | None = None) -> list[Slot]:
    """The slots of one paragraph, in order, not overlapping (longest first wins)."""
    found: list[Slot] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            g = 1 if pattern.groups else 0
            found.append(Slot(kind, m[g], para, m.start(g), m.end(g)))
    for m in _LONG_NAME.finditer(text):
        if (_named(m[1]) or _listed_name(m[1])) and not m[1].endswith("同志") and not _common_word(m[1][2:], 1000):
            # 副书记苏波同志传达了… is 苏波; 政法委书记钟杰总结、部署… is 钟杰, 总结 a common word (dev 04)
            found.append(Slot("person", m[1], para, m.start(1), m.end(1)))
    for m in _RARE_SURNAME.finditer(text):
        if not re.fullmatch(TITLES, m[1]):
            found.append(Slot("person", m[1], para, m.start(1), m.end(1)))
    for m in _RARE_THREE.finditer(text):
        if m[1][0] not in SURNAMES and _one_name(m[1]):
            found.append(Slot("person", m[1], para, m.start(1), m.end(1)))
    for m in _GIVEN_NAME.finditer(text):
        if _given(m[1], comrade=bool(m[2])):
            found.append(Slot("person", m[1], para, m.start(1), m.end(1)))
    for m in _CALLED_LIST.finditer(text):  # 梁书记、郑县长、鲁部长、尹主任、党主席: each of a list called by surname and post,
        # whatever its surname (党, too common a character to be one anywhere else; dev15 1530); not a list of posts (副书记、…)
        called = list(_ONE_CALLED.finditer(text, m.start(), m.end()))
        if not any(c[0][0] in "副正总常代" for c in called):
            found += [Slot("person", c[0], para, c.start(), c.end()) for c in called if c[0][0] not in SURNAMES]
    for m in _BARE_NAME.finditer(text):
        if _one_name(m[1]) and m[1] not in (known_places or ()):
            found.append(Slot("person", m[1], para, m.start(1), m.end(1)))
    for at in _role_names(text):
        found.append(Slot("person", text[at[0]:at[1]], para, at[0], at[1]))
    found = [s for s in found if s.text not in FRAME_NAMES]  # 胡锦涛同志在全国宣传思想工作会议上强调 (dev6 533)
    for m in _LEADERS.finditer(text):
        g = 1 if m[1] else 2
        pos = m.start(g)
        for name in m[g].split("、"):
            found.append(Slot("person", name, para, pos, pos + len(name)))
            pos += len(name) + 1
    for form in known_places or ():
        for m in re.finditer(re.escape(form), text):
            found.append(Slot("place", form, para, m.start(), m.end()))
    found = [_trim_org(s) if s.kind == "org" else s for s in found  # 总书记关于做好…: 关于 is no name
             if s.kind != "person" or not (function_word(s.text) or _serves_as(s.text))]
    found = [s for s in found if s.kind != "org" or not _generic_org(s.text)]
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out: list[Slot] = []
    for s in found:
        if not out or s.start >= out[-1].end:
            out.append(s)
    return out


PERSON_ROLES = ("老板", "店主", "群主", "村民", "居民", "党员", "志愿者", "网格员", "快递员", "外卖员", "骑手", "老人",
                "医生", "教师", "老师", "民警", "调解员", "宣讲员", "讲解员", "农民", "职工", "青年", "创业者", "小哥", "村医",
                "乡贤", "支书", "大学生")
"""What an experience article calls the people of its story, before their names (面馆老板雷钧, 网格员李红)."""
_ROLE = re.compile(rf"(?:{'|'.join(PERSON_ROLES)})(?=(?:{COMPOUND}|[{SURNAMES}]))")


def _role_names(text: str) -> list[tuple[int, int]]:
    """Where a person is named after what they are in the story, not a post (面馆老板彭文兴, 外卖小哥雷钧, 网格员李红,
    老人刘秀英; dev4 352): the segmenter reads a personal name starting there — whole (彭文兴), or a surname it leaves alone
    and the given name after it (刘|秀英) — and nothing longer than four characters. Not 党员干部, 青年志愿者."""
    from drafter.mining.segment import tagged

    roles = list(_ROLE.finditer(text))
    if not roles:
        return []
    words, starts, pos = tagged(text), {}, 0
    for k, (w, _) in enumerate(words):
        starts[pos] = k
        pos += len(w)
    spans = []
    for m in roles:
        if (k := starts.get(m.end())) is None:
            continue  # the segmenter reads the role and the name as one word
        w, flag = words[k]
        given, given_flag = words[k + 1] if k + 1 < len(words) else ("", "")
        if flag.startswith("nr") and 2 <= len(w) <= 4 and not function_word(w):
            spans.append((m.end(), m.end() + len(w)))
        elif len(w) == 1 and w in SURNAMES and given_flag.startswith("nr") and len(given) <= 2:
            spans.append((m.end(), m.end() + 1 + len(given)))
    return spans


def _named(text: str) -> bool:
    """Whether the segmenter reads ``text`` as names only (伍金泽仁, 扎西|罗布; not 认真学习, 亲自|主持)."""
    from drafter.mining.segment import tagged

    tags = [flag for _, flag in tagged(text)]
    return any(f.startswith(("nr", "ns")) for f in tags) and all(f.startswith("n") for f in tags)


def _listed_name(text: str) -> bool:
    """Whether four characters after a post, in a list of leaders, are a name the segmenter does not know whole
    (多吉才旺: 多吉|才|旺; 阿石拉比: 阿石|拉比): its first word a personal name, no verb in it, no post at its end
    (书记王刚强调 is 王刚, 部长李明同志 is 李明)."""
    from drafter.mining.segment import tagged

    tags = tagged(text)
    return (len(tags[0][0]) >= 2 and tags[0][1].startswith("nr") and len(tags) > 1
            and not any(f[:1] in ("v", "p", "c", "u") or w in _AFTER_A_NAME for w, f in tags[1:])
            and not re.search(TITLES + "$", text))


_AFTER_A_NAME = frozenset("就 等 在 的 和 与 及 也 还 对 向 同 为 并 又 均 都 亦 将 曾 分别 一起 一同 同志".split())
"""Words that follow a name (市委书记陈文浩在讲话中, 党组书记王寿亭等出席): the four characters are a name and a word."""


def _one_name(text: str) -> bool:
    """Whether the segmenter reads ``text`` as one personal name (布土丁)."""
    from drafter.mining.segment import tagged

    tags = tagged(text)
    return len(tags) == 1 and tags[0][1].startswith("nr")


def _given(text: str, *, comrade: bool = False) -> bool:
    """Whether the segmenter reads two characters as a personal name (玉成, 志强; not 组织, 青春); before 同志
    (``comrade``), also two characters it reads as no word or a rare one, no verb, adjective, numeral or pronoun
    and no office (刚才，玉军同志传达了…; 听了润泽同志关于…的经验介绍, dev11 1147, dev9 941; not 全体同志, 参会同志,
    团委同志)."""
    from drafter.mining.segment import tagged, word

    freq, tag = word(text)
    if tag.startswith("nr") or (comrade and any(f.startswith("nr") for _, f in tagged(text))):
        return True
    return comrade and freq < 200 and tag[:1] not in ("v", "a", "m", "r", "b", "q", "p", "c", "u", "f", "s") and \
        text[-1] not in "委支村组部局办处科队站所会联工网信社访治管员级长记任"


NOT_NAMES = ("关于", "对于", "由于", "至于", "鉴于", "于是", "齐聚", "齐心", "高度", "全力", "向前", "成为", "方面")
"""Words after a post or before 指出 that start with a surname's character but name nobody
(习近平总书记关于做好…, 负责同志和代表齐聚…)."""


def function_word(text: str) -> bool:
    """A preposition, conjunction, particle, adverb or pronoun (关于, 对于, 于是), or another word of
    ``NOT_NAMES``: no person's name."""
    from drafter.mining.segment import word

    return text[:2] in NOT_NAMES or word(text[:2])[1][:1] in ("p", "c", "u", "d", "r")


_ORG_KINDS = re.compile(r"(?:派出所|法院|检察院|公安分局|工作室|商会|有限公司|公司|集团)$")


def _generic_org(text: str) -> bool:
    """An organisation of a kind, not of a name (行业协会商会, 异地商会, 基层商会, 各级工商联及所属商会, 食品有限公司;
    dev8 704, dev11 1122): nothing before its kind but common words of two characters or more — no place, person
    or other proper name, no word the dictionary lacks or seldom sees, no name cut into single characters
    (温州商会, 莲前派出所, 首钢集团, 通才公司 are named)."""
    from drafter.mining.segment import cut, word

    if not _ORG_KINDS.search(text):
        return False  # 区委组织部: the office of a party committee, a fact of its own
    stem = _ORG_KINDS.sub("", text)
    if re.search(r"[及和与]|所属|各", stem) or len(stem) < 2:
        return True
    for w in cut(stem):
        freq, tag = word(w)
        if len(w) == 1 or tag.startswith(("ns", "nr", "nz", "nt")) or (freq < 100 and not w.endswith(("协会", "团体"))):
            return False  # a name the segmenter cuts into characters (莲|前, 二|圣) is a name
    return True


def _trim_org(slot: Slot) -> Slot:
    """An organisation's name without the words the pattern caught before it: a verb or conjunction that
    opens it (学莲前派出所 -> 莲前派出所, 以及物业公司 -> 物业公司), or a sentence's subject and verb, up to a
    preposition, adverb or idiom (咸丰县委统战部以商会, 县政府高度重视商会 -> 商会, dev10 1034) or a verb after an
    office (县委统战部指导工作室 -> 工作室), or a particle (参观了市检察院 -> 市检察院, dev13 1302); a verb inside a name
    stays (老李调解工作室)."""
    from drafter.mining.segment import cut, word

    words = cut(slot.text)
    tags = [word(w)[1] for w in words]
    drop = 0
    while drop < len(words) - 1 and tags[drop][:1] in ("v", "c", "p", "u", "d"):
        drop += 1
    for i in range(len(words) - 2, drop - 1, -1):
        if tags[i][:1] in ("p", "c", "u", "d") or tags[i] == "l" or (tags[i] == "v" and i > 0 and words[i - 1][-1] in "委府部局厅院"):
            drop = i + 1
            break
    cut_len = sum(len(w) for w in words[:drop])
    return Slot(slot.kind, slot.text[cut_len:], slot.para, slot.start + cut_len, slot.end)


FRAME_NAMES = ("习近平", "邓小平", "毛泽东", "江泽民", "胡锦涛", "马克思", "列宁", "中国", "中华", "全国", "世界",
               "国家", "全省", "全市", "全区", "全县", "雷锋", "焦裕禄")
"""Names and places that belong to the genre's frame (习近平新时代…, 中国特色…), never a slot."""
_CONGRESS = re.compile(r"(?:党的)?(?:十[一二三四五六七八九]|二十)(?:大|届[一二三四五六七八九]中全会|届历次全会"
                       r"|届(?:[一二三四五六七八九]中、)+[一二三四五六七八九]中全会|届(?=[一二三四五六七八九]中[、，和及]))"
                       r"|(?<=委)[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,3}次全(?:会|体会议)")
"""A congress (党的十九大), a plenum (十九届五中全会), a term's plenums listed (二十届二中、三中全会), the term of several
(十九届历次全会; 十六届 of 十六届三中和四中全会), or a plenum of the local committee (区委十四届八次全会)."""
_DAY = re.compile(r"(?<![月\d])\d{1,2}日(?:上午|下午|晚)?")


def congresses_and_days(text: str, para: int) -> list[Slot]:
    """The congresses (党的二十大, 十九届五中全会) and days (19日上午) of paragraph ``para``:
    facts of a meeting that the slot finders leave to a second pass."""
    return [*(Slot("congress", m[0], para, m.start(), m.end()) for m in _CONGRESS.finditer(text)),
            *(Slot("date", m[0], para, m.start(), m.end()) for m in _DAY.finditer(text)),
            *(Slot("date", m[0], para, m.start(), m.end()) for m in _LOST_MONTH.finditer(text))]


VISITED = re.compile(r"(?<=[来赴到])([京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕陜甘青宁新])(?=考察|视察|调研)")
"""A province by its one character where someone comes to inspect it (习近平总书记来陕考察重要讲话精神, dev2 200)."""
_LOST_MONTH = re.compile(r"^\d{3,4}[日号](?:上午|下午|晚上|晚)?(?=[，,])")
"""A paragraph opening on a day its copy lost the 月 of (510日，孝南区委召开…, dev4 318): the vocabulary reads it."""


_NAME_BEFORE = re.compile(rf"(?:{TITLES}|常委|记者|通讯员|[、，（(“\s由]|^)$")
_NAME_AFTER = re.compile(r"同志|[、，。）)”\s]|表示|指出|强调|要求|说|在|出席|主持|讲话|作|做|代表|对|就|等|分别|[两三四五]位"
                         r"|成为|荣获|入选|工作法")


def _rare(name: str) -> bool:
    """A segmenter's name guess that is no common word (高素质, 文明 are tagged names in context)."""
    from drafter.mining.segment import word

    freq, tag = word(name)
    return freq == 0 or (tag.startswith("nr") and freq < 10)


_FIGURE = re.compile(rf"\d+(?:[.,:：/\-]\d+)*(?:\s?(?:余|多)?(?:万|亿|千|百)?\s?(?:{UNITS}|平米|平方公里|岁|后|万|亿))?")
"""Any figure the patterns above left (68万, 85后, “133”模式, 12 个班次): a template keeps none."""
_FRAME_FIGURE = re.compile(r"21(?=世纪)|(?<=中央)1(?=号文件)|[1-9]\.0(?=版)|(?<![\d-])12345(?=”?(?:政务|热线|便民|市民))")
"""Figures of the frame every year's text says the same (21世纪, 中央1号文件, 2.0版, the 12345 hotline): no fact. (A rank
reached, 跻身全国民营企业500强, is the exemplar's fact: dev3 260 lists it.)"""


def _frame_figure(text: str, m: re.Match[str]) -> bool:
    found = _FRAME_FIGURE.match(text, m.start())
    return found is not None and found.end() == m.end()


_NAME_CHAR = r"(?:[^，。、；：“”（）\s\d]|“[^”，。]{1,8}”|（[^），。]{1,6}）)"
_MEETING_END = (r"(?:会议|大会|(?:工作|推进|座谈|部署|动员|联席|务虚|调度|培训|交流|述职|评议|总结|表彰|研判|报告|推动|"
                r"观摩|现场|汇报|点评|警示教育|党课)会)(?![室堂场所厅员务商议]|精神)")
_MEETING = re.compile(rf"(?:召开|举行|举办|出席|参加|主持)(?:了)?(?:\d{{4}}年度?)?({_NAME_CHAR}{{2,30}}?{_MEETING_END})"
                      rf"|(?:^|[，。\s])(?:\d{{4}}年度?)?({_NAME_CHAR}{{2,30}}?{_MEETING_END})(?=召开|举行|在|于|以[^，。]{{0,12}}形式)"
                      rf"|(?:^|[，。\s])(?:这次|本次|此次)(?:\d{{4}}年度?)?(全{_NAME_CHAR}{{2,30}}?{_MEETING_END})(?=[，。])")
"""A meeting named after the verb that holds it, or before 召开 (全县村（社区）“两委”换届工作推进会, dev11 1146: a 推进会,
quotes and brackets in its name, is a meeting as a …会议 is), or the meeting a speech opens on (这次全市人才工作会议，是…, dev9 940)."""


def meeting_name(texts: list[str], known_places: list[str]) -> str:
    """The meeting's name (全县宣传思想文化工作会议) from the title or the first paragraphs,
    when it names no place (a place stays a place slot)."""
    return meeting_names(texts, known_places)[0]


def meeting_names(texts: list[str], known_places: list[str]) -> tuple[str, tuple[str, ...]]:
    """The meeting's name (see ``meeting_name``) and the forms of it the first paragraphs also give, a little otherwise
    (the headline's 宣传思想文化暨统战工作会议, the lead's 2021年宣传思想文化工作暨统战工作会议, dev7 613): each a mention of
    the meeting's name, which another meeting's draft must not keep."""
    found = _meetings(texts, known_places)
    name = next((n for n in found if n.startswith("全")), found[0] if found else "")
    variants = tuple(dict.fromkeys(other for other in found if other != name and (
        difflib.SequenceMatcher(None, other, name).ratio() >= 0.8) and other.strip("全") != name.strip("全")
        and (not (other in name or name in other) or _bare(other, name))))
    return name, variants


_LEVEL_BEFORE = "国省市区县旗州盟镇乡央"
"""A level's character right before the bare name (全市宣传思想文化工作会议精神 in a county's report, dev2 131): another
level's meeting of that name, or the whole name itself."""


def _own_level_before(kind: str, value: str, text: str, start: int, own: str) -> int:
    """1 where the meeting's name, said without its 全区, stands after the own level's character (区意识形态工作联席会议成员单位,
    dev15 1514): the slot takes the character in, as the facts' name carries its own (全区…会议成员单位, not 区全区…)."""
    return int(kind == "meeting" and bool(own) and not value.startswith("全") and start > 0 and text[start - 1] == own
               and (start < 2 or not re.match(r"[\u4e00-\u9fff]", text[start - 2])))  # not 鹤城区统战工作会议 (dev7 614)


def _bare(other: str, name: str) -> bool:
    """``other`` is ``name`` without its 全区/全县… (黄陂区召开宣传统战工作会议 after the headline's 全区宣传统战工作会议):
    a mention of the meeting a place's name stands before."""
    return len(other) >= 6 and re.fullmatch(r"全[省市区县旗州盟镇乡]" + re.escape(other), name) is not None


def _meetings(texts: list[str], known_places: list[str]) -> list[str]:
    found = [m[1] or m[2] or m[3] for text in texts[:5] for m in _MEETING.finditer(text)]
    # a headline's 召开年度宣传与统战工作会议 names the 宣传与统战工作会议 its lead holds in 2019年度 (dev4 314)
    found = [name[2:] if name.startswith("年度") and len(name) >= 8 else name for name in found]
    return [name for name in found if not any(p in name for p in known_places)
            and not name.startswith(("会议", "本次", "这次", "此次", "这样", "这种", "这个", "那次", "一次", "各", "有关",
                                     "相关", "的"))  # 参加这样大规模的党建工作会议 (dev5 436) names no meeting
            and not re.search(r"一次|十分|非常|重要的?会议$", name)]  # 召开的一次十分重要的会议 (dev8 730) neither


_LIST = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+")
_LIST_END = re.compile(r"参加|陪同|一同|一起|等")


def listed_names(text: str, known: set[str]) -> list[str]:
    """The names of a list (领导王文斌、冯海国、张海兵、胡洋参加) in which one is a known person:
    each item of two or three characters starting with a common surname; of the first item the
    end (领导王文斌 -> 王文斌), of the last its start (胡洋参加 -> 胡洋)."""
    out: list[str] = []
    for m in _LIST.finditer(text):
        if _in_slogan(text, m.start(), m.end()):
            continue
        items = m[0].split("、")
        names = []
        for k, item in enumerate(items):
            if 0 < k < len(items) - 1 or len(item) <= 3:
                names.append(item if 2 <= len(item) <= 3 and item[0] in SURNAMES else "")
            elif k == 0:
                names.append(next((item[-n:] for n in (3, 2) if item[-n] in SURNAMES), ""))
            else:
                after = [n for n in (3, 2) if _NAME_AFTER.match(item[n:]) or _LIST_END.match(item[n:])]
                names.append(item[:after[0]] if after and item[0] in SURNAMES else "")
        if any(n in known for n in names):
            out += [n for n in names if n and n not in known and not _common_word(n)]
    return out


_BYLINE = re.compile(r"(?:记者|通讯员)[：:\s]*((?:(?!记者|通讯员)[\u4e00-\u9fff]{2,3}(?:[\s、，,]+|(?=[）)]|$)))+)")
"""The names after 记者 or 通讯员 in a byline (（记者 李建成 李凤霞）), each ending at a space, a 、 or the bracket:
strict, for it finds names nothing else knows (vocabulary's byline pattern, looser, only gives known names a role:
a cleaned text runs 记者杨正强报道 together)."""


CREDIT = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})\s*[/／](?:文图|图文|文|图|摄影|摄)(?![\u4e00-\u9fff])")
"""Who wrote or photographed a report, credited at its end: （宣传部 贾先奎/文 朱慧娴/图） (dev12 1233)."""


def byline_names(text: str) -> list[str]:
    """The reporters of a byline, and the credited writers and photographers: every name of two or three characters
    with a common surname (李建成, which the dictionary knows as a prince of Tang, is no word here)."""
    named = [name for m in _BYLINE.finditer(text) for name in re.split(r"[\s、，,]+", m[1].strip())]
    return [name for name in named + [m[1] for m in CREDIT.finditer(text)]
            if 2 <= len(name) <= 3 and name[0] in SURNAMES and not _common_word(name)]


def _common_word(text: str, at_least: int = 1) -> bool:
    """A word of the dictionary, seen ``at_least`` times, and no personal name."""
    from drafter.mining.segment import word

    freq, tag = word(text)
    return freq >= at_least and not tag.startswith("nr")


OFFICES = (r"(?<![区市县州省郡知]){own}(?=长|政府|人民政府|人大|政协|纪委|监委|直|级|领导|委员会|法院|检察院"
           r"|[\u4e00-\u9fff]{{1,3}}?(?:局|办)|(?!城)[\u4e00-\u9fff]{{1,4}}?中心|[\u4e00-\u9fff]{{1,3}}(?:联|协|联会|工会)(?![\u4e00-\u9fff])"
           r"|新联会|侨联会|工商联|总工会|文联|科协|侨联|残联|妇联|[四五六几]大班子)"  # 县新联会围绕… (孝昌 2023)
           r"|(?<=[、，；（“]){own}(?=[\u4e00-\u9fff“])(?![域城内外里间])|(?<={own}){own}(?=委(?!员))|(?<=[我本该]){own}(?!场)"
           r"|(?<=[\u4e00-\u9fff]强){own}(?=[”」，。、；]|战略|建设|目标|汇聚|提供|贡献|作出|奋斗|迈进|的根本|之本|之基)"
           r"|(?<=依法治){own}"  # 在依法治县上迈上新台阶 (珙县 2025)
           r"|(?<=[示模]范)(?=[县市旗]){own}(?![城域内外级])")  # 为房县加快建设绿色低碳循环发展示范县 (房县 2025); not
           # 示范区, a zone of many kinds (共同富裕示范区, 先行示范区, dev3 244)
"""The document's level (县 of 上杭县) at the head of an office (副县长, 县政府, 县政协, 县直, 县民政局,
、县电视台, 息县县委) or after 我/本/该 (我县召开…), or a slogan's level (“人才强县”战略, dev5 428; 也是强市的根本, dev9 940): a template for a 区
writes 副区长, 我区, 人才强区. ``{own}`` is the level's character."""
MASKS = ("××", "××××")
"""A withheld word as the cleaner writes it, and a withheld year of four (××××年度, dev4 336): no one's name."""
_SHAPED = ("date", "year", "percent", "figure", "title", "docno")
"""Kinds of slot found by their shape alone (no dictionary, no known place)."""


def every_mention(texts: list[str], found: list[Slot], paras: set[int], own: str = "",
                  meeting: str = "", forms: tuple[str, ...] = (), variants: tuple[str, ...] = ()) -> list[Slot]:
    """All the slots of a document for a template that must carry nothing of it: besides
    ``found``, every further mention of each person and congress (杨政指出 after 区委书记
    杨政), the names the segmenter tags (``nr``: a reporter's name), congresses (十九大,
    十八届三中全会), days of the month (26日上午), every figure left, the meeting's name,
    and with ``own`` (the suffix of the document's place: 县) its 全县 and 县委; every form of the
    document's places (``forms``: 徐州 of 徐州市 in a dateline, 徐州日报讯, dev9 915). Only paragraphs
    in ``paras``."""
    from drafter.mining.segment import tagged

    values: dict[str, str] = {}
    for s in found:
        if s.kind in ("person", "place") and len(s.text) >= 2 and s.text not in MASKS:
            values.setdefault(s.text, s.kind)
    for form in forms:
        if len(form) >= 2:
            values.setdefault(form, "place")
    if meeting:
        values[meeting] = "meeting"
        for other in variants:  # the same meeting named a little otherwise (see ``meeting_variants``)
            values.setdefault(other, "meeting")
    extra: list[Slot] = []
    covered = {s.para for s in found}
    for i in sorted(paras - covered):  # a paragraph the miner gave no role (the date line of a speech)
        extra += [s for s in find(texts[i], i) if s.kind in _SHAPED]
    for i in sorted(paras):
        text = texts[i]
        pos = 0
        for word, flag in tagged(text):
            pos += len(word)
            if word in FRAME_NAMES or word[:2] in NOT_NAMES:
                continue
            if (flag.startswith("nr") and 2 <= len(word) <= 3 and word[0] in SURNAMES and _rare(word)
                    and (_NAME_BEFORE.search(text[:pos - len(word)]) or _NAME_AFTER.match(text[pos:]))
                    and not (len(word) == 3 and _common_word(word[:2], 1000))  # 范围广 of 要求严、范围广, 卫生镇
                    and not _in_slogan(text, pos - len(word), pos)
                    and not _among_phrases(text, pos - len(word), pos)):
                values.setdefault(word, "person")
        extra += congresses_and_days(text, i)
        extra += [Slot("place", m[1], i, m.start(), m.end()) for m in VISITED.finditer(text)]  # 来陕考察
        for name in listed_names(text, {v for v, k in values.items() if k == "person"}) + byline_names(text):
            values.setdefault(name, "person")
        if own in ("省", "区", "县", "市", "旗", "州", "盟", "镇", "乡"):  # a town's meeting: 全镇, 镇党委, 该镇, 镇宣传办 (dev9 929)
            extra += [Slot("area", m[0], i, m.start(), m.end()) for m in re.finditer("全" + own, text)]
            extra += [Slot("party", m[0], i, m.start(), m.end())
                      for m in re.finditer(rf"{own}(?:党)?委(?!员)" if own in "镇乡" else rf"{own}委(?!员)", text)
                      if not _named_before(text, m.start()) and not (own in "镇乡" and text[m.start() - 1:m.start()] in "乡镇")]
            extra += [Slot("level", m[0], i, m.start(), m.end()) for m in re.finditer(OFFICES.format(own=own), text)]
            if own == "县":  # 在县域平安上取得新突破, 县域经济: the county's own area (区域 is any region's, 市域社会治理 the
                # national programme's name, a quoted 中国县域旅游竞争力百强 a ranking's, 全省县域经济先进县 a comparison of
                # counties, 我县县域 said twice: all left as they are)
                extra += [Slot("level", own, i, m.start(), m.start() + 1) for m in re.finditer(r"(?<![我本该县省市国])县域", text)
                          if text.count("“", 0, m.start()) == text.count("”", 0, m.start())]
            for place in (v for v, k in values.items() if k == "place"):  # 上杭县委 after the short form 上杭
                extra += [Slot("party", m[0], i, m.start(), m.end())
                          for m in re.finditer(rf"(?<={re.escape(place)}){own}委(?!员)", text)]
    called = [v for v, k in values.items() if k == "person" and len(v) == 3 and v[0] in SURNAMES]
    for i in sorted(paras):
        text = texts[i]
        for value, kind in values.items():
            extra += [Slot(kind, text[m.start() - (k := _own_level_before(kind, value, text, m.start(), own)):m.end()], i,
                           m.start() - k, m.end())
                      for m in re.finditer(re.escape(value), text)
                      if not (kind == "meeting" and (_upper_meeting(text, m.start(), m.end()) or (
                          _bare(value, meeting) and text[m.start() - 1:m.start()] in _LEVEL_BEFORE)))]
        extra += [Slot("given", full[1:], i, m.start(), m.end()) for full in called for m in re.finditer(
            rf"(?<!{full[0]}){re.escape(full[1:])}(?=书记|同志|部长|主任|局长|[县区市]长|主席)", text)]  # 定一书记 of 张定一
    merged = sorted([*found, *extra], key=lambda s: (s.para, s.start, -(s.end - s.start)))
    in_places = {s.text for s in merged if s.kind == "person" and s.text not in MASKS and _PLACE_AFTER.match(texts[s.para], s.end)}
    history = {(s.para, s.text, _sentence_of(texts[s.para], s.start)) for s in merged if s.kind == "place"
               and _WHERE_HE_WORKED.search(texts[s.para], 0, s.start) and _WHILE_THERE.match(texts[s.para], s.end)}
    merged = [s for s in merged if not (s.kind == "person" and s.text in in_places)  # 马桥 of 马桥河村 (dev9 917)
              and not (s.kind == "place" and (s.para, s.text, _sentence_of(texts[s.para], s.start)) in history)]
    out: list[Slot] = []
    for s in merged:
        if out and out[-1].para == s.para and s.start < out[-1].end:
            continue
        out.append(s)
    return _figures(texts, out, paras)


_WHERE_HE_WORKED = re.compile(r"习近平(?:总书记|同志)?(?:当年)?在$")
_WHILE_THERE = re.compile(r"(?:省|市|县)?(?:工作|主政|任职)(?:期间|时)")
"""The place where the general secretary once worked (建设法治浙江，是习近平总书记在浙江工作期间作出的…, dev15 1502): history, no
fact of the new meeting's place, in all the sentence says of it."""
def _sentence_of(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts."""
    return max(text.rfind(c, 0, at) for c in "。！？") + 1


_PLACE_AFTER = re.compile(r"(?:[^对在和与及到为从向给把被的了是就等赴、，。；：\s\d])?(?:村|社区|街道|镇|乡)(?![长委党民])")
"""What follows a word that begins a village's or town's name (马桥 of 马桥河村组织召开…): no person's name, wherever
else it stands (张三村长, 李明镇长 are names before posts; 李根闯对社区戒毒… is a name before a preposition)."""


def _upper_meeting(text: str, start: int, end: int) -> bool:
    """The meetings of the levels above whose spirit is studied (全面落实全国、全区社会工作部长会议精神, shared 05; the city's
    or province's in a district's report, 学习贯彻全国和上海市宣传思想工作会议精神, 全国、市…会议精神): of the same name as the
    document's own meeting, but not it."""
    return text.startswith("精神", end) and re.search(r"(?:全国|中央|省委|[省市州盟]|上级|、(?:全[国省区市县])?)$",
                                                     text[:start]) is not None  # 传达了上级宣传思想文化工作会议精神 (dev12 1238)


def _serves_as(text: str) -> bool:
    """任 and a post after a post is the verb, no name (以统战部部长任组长, dev 349)."""
    return text[:1] == "任" and re.fullmatch(TITLES, text[1:]) is not None


def _in_slogan(text: str, start: int, end: int) -> bool:
    """Whether a word stands inside a short quoted slogan (“敬老尚俭”工程, dev9 905) or a quoted list of
    mottos (“安专迷、严实硬、新活快”的组工精神, dev2 149): no name."""
    opening = text.rfind("“", max(0, start - 6), start + 1)
    closing = text.find("”", end, end + 4)
    if opening >= 0 and closing >= 0 and "”" not in text[opening:start]:
        return True
    opening = text.rfind("“", 0, start + 1)
    closing = text.find("”", end)
    if opening < 0 or closing < 0 or "”" in text[opening:start] or "“" in text[end:closing]:
        return False
    items = text[opening + 1:closing].split("、")
    return len(items) >= 2 and all(1 <= len(item) <= 4 for item in items)


def _among_phrases(text: str, start: int, end: int) -> bool:
    """Whether a word is one item of a 、-list of phrases of its length, most of which open on no surname (讲政治、顾大局、
    保稳定、促发展, dev11 1104: 顾大局 is no person), unlike a list of names (王文斌、冯海国、张海兵)."""
    before = re.search(r"(?:[\u4e00-\u9fff]+、)+$", text[:start])
    after = re.match(r"(?:、[\u4e00-\u9fff]+)+", text[end:])
    n = end - start  # the list's first and last items run into the words around it: their n characters next to it
    items = ([w[-n:] for w in before[0].split("、")[:-1]] if before else []) + (
        [w[:n] for w in after[0].split("、")[1:]] if after else [])
    items = [w for w in items if len(w) == n]
    return len(items) >= 2 and sum(w[0] not in SURNAMES for w in items) > len(items) / 2


def _named_before(text: str, at: int) -> bool:
    """Whether a place's name stands right before ``at`` (武汉 of 武汉市委: another city's 市委, or the
    document's own, slotted as its place), not a word (代表市委、市政府: the document's own 市委)."""
    from drafter.mining.places import _table

    by_name, _, shorts = _table()
    return any(text[at - n:at] in by_name or text[at - n:at] in shorts for n in (2, 3, 4) if at >= n)


def _figures(texts: list[str], slots: list[Slot], paras: set[int]) -> list[Slot]:
    """``slots`` and a figure slot for every figure outside them."""
    out = list(slots)
    for i in sorted(paras):
        taken = [(s.start, s.end) for s in slots if s.para == i]
        for m in _FIGURE.finditer(texts[i]):
            if not any(a < m.end() and m.start() < b for a, b in taken) and not _frame_figure(texts[i], m):
                out.append(Slot("figure", m[0], i, m.start(), m.end()))
    return sorted(out, key=lambda s: (s.para, s.start))
