"""A skeleton's slot named by what it is, from the words around it (issue 11).

``name(kind, value, before, after)`` gives the name of a slot the shared facts vocabulary has
no field for: a figure by the noun it counts (8个乡镇党委 -> 乡镇党委数, 投入80万元 -> 投入金额),
a percentage by what it measures (占比达42% -> 占比), a date by what happens on it
(11月8日举办 -> 举办日期), a congress by its kind (十九大 -> 党代会, 五中全会 -> 全会), a title in
《》 by the kind of document (《…实施方案》 -> 实施方案), an organisation by its kind
(莲前派出所 -> 派出所), a place by its level (乡镇, 县区 …), a person of an experience article by the post or role
before the name (面馆老板雷钧 -> 老板, 副部长李明 -> 副部长). An empty name means the words say
nothing; the skeleton then numbers the slot by its kind (数字3), as the last resort.

Rules are data: the tables below, each read by one small function.
"""

from __future__ import annotations

import re

COUNT_UNITS = "个名家项篇次场期部条户件所门节本份人位处起批支届座栋套辆台笔间张种类村组例"
"""Units of a count: the figure is the number of the noun it counts (乡镇党委数)."""
UNIT_NAMES: tuple[tuple[str, str], ...] = (
    ("人次", "人次"), ("场次", "场次"), ("班次", "班次"), ("篇次", "篇次"), ("万元", "金额"), ("亿元", "金额"),
    ("元", "金额"), ("平方公里", "面积"), ("平方米", "面积"), ("平米", "面积"), ("亩", "面积"), ("公里", "里程"),
    ("吨", "重量"), ("周年", "周年"), ("岁", "年龄"), ("后", "年代"), ("倍", "倍数"), ("天", "天数"),
    ("小时", "时长"), ("分钟", "时长"), ("月", "月数"),
)
"""Units that name what a figure measures (金额, 面积 …), longest first within a family."""
MONEY_NOUNS = ("额", "资金", "经费", "投资", "收入", "产值")
DOC_KINDS = ("实施方案", "工作方案", "实施意见", "指导意见", "意见", "方案", "办法", "通知", "决定", "规定", "规划",
             "计划", "条例", "纲要", "细则", "制度", "清单", "指引", "措施", "报告", "决议", "公报", "通报", "规则", "调查", "守则",
             "讲话", "讲义", "日报", "晚报", "杂志")
"""The kind of a document in 《》, from the end of its title."""
ORG_KINDS = ("派出所", "检察院", "法院", "公安分局", "工作室", "商会", "公司", "集团", "组织部", "宣传部", "统战部",
             "政法委", "社会工作部")
PLACE_LEVELS = {0: "省份", 1: "地市", 2: "县区", 3: "乡镇"}
"""A place other than the document's own, named by its level (drafter.mining.places)."""
_NOUN = ("n", "nz", "nt", "nl", "ng", "vn", "b", "a", "an", "j", "zg", "s")
_NAMES = ("nr", "ns", "nt")
"""Tags of proper names: a slot's name never carries one (刘茂洲等8名 is no 刘茂洲数)."""
_HEAD = ("n", "j", "s", "zg")
"""Tags of a word that can end a noun phrase (党支部 is j, 窗口 s, 村 zg)."""
_SKIP_AFTER = re.compile(r"^(?:余|多|左右|以上|以下)")


def _noun_after(text: str) -> str:
    """The noun phrase that opens ``text`` (乡镇党委统一进行换届 -> 乡镇党委, 镇与村 -> 镇)."""
    from drafter.mining.segment import tagged

    text = _SKIP_AFTER.sub("", text)
    words: list[tuple[str, str]] = []
    for w, flag in tagged(text[:12]):
        if not flag.startswith(_NOUN) or flag.startswith(_NAMES) or w in ("等", "的") or \
                (words and words[-1][1].startswith(_HEAD) and not flag.startswith(_HEAD)):
            break
        words.append((w, flag))
    while words and not words[-1][1].startswith(_HEAD):
        words.pop()
    return _tail([w for w, _ in words], shortest=1)


