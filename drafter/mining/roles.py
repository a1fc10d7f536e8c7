"""Genre guess and the role of each part of a document, from cue phrases and position.

Roles (see tests/labels/README.md for the full table): salutation, opening, lead,
review, thanks, transition, significance, requirements, tasks, line, guarantees,
closing, highlights, attendance, voices, documents, headline, overview, measures.

The decision is data, read in this order:

1. cue words (``cue``: one ordered table of patterns -> role): what the meeting or a named
   speaker says (会议指出/强调/要求, 王立来要求，, 对如何做好…，周峰要求，; a speaker is a name
   the segmenter tags or the document introduced after a post, ``recognise.posted_names``),
   refined by what is said first (``recognise.said_role``: 重要意义 -> significance, 加强党对…的
   领导 -> guarantees); the agenda (传达/通报/表彰/交流发言/总结…部署…) is ``agenda``; work
   reports (汇报…情况) and looking back (过去一年, 一年来) are ``review``;
2. a level-1 heading's own words (重要意义 -> significance, 加强…领导 -> guarantees, a head
   naming a work line -> line, a motto head -> measures); a cue standing alone on its line
   (会议指出) takes the role of what follows it;
3. position, per genre (``PRIORS``): the first paragraph is the lead (news), the opening
   (speech) or the overview (experience); a speech's section without cue words asks for
   work (requirements) and the last of three or more is its guarantees; and the order of a
   report (``meeting_order``: 会议指出，要… before the meeting's own requirements is the
   significance that leads to them).

Text outside sections takes the role of its cue or of the paragraph before it. News cue
paragraphs (会议…, a named speaker) open a part of their own even under a subhead
(``breaks_section``), and so do the closing, and in news the attendance and quoted voices.
The genre itself is scored from the same kind of evidence (salutation and 讲话 titles for
speeches, a meeting in the headline or lead for news, 经验/交流发言 for experience articles).
"""

from __future__ import annotations

import re
from typing import Any

from drafter.mining.lines import line_at_start
from drafter.mining.recognise import ASK, ASKED_AFTER, said_role
from drafter.outline import BLOCK_WORDS, MOTTO, Item

GENRES = ("speech", "brief", "report", "feature", "experience")
GENRE_NAMES = {"speech": "讲话稿", "brief": "会议通稿", "report": "会议报道", "feature": "专题报道",
               "experience": "经验材料"}
ROLE_NAMES = {
    "salutation": "称谓", "opening": "开场", "lead": "导语", "review": "回顾成绩", "thanks": "致谢",
    "transition": "转入今年", "significance": "认识意义", "requirements": "提出要求", "tasks": "部署任务",
    "line": "分条线", "guarantees": "落实保障", "closing": "结尾", "highlights": "工作亮点",
    "attendance": "出席参会", "voices": "人物表态", "documents": "文件解读", "headline": "标题",
    "overview": "概述", "measures": "主要做法", "topic": "分专题", "problems": "存在问题",
    "section": "其他部分", "agenda": "会议议程",
}
NEWS = ("brief", "report", "feature")

PERSON = (r"(?:书记|副书记|主任|局长|部长|区长|市长|县长|镇长|主席|代表|负责人|居民|村民|群众|党员|经理|董事长"
          r"|校长|院长|所长|队长|网格员|志愿者|委员|干部|站长|社长)")
VOICE = re.compile(rf"^.{{0,40}}{PERSON}[\u4e00-\u9fff]{{2,3}}(?:表示|说|介绍|谈到)[，：]|^“.{{4,}}”.{{0,40}}说")
_INSTRUCTED = r"(?:会前，)?[^。，]{2,40}?作出?(?:重要)?批示"
"""A leader's written instructions to the meeting (州委书记杨国宗作出批示; 会前，市委书记…对…作出批示): told with who
attended (dev13 1300, dev3 208)."""
ATTENDANCE = re.compile(r"会议以.{1,12}(?:形式|方式)召开|(?:出席|参加|列席)了?(?:会议|(?:本|此|这)次会议)?。?(?:[（(][^）)]{1,20}[）)])?$"
                        r"|(?:参会|到会(?:指导|讲话)?)。?$|均参加了会议|(?:出席|参加)会议的(?:还)?有"
                        rf"|^{_INSTRUCTED}[。，]?$")
LEAD_NEWS = re.compile(r"^本报讯|^(?:\d{4}年)?[\d*＊×Xx]{1,2}月[\d*＊×Xx]{1,2}日|^\d{1,2}日(?:上午|下午|晚上?)，[^。]{0,60}?(?:召开|举行)|^(?:昨日|昨天|近日|日前|今天|今日)，?.{0,60}召开"
                       r"|^(?:为[^。]{4,150}。)?[^。]{0,80}?[\d*＊×Xx]{1,2}月[\d*＊×Xx]{1,2}日[^。]{0,80}?(?:召开|举行)")
