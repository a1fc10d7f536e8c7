"""A battery of drafts: every built-in template over facts a writer may really hand in.

Facts variants: one work line, five and seven; line names with and without 工作; every
optional field present, left blank (``字段:``, ``""``, ``[]``) or left out; meetings in
2024, 2025 and 2026; long and short names; guests and no guests. Each draft is built in
this process, read back from its .docx and linted with the facts: an editor's error or
warning is a failure, and so is anything a writer would be ashamed to hand in (the word
None, a dangling “，。”, a body paragraph without its stop, a program's placeholder in a
final build, a sentence opening said over and over).
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from drafter import facts as facts_mod
from drafter import lint, pipeline, reader
from drafter.library import Library

TEMPLATES = ("speech", "report", "brief", "feature", "experience")

LINES: list[dict[str, Any]] = [
    {"名称": "组织", "部门": "组织部门", "成效": "组织保障更加坚强",
     "回顾": "着力建强基层组织，干部队伍结构持续优化", "评价": "迈上了新的台阶",
     "成绩": ["新建党群服务中心9个", "选派年轻干部到重点项目一线历练"],
     "今年": "聚焦建强干部队伍和基层组织", "部署": "抓班子、带队伍、强基层，为发展提供组织保证",
     "任务": {"标题": "聚焦强基固本，为全年发展提供组织保证", "导语": "组织工作要在服务大局中找准位置。",
            "要点": [{"标题": "抓实干部队伍建设", "报道标题": "锻造干部队伍 激发担当活力",
                    "回顾": "完善干部考核办法，树立重实绩的导向", "内容": "健全激励担当作为的机制，让能干事的人有舞台"},
                   {"标题": "抓实基层组织建设", "内容": "整顿软弱涣散党组织，推动村级组织全面过硬"}]}},
    {"名称": "宣传", "部门": "宣传部门", "回顾": "理论武装走深走实，主流舆论持续壮大",
     "成绩": ["区融媒体中心获评全省先进单位"], "部署人": {"职务": "区委常委、宣传部部长", "姓名": "唐雅琴"},
     "任务": {"标题": "聚焦凝心铸魂，营造良好舆论氛围",
            "要点": [{"标题": "深化理论武装", "内容": "健全理论学习中心组学习制度"},
                   {"标题": "做强主流舆论", "内容": "推进媒体深度融合，讲好本地故事"}]}},
    {"名称": "统战", "部门": "统战部门", "回顾": "大团结大联合局面巩固发展",
     "任务": {"标题": "聚焦凝心聚力，巩固发展爱国统一战线",
            "要点": [{"标题": "做好民营经济人士工作", "内容": "常态化开展政企座谈，帮助企业解决实际困难"}]}},
    {"名称": "政法", "部门": "政法部门", "回顾": "统筹发展和安全，社会大局和谐稳定",
     "成绩": ["命案连续三年全部侦破"],
     "任务": {"标题": "聚焦平安稳定，建设更高水平的平安法治",
            "要点": [{"标题": "防范化解重大风险", "内容": "健全矛盾纠纷多元化解机制"},
                   {"标题": "深化法治建设", "内容": "规范执法司法行为"}]}},
    {"名称": "社会工作", "部门": "社会工作部门", "回顾": "新兴领域党建覆盖扩大",
     "部署人": {"职务": "区委副书记", "姓名": "罗建平"},
     "任务": {"标题": "聚焦服务群众，推动党建引领基层治理",
            "要点": [{"标题": "加强新就业群体党建", "内容": "推动快递、外卖行业党建全覆盖"},
                   {"标题": "为基层减负赋能", "内容": "规范村（社区）工作事项和证明事项"}]}},
    {"名称": "机构编制", "部门": "机构编制部门", "回顾": "机构职能体系优化协同高效",
     "任务": {"标题": "聚焦优化协同高效，深化机构改革",
            "要点": [{"标题": "盘活用好编制资源", "内容": "把编制资源向基层一线和民生领域倾斜"}]}},
    {"名称": "网信", "部门": "网信部门", "回顾": "网络空间更加清朗",
     "任务": {"标题": "聚焦清朗网络空间，筑牢网络安全防线",
            "要点": [{"标题": "加强网络内容建设", "内容": "培育积极健康的网络文化"}]}},
]

BASE: dict[str, Any] = {
    "地区": "全区", "地名": "临江区", "地名全称": "江南省江州市临江区", "党委": "区委",
    "会议": {"名称": "全区组织宣传统战工作会议", "日期": "2026-02-27",
           "主要任务": "总结过去一年工作，安排部署今年重点任务", "形式": "现场",
           "学习": "习近平总书记关于党的建设的重要思想",
           "传达": "全省、全市有关会议精神",
           "要求": [{"标题": "把牢政治方向", "内容": "始终同党中央保持高度一致"},
                  {"标题": "聚焦中心大局", "内容": "找准服务发展的结合点"}],
           "指导": "市委组织部对做好今年工作提出具体要求"},
    "讲话人": {"职务": "区委书记", "姓名": "沈立峰"},
    "主持人": {"职务": "区委常委、常务副区长", "姓名": "高明远"},
    "出席": [{"职务": "区委副书记", "姓名": "罗建平"}, {"职务": "区政协主席", "姓名": "钟慧"},
           {"职务": "区委副书记、区长", "姓名": "许文涛"}],
    "参加": {"称谓": "区领导", "领导": [{"姓名": "周敏"}, {"姓名": "王立"}],
           "单位": ["各镇街", "区直各部门"], "说明": "大家纷纷表示要把会议精神带回去、落下去"},
    "回顾": {"总体": "围绕区委中心工作，守正创新、担当作为", "形势": "全区上下攻坚克难，主要指标好于预期",
           "贡献": "全区高质量发展"},
    "今年": {"定位": "今年是承前启后的关键一年", "思路": "坚持围绕中心、服务大局，在强基固本上持续用力"},
    "意义": {"标题": "提高政治站位，深刻认识做好今年工作的重要意义", "导语": "做好今年的工作，关系发展全局。",
           "要点": [{"标题": "这是坚决做到“两个维护”的政治要求", "内容": "必须把上级决策部署落实到每一个环节"}]},
    "部署": {"标题": "突出工作重点，推动各项工作提质增效", "导语": "各条线要对标对表、狠抓落实。"},
    "保障": {"标题": "强化责任担当，确保各项任务落地见效", "导语": "抓落实关键在责任。",
           "要点": [{"标题": "压实工作责任", "内容": "党组织书记要履行第一责任人职责"},
                  {"标题": "改进工作作风", "内容": "多到基层一线解决实际问题"}]},
    "结束语": {"号召": "新的一年，任务艰巨、使命光荣", "目标": "谱写现代化建设新篇章"},
    "报道": {"标题": "凝心聚力开新局 实干担当谱新篇", "副标题": "临江区部署今年重点工作",
           "通稿标题": "临江区召开全区组织宣传统战工作会议",
           "记者": ["周晓"], "通讯员": ["李然"], "日期": "2026-02-28",
           "背景": ["基层强则发展稳。"], "意义": "吹响了奋进新征程的号角",
           "图片": [{"说明": "会议现场。", "作者": "本报记者 周晓 摄"}]},
    "经验": {"标题": "三维发力一体推进", "副题": "笃行不怠创优争先", "总要求": "牢牢把握高质量发展要求",
           "推进": "一体推进学习、调研、落实", "成效": "推动各项工作有力有序开展",
           "方面": [{"字": "谋", "提法": "为先", "标题": "主动作为强化统筹", "导语": "聚焦重点加强分类指导。",
                   "要点": [{"标题": "谋布局，打好主动仗", "内容": "制定工作方案，确保系统推进"}]},
                  {"字": "学", "标题": "深学细悟筑牢根基",
                   "要点": [{"标题": "学理论，夯实思想根基", "内容": "开展读书班，组织集中研讨"}]},
                  {"字": "干", "标题": "真抓实干推动发展",
                   "要点": [{"标题": "解难题，办好民生实事", "内容": "推动解决群众急难愁盼问题"}]}],
           "结语": "凝心铸魂固根本，实干笃行显担当", "下一步": "把学习成效转化为干事创业的动力"},
    "声音": [{"职务": "临江街道党工委书记", "姓名": "陈思", "引语": "我们要把会议精神落到实处",
            "内容": "街道将从群众最关心的事做起"}],
    "栏目": [{"名称": "看点", "标题": "打造共建共治共享的治理格局", "段落": ["会议提出要完善基层治理体系。"],
            "声音": True}],
}

GUESTS = [{"职务": "市委组织部副部长", "姓名": "王立新", "身份": "嘉宾"}]
LONG = {"地名": "江州市临江新区", "地名全称": "江南省江州市临江新区",
        "讲话人": {"职务": "中共江州市临江新区工作委员会书记", "姓名": "欧阳振华"}}
SHORT = {"地名": "东区", "地名全称": "江州市东区", "讲话人": {"职务": "区委书记", "姓名": "李强"}}


def variant(lines: int, mode: str, year: int, with_work: bool, long: bool, guests: bool) -> dict[str, Any]:
    """The base facts with these traits (``mode`` applies per template, see ``hollow``)."""
    facts = copy.deepcopy(BASE)
    chosen = copy.deepcopy(LINES[:lines])
    if with_work:
        for line in chosen:
            if not line["名称"].endswith("工作"):
                line["名称"] += "工作"
    facts["条线"] = chosen
    facts["会议"]["日期"] = dt.date(year, 2, 27)
    facts["报道"]["日期"] = dt.date(year, 2, 28)
    facts.update(copy.deepcopy(LONG if long else SHORT))
    if guests:
        facts["出席"] = GUESTS + facts["出席"]
    return facts


def _split(path: str) -> list[str]:
    return [p for p in re.split(r"\.|(?=\[\])", path) if p]


def hollow(data: Any, parts: list[str], mode: str, turn: itertools.cycle) -> None:
    """Leave the field at ``parts`` blank or out, in every list item on the way."""
    if not parts or data is None:
        return
    head, rest = parts[0], parts[1:]
    if head == "[]":
        for item in data if isinstance(data, list) else []:
            hollow(item, rest, mode, turn)
        return
    if not isinstance(data, dict) or head not in data:
        return
    if rest:
        hollow(data[head], rest, mode, turn)
    elif mode == "absent":
        del data[head]
    else:
        data[head] = next(turn)


def facts_for(template: str, traits: tuple, library: Library) -> dict[str, Any]:
    lines, mode = traits[:2]
    facts = variant(*traits)
    if mode != "full":
        t = library.get(template)
        turn = itertools.cycle([None, "", []])
        for path in t.optional:
            if not any(r == path or r.startswith((f"{path}.", f"{path}[")) for r in t.required):
                hollow(facts, _split(path), mode, turn)
    facts["模板"] = template
    return facts


TRAITS = [  # lines, optional fields, year, names end in 工作, long names, guests
    (1, "absent", 2024, False, False, False),
    (1, "blank", 2025, True, True, True),
    (1, "full", 2026, False, True, False),
    (5, "full", 2024, False, False, True),
    (5, "blank", 2026, False, False, False),
    (5, "absent", 2025, True, True, False),
    (7, "full", 2025, True, False, False),
    (7, "blank", 2024, False, True, True),
    (7, "absent", 2026, False, False, True),
]

CASES = [(t, traits) for traits in TRAITS for t in TEMPLATES]

STOPS = tuple("。！？：”；…）")
SHAMEFUL = re.compile(r"None|，。|。。|，，|、。|：。|【此处|××|\{\{|\}\}|工作工作|\*\*")


@pytest.fixture(scope="module")
def library() -> Library:
    return Library()


@pytest.fixture(scope="module")
def battery(library: Library, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple, Any]:
    """Every case built, read back and linted once (the tests below only look)."""
    folder = tmp_path_factory.mktemp("battery")
    out = {}
    for n, (template, traits) in enumerate(CASES):
        path = folder / f"{n:02d}-{template}.yaml"
        path.write_text(yaml.safe_dump(facts_for(template, traits, library), allow_unicode=True,
                                       sort_keys=False), encoding="utf-8")
        facts = facts_mod.load(path)
        draft = pipeline.prepare(facts, template, library)
        docx = path.with_suffix(".docx")
        docx.write_bytes(pipeline.to_docx(draft))
        findings = [f for f in lint.lint([docx], facts=facts, roots=library.roots)
                    if f.severity != "info"]
        out[(template, traits)] = (draft, reader.read(docx), findings,
                                   pipeline.warnings(draft, facts, library.roots))
    return out


def test_battery_size(battery: dict) -> None:
    assert len(battery) == len(TEMPLATES) * len(TRAITS) == 45


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}-{c[1][0]}线-{c[1][1]}-{c[1][2]}"
                         if isinstance(c, tuple) else str(c))
def test_draft_reads_clean(battery: dict, case: tuple) -> None:
    draft, paras, findings, warnings = battery[case]
    assert [str(f) for f in findings] == []
    assert list(warnings) == []
    assert [p.text for p in paras if p.style != "图片" and SHAMEFUL.search(p.text)] == []
    body = [p.text for p in paras if p.style == "Normal" and p.text.strip() and not p.run_in]
    assert [t for t in body if not t.endswith(STOPS)] == []
    # a run-in heading and its text: the heading a sentence, the text finished too
    assert [p.text for p in paras if p.run_in and not p.text.endswith(STOPS)] == []


@pytest.mark.parametrize("template", TEMPLATES)
def test_no_opening_said_over_and_over(battery: dict, template: str) -> None:
    """No paragraph opening (its first six characters) more often than once per work line
    plus two, the parallel habit of the genre; no sentence opening either."""
    for traits in TRAITS:
        _, paras, _, _ = battery[(template, traits)]
        lines = traits[0]
        starts = Counter(p.text[:6] for p in paras if p.style == "Normal" and len(p.text) > 12)
        sentences = Counter(s[:6] for p in paras for s in re.split(r"(?<=[。！？])", p.text)
                            if len(s) > 12)
        assert [s for s, n in starts.items() if n > lines + 2] == [], traits
        assert [s for s, n in sentences.items() if n > lines + 2] == [], traits


@pytest.mark.parametrize("template", TEMPLATES)
def test_blank_is_absent(library: Library, tmp_path: Path, template: str) -> None:
    """Every optional field left blank (``字段:``, ``""``, ``[]`` in turn) gives the very
    draft that leaving them all out gives."""
    texts = []
    for mode in ("blank", "absent"):
        facts = facts_for(template, (7, mode, 2024, False, True, True), library)
        path = tmp_path / f"{mode}.yaml"
        path.write_text(yaml.safe_dump(facts, allow_unicode=True), encoding="utf-8")
        texts.append(pipeline.prepare(facts_mod.load(path), template, library).document.text)
    assert texts[0] == texts[1]
    assert "None" not in texts[0]


def test_people_named_in_protocol_order(battery: dict) -> None:
    _, paras, _, _ = battery[("brief", (5, "full", 2024, False, False, True))]
    lead = paras[1].text if paras[0].style != "Normal" else paras[0].text
    lead = next(p.text for p in paras if "出席会议并讲话" in p.text)
    assert ("区委书记李强出席会议并讲话，市委组织部副部长王立新，区委副书记、区长许文涛，区政协主席钟慧，"
            "区委副书记罗建平出席。会议由区委常委、常务副区长高明远主持。") in lead
    _, paras, _, _ = battery[("report", (5, "full", 2024, False, False, True))]
    text = "\n".join(p.text for p in paras)
    assert "区委副书记罗建平就社会工作作具体部署，强调要聚焦服务群众，推动党建引领基层治理。" in text
    assert "区委常委、宣传部部长唐雅琴就宣传工作作具体部署" in text


def test_voices_of_the_genres(battery: dict) -> None:
    """The speech speaks for the Party committee that calls the meeting; reports and briefs
    speak of it in the third person."""
    for (template, traits), (_, paras, _, _) in battery.items():
        text = "\n".join(p.text for p in paras)
        if template == "speech":
            assert "今天，区委召开" in text and "我代表区委" in text
        elif template in ("report", "brief"):
            assert "我" not in text, (template, traits)


def test_pictures_only_where_asked(battery: dict) -> None:
    for (template, traits), (_, paras, _, _) in battery.items():
        slots = [p for p in paras if p.style == "图片"]
        asked = traits[1] == "full" and template in ("report", "feature")
        assert bool(slots) == asked, (template, traits)


def test_line_names_not_spelt_out_over_and_over(battery: dict) -> None:
    """The full list 组织、宣传、统战、社会工作 in the lead and the review, not in every paragraph."""
    for (template, traits), (draft, paras, _, _) in battery.items():
        names = [line["名称"] for line in draft.data["条线"]]
        if len(names) < 3:
            continue
        text = "\n".join(p.text for p in paras)
        assert text.count("、".join(names)) <= 3, (template, traits)


BAD_COLLOCATIONS = re.compile(r"更加(?:彰显|凸显|体现|推进|加强|提升)(?=[、，。—；])|实现了新的作为|有力度、有力度")
"""Phrases that do not go together: 更加 before a verb that needs an object, 实现 with 作为."""


def test_every_phrase_option_reads_in_every_slot_it_fills(library: Library, tmp_path: Path) -> None:
    """Each alternative of each phrase-bank slot a built-in template uses, pinned in turn,
    rendered in that template's draft: no bad collocation, no None, no dangling mark."""
    rendered = 0
    for template in TEMPLATES:
        t = library.get(template)
        bank = library.phrases(t)
        for slot in library.anatomy(t).phrases:
            for k in range(1, len(bank[slot].options) + 1):
                facts = facts_for(template, (5, "full", 2025, False, False, True), library)
                facts["措辞"] = {slot: k}
                path = tmp_path / f"{template}-{slot}-{k}.yaml"
                path.write_text(yaml.safe_dump(facts, allow_unicode=True), encoding="utf-8")
                text = pipeline.prepare(facts_mod.load(path), template, library).document.text
                assert not BAD_COLLOCATIONS.search(text), (template, slot, k)
                assert not SHAMEFUL.search(text.replace("【此处放图片】", "")), (template, slot, k)
                rendered += 1
    assert rendered > 60


def test_bad_collocation_check_can_fail(library: Library, tmp_path: Path) -> None:
    """The check above sees 更加彰显 when a writer pins it (it would see it in the bank)."""
    facts = facts_for("report", (5, "full", 2025, False, False, True), library)
    for line in facts["条线"]:
        line.pop("成效", None)
    facts["措辞"] = {"更加": "更加彰显"}
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(facts, allow_unicode=True), encoding="utf-8")
    assert BAD_COLLOCATIONS.search(pipeline.prepare(facts_mod.load(path), "report", library).document.text)