def _noun_before(text: str) -> str:
    """The noun phrase that ends ``text`` (单项工作先进单位 -> 工作先进单位)."""
    from drafter.mining.segment import tagged

    out: list[str] = []
    for w, flag in reversed(tagged(text[-12:])):
        if w in ("达", "为", "约", "共", "超", "近", "突破", "达到", "等"):
            if out:
                break
            continue
        if not flag.startswith(_NOUN) or flag.startswith(_NAMES):
            break
        out.insert(0, w)
    return _tail(out)


def _verb_before(text: str) -> str:
    from drafter.mining.segment import tagged

    words = tagged(text[-8:])
    return words[-1][0] if words and words[-1][1].startswith("v") and len(words[-1][0]) >= 2 else ""


def _tail(words: list[str], longest: int = 6, shortest: int = 2) -> str:
    """The last whole words of a phrase, at most ``longest`` characters (优秀宣传工作者 -> 宣传工作者)."""
    while words and sum(map(len, words)) > longest and len(words) > 1:
        words = words[1:]
    phrase = "".join(words)
    return phrase if shortest <= len(phrase) <= longest else ""


def figure(value: str, before: str, after: str) -> str:
    """乡镇党委数, 投入金额, 年销售额, 周年, 年龄 … or ""."""
    unit = re.sub(r"^[\d.,:：/\-\s]+(?:余|多)?\s?", "", value)
    for suffix, what in UNIT_NAMES:
        if unit == suffix or (unit.endswith(suffix) and suffix in ("万元", "亿元", "人次", "场次")):
            if what == "金额":
                noun = _noun_before(before)
                if noun.endswith(MONEY_NOUNS):
                    return noun
                verb = _verb_before(before)
                return f"{verb}金额" if verb else "金额"
            if what in ("人次", "场次", "班次", "篇次", "面积"):
                noun = _noun_after(after) or _noun_before(before)
                return noun if noun.endswith(what) else f"{noun}{what}" if noun else what
            if what == "月数" and before.endswith(("今年", "年", "前", "后")):
                return "月份"
            return what
    if unit and unit[-1] in COUNT_UNITS or unit in ("万", "亿"):
        if unit == "个" and after.startswith("月"):
            return "月数"
        if before.endswith("第"):
            noun = _noun_after(after)
            return f"{noun}届次" if noun else "届次"
        noun = _noun_after(after)
        if noun and unit[-1] in "名人位" and after.startswith(noun) and after[len(noun):len(noun) + 1] in tuple("长员者师"):
            noun += after[len(noun)]  # 9名网格长: the heads counted, not the grids (网格|长 as the segmenter cuts it)
        noun = noun or _noun_before(before)
        if not noun and unit[-1] in "名人":
            return "人数"
        return (noun if noun.endswith("数") else f"{noun}数") if noun else ""
    if not unit:
        if before.endswith("第"):
            return "名次"
        if after.startswith(("月份", "月")):
            return "月份"
        if re.search(r"“[^“”]*$", before) and re.match(r"[^“”]*”", after):
            return "提法数字"
        if re.fullmatch(r"\s*[、.．]?\s*", after[:1]) and (not before or before.endswith(("①", "②", "③", "。"))):
            return "序号"
    return ""


def _rate(text: str) -> str:
    """The rate ``text`` ends on, as a word: 覆盖率 (not 盖率), 参保率 of 参保|率, 满意率."""
    from drafter.mining.segment import cut

    words = cut(text)
    if words[-1] == "率" and len(words) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]{1,4}", words[-2]):
        return words[-2] + "率"
    return words[-1] if re.fullmatch(r"[\u4e00-\u9fff]{2,6}率", words[-1]) else text[-2:]


def percent(before: str) -> str:
    ratio = re.search(r"(占比|比例|比重|[\u4e00-\u9fff]率)(?:达到?|为|超过?|约|近)?$", before)
    if ratio:
        return _rate(before[:ratio.end(1)]) if ratio[1].endswith("率") else ratio[1]
    noun = _noun_before(re.sub(r"(?:达到?|为|超过?|约|近|提高到?|增长|下降)$", "", before))
    if not noun:
        return ""
    return noun if noun.endswith(("率", "比", "比例", "比重")) else f"{noun}比例"