"""How a report's lead opens: a dispatch, a date, a meeting held — maybe after the sentence of its purpose
(为深入学习贯彻…，推动…。3月24日，学校召开党建工作调研会。, dev9 933)."""
_HEAD_CUES = (
    ("closing", re.compile(r"下一步|打算|今后")),
    ("review", re.compile(r"回顾|成绩|成效|基本情况|总体情况|工作情况|完成情况|进展情况|过去|总结|估价|作出了?[^，。]{0,12}贡献"
                          r"|功不可没")),  # 一、…多年来为…发展作出了积极、重要的贡献，功不可没 (dev3 235)
    ("significance", re.compile(r"意义|认识|站位|形势|使命|领会|理解|认清|怎么看|统一思想|学习贯彻[^，。]{0,12}精神|重要性"
                                r"|极端重要|关系[^，。]{0,6}全局|高度重视|责任感|紧迫感")),
    ("problems", re.compile(r"存在的?(?:问题|不足)|突出问题|问题和不足|不足和问题|差距|短板|薄弱环节")),
    ("guarantees", re.compile(r"领导|保障|责任|作风|组织实施|自身建设|抓好落实|狠抓落实")),
    ("measures", re.compile(r"做法|举措|措施|经验")),
    ("requirements", re.compile(r"要求")),
    ("tasks", re.compile(r"任务|重点|部署|聚焦|推动|推进|抓好|工作")),
)


_MEETING = re.compile(r"召开|会议|大会|座谈会|推进会|部署会|例会|会上")
INTRODUCTION = r"引言|前言|导语|概述|背景(?:[和与及](?:起因|缘起|由来))?|起因|缘起"
"""An experience article's heading over its introduction (一、引言; 一、背景和起因, dev10 1021)."""


def guess_genre(texts: list[str], kinds: list[str], items: list[Item], lines: list[str]) -> str:
    """The genre a document most looks like (one of GENRES)."""
    body = [t for t, k in zip(texts, kinds, strict=True) if k not in ("title", "subtitle", "caption",
                                                                     "byline", "meta", "empty")]
    heads = [it for it in items if 0 < it.level < 5 and it.kind == "heading"]
    first = next((t for t, k in zip(texts, kinds, strict=True) if k == "body" and not _short_line(t)), "")
    salutation = "salutation" in kinds or any(t.startswith("同志们，") for t in body)
    heads_text = " ".join(t for t, k in zip(texts, kinds, strict=True) if k in ("title", "subtitle"))
    shared = bool(re.search(r"经验|交流发言|汇报发言|典型材料|典型发言", heads_text)) and not re.search(
        r"在[^，。]{2,40}(?:会议|会)上的?讲话", heads_text)  # 在…交流会上的发言; but 在…经验交流会上讲话 is a speech (dev9 955)
    spoken = not shared and any(re.search(r"上的(?:讲话|致辞|发言|报告)|(?:讲话|讲话稿|致辞|发言)(?:稿?范文|全文)?(?:[（(][^）)]*[）)])?$", t)
                                and not re.search(r"召开|举行|出席|开幕|闭幕", t)  # …会议召开 李静出席并作讲话: a report
                                and not (k == "subtitle" and len(t) <= 8)  # 张哲君讲话: a photo's caption under a report
                                and not re.search(r"\s[\u4e00-\u9fff]{2,4}(?:[做作]|发表)?了?(?:重要)?(?:讲话|致辞|发言)$", t)
                                # …会议精神 乌兰讲话, …隆重开幕 宋法棠做重要讲话: a report (dev10 1017, dev13 1319)
                                for t, k in zip(texts, kinds, strict=True) if k in ("title", "subtitle"))
    first_person = any(re.search(r"我代表|我讲|讲几点意见|我再讲|我们要|我们必须", t) for t in body)
    says = sum(bool(re.match(r"^会议(?:指出|要求|强调|认为|充分肯定|提出|部署|号召|明确)", t)) for t in body)
    lead = bool(LEAD_NEWS.search(first))
    dispatch = bool(re.match(r"^[^。，]{0,24}讯[（(\s：:]|^[^。，]{0,24}讯\d", first))  # 本网3月21日讯（记者…）: a report
    voices = sum(bool(VOICE.search(t)) for t in body)
    docs = sum(bool(re.search(r"(?:出台|印发)了?《|以下简称", t)) for t in body)
    mottos = sum(bool(MOTTO.match(it.text)) for it in heads)
    runs = sum(it.kind == "run-in" and not it.marker for it in items)
    line_heads = sum(it.level == 1 and line_at_start(it.text, lines) is not None for it in heads)
    heads_and_lead = [t for t, k in zip(texts, kinds, strict=True) if k in ("title", "subtitle")] + [
        t[:200] for t in [t for t in body if not _short_line(t)][:1]]
    meeting = any(_MEETING.search(t) for t in heads_and_lead)  # news tells of a meeting in its headline or lead
    scores = {
        "speech": 3 * salutation + 3 * spoken + 2 * first_person + 0.5 * any(it.marker for it in items if it.level < 5)
        - 2 * dispatch,
        "brief": 2 * (says >= 2) + (not heads) + lead - 2 * salutation - 2 * (not meeting)
        + (lead and not salutation and bool(re.search(r"出席|主持", first[:200]))),  # …召开，市委书记黄晓武出席会议并讲话 (dev8 705)
        "report": ("byline" in kinds) + 2 * (line_heads >= 2) + any(
            any(w in it.text for w in BLOCK_WORDS) for it in heads) + (len(heads) >= 5) + 0.5 * lead
        - 2 * (not meeting),
        "feature": any(t.startswith("本报讯") for t in body) + 2 * (voices >= 2) + (docs >= 2)
        + 0.5 * (bool(heads) and not line_heads),
        "experience": 2 * (mottos >= 2) + (runs >= 3) + any("下一步" in t for t in body[-2:])
        + (not lead) - salutation - (says >= 2) + (not meeting) + 3 * shared,
    }
    return max(GENRES, key=lambda g: (scores[g], -GENRES.index(g)))


_TRANSITION = re.compile(r"讲(?:几|两|三|四|五)点(?:意见|要求|看法|体会)|我再?(?:讲|谈)(?:几点|一些|三点)|下面，我")
_THANKS = re.compile(r"表示衷心的?感谢|表示诚挚的?感谢|借此机会，我代表")
"""A paragraph of thanks (借此机会，我代表…表示衷心的感谢); 这些成绩的取得 closes a review instead (dev2 143, 144,
dev5 432, dev7 631, dev10 1050 label such paragraphs review)."""
_REQUIRE_HEAD = re.compile(r"会议要求|会议(?:提出|明确)了?.{0,6}要求|^会上，.{0,30}(?:提出|要求)"
                           r"|^(?:会议|会上|大会)(?:就|对|围绕|针对)[^。]{2,30}?(?:提出|作出|进行)了?[^。]{0,6}(?:要求|部署)")
POINTS_ASKED = re.compile(r"(?:提出|讲了|作了|谈了)了?[^。，：；]{0,10}?(?:[两三四五六七八九几]点|几个方面的?|重要)(?:意见|要求)[：:]"
                           r"|^[^。，：；]{2,30}?(?:对|就)[^。，：；]{2,30}?工作提出了?[两三四五六七八九几]点(?:意见|要求)。"
                           r"|^并?(?:对|就)[^。，：；]{2,40}?工作(?:进行了?|作了?|作出了?)?(?:安排部署|部署安排)[：:]"
                           r"|^[^。，：；]{2,30}?(?:安排部署|部署安排)了?(?:下一步|下步|今后|今年|明年|\d{4}年)[^。，：；]{0,12}?工作[，：:]")
"""A report announcing the points asked for (区委书记崔建民讲了重要意见：, …就如何做好今后的人才工作提出三点要求：, 会议对…
提出三點意見：, dev4 315, dev7 620, 625; 尹志安对2020年全区组织工作提出五点要求。, 并对2021年宣传思想文化工作进行安排部署：,
符世海安排部署下一步工作，要求…, dev12 1210, 1228, dev5 409)."""
_REQUIRE_NEWS = re.compile(r"会议提出.{0,4}(?:点|项)?要求")
_SIGNIFICANCE_NEWS = re.compile(r"重要意义|吹响了?.{0,20}号角|动员令|指明了方向")
_REVIEW_HEAD = re.compile(r"过去的一年|过去一年|一年来|去年以来|长期以来|近年来|一直以来|会议充分肯定|会议总结")
_DOCUMENTS = re.compile(r"(?:出台|印发|制定|发布)了?《|以下简称《|重点解读|进行了?解读")


_PRESENT = re.compile(r"^[^。，]{2,60}(?:出席|列席|主持)(?:会议)?(?:并(?:作)?(?:讲话|重要讲话))?[。，]"
                      r"|^[^。，]{2,40}?(?:到会|在会上)?(?:作|发表)?了?(?:重要)?讲话。|^" + _INSTRUCTED + "。")
"""A short first sentence naming who attended or presided (区人大常委会主任陈军…出席会议。; 市委副书记丛丽主持会议并
讲话。; 镇统战委员主持会议，…参会。; 县委组织部副部长张常亮讲话。, dev10 725)."""
def _present_only(text: str, names: frozenset[str] = frozenset()) -> bool:
    """Who attended or presided, and not what he then said in the same sentence (…出席会议并讲话，他指出，… is the
    speech). What he said in a sentence of its own is a unit of its own (市委常委、秘书长李雪峰出席会议并讲话。李雪峰要求，…;
    …主持會議并講話。他指出，…, dev13 1325, dev7 603, dev12 1209): the paragraph opens on who attended."""
    from drafter.mining.recognise import cue_sentences

    m = _PRESENT.match(text)
    if not m:
        return False
    if not re.search(r"指出|强调|要求|表示|认为", text[m.end():]):
        return True
    return m[0].endswith("。") and any(h.start == m.end() for h in cue_sentences(text, names))