def date(before: str, after: str) -> str:
    if before.endswith(("截至", "截止", "截止到")):
        return "截止日期"
    if before.endswith(("至", "到")):
        return "结束日期"
    if after.startswith(("至", "到", "起")):
        return "起始日期"
    if after.startswith(("讯", "电", "消息")):
        return "报道日期"
    held = re.match(r"[^。；]{0,30}?(召开|举行|举办|开幕|闭幕)", after)
    if held:
        return f"{held[1]}日期"
    from drafter.mining.segment import tagged

    for w, flag in tagged(after.lstrip("，, ")[:10])[:3]:
        if flag.startswith("v") and len(w) >= 2:
            return f"{w}日期"
    return ""


def congress(value: str) -> str:
    if "次全" in value:
        return "本级全会"  # 区委十四届八次全会: the local committee's, named apart from the centre's (全会)
    return "全会" if "全会" in value else "党代会"


def title(value: str) -> str:
    words = value.strip("《》")
    kind = next((k for k in DOC_KINDS if words.endswith(k)), "")
    if kind in ("日报", "晚报", "杂志"):
        return "报刊"
    return kind or "书名"


WITHHELD_YEAR = re.compile(r"\s?年(?![代轻龄级])")
"""What follows a withheld year (××年, ×× 年度), not a word with 年 (××年代, 年轻, 年龄, 年级)."""


def withheld(after: str) -> str:
    """What a withheld name (××) stands for, by the words after it: a plenum's term (在年初的××全会上, seed 001), a town or
    a place (××镇, ××县, ××省), a number (××个, ××场次), a person's name (××同志, ××副局长), else a thing's name."""
    if re.match(r"(?:次)?全(?:会|体会议)", after):
        return "隐去的全会届次"
    if re.match(r"(?:镇|乡|街道)", after):
        return "隐去的乡镇"
    if WITHHELD_YEAR.match(after):  # ××年: a year no words around it date
        return "隐去的年份"
    if re.match(r"\s?(?:县区|[省县区市州旗])(?!长)", after):  # ××市委书记 is a city's
        return "隐去的地名"
    if re.match(r"(?:余|多)?(?:个|名|家|项|篇|次|场|期|人|场次|篇次|万|亿|%|大(?![学会厦道街桥队]))", after):  # 建成××个示范点, ××大特色栏目 (dev2 166)
        return "隐去的数字"
    if re.match(r"\s?(?:同志|[\u4e00-\u9fff]{0,3}(?:书记|部长|局长|主任|主席|[县区市镇乡]长|委员|秘书长))", after):
        return "隐去的人名"
    return "隐去的名字"


def person(before: str, after: str) -> str:
    """A person of an experience article's story by the post or role before the name (村党支部书记, 面馆老板) or the post
    after it (张三书记), else "": an experience article holds no meeting, so its people are no 出席 (dev10 1028, dev4 352)."""
    from drafter.mining.slots import PERSON_ROLES, TITLES

    said = re.search(rf"({TITLES}|{'|'.join(PERSON_ROLES)})$", before) or re.match(rf"(?:同志)?({TITLES})", after)
    return said[1] if said and len(said[1]) >= 2 else ""


def organisation(value: str) -> str:
    return next((k for k in ORG_KINDS if value.endswith(k)), "")


def place(level: int | None) -> str:
    return PLACE_LEVELS.get(level, "") if level is not None else ""


def name(kind: str, value: str, before: str, after: str, level: int | None = None) -> str:
    """A slot's name from its kind, its value and the text around it; "" when nothing tells."""
    found = {"figure": lambda: figure(value, before, after), "percent": lambda: percent(before),
             "date": lambda: date(before, after), "congress": lambda: congress(value),
             "title": lambda: title(value), "org": lambda: organisation(value),
             "place": lambda: place(level),
             "year": lambda: "五年规划" if value.endswith("五”") else "年度" if value.endswith("年度") else
             "隐去的年份" if re.search(r"[xX×＊*Ｘｘ]", value) else "年份",
             "person": lambda: withheld(after) if set(value) <= set("×X*") else person(before, after),
             }.get(kind, lambda: "")()
    return found if found.isidentifier() else ""