_AGENDA = re.compile(r"^(?:会议|会上)?还?(?:首先)?(?:传达|通报|宣读|表彰|表扬)|^[^，。]{2,30}?(?:传达|通报|宣读)了"
                     r"|^(?:会议|会上)还?(?:解读|审议|听取|观看|学习)了|^会前，(?![^。]{0,40}批示)|^随后，(?:会议|与会)|^[^，。]{0,8}会上，与会"
                     r"|^会议由[^。]{2,40}?分别"
                     r"|^(?![^，。]{0,20}?(?:强调|指出|要求)[，：])(?:[^。]{0,60}?(?:颁奖|颁发[^。，]{0,12}?(?:证书|奖牌|牌匾|奖状)|授牌)"
                     r"|[^。]{0,80}?[作做]了?(?:典型|表态|交流|经验交流)发言|[^，。]{2,40}?汇报了[^。]{0,40}?情况)"
                     r"|^会后，|^此外，[^。]{0,20}?(?:审议|学习|传达|通报|听取)"
                     r"|^[^。，]{0,30}?(?:回顾|总结)[^。]{0,70}?(?:部署|安排)[^。]{0,30}。(?![^。]{0,12}(?:强调|指出|要求)|要)"
                     r"|^会议的?主要任务是|^会议分[两二三四]个?阶段|^第[一二三四]阶段"
                     r"|^(?:会议|会上)还?(?:就|对)[^。]{2,60}?进行了?[^。]{0,4}(?:部署|安排)[^。]{0,4}。$"
                     r"|^(?:会议|会上)还?(?:就|对)[^。]{2,60}?进行了?[^。]{0,4}(?:研讨|讨论|研究|会商)"
                     r"|^(?:会议|会上)还?对[^。]{2,80}?(?:进行了?|予以)(?:表彰|表扬|通报|颁奖)"
                     r"|^与会(?:人员|同志|代表|领导)|^[^。]{0,80}?(?:交流发言|表态发言|谈[^。]{0,10}(?:体会|心得))"
                     r"|^(?:会议|会上)(?:还)?(?:研究)?部署了[^。，]{2,30}。|^会上，?[^。]{2,100}?(?:发言|交流|分享|汇报|述职)"
                     r"|^会上，[^。]{0,40}?(?:签订|签署|宣贯|解读|颁发|观看|参观)了?"  # 会上，…签订了…责任书 (dev12 1222, 1230)
                     r"|^(?:会议|会上)(?!指出|强调|要求|认为|提出)[\u4e00-\u9fff]{2,6}(?:，[\u4e00-\u9fff]{2,6}){2,}[，。]")
"""A news paragraph that only lists the agenda (会议传达学习…, 会上通报了…, …传达了…精神,
会议由…分别对…作总结, 某某回顾总结了去年工作，安排部署了今年工作。, 会议总结工作，表彰先进，分析形势，…)."""
_AT_MEETING = re.compile(r"^会上，[^。]{0,60}?(?:(总结回顾|回顾总结|进行了?总结)|传达|通报|宣读|学习了|作了?[^。，]{0,12}报告)")
"""What a report says was done at the meeting (会上，传达贯彻…; 会上，…作了全县统战工作报告): the
agenda; a look back on the year's work (会上，…对2018年新区宣传和统战工作进行了总结回顾) is a review."""
_LINE_WORK = r"(?:组织|宣传思想|宣传|统战|统一战线|政法|社会)(?:文化)?工作"
_LINE_DEPLOYED = re.compile(rf"^(?!会议|会上|大会)[^。，]{{2,40}}?(?:(?:安排)?部署了?[^。，]{{0,6}}?{_LINE_WORK}"
                            rf"|就[^。，]{{0,8}}?{_LINE_WORK}(?:进行了?|作了?|作出了?)(?:安排)?部署)")
"""A line's head deploying that line's work at a combined meeting (区委副书记王新刚安排部署社会工作,
李秀华在会上就宣传思想工作进行了安排部署): the line's tasks. The meeting's own deployment
(会议部署了…) is the agenda."""
_CARRY_OUT = re.compile(r"^[^。]{0,40}?(?:(?:贯彻|落实|传达|学习)[^。]{0,6}?(?:本次|这次)?会议精神|会议还研究了?其他)")
"""The last word of a report: carry out the meeting's spirit (会议要求，…认真贯彻落实好会议精神),
or the other business it also saw to (会议还研究了其他事项)."""
_LOOKS_BACK = re.compile(r"过去的一年|过去一年|一年来|去年以来|以来[^。]{0,30}?(?:取得|实现)了|^自?\d{4}年以来|在肯定成绩的同时"
                         r"|^(?:过去的?|这)[两三四五几]年|^近(?:几)?年来|^从[^，。]{1,12}到[^，。]{1,12}，")
"""A speech's paragraph before its parts that looks back on the year anywhere in it (…仍把政法会
单列…。在过去的一年里，…): the review, where no cue word opens it."""
_OPENS_LOOKING_BACK = re.compile(r"(?:过去的?(?:一|两|三|五|几)年|过去一年|一年来|近(?:几)?年来|去年以来|\d{4}年(?:以来)?，"
                                r"|从[^，。]{1,12}到[^，。]{1,12}，)")
"""A speech paragraph that opens on a look back: a review, even where it ends on the transition to the
points (过去的三年，我市…。下面，我讲几点意见。, dev10 1047, 1050)."""
_LATER_POINT = re.compile(r"^(?:第[二三四五六七八九十]|[二三四五六七八九十](?:是|要|、)|[（(][二三四五六七八九十][）)])")
"""A paragraph that opens on a later point than the first (第三，/ 二是要…): a copy that starts mid-speech."""
_THIS_MEETING = re.compile(r"^(?:通过|此次|本次|这次)(?:此次|本次|这次)?会议")
"""A report's last word on what the meeting achieved (此次会议的召开为…奠定了坚实基础; 通过此次会议，…明确了…, dev9 917, 925)."""
_WELCOME = re.compile(r"致(?:欢迎)?(?:辞|词)")
"""The host's welcome (项凤日在会上致欢迎词，): the opening of a visited meeting."""
_REPORTED = re.compile(r"^(?!(?:会议|会上)(?:强调|要求|指出))[^。]{0,60}?(?<!听取)(?:汇报了?[^。]{0,40}?(?:工作|情况)"
                       r"|(?:工作|情况)进行了?汇报|进行了?总结交流|总结交流)")
"""Units or officials reporting on their work (…负责人在会上汇报了今年以来的宣传工作): a review."""
_THIS_YEAR_MUST = re.compile(r"^(?:\d{4}年|今年|新的一年)(?:的|，)?[^，。]{0,14}?要")
"""A speech paragraph telling what this year's work must do (2019年的组织工作要…)."""
_YEARS_STAKES = re.compile(r"^(?:[^。，]{0,30}?(?<!强调|指出|要求|表示)(?<!说)，)?(?:今年|明年|新的一年|(?:\d{4}|20[\dxX×*＊]{2}) ?年)，?是"
                           r"(?![^。]{0,40}?(?:取得|成就|丰收)[^。]{0,16}的一年)")
"""The year ahead and its stakes (202x年，是深入学习贯彻xx精神的开局之年。; 按照…部署，今年是…的突破之年, dev7 633, dev11
1145): why the work matters — not a look back (…是取得重大成就的一年)."""
_REVIEWED = re.compile(r"过去一年|过去的一年|去年以来|一年来|(?:今年|近年|年|多年|长期)以来|取得了?|作出了|成效|成绩|贡献"
                       r"|坚强领导下|正确指导下")


def _emphasis(text: str) -> str:
    """What 会议强调 announces: a listed series of requirements makes the paragraph requirements
    whatever its first sentence says; else its first sentence tells significance (做好…是…的重要
    基础, 今年是…) or guarantees (要加强党对…的领导, 各级党委要…), and requirements by default."""
    from drafter.mining.recognise import frame_points, ordinal_points, said_role

    if len(frame_points(text)) >= 3 or len(ordinal_points(text)) >= 3:
        return "requirements"
    return {"guarantees": "guarantees", "significance": "significance"}.get(said_role(text[4:]), "requirements")


def _speaker(text: str, names: frozenset[str]) -> str:
    from drafter.mining.recognise import speaker_cue

    return speaker_cue(text, names)


def cue(text: str, genre: str, *, last: bool, names: frozenset[str] = frozenset()) -> str | None:
    """The role a paragraph's own words announce, if any (first rule that holds wins);
    ``names``: the people the document introduced after a post (``recognise.posted_names``)."""
    news = genre in NEWS
    if news and (topic := _TOPIC_FIRST.match(text)):  # 就做好今年人才工作，会议强调，要… (dev5 427): what the meeting said
        text = text[topic.end():]
    if news and re.match(r"(?:最后|随后|同时)，(?!会议|会上)", text):
        text = text[3:]  # 最后，镇政法委书记…作出指示：一是… (dev12 1214, 1221, 1237): what the speaker said
    head = text[:40]
    speaker = _speaker(text, names) if news else ""
    rules = (
        ("transition", genre == "speech" and bool(_TRANSITION.search(text)) and not _OPENS_LOOKING_BACK.match(text)),
        ("opening", genre == "speech" and bool(re.match(r"^(?:今天|这次|此次|本次|刚才|主要任务是|会议的主要任务)", text))),
        ("thanks", bool(_THANKS.search(text))),
        ("closing", text.startswith("同志们，") or (last and bool(re.search(r"让我们|(?<![及和、])下一步|^(?:今后|下步|接下来)，", text[:60])))),
        ("closing", news and last and bool(_THIS_MEETING.match(text))),
        ("closing", genre == "speech" and text.startswith("最后，")),
        ("requirements", genre == "speech" and bool(_THIS_YEAR_MUST.match(text))),
        ("requirements", genre == "speech" and bool(re.match(r"^一要", text))),  # 一要…: the points begin
        ("opening", news and bool(_WELCOME.search(head))),
        ("closing", news and bool(_CARRY_OUT.match(text)) and (last or "其他" in text[:12])),
        ("review", news and bool(re.match(r"^[^。]{0,120}?进行了?总结交流", text))),
        ("review", news and bool(_AT_MEETING.match(text)) and bool(_AT_MEETING.match(text)[1])),
        ("agenda", news and bool(_AT_MEETING.match(text)) and not _AT_MEETING.match(text)[1]),
        ("line", news and bool(_LINE_DEPLOYED.match(text))),
        ("requirements", news and bool(POINTS_ASKED.search(text[:90]))),
        ("agenda", news and bool(_AGENDA.match(text))),
        ("attendance", news and bool(ATTENDANCE.search(text) or _present_only(text, names))),
        ("review", news and bool(_REPORTED.match(text))),
        (speaker, bool(speaker)),
        ("voices", news and bool(VOICE.search(text))),
        ("significance", bool(re.match(r"^(?:会议|会上)(?:指出|强调)了?[^。]{0,30}?(?:重要性|重要意义|重大意义)", text))
         or bool(_YEARS_STAKES.match(text))),
        ("requirements", bool(re.match(r"^(?:今年|\d{4}年)[^，。]{0,12}?(?:总体要求|主要任务|总体思路|工作思路)是", text))),
        (_emphasis(text), text.startswith("会议强调")),
        ("requirements", bool(_REQUIRE_HEAD.search(head) or re.search(r"强调在.{1,12}上，?要", text[:80])
                              or (news and _REQUIRE_NEWS.search(text)))),
        ("requirements", text.startswith(("会议指出，要", "会议指出：要"))),  # unless asked for later: see units
        ("review", text.startswith(("会议指出", "会议认为")) and bool(
            _REVIEWED.search(text[:100]) or re.match(rf"会议(?:指出|认为)[，：]\d{{4}}年(?:以来|度)?，(?![^。]{{0,30}}(?:是|{ASK}|将))", text))),
        ("significance", text.startswith(("会议指出", "会议认为")) or (news and bool(_SIGNIFICANCE_NEWS.search(text)
                                                                  or text.startswith("今年是")))),
        ("review", bool(_REVIEW_HEAD.search(head)) or (news and bool(re.search(r"交出了.{0,8}答卷", text)))),
        ("documents", news and bool(_DOCUMENTS.search(text))),
    )
    return next((role for role, holds in rules if holds), None)


PRIORS: dict[str, dict[str, Any]] = {
    "speech": {"first": "opening", "section": "requirements", "last_of_three": "guarantees", "looks_inside": 1},
    "brief": {"first": "lead", "section": "topic", "last_of_three": "", "looks_inside": 99},
    "report": {"first": "lead", "section": "topic", "last_of_three": "", "looks_inside": 99},
    "feature": {"first": "lead", "section": "topic", "last_of_three": "", "looks_inside": 99},
    "experience": {"first": "overview", "section": "section", "last_of_three": "", "looks_inside": 99},
}
"""Where cue words say nothing, position decides, per genre: the role of the first paragraph; of a
section whose heading and opening say nothing (a speech's parts ask for work: requirements); of
the last of three or more sections (a speech ends on its guarantees); and how many paragraphs of
a section are read for its cue (a speech's section is told by its heading and first paragraph
only, a report's by the first cue in it)."""

BREAKERS = {"speech": ("closing",), "experience": ("closing",), "brief": ("closing", "attendance", "agenda"),
            "report": ("closing", "attendance", "voices", "agenda"),
            "feature": ("closing", "attendance", "voices", "documents", "agenda")}
SKIP = ("title", "subtitle", "caption", "byline", "meta", "empty")


_TOPIC = r"^(?:就|对|围绕|针对|关于|对于)[^。；，：]{2,30}[，：]"
"""A paragraph's opening topic clause (就做好今年人才工作，/ 就如何做好2015年组织工作，)."""
_TOPIC_FIRST = re.compile(_TOPIC + r"(?=(?:会议|会上|大会)(?:还)?(?:指出|强调|要求|提出))")
"""The topic a report names before what the meeting said of it (就做好今年人才工作，会议强调，)."""
_NEWS_CUE = re.compile(r"^(?:会议|会上|大会)(?:[^，。]{0,30}?)(?:指出|强调|要求|认为|号召|提出|明确|部署|肯定)")
"""A news paragraph that opens with what the meeting said: a part of its own wherever it stands."""
_SPEAKER_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,3}(?:同志)?(?:在讲话中)?(?:强调|指出|要求)[：:，]?$")
"""A speaker's cue standing as a subhead of its own (阳化冰强调：)."""
CUE_HEAD = re.compile(r"^(?:会议|会上|大会)(?:指出|强调|要求|认为|提出|明确|号召)[：:，]?$")
"""A cue standing alone on its line (会议指出): a heading whose role is what follows."""


def assign(texts: list[str], kinds: list[str], items: list[Item], lines: list[str],
           genre: str) -> list[str]:
    """The role of every paragraph ('' for titles, captions, bylines and other furniture)."""
    from drafter.mining.recognise import posted_names

    n = len(texts)
    names = posted_names(texts)
    at = {it.index: it for it in items}
    tops = [i for i in range(n) if i in at and at[i].level == 1]
    parts: set[int] = set()
    if not tops and genre == "speech":  # a speech whose parts are its numbered paragraphs (首先，…。其次，…, dev10 1048)
        marked = [it for it in items if it.marker and it.level > 1]
        least = min((it.level for it in marked), default=0)
        if sum(it.level == least for it in marked) >= 2:
            parts = {it.index for it in marked if it.level == least}
    section_end = {s: (tops[k + 1] if k + 1 < len(tops) else n) for k, s in enumerate(tops)}
    last_body = max((i for i in range(n) if kinds[i] not in SKIP), default=-1)
    first_body = next((i for i in range(n) if kinds[i] not in (*SKIP, "salutation") and not _stub(i, texts, at)), -1)
    roles = [""] * n
    current = ""
    year = max((int(y) for y in re.findall(r"(\d{4})年", texts[first_body] if first_body >= 0 else "")
                if 1950 < int(y) < 2100), default=0) or max(  # else the latest year the text names
        (int(y) for t in texts for y in re.findall(r"(?<![到至])(\d{4})年", t) if 1950 < int(y) < 2100), default=0)
    in_section = False
    for i in range(n):
        if kinds[i] in SKIP or (i < first_body and _stub(i, texts, at)):
            continue
        if kinds[i] == "salutation":
            roles[i] = current = "salutation"
            continue
        if i in section_end:
            current = _section_role(i, section_end[i], texts, kinds, at, lines, genre, tops, names)
            roles[i] = current
            in_section = True
            continue
        if i in parts:  # the part's own words tell its role, else it asks for work
            words = texts[i][len(at[i].marker):].lstrip("，、：")
            roles[i] = current = cue(words, genre, last=False, names=names) or said_role(words) or PRIORS[genre]["section"]
            in_section = True
            continue
        text = texts[i]
        if text.startswith("同志们，") and any(t > i for t in tops):  # an address mid-speech, not its end
            text = text[4:]
        found = cue(text, genre, last=i == last_body, names=names) or _past_year(text, year) or (
            "review" if genre == "speech" and not in_section and _LOOKS_BACK.search(text) else None)
        if in_section:
            if found in BREAKERS[genre] or (found and genre in NEWS and breaks_section(texts[i], names)):
                current = found
        elif i == first_body and (genre != "speech" or found not in ("transition", "review", "thanks")) and not (
                found and genre in NEWS and _NEWS_CUE.match(text)):  # a copy that starts at 会议指出 has no lead
            current = PRIORS[genre]["first"]
            if genre == "speech" and _LATER_POINT.match(text):
                current = PRIORS[genre]["section"]  # a page that starts at a later point of the speech (第三，要…, dev11 1141)
            if genre == "speech" and not found and _STAKES.search(text[:120]):
                current = "significance"  # a speech that opens on why the work matters (…事关…，事关…, dev7 637, 641)
        elif found:
            current = found
        elif genre == "speech" and current in ("opening", "transition") and _STAKES.search(text[:120]):
            current = "significance"  # after the opening, before the parts: why the work matters (dev3 240, 242)
        elif genre == "speech" and current == "transition":
            current = "requirements"  # after 下面，我讲几点意见 come the points
        elif genre in NEWS and current == "lead" and not in_section:
            current = "agenda"  # a report's lead is its first paragraph; what follows it unannounced is the business
        roles[i] = current or "section"
    return meeting_order(texts, roles)


_ASKED = re.compile(r"^(?:会议|会上)(?:要求|强调|提出)")


_SAID_CUE = re.compile(r"^(?:会议|会上|[^，。]{1,30}?)(?:指出|强调)")
_ASKS = re.compile(ASK + r"|必须|务必")


def meeting_order(texts: list[str], roles: list[str]) -> list[str]:
    """A report's 会议指出，要… asks for work unless the meeting's requirements come after it:
    then it is the significance that leads to them (the usual order of a report: review,
    significance, requirements). ``texts``: the paragraphs (or units) whose ``roles`` are given."""
    asked = [k for k, t in enumerate(texts) if roles[k] and _ASKED.match(t)]
    from drafter.mining.recognise import asks_series

    out = ["significance" if r == "requirements" and texts[k].startswith("会议指出") and asked and asked[-1] > k
           and not asks_series(texts[k][5:]) else r for k, r in enumerate(roles)]  # 会议指出，要…。要…。要…: asks
    work = [k for k, r in enumerate(out) if r in ("requirements", "per_line_tasks", "tasks", "line", "guarantees")]
    # what a speaker or the meeting stressed last, with no work asked for after it, is the report's requirements
    # however it opens (要提高站位，…; 2022年是…之年，…要…): a significance leads to requirements
    # (unless the paragraph itself goes on to what is asked: 张福生指出，意识形态工作是…。他要求，一是…, dev13 1223)
    return ["requirements" if r == "significance" and _SAID_CUE.match(texts[k]) and not any(w > k for w in work)
            and (_ASKS.search(texts[k]) or CUE_HEAD.match(texts[k].strip())) and not ASKED_AFTER.search(texts[k])
            else r for k, r in enumerate(out)]


def _short_line(text: str) -> bool:
    """A short line that is no sentence: a byline, a date, a photo credit."""
    return len(text) < 30 and not re.search(r"[。！？：]", text)


def _stub(i: int, texts: list[str], at: dict[int, Item]) -> bool:
    """A short line that is no sentence before the article begins: not its lead."""
    return i not in at and _short_line(texts[i])


def breaks_section(text: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether a news paragraph opens a part of its own even under a subhead: it reports what
    the meeting or a named speaker said (会议就…提出要求。, 周峰要求，)."""
    topic = _TOPIC_FIRST.match(text)  # 就做好今年人才工作，会议强调，
    return bool(_NEWS_CUE.match(text[topic.end():] if topic else text)) or bool(_speaker(text, names))


def _past_year(text: str, year: int) -> str | None:
    """``review`` for a paragraph opening with 去年， or a year before the meeting's (2014年，该区…), or with
    a year and what was done in it where the meeting's year is not told (2016年，城步统一战线坚持…，
    …作用不断强化, dev4 310); ``requirements`` for the meeting's year or a later one and what will or
    must be done in it (2025年，全区政法宣传工作将突出…)."""
    if text.startswith("去年，"):
        return "review"  # 去年，全市各级组织部门…取得新进展 (dev11 1112, dev3 300, dev5 429)
    m = re.match(r"^(\d{4})年(?:度|以来)?，", text)
    if not m:
        return None
    if year and int(m[1]) < year:
        return "review"
    if re.match(rf"[^，。；]{{0,16}}?(?:将(?!近)|{ASK})", text[m.end():]):
        return "requirements"  # 2025年，郾城区将在…上…; 2025年，全区政法宣传工作将突出… (dev6 520, dev8 709): the year ahead
    first = text[:text.find("。") + 1 or 120]
    return "review" if (not year or int(m[1]) == year) and _DONE.search(first) and "要" not in first[:30] else None


_DONE = re.compile(r"取得|成效|成绩|不断(?:强化|提升|增强|巩固)|实现了|完成了|圆满")


def _section_role(start: int, end: int, texts: list[str], kinds: list[str], at: dict[int, Item],
                  lines: list[str], genre: str, tops: list[int], names: frozenset[str] = frozenset()) -> str:
    body = [i for i in range(start + 1, end) if kinds[i] not in SKIP]
    if CUE_HEAD.match(at[start].text.strip()) or _SPEAKER_HEAD.match(at[start].text.strip()):
        # 会议指出 or 阳化冰强调 on its own line: what follows tells (dev5 423, dev13 1321)
        found = cue(at[start].text.strip().rstrip("：:，") + "，" + (texts[body[0]] if body else ""), genre,
                    last=False, names=names)
        if found:
            return found
    found = _heading_role(at[start].text, lines, genre)
    if found:
        return found
    for i in body[:PRIORS[genre]["looks_inside"]]:
        found = cue(texts[i], genre, last=False, names=names)
        if found:
            return found
    prior = PRIORS[genre]
    if prior["last_of_three"] and len(tops) >= 3 and start == tops[-1]:
        return prior["last_of_three"]
    return prior["section"]


def _heading_role(words: str, lines: list[str], genre: str) -> str | None:
    """The role a level-1 heading's own words announce."""
    if MOTTO.match(words):
        return "measures"
    if re.fullmatch(INTRODUCTION, words.strip()):
        return "overview"  # 一、引言: the article's lead (dev4 346)
    if len(words) <= 12 and any(w in words for w in BLOCK_WORDS):  # a box label, not a sentence
        return "highlights"
    if genre in NEWS and len(words) <= 4 and line_at_start(words, lines) is None:  # 看点, 重点
        return "highlights"
    if genre in NEWS and len(words) >= 25:
        return "headline"
    # the head's own verb comes first, after an ordinal of its own (第一个问题，总结回顾…)
    first = re.split(r"[，,？?；;。]", re.sub(r"^第[一二三四五六七八九十]{1,2}(?:个问题|部分|个方面|点)[，,：:]?", "", words),
                     maxsplit=1)[0]
    said = next((role for role, pattern in _HEAD_CUES if pattern.search(first)), None) if len(first) > 3 else None
    if said in _STANDS_FIRST:
        return said
    if genre == "speech" and re.match(r"^[^，。？?]{2,20}?，?是(?!否)", words):
        return "significance"  # 一、人才是高质量发展之本: what the work is (dev9 940, 945; dev4 335, dev10 1050)
    if genre != "experience" and line_at_start(_ABOUT.sub("", words), lines) is not None:
        return "line"
    if len(words) > 4:
        role = next((role for role, pattern in _HEAD_CUES if pattern.search(words)), None)
        return "requirements" if role == "measures" and genre == "speech" else role  # 落实工作措施 asks for work
    return None


_STAKES = re.compile(r"^[^。]{2,30}?，?是[^。]{0,40}?(?:根本|命脉|关键|重要|基础|保证|所在)|高度重视|重要意义|极端重要"
                     r"|事关[^。，]{2,20}，事关|意义重大|关乎[^。，]{2,12}(?:国运|国本|长治久安|福祉)")
"""What a speech says of why the work matters, right after its opening (坚持和加强党的领导，是党和国家的
根本所在; 党的十八大以来，…党中央高度重视意识形态工作)."""
_ABOUT = re.compile(r"^(?:关于|做好|抓好|切实)")
"""Words before a line's name in a heading (三、关于宣传思想工作)."""
_STANDS_FIRST = ("review", "significance", "problems")
"""Roles a heading's first clause settles (认清形势，…政法工作的使命感; 总结经验，奋发有为): the words
after it (a line's name, 新要求) only say what the part is about."""


def topic_line(text: str, lines: list[str]) -> str | None:
    """The one line a paragraph's topic clause names (就如何做好2015年组织工作，邱树华要求，…, dev7 601)."""
    from drafter.mining.lines import anchors

    m = re.match(_TOPIC, text)
    if m is None:
        return None
    named = [ln for ln in lines if any(a in m[0] for a in (f"{ln}工作", *anchors(ln)))]
    return named[0] if len(named) == 1 else None


def paragraph_lines(texts: list[str], kinds: list[str], items: list[Item], roles: list[str],
                    lines: list[str]) -> list[str | None]:
    """The work line each paragraph belongs to (None when it is about all or none)."""
    from drafter.mining.lines import assign_series

    n = len(texts)
    out: list[str | None] = [None] * n
    if not lines:
        return out
    at = {it.index: it for it in items}
    scope: dict[int, str | None] = {}  # heading level -> line of the heading in force
    for i in range(n):
        if kinds[i] in SKIP:
            continue
        it = at.get(i)
        if it is not None and it.level < 5:
            for deeper in [lv for lv in scope if lv >= it.level]:
                del scope[deeper]
            scope[it.level] = line_at_start(_ABOUT.sub("", it.text), lines)
        inherited = next((scope[lv] for lv in sorted(scope, reverse=True) if scope[lv]), None)
        out[i] = inherited or ((line_at_start(texts[i], lines) or topic_line(texts[i], lines))
                               if it is None or it.level >= 5 else None)
    # a series of parallel paragraphs of one role (会议要求，要… ×4): one per line
    i = 0
    while i < n:
        j = i
        while (j + 1 < n and roles[j + 1] == roles[i] and roles[i] and kinds[j + 1] == "body"
               and kinds[i] == "body" and texts[j + 1][:4] == texts[i][:4] and i not in at):
            j += 1
        if j > i and all(out[k] is None or out[k] == x for k, x in
                         zip(range(i, j + 1), assign_series(texts[i:j + 1], lines), strict=True)):
            for k, x in zip(range(i, j + 1), assign_series(texts[i:j + 1], lines), strict=True):
                out[k] = x
        i = j + 1
    return out
