"""The named recognisers of `drafter mine` on examples from the development corpus, the units of
`--format json` (kind, level, depth, role, line, offset) and the scorer against corpus-scheme labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli, template_library

from drafter.mining import recognise, score, script
from drafter.mining.analyse import analyse
from drafter.mining.clean import clean, is_furniture
from drafter.mining.units import units
from drafter.reader import Para


def cleaned(*lines: str) -> list[str]:
    """The paragraphs the cleaner makes of ``lines`` (one line each, as a copy stored them)."""
    return [p.text for p in clean([Para(line) for line in lines]).paras]


# corpus 03: 一要…五要 inside one paragraph
SPEECH_POINTS = ("孙卫国在讲话中强调，加强和改善宣传思想工作，必须坚持“三个代表”重要思想的统领地位。"
                 "一要在进一步强化理论武装上下功夫。二要在进一步树立科学的发展观上下功夫。三要进一步发展先进文化上下功夫。")
# corpus 16: per-line blocks inside 会议强调
PER_LINE = ("会议强调，要坚持铸魂强基、选贤聚才，推动党的建设和组织工作高质量发展，建强干部队伍。"
            "要坚持与时俱进、守正创新，加快推进文化强区建设，巩固主流思想舆论。"
            "要坚持凝聚人心、汇聚力量，更好发挥新时代统一战线重要法宝作用，做好民族宗教工作。"
            "要坚持公平正义、平安稳定，奋力开创新时代政法工作新局面，推进扫黑除恶。")



def _mined(tmp_path: Path, text: str, name: str = "doc.txt") -> list:
    """Every unit of a small document written to ``tmp_path``."""
    doc = tmp_path / name
    doc.write_text(text, encoding="utf-8")
    m = analyse(doc)
    return units(m, m.raw)

def test_ordinal_points_inside_a_paragraph() -> None:
    hits = recognise.ordinal_points(SPEECH_POINTS)
    assert [h.marker for h in hits] == ["一要", "二要", "三要"] and [h.number for h in hits] == [1, 2, 3]
    assert hits[1].text == "二要在进一步树立科学的发展观上下功夫。"
    assert recognise.ordinal_points("统一要求，一是明确。") == []  # a lone 一是 is no series
    circled = "组织工作方面，①扎实开展专题教育，出台意见。②基层组织建设获表彰，入选。"
    assert [h.text for h in recognise.ordinal_points(circled)] == ["①扎实开展专题教育，", "②基层组织建设获表彰，"]
    # 一是 closing a paragraph, 二是 opening the next (corpus 18)
    lone = "就如何做好今年组宣统工作，王付举强调了三点。一是统一思想，提高认识。"
    assert recognise.ordinal_points(lone, "二是突出重点，强化措施。")[0].start == lone.index("一是")
    assert recognise.ordinal_points(lone, "其他内容。") == []


def test_points_a_count_announces() -> None:
    text = ("围绕全年目标任务，会议提出三点要求：提高政治站位，牢牢把握新要求；紧扣主题主线，统筹推进；"
            "狠抓贯彻落实，切实加强队伍建设。")
    assert [h.text for h in recognise.announced_points(text)] == ["提高政治站位，", "紧扣主题主线，", "狠抓贯彻落实，"]
    assert recognise.announced_points("会议提出三点要求：提高站位；紧扣主线。") == []  # two parts, not three


def test_line_blocks_by_name_and_by_series() -> None:
    lines = ["政法", "组织", "宣传", "统战"]
    hits = recognise.line_blocks(PER_LINE, lines)
    assert [h.line for h in hits] == ["组织", "宣传", "统战", "政法"]
    assert hits[0].text.startswith("要坚持铸魂强基")
    strong = recognise.line_blocks("取得了令人满意的成绩。组织工作方面，①扎实开展教育。", ["组织", "宣传"])
    assert [(h.text, h.line) for h in strong] == [("组织工作方面，", "组织")]
    # an enumeration of several lines is no line's block
    assert recognise.line_blocks("组织、宣传、统战部门要紧紧围绕大局，切实加强组织工作。", ["组织", "宣传", "统战"]) == []



@pytest.mark.parametrize("text, starts", [
    # each line's department after the cue, clauses joined by commas: the first member opens after 会议要求，
    ("会议要求，区委组织部要建强组织体系，区委宣传部要巩固主流舆论，区委统战部要凝聚人心。", ["区委组织部", "区委宣传部", "区委统战部"]),
    ("他强调，抓组织工作，重在建强体系；抓宣传工作，重在凝心铸魂；抓统战工作，重在凝聚人心。", ["抓组织工作", "抓宣传工作", "抓统战工作"]),
    ("会议要求，要以更高标准推进组织工作，建强体系；以更大力度抓好宣传工作，巩固舆论；以更实举措做好统战工作，凝聚力量。",
     ["要以更高标准", "以更大力度", "以更实举措"]),
    ("会议要求，各级组织部门要建强组织体系。各级宣传部门要巩固主流舆论。各级统战部门要凝聚人心。", ["各级组织部门", "各级宣传部门", "各级统战部门"]),
    ("会议强调，新的一年，组织工作要建强组织体系；宣传工作要巩固主流舆论；统战工作要凝聚人心。", ["组织工作要", "宣传工作要", "统战工作要"]),
])
def test_line_blocks_in_the_forms_reports_give_them(text: str, starts: list[str]) -> None:
    hits = recognise.line_blocks(text, ["组织", "宣传", "统战"])
    assert [h.line for h in hits] == ["组织", "宣传", "统战"]
    assert [text[h.start:h.start + len(w)] for h, w in zip(hits, starts)] == starts
    # 同时，区委组织部、区委社会工作部要…: an enumeration is no one line's block (dev11 1121)
    assert recognise.line_blocks("同时，区委组织部、区委宣传部要加强统筹协调。", ["组织", "宣传"]) == []


def test_speaker_led_cues_need_a_person() -> None:
    assert recognise.speaker_cue("王立来要求，全县上下要高度重视") == "requirements"
    assert recognise.speaker_cue("李长于在工作报告中总结了2013年的全县统战工作。") == "review"
    assert recognise.speaker_cue("县委副书记马文国主持会议并要求，各级各部门") == "requirements"
    assert recognise.speaker_cue("全县上下要求，") == ""
    assert recognise.speaker_cue("会议要求，要继续走好") == ""


def test_speech_moves() -> None:
    text = "今天召开会议。下面，我再简要强调四点意见。在此，我代表区委，向大家表示衷心的感谢和诚挚的问候！"
    kinds = {h.kind: h.text for h in recognise.speech_moves(text)}
    assert kinds == {"transition": "下面，我再简要强调四点意见。",
                     "thanks": "在此，我代表区委，向大家表示衷心的感谢和诚挚的问候！"}
    # dev9 942, 946, 947: thanks, greetings and congratulations opened otherwise; transitions of other words
    for thanks in ("首先，我谨代表街道党工委、办事处，向出席今天会议的各位领导表示最热烈的欢迎和最衷心的感谢！",
                   "首先，我代表部务会向大家致以新春的问候和诚挚的祝福。",
                   "在此我代表街道党工委向获奖的支部和同志表示最热烈的祝贺！",
                   "同时对办事处老领导在过去几年来对街道党工委的关心、支持、帮助表示由衷的感谢！"):
        assert [h.kind for h in recognise.speech_moves("今天召开会议。" + thanks)] == ["thanks"], thanks
    for turn in ("下面，我着重讲五个问题。", "我讲四点意见。", "借今天这个机会，我想和大家作三个方面的交流和分享。",
                 "下面，就做好这次换届工作，讲几点意见。"):
        assert [h.kind for h in recognise.speech_moves("今天召开会议。" + turn)] == ["transition"], turn
    assert recognise.speech_moves("今天召开会议。大家要表示支持。他代表全县讲了话。") == []


def test_furniture_never_becomes_a_title() -> None:
    lines = ["当前位置:", "双牌县召开全县统战工作会议", "来源:三湘统战网 作者:邓向晖 编辑:redcloud 2021-05-26 10:01:54",
             "时刻新闻", "—分享—", "三湘统战网3月26日讯，双牌县召开全县统战工作会议。会议要求，要做好工作。", "第二段。",
             "第三段。", "责任编辑:白岚", "? 免责声明:本文仅代表作者个人观点。"]
    kept = cleaned(*lines)
    assert kept[0] == "双牌县召开全县统战工作会议" and len(kept) == 4
    assert is_furniture("作者: 发布时间:2022/6/27 16:32:14 点击率:0") and is_furniture("2024-10-28 09:12:52 德育素材网")
    assert not is_furniture("同志们:")


def test_a_document_stored_as_one_line(tmp_path: Path) -> None:
    body = "今天召开会议，主要是为了改进作风、精简会议、提高效率。" * 16 + "下面，我强调四点意见。"
    text = ("陈俊同志在全区组织、宣传、统战工作会议上的讲话同志们:" + body
            + "一、在肯定成绩中增强信心2023年，我区取得了成绩。组织工作方面，①扎实开展教育，出台意见。②基层组织建设获表彰，入选。")
    f = tmp_path / "one.txt"
    f.write_text(text, encoding="utf-8")
    m = analyse(f)
    assert m.title == "陈俊同志在全区组织、宣传、统战工作会议上的讲话"
    got = [(u.kind, u.text[:8]) for u in units(m, m.raw)]
    assert ("salutation", "同志们：") in got and ("heading", "一、在肯定成绩中") in got
    assert [k for k, _ in got].count("inline_point") == 2
    # the heading ends where its section's first words open on the year they look back on (shared 13, dev6 544)
    assert next(u.text for u in units(m, m.raw) if u.kind == "heading") == "一、在肯定成绩中增强信心"


def test_a_series_first_member_opening_a_paragraph_the_rest_inside_it(tmp_path: Path) -> None:
    # dev3 240 as a pdf copy (tools/messy_copies.py): the 首先，… paragraph ran on into its 其次，…; both are points
    body = "坚持和加强党的领导，是党和国家的根本所在、命脉所在。" * 6
    text = ("在全县组织工作会议上的讲话\n同志们：\n" + body + "\n一、牢记初心使命，必须加强党的领导\n"
            "十九大报告把坚持党对一切工作的领导作为基本方略的第一条，这是我们必须牢牢把握的大逻辑。\n"
            "首先，加强党的领导是历史的选择。追溯百年历史，一条宝贵经验就是坚持中国共产党的领导。其次，加强党的领导是"
            "历史性变革的重要标志。我们党以巨大的政治勇气推进全面从严治党。\n")
    f = tmp_path / "pdf.txt"
    f.write_text(text, encoding="utf-8")
    m = analyse(f)
    got = [u.text[:5] for u in units(m, m.raw)]
    assert "首先，加强" in got and "其次，加强" in got, got


def test_traditional_script_is_converted_and_said(tmp_path: Path) -> None:
    f = tmp_path / "trad.txt"
    f.write_text("近年來，樂山市實施推動組織工作高品質發展“十大行動”，成效明顯。\n"
                 "領導帶動強示範。各級組織部門要發揮作用。\n上下聯動抓統籌。構建格局。\n問題觸動破堅冰。堅持問題導向。\n",
                 encoding="utf-8")
    assert script.is_traditional(f.read_text(encoding="utf-8"))
    m = analyse(f)
    assert m.converted and m.repairs[0].kind == "script" and "领导带动强示范" in m.texts[1]
    us = units(m, m.raw)
    assert [u.text for u in us if u.kind == "run_in"] == ["领导带动强示范", "上下联动抓统筹", "问题触动破坚冰"]
    assert us[1].offset == m.raw.index("领导带动")
    # 著 as simplified writing spells it (t2s keeps it): 有着, 着力; 显著, 原著, 著作 stay (dev2 149, dev10 1050)
    assert script.to_simplified("有著以下規律，沿著脈絡，著力推進，成效顯著，讀原著，著作等身。") == \
        "有着以下规律，沿着脉络，着力推进，成效显著，读原著，著作等身。"



def test_a_few_traditional_characters_in_a_simplified_page_are_folded_and_said(tmp_path: Path) -> None:
    """张铺镇以党组织為核心引擎…群眾参与…產业兴 (a 2025 page through a converter once): too few to count the text as
    traditional, yet a draft must not carry 為; characters a simplified word holds (乾坤) or that fold to a rare one
    (鮀浦) stay."""
    text = "近年来，张铺镇以党组织為核心引擎，党员带头、群眾参与。產业兴方能乡村旺。扭转乾坤，鮀浦街道。" + "推动说事活动制度化、常态化。" * 20
    assert not script.is_traditional(text)
    found = script.stray_characters(text)
    folded = text.translate(script.folding(found))
    assert set(found) == {"為", "眾", "產"} and "以党组织为核心" in folded and "群众参与" in folded and "产业兴" in folded
    assert "乾坤" in folded and "鮀浦" in folded and len(folded) == len(text)
    f = tmp_path / "stray.txt"
    f.write_text(text.replace("。", "。\n", 3), encoding="utf-8")
    m = analyse(f)
    assert not m.converted and m.repairs[0].kind == "script" and "為" not in "".join(m.texts)


@pytest.fixture()
def news(tmp_path: Path) -> Path:
    f = tmp_path / "docs" / "01_news.txt"
    f.parent.mkdir()
    f.write_text("3月16日，区委工作会议召开，安排部署政法、组织、宣传、统战工作。区委书记李志军主持会议并讲话。\n"
                 "会议传达学习全国统战部长会议精神。会议指出，2025年，全区统一战线作出了积极贡献。\n"
                 + PER_LINE + "\n区委统一战线工作领导小组成员参加会议。\n", encoding="utf-8")
    return f


def test_json_units_and_the_scorer(news: Path, tmp_path: Path) -> None:
    r = run_cli("mine", str(news), "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)["documents"][0]
    raw = news.read_text(encoding="utf-8")
    for u in doc["units"]:
        assert set(u) >= {"kind", "level", "depth", "role", "line", "text", "offset"}
        assert raw[u["offset"]:u["offset"] + 2] == u["text"][:2]
    roles = [(u["kind"], u["role"]) for u in doc["units"] if u["depth"] == 1]
    assert roles == [("cue_paragraph", "lead"), ("cue_sentence", "attendees"),  # 区委书记李志军主持会议并讲话。
                     ("cue_paragraph", "other"), ("cue_sentence", "review"),
                     ("cue_paragraph", "per_line_tasks"), ("cue_paragraph", "attendees")]
    label = {"file": "docs/01_news.txt", "complete": True, "title": None, "source": {"genre": "news"},
             "outline": [{"kind": "line_block", "text": "要坚持铸魂强基、选贤聚才,", "line": "组织", "depth": 2},
                         {"kind": "line_block", "text": "要坚持与时俱进", "line": "宣传", "depth": 2},
                         {"kind": "heading", "text": "不存在的标题", "depth": 1, "role": "other"}]}
    (tmp_path / "labels").mkdir()
    (tmp_path / "labels" / "01_news.yaml").write_text(json.dumps(label, ensure_ascii=False), encoding="utf-8")
    loaded = score.load_labels(tmp_path / "labels")
    tallies = score.score_all(loaded, {str(news.resolve()): doc})
    f = tallies["all"].figures()
    assert f["by_kind"] == {"line_block": "2/2", "heading": "0/1"} and f["line_blocks_right_line"] == "2/2"
    assert f["precision"] == 0.5 and f["roles"] == "0/1" and f["no_title_invented"] == "1/1"
    assert score.key("（一）学习贯彻，统战工作有了新起点。") == score.key("学习贯彻,统战工作有了新起点")


def test_a_skeleton_carries_nothing_of_its_exemplar(tmp_path: Path) -> None:
    """Every mention of a person, the place, the years and the day is a slot named in the shared
    vocabulary; built with another meeting's facts, nothing of the exemplar is left."""
    import yaml
    from helpers import SEEDS

    from drafter import pipeline, reader
    from drafter.library import Library
    from drafter.mining import skeleton

    made = skeleton.make(next(SEEDS.glob("004_*.txt")), tmp_path / "通稿")
    facts = yaml.safe_load(made.facts.read_text(encoding="utf-8"))
    assert facts["讲话人"] == {"姓名": "刘东伟", "职务": "区委书记"} and facts["主持人"]["姓名"] == "郅海杰"
    assert facts["地名"] == "西城区" and facts["会议"]["日期"] == "2025-03-07"
    body = (made.folder / "body.j2").read_text(encoding="utf-8")
    assert "{{ 会议.日期 | 年份(-1) }}" in body and "{{ 地名 | 简称 }}" in body
    facts["讲话人"], facts["主持人"] = {"姓名": "甲某某", "职务": "新职务"}, {"姓名": "乙某某", "职务": "新职务"}
    facts["出席"] = [{"姓名": f"丙某{k}", "职务": "新职务"} for k in range(len(facts["出席"]))]
    facts["地名"], facts["会议"] = "新安区", {**facts["会议"], "日期": "2032-04-09"}
    facts["条线"] = [{k: (v if k == "名称" else "【新要求】") for k, v in line.items()} for line in facts["条线"]]
    for key in list(facts):
        if key not in ("模板", "讲话人", "主持人", "出席", "地名", "会议", "条线", "地区", "党委"):
            facts[key] = f"【新{key}】"
    other = tmp_path / "另一次会议.yaml"
    other.write_text(yaml.safe_dump(facts, allow_unicode=True), encoding="utf-8")
    [built] = pipeline.build(other, library=Library([made.library]))
    text = "\n".join(p.text for p in reader.read(built.path) if p.text)
    assert text.startswith("4月9日，2032年新安区")
    for token in ("刘东伟", "郅海杰", "程昌宏", "西城", "2025", "2024", "3月7日"):
        assert token not in text, token


def test_phrase_bank_keeps_no_names_no_fragments_no_one_document_lists() -> None:
    from drafter.mining import phrases

    doc = phrases.collect(["市委书记傅德辉出席会议并讲话，要坚持习近平新时代中国特色社会主义思想，"
                           "为全面建设社会主义现代化国家提供坚强组织保证。"], ["lead"], [])
    assert "出席会议并讲话" in doc.phrases and "提供坚强组织保证" in doc.phrases
    assert not [p for p in doc.phrases if "傅德辉" in p or "德辉" in p or p.endswith(("习近平新", "坚强"))]
    assert ("出席会议并讲话", "□") in doc.left  # the name is a fact: masked
    stats = phrases.Stats()
    for k in range(3):
        series = "科学立法、严格执法、公正司法、全民守法" if k < 2 else "有创新、有亮点、有成效"
        stats.add(phrases.collect([f"第{k}条，坚持{series}，推进法治建设。"], ["tasks"], []))
    bank = phrases.bank(stats)
    assert bank["并列·□□□法"]["选项"] == ["科学立法、严格执法、公正司法、全民守法"]
    assert bank["并列·□□□法"]["支持"] == {"篇数": 2, "次数": 2, "地方": 2}
    assert "并列·有□□" not in bank  # one document's series
    # the same document twice is one place: no support from copies
    twice = phrases.Stats()
    for _ in range(2):
        twice.add(phrases.collect(["坚持科学立法、严格执法、公正司法、全民守法，推进法治建设。"], ["tasks"], []))
    twice.add(phrases.collect(["其他。"], ["tasks"], []))
    assert not phrases.bank(twice)


def test_templates_lint_flags_names_places_and_congresses(tmp_path: Path) -> None:
    lib = template_library(tmp_path,
        "{#- 由 drafter mine 从范文 004_4ff78243f4312f31.txt 生成的骨架。\n    第二行 -#}\n"
        "{{ 地名 }}召开会议。思明区召开会议，区委书记刘东伟出席。\n杨政指出，要学习十九大精神，建设文化强区、全区上下。\n")
    r = run_cli("templates", "lint", "--library", str(lib))
    assert r.returncode == 1
    found = [line.split("写死了")[1].split("，")[0] for line in r.stdout.splitlines() if "T101" in line]
    assert found == ["地名“思明区”", "人名“刘东伟”", "人名“杨政”", "党的会议“十九大”"]
    assert "004_4ff" not in r.stdout  # the exemplar named in the header comment is no literal


def test_ordinal_families_beyond_shi() -> None:
    # seed 000 and seed 002: 一方面…另一方面 (一方面 is no 方面 point counted from one)
    text = "今年将扎实筑牢思想基础。一方面，发挥头雁引领作用，推动先学一步。另一方面，扎根基层开满花，抓好宣讲。"
    assert [h.marker for h in recognise.ordinal_points(text)] == ["一方面，", "另一方面，"]
    seq = "做好工作要把握三点。首先，要统一思想。其次，要突出重点。最后，要狠抓落实。"
    assert [h.number for h in recognise.ordinal_points(seq)] == [1, 2, 3]
    assert recognise.ordinal_points("会议结束。最后，大家合影。") == []  # 最后 alone is no series
    paren = "主要做法有：（1）建立台账，逐项销号；（2）定期调度，跟踪问效。"
    assert [h.text for h in recognise.ordinal_points(paren)] == ["（1）建立台账，", "（2）定期调度，"]
    assert recognise.ordinal_points("完成投资12.5亿元，增长3.2%。") == []


def test_line_blocks_as_a_clause_series() -> None:
    lines = ["组织", "宣传", "统战", "政法"]
    # seed 001: 组织工作事关…，宣传工作事关…，… in one sentence
    text = "抓好党建工作就是服务大局。组织工作事关党的基层基础，宣传工作事关党的舆论阵地，统战工作事关党的执政地位，都是根本。"
    assert [(h.text, h.line) for h in recognise.line_blocks(text, lines)] == [
        ("组织工作事关党的基层基础，", "组织"), ("宣传工作事关党的舆论阵地，", "宣传"), ("统战工作事关党的执政地位，", "统战")]
    # corpus 12: names after some other opening are mentions inside a review point, not blocks
    mention = "一是促发展。面对繁重任务，组织部门选派干部加强一线，宣传部门积极营造良好氛围，四个条线作用充分发挥。"
    assert recognise.line_blocks(mention, lines) == []
    # seed 000: 强调在组织工作上，… opens at 在; a second sentence of the same line is its sequel
    said = "会议作了部署。强调在组织工作上，扛牢强基之责。组织部门要抓好换届。在宣传工作上，把稳思想之舵。"
    assert [(h.text, h.line) for h in recognise.line_blocks(said, lines)] == [
        ("在组织工作上，", "组织"), ("在宣传工作上，", "宣传")]


def test_unnumbered_points_inside_a_paragraph() -> None:
    # seed 001: short lead sentences between the sentences that work them out
    text = ("三是全面建设更高水平的平安。主动适应新需要新任务，不断提高社会治理水平。强化公共安全管理。"
            "加大对未成年人保护力度，持续开展校园及周边安全专项治理。持续提高群众安全感。以解决突出问题为抓手，"
            "坚持打早打小。健全治安防控体系。加快推进“雪亮工程”深度应用，不断提高预防预警水平。")
    assert [h.text for h in recognise.lead_sentences(text)] == ["强化公共安全管理。", "持续提高群众安全感。", "健全治安防控体系。"]
    # corpus 03: statements and reported acts are no points
    news = "会议由程光主持。会上，孙卫国作了讲话，对工作提出要求。宋妍对今年主要任务作了说明。程光代表区委宣读了决定。"
    assert recognise.lead_sentences(news) == []
    # dev2 149: a topic of the work each (…工作要…；…建设要…), three or more
    topics = ("基层党建要突出“久久为功、持续发力”；干部人才工作要以事业为上，做好选配；干部教育工作要创新形式突出实效；"
              "干部监督工作要提高科学化水平；自身建设要精心提炼组工精神，树立形象。")
    assert [h.text[:4] for h in recognise.parallel_heads(topics)] == ["基层党建", "干部人才", "干部教育", "干部监督", "自身建设"]
    # dev2 107: sentences merely opening alike are a writer's style, not listed points
    assert recognise.parallel_heads("要聚焦打赢“两战”彰显统战之能，在外防输入上作为。要聚焦绿色赶超贡献统战之力，"
                                    "服务发展。要聚焦县域治理提升统战之效，凝聚共识。") == []
    # seed 002: sentences an announced count names
    counted = ("会议要求全区上下做到三个“坚持”。坚持目标导向，增强责任感。把部署落实到位。坚持问题导向，加快推进。"
               "坚持结果导向，提高质效。")
    assert [h.text for h in recognise.announced_series(counted)] == ["坚持目标导向，", "坚持问题导向，", "坚持结果导向，"]
    # dev13 1342: a count of tasks, then exactly so many sentences opening on 要 (the one after opens otherwise)
    tasks = ("会议要求，要聚焦四项重点任务，奋力夺取开门红。要坚决捍卫政治安全，严密防范风险。要持续打造强边固防升级版，筑牢屏障。"
             "要不断提升执法司法能力，提升公信力。要全力做好命案防控工作，守住底线。会议还进行了表彰。")
    assert [h.text for h in recognise.announced_series(tasks)] == [
        "要坚决捍卫政治安全，", "要持续打造强边固防升级版，", "要不断提升执法司法能力，", "要全力做好命案防控工作，"]
    # a count the sentences after it do not match (three counted, four 要 after it) lists nothing
    assert recognise.announced_series(tasks.replace("四项", "三项")) == []
    # dev10 902: ；-parts after 从五个方面发力 (here three)
    parts = "二要增强本领，从三个方面发力，开创新局面。要加强正面宣传，凝聚正能量；要守好主阵地，回应关切；要夯实基础，把牢主动权。三要强化领导。"
    assert [h.text for h in recognise.announced_series(parts)] == ["要加强正面宣传，", "要守好主阵地，", "要夯实基础，"]
    # dev13 1322, 1325: the ；-parts between 从 and the count closing them
    closed = "吴书记从提高政治站位，科学谋划思路；聚焦主责主业，认真落实任务；服务中心大局，切实提升质量等3个方面提出了要求。"
    assert [h.text for h in recognise.announced_series(closed)] == ["提高政治站位，", "聚焦主责主业，", "服务中心大局，"]
    assert recognise.announced_series(closed.replace("等3个", "等4个")) == []  # a count the parts do not make
    # a part's own bracket of ；-parts is inside it (dev14 1415)
    nested = ("他从抓团结引导，坚持“三个导向”（坚持价值导向，增强政治意识；坚持目标导向，增强大局意识）；抓作用发挥，搭建“三个平台”；"
              "抓管理保障，构建“三个体系”（完善领导体制，夯实基础；健全运行机制，保障运转）等三个方面交流了经验。")
    assert [h.text for h in recognise.announced_series(nested)] == ["抓团结引导，", "抓作用发挥，", "抓管理保障，"]
    # the announced word opening each ；-part after 即： (dev14 1450) or after the count's colon (dev14 1455)
    each = ("要求机关干部做到“四个注重”，即：注重宣传教育活动，宣传全会精神；注重集中走访活动，深入困难户；"
            "注重听取意见建议，把意见征集上来；注重学习，提高本领。")
    assert [h.text[:6] for h in recognise.announced_series(each)] == ["注重宣传教育", "注重集中走访", "注重听取意见", "注重学习，提"]
    must = "归纳起来就是“四个必须”：必须坚持党的领导，这是根本保证；必须坚持服务中心，这是首要任务；必须坚持以人为本，这是…"
    assert [h.text for h in recognise.announced_series(must)] == []  # only three of the four in the copy
    must += "；必须坚持开拓创新，这是不竭动力。"
    assert len(recognise.announced_series(must)) == 4


def test_a_dash_led_lead_after_a_subhead_and_a_couplet_subhead(tmp_path: Path) -> None:
    # dev15 1554: a series of ——X。 leads, a subhead, then one more ——X。 (the copy's cut last paragraph) is one of them;
    # dev15 1556: a subhead in two lines is one heading, at its first line
    text = "\n".join([
        "2023年，全县宣传思想文化工作坚持以习近平新时代中国特色社会主义思想为指导，取得新成效。",
        "高举思想旗帜", "党的创新理论深入人心",
        "——理论学习扎实深入。组织县委理论学习中心组集中学习13次，专题研讨8次，指导全县各级党组织开展学习。",
        "——理论宣讲丰富多彩。开展对象化、分众化、互动化理论宣讲650余场次，覆盖人数达3.6万人次，反响热烈。",
        "——理论普及成效明显。选推署名文章5篇，在日报刊发思想政治工作专题文章，推动理论普及走深走实。",
        "聚焦团结鼓劲，主流思想舆论强劲有力",
        "一年来，全县宣传思想文化战线胸怀大局、把握大势，通过创新手段、全媒呈现，持续壮大正面主流舆论。",
        "——主题宣传持续深化。围绕深入开展“五大行动”、全"])
    found = [(u.kind, u.text) for u in _mined(tmp_path, text + "\n", "1554_experience.txt")]
    assert ("run_in", "——主题宣传持续深化") in [(k, t.rstrip("。")) for k, t in found]
    assert [t for k, t in found if k == "heading"] == ["高举思想旗帜", "聚焦团结鼓劲，主流思想舆论强劲有力"]
    # a box's label of two characters over its subhead stays two headings (重点 / 树立大抓基层导向, seed 002)
    boxed = text.replace("高举思想旗帜\n党的创新理论深入人心", "重点\n树立大抓基层导向")
    found = [(u.kind, u.text) for u in _mined(tmp_path, boxed + "\n", "1554b_experience.txt")]
    assert [t for k, t in found if k == "heading"][:2] == ["重点", "树立大抓基层导向"]


def test_a_line_announcing_the_speakers_points_is_a_cue_no_heading(tmp_path: Path) -> None:
    # dev15 1500: the speaker's announcement of his points on a line of its own, its colon lost, above 一、…
    text = ("2月28日下午，区委召开全区政法、综治暨禁毒工作会议。会议由区委副书记王明主持。\n"
            "市委常委、区委书记张健同志就做好政法综治暨禁毒工作强调了四点意见\n"
            "一、认清形势，明确任务，进一步增强做好政法综治和禁毒工作的紧迫感和使命感\n"
            "在当前，尤其要增强四种意识：一要增强大局意识；二要增强忧患意识；三要增强政治意识；四要增强责任意识。\n")
    found = [(u.kind, u.text) for u in _mined(tmp_path, text, "1500_news.txt")]
    assert not any(k == "heading" and t.startswith("市委常委") for k, t in found)
    assert ("heading", "一、认清形势，明确任务，进一步增强做好政法综治和禁毒工作的紧迫感和使命感") in found
    for line in ("市委常委、区委书记张健同志就做好政法综治暨禁毒工作强调了四点意见：", "许南吉肯定了党的十八大以来全区组织工作取得的成绩，并强调"):
        found = [(u.kind, u.text) for u in _mined(tmp_path, text.replace(text.splitlines()[1], line), "1500b_news.txt")]
        assert not any(k == "heading" and t.startswith(line[:4]) for k, t in found), line


def test_a_justified_layers_short_row_cut_mid_word_runs_on() -> None:
    # a PDF layer justified at one width: a row a few characters short that ends on a character, no mark, runs on
    # into the next (…中国特色社会主义 / 思想为指导，…, dev14 1431); a short row ending a sentence or a heading does not
    rows = ["今天，我们召开全区基层党建工作述职评议会，主要目的是深入贯彻落实新时",
            "代党的建设总要求和新时代党的组织路线，通过述职评议的方式，总结过去一年",
            "基层党建工作成效，查找存在的问题和不足，明确下一步工作方向，推动全区基",
            "层党建工作再上新台阶。刚才，各位基层党组织书记进行了述职，既展示了工作",
            "亮点和特色做法，也分析了存在的问题和不足，并提出了下一步工作思路和举措。",
            "一、肯定成绩，坚定基层党建工作信心",
            "过去一年，全区各级党组织坚持以习近平新时代中国特色社会主义",
            "思想为指导，认真落实中央和省、市、区委关于基层党建工作的决策部",
            "署，扎实推进基层党组织建设，各项工作取得了新成效，呈现出不少亮点。",
            "（一）政治建设持续加强，引领作用更加凸显",
            "各级党组织始终把政治建设摆在首位，将学习贯彻党的二十大精神作为首要政治",
            "任务，通过开展专题学习、集中培训、主题党日等多种形式，推动学习教育走深。"]
    texts = cleaned(*rows)
    assert texts[1] == "一、肯定成绩，坚定基层党建工作信心"
    assert texts[2].startswith("过去一年") and texts[2].endswith("呈现出不少亮点。")
    assert texts[3] == "（一）政治建设持续加强，引领作用更加凸显" and len(texts) == 5


def test_a_one_line_texts_withheld_figures_and_a_heading_before_a_year() -> None:
    # the spaces a withheld figure gets (受理 X(件)批 X 人次) are no paragraph breaks, a heading before a year's
    # figures is (一、基本情况 2020 年…, dev14 1437)
    text = ("在县信访工作会议上的讲话 同志们: 按照会议安排,我就近期信访工作进行通报,并讲几点意见。 一、基本情况 2020 年我县共受理"
            "群众来信来访 X(件)批 X 人次,其中上级转交办来信来访 X 件,占信访总量的 X%;本级受理群众来信来访 X(件)批 X 人次,"
            "较上年同期 X 件(批) X 人次,件次下降 X%、人数上升 X%。总体来看大局平稳可控。 二、突出问题分析 一是个别乡镇重视"
            "不够,工作不实。二是化解不力,积案久拖不决。")
    texts = cleaned(text)
    assert "一、基本情况" in texts and "二、突出问题分析" in texts
    body = next(t for t in texts if t.startswith("2020"))
    assert body.endswith("总体来看大局平稳可控。") and "X（件）批 X 人次" in body


def test_a_one_line_texts_sentence_is_not_cut_at_a_space_inside_it() -> None:
    # made from dev documents as tools/messy_copies.py's `spaced` copies (1208, 217): a space inside a sentence, after a long clause
    # that follows a comma, is no paragraph break; a headline printed twice with a comma between is still one (06)
    lead = "3月5日，全县宣传思想文化工作会议召开。县委书记王某某出席会议并讲话。"
    text = (lead + " 会议期间，郑丽萍为宣传文化系统和群团有关单位班子成员上了题为 “坚定文化自信”的专题辅导课。 会议要求，"
            "全县宣传思想文化战线要围绕中心、服务大局，扎实做好今年各项工作。" * 3)
    texts = cleaned(text)
    assert any("上了题为 “坚定文化自信”的专题辅导课" in t or "上了题为“坚定文化自信”的专题辅导课" in t for t in texts), texts
    assert not any(t.endswith("上了题为") for t in texts)
    twice = "全县宣传思想文化工作会议召开,全县宣传思想文化工作会议召开 " + lead * 5 + " 会议要求，" + lead * 4
    assert clean([Para(twice)]).paras[0].text.startswith("全县宣传思想文化工作会议召开")


def test_hard_wrapped_and_spaced_one_line_texts() -> None:
    # a hard-wrapped copy of corpus 12 (as tools/messy_copies.py makes them): joined at the width
    source = ["同志们:", "今天,区委在这里召开会议,主要任务是,深入学习贯彻总书记系列重要讲话精神,按照省市委组织、"
              "宣传、统战、政法工作会议的部署要求,总结去年工作,部署今年任务,为推进攻坚决战、加快建设现代化新城提供坚强保证。",
              "过去一年,我区各项工作取得丰硕成果,市对区综合考核位于全市各区前列,被评为全市机关作风建设先进区、"
              "全市信访工作先进区。全区组织、宣传、统战、政法条线做了大量卓有成效的工作,为良好开局作出了重要贡献。",
              "一、提高政治站位,深刻认识党建工作的重要意义,切实增强做好新时代党建工作的责任感和使命感"]
    rows = [line[k:k + 33] for line in source for k in range(0, len(line), 33)]
    done = clean([Para(row) for row in rows])
    texts = [p.text for p in done.paras]
    assert len(rows) > 8 and len(texts) == 4
    assert texts[2].startswith("过去一年") and texts[2].endswith("作出了重要贡献。")
    assert texts[-1].startswith("一、提高政治站位，深刻认识") and texts[-1].endswith("使命感")
    assert any(r.kind == "joined" for r in done.repairs)
    # paragraphs of ordinary length are never joined
    normal = [Para("今天召开会议，主要任务是总结工作。" * k) for k in (1, 3, 2, 5, 1, 4, 2)]
    assert len(clean(normal).paras) == 7
    # a PDF text layer: paragraphs joined by spaces, couplet headings kept whole (seed 000)
    spaced = ("关于做好工作的讲话 同志们: " + "今天召开会议,主要任务是总结工作、部署任务。" * 20
              + " 组织带动更加有效 深化政治建设 突出政治把关 过去一年,全区上下团结一心,取得新成绩。"
              + "城之源 都之始 河之端是文化标识。")
    texts = cleaned(spaced)
    assert texts[:2] == ["关于做好工作的讲话", "同志们："]
    assert "组织带动更加有效" in texts and "深化政治建设 突出政治把关" in texts
    assert texts[-1].startswith("过去一年")


def test_a_hard_wrapped_gateway_copy_is_joined_before_its_pinyin_is_cut() -> None:
    # dev2 110 hard-wrapped: the gateway's pinyin (認(rèn)真) makes the rows one width only with it
    from drafter.mining.analyse import analyse_paras

    source = ["3月29日上午,2021年瓊中黎族苗族自治縣組織工作和宣傳思想工作會議在瓊中大禮堂召開,會議認(rèn)真總結(jié)"
              "回顧2020年全縣組織工作和宣傳思想工作情況,并安排部署當(dāng)前和今后一個時期全縣組織和宣傳思想工作任務(wù)。",
              "中共瓊中縣委書記徐斌,縣委副書記、政法委書記栗太強,縣委常委、組織部部長陳明出席會議。",
              "徐斌指出,過去一年,全縣組織工作取得了新進(jìn)展、新成效,突出表現(xiàn)在堅(jiān)定不移抓黨的理論武裝學(xué)習(xí)到位;"
              "抓常抓實疫情防控阻擊戰(zhàn);穩(wěn)扎穩(wěn)打脫貧攻堅(jiān)收官戰(zhàn),農(nóng)村貧困人口全部脫貧。"]
    rows, row = [], ""
    for line in source:
        for ch in line:
            if sum(2 if ord(c) >= 0x1100 else 1 for c in row + ch) > 68:
                rows.append(row)
                row = ""
            row += ch
        rows.append(row)
        row = ""
    mined = analyse_paras([Para(r) for r in rows])
    assert len(rows) >= 8
    assert {"joined", "pinyin", "script"} <= {r.kind for r in mined.repairs}
    assert [t[:6] for t in mined.texts] == ["3月29日上", "中共琼中县委", "徐斌指出，过"]
    assert mined.texts[0].endswith("工作任务。") and "认真总结" in mined.texts[0]


def test_a_pdf_layer_keeps_the_lead_apart_from_the_dateline_above_it() -> None:
    # dev2 122 as tools/messy_copies.py's `pdf` copy makes it: the dateline row is wide enough to
    # pass for a full row, but a date-led lead after a line that is no sentence starts a paragraph
    import importlib.util

    spec = importlib.util.spec_from_file_location("messy", Path(__file__).parent.parent / "tools" / "messy_copies.py")
    messy = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(messy)
    source = ("全市政法工作会议召开\n作者:佚名来源:发布日期:2019年02月25日11时27分\n"
              "2月19日,全市政法工作会议召开。市委副书记、政法委书记陈明出席会议并讲话,副市长、市公安局局长张维护主持会议,"
              "市中级人民法院院长葛迪、市检察院检察长王万兴出席会议。\n"
              "陈明指出,过去一年,全市政法工作呈现出整体向好、亮点纷呈的良好态势。新的一年,政法工作面临新挑战、新风险和"
              "新压力,全市政法系统要切实增强“四个意识”、坚定“四个自信”、坚决做到“两个维护”。\n"
              "陈明强调,全面做好2019年政法工作,要旗帜鲜明讲政治,深入学习贯彻习近平总书记在中央政法工作会议上的重要讲话精神,"
              "在全面吃透精髓要义、持续推进平安建设上下功夫。\n")
    layer = messy.pdf(source)
    assert "\n" not in layer.strip() and layer.count(" ") > 8  # one line, spaces inside the words
    texts = cleaned(layer.strip())
    assert texts[0] == "全市政法工作会议召开"
    assert any(t.startswith("2月19日，全市政法工作会议召开。市委副书记、政法委书记陈明") for t in texts), texts
    assert any(t.startswith("陈明指出，过去一年") for t in texts)


def test_a_short_page_stored_with_spaces_for_its_breaks() -> None:
    # dev2 127 as tools/messy_copies.py's `spaced` copy makes it: under 400 characters of text, a
    # date-led lead after the headline, a byline's spaces inside brackets, a comment footer
    page = ("全县统战工作推进会召开 6月15日,全县统战工作推进会召开。听取各乡镇(区)上半年统战工作情况汇报,"
            "县委常委、统战部部长汪长春参加会议。 会议指出,要进一步增强政治站位,深刻认识开展主题教育的重要意义。"
            "要坚持问题导向,立足岗位作贡献、长才干,大力争取党委重视。 文成新闻网讯(记者 陈秀秀 李友汉)本报讯。"
            " 记者:董维文 编辑:黄一阳  王倩 责编:高玉峰 终审:汪海莲 评论一下 评论 0人参与,0条评论 还没有评论,快来抢沙发吧!")
    texts = cleaned(page)
    assert texts[0] == "全县统战工作推进会召开"
    assert texts[1].startswith("6月15日，全县统战工作推进会召开。") and texts[2].startswith("会议指出，")
    assert any(t.startswith("文成新闻网讯（记者 陈秀秀 李友汉）") for t in texts)  # no break inside brackets
    assert not any("评论" in t for t in texts)  # the footer was cut into lines and dropped as furniture
    # a page of one paragraph with spaces but without sentences to break is left whole
    cell = "| 标题 乡镇经验交流:坚持党建领航 强化一体推进 今年以来,乡镇紧紧围绕党建引领乡村振兴战略持续发力" * 3
    assert len(clean([Para(cell)]).paras) == 1


def test_contents_and_header_lines_are_no_units(tmp_path: Path) -> None:
    # dev2 148: a site's 提纲 of the speech above its title, the title, speaker and date lines
    f = tmp_path / "speech.txt"
    f.write_text("一、统一思想，认清形势，明确换届工作的重要意义\n二、明确要求，把握政策，做好换届各项工作\n"
                 "三、加强领导，齐心协力，确保换届工作顺利开展\n在全县村级组织换届选举工作会议上的讲话\n县委副书记\n同志们：\n"
                 "今年是村级组织换届选举年，全县村党组织和村委会要进行换届选举。下面，我讲三点意见。\n"
                 "一、统一思想，认清形势，明确换届工作的重要意义\n做好换届工作，是农村一项最基本的工作。\n",
                 encoding="utf-8")
    m = analyse(f)
    got = [(u.kind, u.text[:6]) for u in units(m, m.raw)]
    assert [k for k, t in got if k == "heading"] == ["heading"]
    assert got.index(("heading", "一、统一思想")) > got.index(("salutation", "同志们："))


def test_a_short_lead_its_points_work_out() -> None:
    # dev2 160: an unnumbered lead sentence opening the paragraph its 一是/二是 points work out
    hit = recognise.lead_of_points("健全机制强推力，把大抓基层导向立起来。一是高位推动。二是协同联动。")
    assert hit is not None and hit.kind == "run_in" and hit.text == "健全机制强推力，把大抓基层导向立起来。"
    # dev2 149: an announcement ending in ：is no lead; nor a sentence no points follow
    assert recognise.lead_of_points("回望近年来的组织工作，有着以下几点规律可循：一是坚持党管干部。") is None
    assert recognise.lead_of_points("健全机制强推力。全市上下形成合力。") is None


def test_points_led_by_a_count_or_a_colon_head() -> None:
    # dev2 139: 四方面工作，即A，…；B，…；C，…；D，…
    text = ("会议要求全市宣传系统重点抓好四方面工作，即深化理论武装工作，营造氛围；强力推进形象建设工作，加快步伐；"
            "围绕市委中心工作，营造环境；精心组织文艺精品生产，繁荣文化事业。")
    assert [h.text for h in recognise.announced_points(text)] == [
        "深化理论武装工作，", "强力推进形象建设工作，", "围绕市委中心工作，", "精心组织文艺精品生产，"]
    # dev2 168: short heads with a colon, two or more
    heads = ("科学划分“三区九室”。“三区”提效能：引导受理区设置窗口；调度指挥区统筹资源。"
             "“九室”解难题：设立法律服务室等9个功能室。")
    assert [h.text for h in recognise.colon_heads(heads)] == ["“三区”提效能：", "“九室”解难题："]
    # reported speech and announcements are no heads
    assert recognise.colon_heads("会上，王书记指出：要抓落实。主要做法如下：一是…。李县长强调：要重实效。") == []
    # a count of a word with a colon announces the ；-parts after it (dev18 1819, as dev12 1212's reader listed them too);
    # so do hopes (三点希望和要求，希望A…；希望B…；希望C…, dev18 1833)
    five = ("要进一步明确“六五”普法的工作原则，始终做到五个必须坚持：必须始终坚持党的领导、保持正确方向；必须始终坚持围绕中心、"
            "服务大局；必须始终坚持以人为本、服务群众；必须始终坚持学用结合、普治并举；必须始终坚持与时俱进、改革创新，不断增强活力。")
    assert [h.text[:8] for h in recognise.announced_points(five)] == ["必须始终坚持党的", "必须始终坚持围绕", "必须始终坚持以人",
                                                                       "必须始终坚持学用", "必须始终坚持与时"]
    assert recognise.announced_points(five.replace("五个必须坚持", "四个必须坚持")) == []
    hopes = "他提出三点希望和要求，希望工商联主动作为，推进发展；希望广大会员志存高远，做强主业；希望各部门创造条件，推动发展。"
    assert [h.text[:2] for h in recognise.announced_points(hopes)] == ["希望"] * 3
    # a count that the numbered points after it answer names no unnumbered series among them (dev18 1831)
    numbered = ("饶清华提出三点希望：一是希望工商联牢固树立服务意识，展示新作为。要强化政治引领，积极发挥教育引导作用；要强化联系交流，"
                "积极发挥桥梁纽带作用；要强化责任意识，积极发挥协调服务作用。")
    assert recognise.listed_series(numbered) == [] and recognise.announced_series(numbered) == []
    # an aspect frame 要在…上 followed by a few more words (走在前、作表率, dev19 1949)
    model = ("各党组织要牢牢把握模范机关建设的意义要求。要在推进机关党建标准化规范化上走在前、作表率。要在服务中心大局上走在前、作表率。"
             "要在从严治党强化作风建设上走在前、作表率。要在牢记宗旨服务群众上走在前、作表率。要突出工作重点，完善工作举措。")
    assert len(recognise.listed_series(model)) == 4
    # a practice named by its formula, its parts explained in order (dev20 2010, 2004)
    told = ("天长创新实施文明实践“2631”工作法。“2”就是搭建两大工作平台；“6”就是开展六大主题活动；“3”就是组建三大志愿服务体系；"
            "“1”就是建成一套智慧系统。")
    assert [h.text[:3] for h in recognise.formula_parts(told)] == ["“2”", "“6”", "“3”", "“1”"]
    assert recognise.formula_parts(told.replace("“1”就是", "还")) == []  # a part untold: no list
    counted = ("该县探索形成的“一一二三”工作法，即打造一个平台——云平台，利用一个载体——道德银行，建立两支队伍——志愿服务队，"
               "用好三个手段——用好行政手段、激励褒扬手段。")
    assert [h.text[:4] for h in recognise.formula_parts(counted)] == ["打造一个", "利用一个", "建立两支", "用好三个"]
    # nor are sayings quoted (dev18 1812)
    assert recognise.colon_heads("村支书既是“兵头”又是“将尾”。俗话说：“兵熊熊一个，将熊熊一窝”。外国有句谚语：“一只狮子带领的"
                                 "一群绵羊能够打败一只绵羊带领的一群狮子。”说的都是一个道理。") == []
    # a count of the speaker's points to come names no series before it (dev18 1846)
    slogan = ("宣传思想工作和其他工作一样，发展要有新思路，改革要有新突破，开放要有新局面，落实要有新举措，我们都要把握时代脉搏。"
              "对此，我想讲四点意见。")
    assert recognise.listed_series(slogan) == []
    assert len(recognise.listed_series(slogan.replace("对此，我想讲四点意见。", "以上四个方面要统筹推进。"))) == 4


def test_points_named_by_a_character() -> None:
    # the X字 points of a presider's requirements (在“学”字上…。在“干”字上…), one per clause
    text = ("会议由州委副书记主持并讲话，要求全州上下在“学”字上下功夫，深入学习。在“干”字上见实效，狠抓落实。"
            "在“严”字上作表率，从严要求。")
    assert [h.text for h in recognise.motto_points(text)] == ["在“学”字上下功夫，", "在“干”字上见实效，", "在“严”字上作表率，"]
    # seed 004: two mottos in one clause are one phrase, not points
    assert recognise.motto_points("坚持大团结大联合，突出“干”字为先、“效”字为要，扎实做好工作。") == []


def test_a_one_line_text_cut_at_its_counted_headings() -> None:
    # corpus 13 stored without breaks: headings run into the next (…的重要意义（一）做好…)
    body = "今天召开会议，主要任务是总结工作、部署任务。" * 20
    text = ("关于做好工作的讲话同志们:" + body + "下面我讲几点意见。一、提高政治站位，深刻认识党建工作的重要意义"
            "（一）做好党建工作是必然要求。统一、规范地推进。（二）做好党建工作是重要抓手。"
            "二、聚焦重点任务，推动党建工作高质量发展（一）组织部门要凝心聚力。")
    texts = cleaned(text)
    assert "一、提高政治站位，深刻认识党建工作的重要意义" in texts
    assert any(t.startswith("（一）做好党建工作是必然要求。统一、规范") for t in texts)  # 统一、 is a word
    assert "二、聚焦重点任务，推动党建工作高质量发展" in texts and texts[-1] == "（一）组织部门要凝心聚力。"


def test_a_salutation_run_into_the_title_line() -> None:
    done = clean([Para("在全区社会工作会议上的讲话 同志们:"), Para("今天召开会议，主要任务是总结工作。"),
                  Para("同志们，让我们团结一心。同志们:")])
    assert [p.text for p in done.paras[:2]] == ["在全区社会工作会议上的讲话", "同志们："]
    assert done.paras[-1].text.endswith("同志们：")  # a closing line is left alone


def test_lead_clauses_cast_in_one_formula_are_points() -> None:
    # dev2 109: four 要在…上…发力 sentences after 会议强调 (the first too: the cue unit ends at its comma)
    text = ("会议强调，要在强化政治引领上持续发力，坚持不懈用党的创新理论凝心铸魂。要在破难题增实效上集中发力，着力发挥制度优势。"
            "要在服务中心大局上重点发力，统筹实施好五个行动。要在夯基础固根本上协同发力，切实加强党对统战工作的全面领导。")
    assert [h.text for h in recognise.frame_points(text)] == [
        "要在强化政治引领上持续发力，", "要在破难题增实效上集中发力，", "要在服务中心大局上重点发力，", "要在夯基础固根本上协同发力，"]
    # seed 004: 着力在…上… clauses
    seed = "着力在凝心铸魂上下功夫，筑牢思想根基。着力在价值引领上见真章，培育文明风尚。着力在促进发展上求突破，服务中心大局。"
    assert len(recognise.frame_points(seed)) == 3
    # dev11 1138, dev10 1011: the 以…为… frame, the first after a comma of the sentence before the first ；
    taken = ("要总结成绩、真抓实干，以政治建设为统领，在筑牢忠诚上领航前行；以平安建设为主线，在维护稳定上担当作为；"
             "以法治建设为重点，在维护公正上履职尽责。")
    assert [h.text for h in recognise.frame_points(taken)] == ["以政治建设为统领，", "以平安建设为主线，", "以法治建设为重点，"]
    # dev3 220: neighbouring clauses with one opening and one ending
    listed = "会议强调，着力构建理论武装新格局，着力构建主流舆论新格局，着力构建精神文明建设新格局，构建“大宣传”工作格局。"
    assert [h.text for h in recognise.frame_points(listed)] == [
        "着力构建理论武装新格局，", "着力构建主流舆论新格局，", "着力构建精神文明建设新格局，"]
    # dev3 210, 209: requirements of one length whose mould goes on past their opening
    pairs = "要回顾好得与失，总结经验。要分析好时与势，把握机遇。要把握好纲与目，突出重点。"
    assert len(recognise.frame_points(pairs)) == 3
    aims = "要着眼政治建设新要求，筑牢忠诚。要着眼基础建设新任务，夯实根基。要着眼平安建设新突破，守护稳定。"
    assert len(recognise.frame_points(aims)) == 3
    # dev5 428 and 421: one length with the same ending (…引才/…育才/…用才), or a mould past 抓好新…
    talents = "要千方百计引才，广纳贤才。要因材施策育才，培养骨干。要不拘一格用才，人尽其才。要优化服务留才，暖心留人。"
    assert len(recognise.frame_points(talents)) == 4
    built = ("抓好新经济组织党建工作“扩面提质”，推动覆盖。抓好新社会组织党建工作“提档升级”，理顺体制。"
             "抓好新就业群体党建工作“破局解题”，扩大覆盖。")
    assert len(recognise.frame_points(built)) == 3
    # dev3 215, 224 (relabelled): an opening alone or one 、 is sentences merely opening alike
    assert recognise.frame_points("要坚持深学细研，筑牢思想根基；要坚持围绕中心，服务发展大局；要坚持固本培元，"
                                  "培育时代新人。") == []
    assert recognise.frame_points("会议强调，要提高站位、深化认识，全面增强责任感；要统筹兼顾、多措并举，突出抓好新兴"
                                  "领域党建；要强基固本、提质增效，切实抓好基层治理。") == []
    # two are no series; sentences that merely open alike and descriptive clauses are a writer's style
    assert recognise.frame_points("要在强化引领上发力，坚持学习。要在破解难题上发力，提升水平。") == []
    assert recognise.frame_points("要全面贯彻总体国家安全观，维护稳定。要全面贯彻新发展理念，服务大局。"
                                  "要全面加强基层社会治理，夯实基础。") == []
    assert recognise.frame_points("聚焦城市综合管理，建立大城管格局；聚焦居民小区治理，综合施策；"
                                  "聚焦行业自治管理，发挥群团作用。") == []  # seed 002: not requirements


def test_repeated_cues_each_have_their_own_offset(tmp_path: Path) -> None:
    # dev3 223: three paragraphs open with 会议要求， — each unit points at its own paragraph
    text = ("5月13日，经开区社会工作会议召开。\n会议指出，做好社会工作意义重大。\n"
            "会议要求，要加强党建引领基层治理。\n会议要求，要做好新就业群体服务管理。\n会议要求，要加强社会工作者队伍建设。\n")
    f = tmp_path / "news.txt"
    f.write_text(text, encoding="utf-8")
    m = analyse(f)
    asks = [u.offset for u in units(m, m.raw) if u.text.startswith("会议要求")]
    assert asks == [m for m in range(len(text)) if text.startswith("会议要求", m)]


def test_a_page_stored_as_one_line_with_its_headline_fields_and_cues() -> None:
    # dev3 217 as tools/messy_copies.py's `oneline` copy makes it: nothing marks the paragraphs
    page = ("我县召开2020年全县组织宣传工作会议来源:丰宁满族自治县人民政府2020-03-19 14:50浏览次数:"
            "为贯彻落实全国家、省、市组织宣传工作会议精神,推动全县组织宣传工作扎实深入开展。3月18日,我县组织召开2020年"
            "全县组织宣传工作会议。县委副书记王荣昌主持会议。会上,县开发区、县教育系统的代表们依次进行了交流发言。"
            "李秀华在会上就宣传思想工作进行了安排部署,她指出要提高站位、坚持导向。张胜勇在会上安排部署了组织工作,"
            "他强调:要服务中心工作,扎实履职尽责。会议要求,全县各级党组织要认真贯彻落实本次会议精神,推动各项工作落地见效。")
    done = clean([Para(page)])
    texts = [p.text for p in done.paras]
    assert texts[0] == "我县召开2020年全县组织宣传工作会议" and done.paras[0].style == "Title"
    assert texts[1].startswith("为贯彻落实") and any(t.startswith("会上，县开发区") for t in texts)
    assert any(t.startswith("李秀华在会上") for t in texts) and any(t.startswith("张胜勇在会上") for t in texts)
    assert texts[-1].startswith("会议要求，全县各级党组织")
    assert any(line.startswith("来源:丰宁满族自治县人民政府") for line, _ in done.furniture)


def test_the_first_line_block_right_after_the_cue() -> None:
    # dev3 221: 会议指出，宣传工作要… — the first block starts after the cue's comma
    text = ("会议指出，宣传工作要答好思想传播、舆论引导等“六道题”，不断开创新局面。政法工作要坚持以政治建设为统领，"
            "努力开创政法工作新局面。统战工作突出“两个引领”，强化“三个服务”。组织工作要以“培根铸魂”活动为抓手，推动高质量发展。")
    hits = recognise.line_blocks(text, ["组织", "宣传", "统战", "政法"])
    assert [(h.start, h.line) for h in hits] == [(5, "宣传"), (text.index("政法工作要"), "政法"),
                                                 (text.index("统战工作"), "统战"), (text.index("组织工作要"), "组织")]


def test_a_speaker_turning_to_each_lines_work_opens_its_block() -> None:
    # dev3 217: the secretary's words to each line, inside his paragraph
    text = ("方志勇在会上作重要讲话，他指出：2020年组宣工作要紧紧围绕“脱贫攻坚 全面小康”进行。他对组织工作提出九个字的"
            "总体要求“抓党建 促脱贫 保小康”，他强调要加强基层党组织建设。他还对宣传思想工作提出十五个字的要求“讲脱贫故事 "
            "聚小康合力 固阵地之基”。")
    hits = recognise.line_blocks(text, ["组织", "宣传"])
    assert [(h.line, h.text[:8]) for h in hits] == [("组织", "他对组织工作提出"), ("宣传", "他还对宣传思想工")]
    assert recognise.line_blocks("会议对组织工作提出了明确要求。", ["组织", "宣传"]) == []  # one line: no block


def test_aspects_of_the_work_are_listed_points(tmp_path: Path) -> None:
    # dev3 244: two paragraphs opening 在…方面，; inside one paragraph the same (test 47's kind)
    text = "在民族宗教工作方面，我们持续铸牢中华民族共同体意识。在港澳台海外统战和侨务工作方面，我们加强了交流合作。"
    assert [h.text for h in recognise.aspect_points(text)] == ["在民族宗教工作方面，", "在港澳台海外统战和侨务工作方面，"]
    assert recognise.aspect_points("在培养储备方面，筹建储备库，分层次培养优秀年轻干部。") == []  # one is no list
    f = tmp_path / "speech.txt"
    f.write_text("在全区统战工作会议上的讲话\n同志们：\n今天召开全区统战工作会议。\n一、回顾去年工作\n"
                 "在民族宗教工作方面，我们持续铸牢中华民族共同体意识，营造了民族团结的良好氛围。\n"
                 "在港澳台海外统战和侨务工作方面，我们依托合作区等平台，加强了与港澳台地区的交流合作。\n", encoding="utf-8")
    m = analyse(f)
    listed = [u for u in units(m, m.raw) if u.kind == "inline_point"]
    assert [u.text[:8] for u in listed] == ["在民族宗教工作方", "在港澳台海外统战"]


def test_a_copy_cut_at_its_last_sentence_and_a_pages_paragraph_labels(tmp_path: Path) -> None:
    # dev3 223 and 216: the stored copy stops inside its last paragraph, which still opens a unit
    f = tmp_path / "cut.txt"
    f.write_text("5月13日，经开区社会工作会议召开。\n会议指出，社会治理是城市治理水平的具体体现。\n"
                 "会议要求，要持续加强新兴领域党的建设，推动党建扩面提升。\n会议要求，要推进信访工\n", encoding="utf-8")
    m = analyse(f)
    assert [u.offset for u in units(m, m.raw) if u.text.startswith("会议要求")] == [
        m.raw.index("会议要求"), m.raw.rindex("会议要求")]
    # dev3 203, 266: a page's 【导语】/【正文】 and a mis-decoded indentation are no part of the text
    done = clean([Para("【导语】3月5日，我区召开党建工作会议，部署全年工作。"), Para("？？？ 巩固思想，坚定理想信念。")])
    assert [p.text for p in done.paras] == ["3月5日，我区召开党建工作会议，部署全年工作。", "巩固思想，坚定理想信念。"]


def test_points_numbered_with_a_comma_are_read_as_the_third_level(tmp_path: Path) -> None:
    f = tmp_path / "speech.txt"
    f.write_text("在全县宣传思想工作会议上的讲话\n同志们：\n今天召开全县宣传思想工作会议，主要任务是部署今年工作。\n"
                 "一、突出重点，扎实做好今年宣传思想工作\n1、加强理论武装，筑牢思想根基。要深入学习贯彻党的创新理论。\n"
                 "2、大力发展先进文化，营造良好文化环境。要繁荣文艺创作。\n", encoding="utf-8")
    m = analyse(f)
    got = [(u.kind, u.marker, u.offset) for u in units(m, m.raw) if u.marker in ("1.", "2.")]
    assert got == [("run_in", "1.", m.raw.index("1、")), ("run_in", "2.", m.raw.index("2、"))]
    assert any("1、" in r.message for r in m.repairs)
    # a lone 3、 is left as it is
    assert cleaned("3、大力发展先进文化。") == ["3、大力发展先进文化。"]


def test_points_a_count_announces_after_a_comma_and_a_series_of_verb_led_actions() -> None:
    from drafter.mining import recognise

    # dev6 508: 重点抓好五个方面工作，A，…；B，…
    text = ("重点抓好三个方面工作，严密防控社会稳定风险，着力保障政治大局稳定；突出抓好严打专项斗争，坚决维护良好治安环境；"
            "切实加强社会综合治理，强力推进平安建设。")
    assert [h.text for h in recognise.announced_points(text)] == ["严密防控社会稳定风险，", "突出抓好严打专项斗争，", "切实加强社会综合治理，"]
    # dev6 512: 要深化X行动，…；深化Y行动，…  (one mould past the opening 深化 and the ending 行动)
    text = ("要深化党的创新理论铸魂行动，做好理论学习；深化主流思想舆论强音行动，壮大主流舆论；"
            "深化精神文明建设润心行动，改进文明实践。")
    assert len(recognise.frame_points(text)) == 3
    # dev6 507: X，是当前和今后一个时期…最大的政治: why the work matters
    assert recognise.said_role("，深入学习领会党的十八大精神，全面建成小康社会，是当前和今后一个时期蚌埠最大的政治、最大的任务。") == \
        "significance"


def test_lines_whose_names_open_sentences_where_no_enumeration_names_them() -> None:
    from drafter.mining.lines import document_lines

    # dev6 531: the second page of a speech (its enumeration was on the first)
    texts = ["五是在队伍建设上有新提升。宣传部全力组织、协调做好庆祝活动的各项筹备工作。统战部充分团结各民主党派、无党派人士。"
             "组工干部队伍建设方面，按照打造“学习型”队伍的要求开展培训。"]
    assert document_lines(texts) == ["宣传", "统战", "组织"]
    assert document_lines(["组织部门要选好干部。今年全县经济平稳增长。"]) == []  # one line's name is no series


def test_a_universitys_departments_and_their_heads_blocks() -> None:
    from drafter.mining import recognise
    from drafter.mining.lines import document_lines

    # dev9 926: the departments that hold the meeting name its lines; each deputy head's deployment is a block
    assert document_lines(["4月30日，党委宣传部、党委统战部在至正楼召开部门工作会议，安排部署5月重点工作。"]) == ["宣传", "统战"]
    text = ("各科室汇报了近期工作完成情况。党委宣传部副部长蔡昌艳详细安排部署了5月招生宣传、人物专访等工作。"
            "党委统战部副部长朱江东对5月统战工作进行了全面部署。")
    assert [(h.text[:7], h.line) for h in recognise.line_blocks(text, ["宣传", "统战"])] == [
        ("党委宣传部副部", "宣传"), ("党委统战部副部", "统战")]
    # dev9 921: a university's line of work (高校组织工作要…)
    text = "会议强调，高校组织工作要做好后“三篇文章”，一要聚焦全年工作进度。高校统战工作要按照中央、省委有关会议部署。"
    assert [h.line for h in recognise.line_blocks(text, ["组织", "统战"])] == ["组织", "统战"]
    # dev4 305: a unit between two departments is no line (县委组织部、县委社会工作部、高新园区、…)
    assert document_lines(["县委组织部、县委社会工作部、高新园区、各业务主管单位要按照职责分工压实责任。"]) == ["组织", "社会工作"]


def test_a_series_after_a_cue_without_a_comma_and_one_mould_with_sentences_between() -> None:
    from drafter.mining import recognise

    # dev3 200: 会议强调一是要…
    assert [h.marker for h in recognise.ordinal_points("会议强调一是要聚焦学思践悟，增强责任感。二是要聚焦重点任务，推动发展。")] == \
        ["一是", "二是"]
    # dev6 527: one mould (要切实V两新党建工作的A和B), another requirement's sentence between its members
    text = ("会议要求，要切实增强两新党建工作的压力和动力。强化责任担当。要切实提升两新党建工作的质量和成效。"
            "坚持常规工作抓规范，重点工作抓创新。要切实加强两新党建工作的领导和保障。注重分类指导。")
    assert [h.text[:8] for h in recognise.frame_points(text)] == ["要切实增强两新党", "要切实提升两新党", "要切实加强两新党"]
    # dev6 524: 思想认识要再深化。重点任务要再明确。推进措施要再加力。
    assert len(recognise.frame_points("思想认识要再深化。要树立大党建思维。重点任务要再明确。要摸清底数。推进措施要再加力。要压实责任。")) == 3


def test_clauses_that_count_up_one_by_one() -> None:
    from drafter.mining import recognise

    # dev7 615, 611, 609
    text = "坚持“一个根本”推动党管政法工作新提升，实施“两大工程”谱写平安建设新篇章，提升“三大能力”彰显新作为。"
    assert [h.text[:6] for h in recognise.counted_clauses(text)] == ["坚持“一个根", "实施“两大工", "提升“三大能"]
    assert len(recognise.counted_clauses("突出一条主线，聚焦两件大事，着力三项建设，强化四个坚持。")) == 4
    assert len(recognise.counted_clauses("坚持“一个遵循”，突出“三个重点”，持续培养“四支队伍”，创新完善“五个基地”。")) == 4
    # dev3 225: a 总体要求's phrases skipping a number, three of them, are no list; nor is a count of things
    assert recognise.counted_clauses("牢牢把握“一条主线”，做大做强“两大精品项目”，扎实做好“四项重点工作”，凝聚人心。") == []
    assert recognise.counted_clauses("全县有一个中心、两个基地和三所学校。") == []


def test_a_speakers_words_on_one_line_set_off_by_a_dash_and_a_writer_named_alone_under_the_headline(
        tmp_path: Path) -> None:
    # dev7 600: 王文才强调——组织工作要…。王文才要求——宣传工作要…: one top-level block per line
    doc = tmp_path / "600.txt"
    doc.write_text("城厢区召开组织宣传统战工作会议\n3月1日，城厢区召开组织、宣传、统战工作会议。区委书记王文才出席并讲话。\n"
                   "王文才指出，过去一年全区各项工作取得了新成效。王文才强调——组织工作要政治方向把好。要组织体系建好。"
                   "王文才要求——宣传工作要坚持正确政治方向。王文才强调——统战工作要凝聚思想政治共识。\n", encoding="utf-8")
    m = analyse(doc)
    blocks = [(u.line, u.depth, u.role) for u in units(m, m.raw) if u.kind == "line_block"]
    assert blocks == [("组织", 1, "per_line_tasks"), ("宣传", 1, "per_line_tasks"), ("统战", 1, "per_line_tasks")]
    # dev7 620: a report's writer named alone under its headline is a byline, not a subtitle;
    # a speaker's name under a speech's title stays
    doc = tmp_path / "620.txt"
    doc.write_text("樊城区召开区委人才工作领导小组会议\n王晓丽\n12月5日，樊城区召开区委人才工作领导小组会议。区委书记龙小红主持会议并讲话。"
                   "会议强调，要聚焦人才引育。\n", encoding="utf-8")
    m = analyse(doc)
    assert m.title == "樊城区召开区委人才工作领导小组会议" and m.subtitles == []
    doc = tmp_path / "speech.txt"
    doc.write_text("在全县统战工作会议上的讲话\n王晓丽\n同志们：\n今天召开全县统战工作会议。\n一、充分肯定成绩\n过去一年，全县统战工作取得新成效。\n",
                   encoding="utf-8")
    assert analyse(doc).subtitles == ["王晓丽"]


def test_a_line_named_in_the_first_sentence_of_what_a_speaker_says_in_its_own_paragraph(tmp_path: Path) -> None:
    # dev6 500: 张银军要求，要聚焦强基固本、选贤用能，进一步增强组织工作的凝聚力。 / …提升宣传工作的引领力
    doc = tmp_path / "500.txt"
    doc.write_text("全县组织宣传工作会议召开\n3月29日，全县组织宣传工作会议召开。县委书记张银军出席会议并讲话。\n"
                   "张银军要求，要聚焦强基固本、选贤用能，进一步增强组织工作的凝聚力、战斗力。要着力加强政治建设。\n"
                   "张银军要求，要聚焦守正创新、举旗定向，进一步提升宣传工作的引领力、影响力。要着力加强理论武装。\n",
                   encoding="utf-8")
    m = analyse(doc)
    blocks = [(u.line, u.depth, u.text) for u in units(m, m.raw) if u.kind == "line_block"]
    assert blocks == [("组织", 2, "要聚焦强基固本、选贤用能，"), ("宣传", 2, "要聚焦守正创新、举旗定向，")]
    # one paragraph alone that names a line is no per-line structure
    assert recognise.said_block("会议要求，组织工作要聚焦主责主业。", "组织") is None
    assert recognise.said_block("会议要求，要聚焦主责主业，提高站位。", "组织") is None


def test_a_series_of_line_blocks_each_naming_its_line_at_its_end() -> None:
    # dev5 407: 突出激发潜能，…，在组织引领高质量发展上开新局；突出凝聚人心，…宣传思想工作…；…
    text = ("会议强调，要突出重点，在守正创新中开创工作新局面。突出激发潜能，营造人人想干事的良好氛围，在组织引领高质量发展上开新局；"
            "突出凝聚人心，把统一思想作为宣传思想工作的中心环节，在宣传思想服务高质量发展上开新局；突出汇聚力量，促进大团结大联合，"
            "在统战助推高质量发展上开新局；突出安全稳定，强化政治担当，在政法保障高质量发展上开新局。")
    found = [(h.line, h.text[:6]) for h in recognise.line_blocks(text, ["组织", "宣传", "统战", "政法"])]
    assert found == [("组织", "突出激发潜能"), ("宣传", "突出凝聚人心"), ("统战", "突出汇聚力量"), ("政法", "突出安全稳定")]


def test_the_scorer_counts_furniture_shown_but_not_a_unit_that_opens_a_labelled_one() -> None:
    label = {"file": "511_news.txt", "title": "全县统战工作会议召开", "furniture": ["房县新闻网", "(责任编辑:杨正强)"],
             "outline": [{"text": "房县新闻网讯 记者 杨正强 报道:3月20日,全县统战工作会议召开,", "kind": "cue_paragraph",
                          "depth": 1, "role": "lead"}]}
    lead = {"kind": "cue_paragraph", "text": "房县新闻网讯记者杨正强报道：", "role": "lead", "depth": 1}
    # the lead as the label starts it is no furniture, though the site's name opens it
    assert score.score_document(label, {"title": "全县统战工作会议召开", "units": [lead]}).furniture == 0
    # the site's name as the title is; so is a title that only begins with the real one
    assert score.score_document(label, {"title": "房县新闻网", "units": [lead]}).furniture == 1
    label["furniture"].append("全县统战工作会议召开（共3篇）")
    assert score.score_document(label, {"title": "全县统战工作会议召开（共3篇）", "units": [lead]}).furniture == 1
    # a speaker's name under the title (王 弘) is no furniture for opening the page's title line (王弘常委在…, dev15 1537)
    label["furniture"].append("王弘常委在全市“两新”组织党建工作 “百日攻坚行动”动员会上的讲话")
    assert score.score_document(label, {"title": "全县统战工作会议召开", "subtitles": ["王 弘"], "units": [lead]}).furniture == 0


def test_a_reports_lead_opens_at_its_dispatch_line(tmp_path: Path) -> None:
    # dev7 620, 612, dev6 501: 本网讯（通讯员 唐芳）12月5日，… — the labels' lead starts at the dispatch
    doc = tmp_path / "620.txt"
    doc.write_text("樊城区召开区委人才工作领导小组会议\n本网讯（通讯员 唐芳）12月5日，樊城区召开区委人才工作领导小组会议。"
                   "区委书记龙小红主持会议并讲话。\n会议强调，要聚焦人才引育。\n", encoding="utf-8")
    m = analyse(doc)
    lead = units(m, m.raw)[0]
    assert (lead.kind, lead.role) == ("cue_paragraph", "lead") and lead.text.startswith("本网讯（通讯员 唐芳）12月5日")
    assert lead.offset == m.raw.index("本网讯")
    # a correspondent's line (通讯员 夏思莹) is no dispatch
    doc.write_text("思明区召开区委工作会议\n通讯员 夏思莹\n2月24日，思明区召开区委工作会议。\n会议强调，要聚焦发展。\n",
                   encoding="utf-8")
    m = analyse(doc)
    assert units(m, m.raw)[0].text.startswith("2月24日")


def test_asks_addressed_to_someone_and_a_reports_sentence_set_off_by_a_space(tmp_path: Path) -> None:
    # dev8 707: 会议强调，全市统战干部一要加强学习，…。二要…。三要…; 与会人员观摩了… is no subhead
    found = recognise.ordinal_points("会议强调，全市统战干部一要加强学习，提高政治自觉。二要明确职责，抓好落实。三要加强领导，形成合力。")
    assert [h.text for h in found] == ["一要加强学习，", "二要明确职责，", "三要加强领导，"]
    assert recognise.ordinal_points("会议要求统一要求，二要明确职责。") == []
    found = _mined(tmp_path, "全市社区统战工作现场推进会召开\n11月6日，全市社区统战工作现场推进会召开。市委常委、统战部部长张敏出席会议并讲话。\n"
                   "与会人员观摩了西区社区统战工作实践创新基地\n会议强调，全市统战干部一要加强学习，提高政治自觉。二要明确职责，抓好落实。\n")
    assert not [u for u in found if u.kind == "heading"]


def test_a_sentence_that_introduces_the_points_after_it_is_no_heading(tmp_path: Path) -> None:
    # dev8 740, dev7 644: clauses and a colon at the end of a short line
    found = _mined(tmp_path, "在全市网信工作会议上的讲话\n同志们：\n一、肯定成绩、正视挑战，切实增强网信工作的责任感紧迫感\n"
                   "近年来，在市委的坚强领导下，全市网信系统围绕中心、服务大局，做了大量富有成效的工作：\n"
                   "一是网络空间日益清朗。持续开展专项行动。\n二是网络安全不断加强。\n")
    assert [u.text for u in found if u.kind == "heading"] == ["一、肯定成绩、正视挑战，切实增强网信工作的责任感紧迫感"]


def test_a_masked_name_or_a_numeral_alone_on_its_line_is_no_heading(tmp_path: Path) -> None:
    # dev7 653 (××), 659 (01 above its heading), 630 (a page number 1)
    found = _mined(tmp_path, "打造新就业群体党建“暖心驿站”\n××\n近年来，我区坚持党建引领，推动新就业群体融入基层治理。\n01\n"
                   "全面实施“暖心行动”，以高度的政治责任感抓好服务\n组建党员突击队，帮助群众解决难题。\n")
    assert [u.text for u in found if u.kind == "heading"] == ["全面实施“暖心行动”，以高度的政治责任感抓好服务"]


def test_a_series_that_trades_shi_for_yao_and_a_first_point_the_cut_left_alone(tmp_path: Path) -> None:
    # dev7 606: 一是要…二是要…三要… is one series
    mixed = "会议强调，一是要统筹一体推进。要以系统思维推进。二是要加强民主协商。要鼓励各民主党派。三要凝聚政协力量。要聚焦大事。"
    assert [h.number for h in recognise.ordinal_points(mixed)] == [1, 2, 3]
    assert recognise.ordinal_points("一要统筹推进。二是要加强协商。三要凝聚力量。")[0].number == 1
    # dev8 717 / dev3 241: the stored copy stops after its first point; only there is a lone one kept
    cut = "李电强调，要充分发挥统一战线强大法宝作用。一要坚持以“学”为先，持续夯实团结奋斗的共同"
    assert [h.marker for h in recognise.ordinal_points(cut, cut=True)] == ["一要"]
    assert recognise.ordinal_points(cut) == []
    assert recognise.ordinal_points("我县推动资源下沉。一是建", cut=True) == []  # too little left to be a point
    assert recognise.ordinal_points("一方面，意识形态工作是考核的重要内容，另", cut=True) == []
    found = _mined(tmp_path, "县统战部长在基层统战工作会上的讲话\n同志们：\n今天我们召开会议。\n"
                   "基层统战工作必须紧跟时代步伐。一是精准把握新时代统战工作的新特征。当前，社会结构深刻变动。二...\n"
                   "(想阅读完全部图文内容,您需要先登陆后下载!)\n")
    assert any(u.kind == "inline_point" and u.text.startswith("一是精准把握") for u in found)
    assert not any("阅读" in u.text for u in found)
    whole = _mined(tmp_path, "县统战部长在会上的讲话\n同志们：\n今天我们召开会议。\n"
                   "基层统战工作必须紧跟时代步伐。一是精准把握新时代统战工作的新特征。\n", name="whole.txt")
    assert not any(u.kind == "inline_point" for u in whole)  # a whole text ends its sentence: no series


def test_a_copy_cut_inside_the_next_point_of_a_series_keeps_it(tmp_path: Path) -> None:
    # dev7 634: the copy stops in 三是…, a line without its end mark after 一是/二是: a point, no signature
    text = ("在全县宣传思想工作会议上的讲话\n同志们：\n在肯定成绩的同时，我们也要清醒地认识到工作中的不足。主要表现在：\n"
            "一是宣传工作创新不够、深度挖掘不足，宣传工作未能同步跟进。\n二是意识形态工作责任制落实不够到位，一些舆情反应不够灵敏。\n"
            "三是新时代文明实践中心建设资源整合\n")
    found = _mined(tmp_path, text)
    assert [u.marker for u in found if u.kind == "run_in"] == ["一是", "二是", "三是"]
    signed = _mined(tmp_path, text.replace("三是新时代文明实践中心建设资源整合", "县委宣传部办公室"), name="signed.txt")
    assert [u.marker for u in signed if u.kind == "run_in"] == ["一是", "二是"]


def test_who_attended_told_in_a_sentence_at_a_paragraphs_end_is_a_unit_of_its_own() -> None:
    # dev5 409, dev8 703: …问题和困难。各乡镇、市级有关部门负责人参加会议。 / …罗小虎参加会议。
    text = "相关部门负责人还汇报了工作中存在的问题和困难。各乡镇、市级有关部门负责人参加会议。"
    hits = [h for h in recognise.cue_sentences(text) if h.role == "attendance"]
    assert [text[h.start:h.start + 6] for h in hits] == ["各乡镇、市级"]
    text = "会议传达了有关精神。县委常委、统战部长、县总工会主席罗小虎参加会议。会议强调，要加强学习。"
    assert [h.role for h in recognise.cue_sentences(text)] == ["attendance", "requirements"]
    # a sentence that only mentions taking part in something is no attendance
    assert recognise.cue_sentences("会议传达了有关精神。全县党员积极参加志愿服务活动，成效明显。") == []
    # dev9 923, 904, 922: names before 出席 with commas between; 参加本次会议，会议由…主持; 出席会议的有…
    for said, start in (("校党委书记杨鲜兰，校党委常委、宣传部部长周忠出席，会议由校党委副书记胡兴主持。", "校党委书记杨鲜兰，"),
                        ("镇领导班子、镇直各部门负责人参加本次会议，会议由镇长周忠民同志主持。", "镇领导班子、镇直各部门负责人参加本次会议，"),
                        ("出席会议的有学校党委书记闫峰，党委副书记李春生，会议由李春生主持。", "出席会议的有学校党委书记闫峰，")):
        hits = recognise.cue_sentences("4月23日上午，学校召开党建工作会。" + said)
        assert [(h.text, h.role) for h in hits] == [(start, "attendance")], said
    # who took part in the work, not in the meeting, is no attendance
    assert recognise.cue_sentences("会议传达了有关精神。各单位积极参加活动，宣传部门认真组织，成效明显。") == []
    # dev10 1016, dev12 1221, dev13 1326 and 1346: 参加了此次会议 / 到会指导 / 到会并作出重要指示 / 参会
    for said in ("全体镇干部参加了此次会议。", "市委组织部副处级调研员张鹏程到会指导。", "镇政法委书记俞建君到会并作出重要指示。",
                 "县领导韩道旺、张祥余、黄河辉参会。"):
        hits = recognise.cue_sentences("3月17日上午，新桥镇召开平安建设工作会议。" + said + "会上，镇长作了工作报告。")
        assert [(h.text[:4], h.role) for h in hits if h.role == "attendance"] == [(said[:4], "attendance")], said
    # a sentence on the work the meeting asks people to attend to is none
    assert not [h for h in recognise.cue_sentences("会议传达了有关精神。各级干部要经常到会员企业走访。")
                if h.role == "attendance"]


def test_a_series_begun_with_then_and_counted_on_with_third_is_one_series() -> None:
    # dev5 408: 首先，要…。其次，要…。第三，要…。第四，要…。
    text = ("县委书记王皓玉强调，认真贯彻落实会议精神是重要任务。首先，要深入学习领会精神。其次，要切实抓好贯彻落实。"
            "第三，要加强党外代表人士队伍建设，严格落实有关政策。第四，要积极筹备县委统战工作会议。")
    assert [(h.number, h.text[:4]) for h in recognise.ordinal_points(text)] == [
        (1, "首先，要"), (2, "其次，要"), (3, "第三，要"), (4, "第四，要")]
    # a 第三 that does not take up the count stays out (首先/其次 are a series of two)
    text = "首先，要深入学习领会精神。其次，要切实抓好贯彻落实。党的第三，是一个号码。"
    assert [h.number for h in recognise.ordinal_points(text)] == [1, 2]


def test_clauses_of_one_preposition_frame_only_the_first_of_which_says_yao() -> None:
    # dev8 407: 要在…中…作风能力，在…中…作风能力，… — one mould past the opening
    text = "会议要求，要在忠诚履职中锤炼作风能力，在担当尽责中强化作风能力，在争创一流中提升作风能力，在问效问责中检验作风能力。"
    assert [h.text[:6] for h in recognise.frame_points(text)] == ["要在忠诚履职", "在担当尽责中", "在争创一流中", "在问效问责中"]
    # the 在…上 formula counts whatever follows it
    assert len(recognise.frame_points("他强调，要在思想上高度重视，在工作上狠抓落实，在作风上求真务实。")) == 3
    # no 要 before the first, or frames of different endings: sentences merely alike
    assert recognise.frame_points("全县在脱贫攻坚中成效明显，在乡村振兴中亮点纷呈，在基层治理中走在前列。") == []
    assert recognise.frame_points("要在基层治理中发挥作用，在乡村振兴中走在前列，在脱贫攻坚中成效明显。") == []


def test_the_first_member_of_a_semicolon_series_after_a_comma_and_series_told_by_a_topic_or_a_second_clause() -> None:
    # dev7 601: …主线，坚持思想教育从严，…；坚持干部管理从严，…；… — the first member follows a comma
    text = ("邱树华要求，要突出“全面从严治党”主线，坚持思想教育从严，树牢正确的价值观；坚持干部管理从严，大力加强班子建设；"
            "坚持作风要求从严，持续深入加强作风建设；坚持组织建设从严，着力提高战斗力。")
    assert [h.text for h in recognise.frame_points(text)][:2] == ["坚持思想教育从严，", "坚持干部管理从严，"]
    # dev6 520: …区将在强化理论武装上彰显新气象，…；在巩固…上开创新局面，…
    text = ("2025年，郾城区将在强化理论武装上彰显新气象，坚持凝心铸魂；在巩固主流思想舆论上开创新局面，加强典型宣传；"
            "在文旅文创发展上力求新突破，打造名片；在防范化解意识形态风险上展现新作为，守好阵地。")
    assert [h.text[:6] for h in recognise.frame_points(text)] == ["在强化理论武", "在巩固主流思", "在文旅文创发", "在防范化解意"]
    # dev5 429: topics each with what it must gain, parts of one sentence
    text = "全力以赴抓好人才工作。人才政策体系要有新完善；人才运行机制要不断健全；人才引进要有新举措；大学生村官管理要上新台阶。"
    assert [h.text for h in recognise.parallel_heads(text)] == [
        "人才政策体系要有新完善；", "人才运行机制要不断健全；", "人才引进要有新举措；", "大学生村官管理要上新台阶。"]
    # dev7 622: lead clauses of no one mould, their second clauses in one frame (在…上见新…)
    text = ("会议要求，各地各部门（单位）要旗帜鲜明讲政治，在加强党对政法工作绝对领导上见新行动；围绕中心护大局，在“拼经济、比发展”上见新作为；"
            "综合治理提质效，在维护安全稳定上见新担当。会议还表扬了先进集体。")
    assert [h.text for h in recognise.frame_points(text)] == ["旗帜鲜明讲政治，", "围绕中心护大局，", "综合治理提质效，"]
    # second clauses of no one frame, or a sentence's parts of no frame: no series
    assert recognise.frame_points("要讲政治，在领导上见新行动；要护大局，推动发展再上台阶；要提质效，维护稳定。") == []
    assert recognise.frame_points("全县经济平稳增长；社会大局和谐稳定；人民生活持续改善。") == []


def test_aspects_of_the_work_the_first_after_a_comma() -> None:
    # dev7 651: …治理体系，在自治方面，…。在法治方面，…。在德治方面，…
    text = ("创新完善党组织领导的“三治”结合治理体系，在自治方面，完善组织管理制度，提高乡村自治水平。"
            "在法治方面，大力创建平安乡镇。在德治方面，深挖优秀传统文化。")
    assert [h.text for h in recognise.aspect_points(text)] == ["在自治方面，", "在法治方面，", "在德治方面，"]
    # one aspect alone is no series, whatever stands before it
    assert recognise.aspect_points("创新完善治理体系，在自治方面，完善组织管理制度。") == []


def test_a_chairs_call_on_the_next_speaker_is_no_heading(tmp_path: Path) -> None:
    # dev5 435: 首先，请x同志汇报… / 下面，请各责任单位汇报… between the agenda and the chair's comments
    text = ("在全县信访专题会上的讲话\n同志们：\n今天，召开全县信访专题会，对全县信访维稳工作进行研究部署。\n"
            "首先，请x同志汇报当前的信访维稳工作情况\n下面，请各责任单位汇报突出信访问题有关情况\n"
            "刚才，x同志通报了全县信访突出问题情况，希望大家高度重视。\n一、提高认识\n安定稳定是硬任务，是第一责任。\n"
            "二、压实责任\n各级各部门要切实担起责任。\n")
    found = _mined(tmp_path, text)
    assert [u.text for u in found if u.kind == "heading"] == ["一、提高认识", "二、压实责任"]


def test_two_sides_of_a_statement_are_no_points_two_sides_of_the_work_are() -> None:
    # dev7 615, dev2 172, dev5 436: 一方面…值得肯定，另一方面…复杂严峻 — an assessment
    for text in ("他强调，要提振信心。一方面政法工作成绩值得肯定，干警扛起责任。另一方面政法工作形势复杂严峻，责任更加重大。",
                 "当前，一方面，基层党组织服务群众存在“碎片化”倾向，另一方面，党员先锋模范作用发挥不充分。",
                 "今天讲两个问题，一方面是关于综合服务平台建设，另一方面是关于当前基层党建五项重点工作。"):
        assert recognise.ordinal_points(text) == [], text
    # seed 000: 一方面，发挥头雁引领作用，…；另一方面，扎根基层开满花，… — what is done
    text = "队伍建设上，一方面，发挥头雁引领作用，选优配强书记；另一方面，扎根基层开满花，培育骨干。"
    assert [h.text for h in recognise.ordinal_points(text)] == ["一方面，发挥头雁引领作用，", "另一方面，扎根基层开满花，"]


def test_a_run_of_lead_sentences_that_begins_in_the_speakers_words(tmp_path: Path) -> None:
    # dev4 307: 张伯松强调，要突出政治引领。坚持… / 要弘扬文明新风。… / 要强化风险研判。…
    text = ("全区宣传思想文化工作会议召开\n1月8日上午，全区宣传思想文化工作会议召开。区领导张伯松等参加。\n"
            "张伯松强调，要突出政治引领。坚持用党的创新理论武装全党、教育人民。\n"
            "要弘扬文明新风。深入开展基层综合治理专项行动，提升群众文明素养。\n"
            "要强化风险研判。聚焦发展大局，加强阵地管理。\n")
    found = [(u.kind, u.depth, u.text) for u in _mined(tmp_path, text) if u.kind in ("run_in", "cue_paragraph")]
    assert found[-4:] == [("cue_paragraph", 1, "张伯松强调，"), ("run_in", 2, "要突出政治引领。"),
                          ("run_in", 2, "要弘扬文明新风"), ("run_in", 2, "要强化风险研判")]
    # one paragraph of the speaker's words after the cue is no run
    alone = text.split("要弘扬")[0]
    assert not [u for u in _mined(tmp_path, alone, name="alone.txt") if u.kind == "run_in"]


def test_asks_of_one_shape_past_their_opening() -> None:
    # dev7 603, 612: couplets of one length
    text = "林春元要求，要提高认识，统一思想。充分认识做好群团工作的重要性。要围绕中心，服务大局。新形势提出新要求。"
    assert [h.text for h in recognise.frame_points(text)] == ["要提高认识，", "要围绕中心，"]
    # dev5 427: lead clauses of one length, each followed by a quoted figure
    text = ("会议强调，要聚力引才汇智，激活人才发展“一池春水”。拓宽渠道广纳英才。要建强平台载体，构筑产才融合“四梁八柱”。"
            "深化校企联动。要精塑人才生态，厚植近悦远来“成长沃土”。营造更灵活的政策环境。")
    assert [h.text for h in recognise.frame_points(text)] == ["要聚力引才汇智，", "要建强平台载体，", "要精塑人才生态，"]
    # asks that merely open alike stay unlisted (the scheme's plain 要…。要…。 run)
    text = "会议强调，要全面贯彻党的二十大精神，坚定不移推进全面从严治党。要全面加强基层组织建设，提升组织力。"
    assert recognise.frame_points(text) == []


def test_a_pair_of_semicolon_parts_in_one_mould_after_their_first() -> None:
    # dev5 421: …凝聚力，抓好新经济组织党建工作“扩面提质”，…；抓好新社会组织党建工作“提档升级”，…；抓好新就业群体…
    text = ("会议强调，要聚焦增强新兴领域党的建设凝聚力，抓好新经济组织党建工作“扩面提质”，推动党建工作与生产经营有机融合；"
            "抓好新社会组织党建工作“提档升级”，促进新社会组织健康发展；抓好新就业群体党建工作“破局解题”，加强政治引领。")
    assert [h.text[:7] for h in recognise.frame_points(text)] == ["抓好新经济组织", "抓好新社会组织", "抓好新就业群体"]
    # two parts alike with no first of their mould before them: no series
    text = "会议强调，要加强学习，提高本领；抓好新社会组织党建工作“提档升级”，促进发展；抓好新就业群体党建工作“破局解题”，加强引领。"
    assert recognise.frame_points(text) == []


def test_asks_each_ending_on_the_height_reached_in_one_field() -> None:
    # dev5 405: 要突出X化，…，在…上达到新高度。 ×6 (lead clauses of different lengths)
    text = ("会议强调，2026年是开局之年。要突出政治引领系统化，强化理论武装，在凝聚共识上达到新高度。"
            "要突出宗教事务治理法治化，抓好专项行动，在依法治理上实现新提升。要突出风险防控精准化，紧盯重要风险点，在维护安全上筑牢新防线。"
            "要统筹抓好“两项重点”，凝聚强大“正能量”。")
    assert [h.text[:6] for h in recognise.frame_points(text)] == ["要突出政治引", "要突出宗教事", "要突出风险防"]


def test_asks_whose_second_clauses_share_a_mould() -> None:
    # dev4 302: 要X，确保…；要Y，确保…；… (the first after 新的一年，)
    text = ("会议要求，新的一年，全市政法系统要牢牢把握党管政法工作制度，确保政法工作始终沿着正确方向前行；要妥善防范化解重大风险，"
            "确保国家安全稳如泰山；要提升社会治理效能，确保社会大局和谐稳定。要忠诚履职、干在实处，作出新的更大贡献。")
    assert [h.text[:6] for h in recognise.frame_points(text)] == ["要牢牢把握党", "要妥善防范化", "要提升社会治"]
    # dev4 305: sentences 要X，以更高站位抓攻坚，… — ；-parts between them are no members
    text = ("会议强调，要深化思想认识，以更高站位抓攻坚，要深刻认识工作的重要性。要聚焦目标任务，以更大力度抓推进，要明确工作目标；"
            "要形成工作合力，要加强部门协作。要加强组织领导，以更强责任抓落实，压实工作责任。")
    assert [h.text[:6] for h in recognise.frame_points(text)] == ["要深化思想认", "要聚焦目标任", "要加强组织领"]
    # dev7 619: second clauses of one length joined by one particle in one place (把准方向之舵，明晰选人之道，…)
    text = ("肖鹏飞强调，要坚持政治引领，把准方向之舵，坚持不懈凝心铸魂。要站高谋远，明晰选人之道，锻造高素质干部队伍。"
            "要持之以恒，夯实执政之基，抓实党建工作的载体。")
    assert [h.text for h in recognise.frame_points(text)] == ["要坚持政治引领，", "要站高谋远，", "要持之以恒，"]
    # …but one length alone, or a particle in different places, is no mould
    text = "会议强调，要坚持政治引领，把准前进方向，坚持不懈。要站高谋远，明晰选人标准，锻造队伍。要持之以恒，夯实执政根基，抓实载体。"
    assert recognise.frame_points(text) == []
    # second clauses of nothing in common: sentences merely opening alike
    text = "会议强调，要坚持党的领导，把准方向。要加强队伍建设，提升干部能力水平。要强化责任落实，形成合力。"
    assert recognise.frame_points(text) == []


def test_a_series_written_two_ways_is_one_series() -> None:
    # dev9 920: 四点要求：一、…。二、…。三是…。四是…
    text = ("刘祖华提出四点要求：一、提高政治站位，强化责任担当。围绕中心工作。二、要理清工作思路，突出工作重点。"
            "寻找抓手。三是加强内部建设。加强学习。四是要抓好当前重点工作。相关整改。")
    assert [h.marker for h in recognise.ordinal_points(text)] == ["一、", "二、", "三是", "四是"]
    # a family that starts over at one is a series of its own, and a count that skips is none
    text = "一、提高站位。二、理清思路。会议要求，一是加强建设。二是抓好落实。"
    assert [h.marker for h in recognise.ordinal_points(text)] == ["一、", "二、", "一是", "二是"]
    assert [h.marker for h in recognise.ordinal_points("一、提高站位。二、理清思路。四是加强建设。五是抓好落实。")] == ["一、", "二、"]


def test_parts_of_one_sentence_whose_first_two_clauses_open_alike_are_one_mould() -> None:
    # dev9 914: only the first part asks (要围绕…); the second clauses share their opening too (营造…)
    text = ("会议强调，要以学习宣传贯彻重要讲话精神为主线，提升思想引领力。要围绕提高舆论引导水平，营造大发展快发展的浓厚氛围；"
            "围绕推进社会主义核心价值观建设，营造奋发向上的浓厚氛围；围绕提高文化为人民服务水平，营造文化繁荣发展的浓厚氛围。")
    assert [h.text for h in recognise.frame_points(text)] == [
        "要围绕提高舆论引导水平，", "围绕推进社会主义核心价值观建设，", "围绕提高文化为人民服务水平，"]
    # the first member after a comma of the part before (…的总体部署，着眼A，着力B，提升C；着眼D，着力E，提升F；…)
    text = ("会议要求，要全力服务市委的总体部署，着眼筑牢共同理想，着力提高理论武装水平，提升思想凝聚力；着眼服务改革发展大局，"
            "着力提高外宣工作水平，提升正面舆论引导力；着眼服务人民，着力促进文化事业繁荣，提升文化软实力。")
    assert [h.text for h in recognise.frame_points(text)] == ["着眼筑牢共同理想，", "着眼服务改革发展大局，", "着眼服务人民，"]
    # parts that merely open alike (their second clauses do not) stay unlisted, as the scheme says
    text = "要坚持理论武装，持之以恒凝心铸魂；要坚持正面宣传，巩固壮大主流舆论；要坚持教育引导，培育和践行核心价值观。"
    assert recognise.frame_points(text) == []


def test_clauses_of_one_of_each_are_a_listed_series() -> None:
    # dev10 1019: 即提升一批…，叫响一个…，推行一种…，开通一个…: verb, 一 and a measure word, one clause each
    text = ("大力推进“6+1”工程，即提升一批社区阵地，叫响一个主题社区，推行一种“微治理”服务，开通一个掌上微信平台，"
            "深化一项“早安询访”工作制度，全面提升社区党的建设整体水平。")
    assert [h.text[:4] for h in recognise.counted_clauses(text)] == ["提升一批", "叫响一个", "推行一种", "开通一个", "深化一项"]
    # two of them are no series, nor clauses apart
    assert recognise.counted_clauses("要建立一个机制，形成一套制度，推动工作落实。") == []
    assert recognise.counted_clauses("建立一个机制。加强学习，形成一套制度。推动工作，打造一支队伍。") == []


def test_parts_whose_lead_clauses_are_of_one_mould_and_whose_second_clauses_open_on_one_preposition() -> None:
    # dev11 1138: 以X建设为Y，在…上…；× 5, the first after the commas of what is asked first
    text = ("要总结成绩、分析形势，把握重点、真抓实干，以政治建设为统领，在筑牢绝对忠诚上领航前行；以平安建设为主线，在维护社会稳定上"
            "担当作为；以法治建设为重点，在维护公平正义上履职尽责。")
    assert [h.text for h in recognise.frame_points(text)] == ["以政治建设为统领，", "以平安建设为主线，", "以法治建设为重点，"]
    # lead clauses of one length only, second clauses on another word: no mould
    text = "要强化政治引领，在思想上统一；要加强组织建设，确保落实到位；要深化队伍建设，推动工作开展。"
    assert recognise.frame_points(text) == []


def test_a_numbered_point_after_a_space_left_by_the_copy() -> None:
    # dev11 1111: …为根本，组织开展…；  二是以…为核心，…
    text = "会议部署了五方面重点任务。一是以推动科学发展为根本，组织开展学习活动； 二是以提高执政能力为核心，加强班子建设；三是以深化改革为重点，推进工作。"
    assert [h.marker for h in recognise.ordinal_points(text)] == ["一是", "二是", "三是"]


def test_parts_whose_lead_clauses_end_alike_and_whose_second_clauses_open_alike() -> None:
    # dev11 1112: 以A为重点，进一步…；以B为重点，进一步…；…
    text = ("会议指出，全市组织工作要以开展学习实践活动为重点，进一步推动思想政治建设；以加强能力建设为重点，进一步打造干部队伍；"
            "以提高选人用人公信度为重点，进一步深化干部人事制度改革；以深化“强基工程”为重点，进一步推进基层组织建设。")
    assert [h.text[:6] for h in recognise.frame_points(text)][1:] == ["以加强能力建", "以提高选人用", "以深化“强基"]


def test_parts_of_one_shape_short_leads_and_second_clauses_of_one_length() -> None:
    # dev11 1115: 展形象，舆论宣传积极有为；激活力，文化建设不断加快；…
    text = ("她说，今年以来工作有作为、有亮点。做到重学用，理论武装富有成效；展形象，舆论宣传积极有为；激活力，文化建设不断加快；"
            "抓深化，文明创建扎实推进。")
    assert [h.text[:3] for h in recognise.frame_points(text)] == ["展形象", "激活力", "抓深化"]
    # a review's longer leads are left (dev13 1318: 深耕理论武装，思想根基更加牢固；强化舆论引导，城市形象更加鲜明；…)
    text = "过去一年，全市宣传战线深耕理论武装，思想根基更加牢固；强化舆论引导，城市形象更加鲜明；深化文明创建，城市底色更加闪亮。"
    assert recognise.frame_points(text) == []
    # parts of three clauses or of other lengths are no such shape
    text = "展形象，舆论宣传积极有为，成效明显；激活力，文化建设加快，成效明显；抓深化，文明创建推进，成效明显。"
    assert recognise.frame_points(text) == []


def test_a_run_goes_on_where_the_copy_lost_a_full_stop_and_a_long_shared_opening_is_a_mould() -> None:
    # dev12 1210: …确保按时全部验收达标五是要做好党员管理… (the 。 lost): the run's next member
    text = "一是加强学习。二是做好全覆盖。三是提升阵地建设。四是持续整顿，确保验收达标五是要做好党员管理工作，扎实开展行动。"
    assert [h.marker for h in recognise.ordinal_points(text)] == ["一是", "二是", "三是", "四是", "五是"]
    # …but a lone 二是要 inside a word run is none
    assert recognise.ordinal_points("我们统一思想认识。加强统筹二是要做好。") == []
    # dev12 1215: 抓好全会精神学习，…。抓好全会精神报道，…。抓好全会精神贯彻，… — all but the last word shared
    text = ("抓好全会精神学习，全区宣传干部要先学一步。抓好全会精神报道，全区各级媒体要精心策划。"
            "抓好全会精神贯彻，全区上下要狠抓落实。")
    assert [h.text for h in recognise.frame_points(text)] == ["抓好全会精神学习，", "抓好全会精神报道，", "抓好全会精神贯彻，"]
    # an opening of three characters is sentences merely opening alike
    assert recognise.frame_points("要坚持深学细研，推动落实。要坚持围绕中心，服务大局。要坚持固本培元，夯实基础。") == []


def test_asks_each_speaking_of_another_line_are_its_blocks_even_where_the_meeting_names_no_lines() -> None:
    # dev12 1209: a 党建 meeting names no lines, but the speaker gives 宣传, 组织 and 统战 one ask each
    text = ("羊维达要求，要始终坚定政治方向，牢牢把好舆论导向，唱响主旋律，积极培育文明新风。"
            "要紧扣强组织、选干部、聚人才，着力推进基层党组织建设，加强人才队伍建设。"
            "要高度重视统战工作，画好凝聚共识的“同心圆”。各级党组织要切实担负起政治责任。")
    assert [(h.text, h.line) for h in recognise.line_blocks(text, [])] == [
        ("要始终坚定政治方向，", "宣传"), ("要紧扣强组织、选干部、聚人才，", "组织"), ("要高度重视统战工作，", "统战")]
    # asks that speak of no line by name, or two of one line, are no blocks
    unnamed = text.replace("要高度重视统战工作", "要高度重视团结工作")
    assert recognise.line_blocks(unnamed, []) == []
    twice = text.replace("要紧扣强组织、选干部、聚人才，着力推进基层党组织建设，加强人才队伍建设",
                         "要加强新闻舆论工作，繁荣文化事业")
    assert recognise.line_blocks(twice, []) == []


def test_clauses_that_count_up_inside_quotation_marks_are_a_methods_name() -> None:
    # dev13 1332: 通过“围绕一个中心，强化二种意识，…做好七项工作”，… names a method; unquoted they are points (dev7 611)
    quoted = "全镇通过“围绕一个中心，强化二种意识，突出三个重点，把握四个关键，做好五项工作”，推动党建提质。"
    assert recognise.counted_clauses(quoted) == []
    assert len(recognise.counted_clauses(quoted.replace("“", "").replace("”", ""))) == 5
    assert len(recognise.counted_clauses("要坚持“一个根本”推动工作，实施“两大工程”谱写篇章，提升“三大能力”彰显作为。")) == 3


def test_a_line_of_clauses_the_copy_cut_is_no_subhead(tmp_path) -> None:
    # dev10 1042, dev11 1149: a paragraph cut or wrapped by the copy ends on no stop, but it runs on for three
    # clauses: no subhead (no labelled unnumbered subhead has two commas)
    from drafter.mining.analyse import analyse
    from drafter.mining.units import units

    path = tmp_path / "speech.txt"
    path.write_text("在全县工商联换届工作会议上的讲话\n同志们：\n"
                    "根据省市安排，我县工商联换届工作将于今年十一月进行，今天我们在这里召\n"
                    "开会议，安排部署换届工作。\n一、提高认识，加强领导\n要把换届工作摆上重要位置。\n", encoding="utf-8")
    m = analyse(path)
    heads = [u.text for u in units(m, m.raw) if u.kind == "heading"]
    assert heads == ["一、提高认识，加强领导"]


def test_a_line_ending_on_a_comma_or_running_long_past_one_is_no_subhead() -> None:
    # dev5 438, dev4 341 (one-line copies split at their spaces): no labelled unnumbered subhead ends on a comma
    # or, with a comma, runs to 40 characters; subheads of two halves (dev4 349, dev3 258, seed 002) still are
    from drafter.mining.analyse import _clauses_run_on

    assert _clauses_run_on("书记对去年的工作进行了全面总结，")
    assert _clauses_run_on("组建党的社会工作部门，是以_同志为核心的党中央着眼于新时代党的中心任务和我国社会发展新形势作出的")
    assert not _clauses_run_on("建立工作体系，在完善统战格局中发挥乡贤作用")
    assert not _clauses_run_on("从基础保障迈向多元赋能，打造新就业群体“温馨港湾”驿站")
    assert not _clauses_run_on("思明区持续完善社会治理体系，全面推进基层治理体系和治理能力现代化 强化党建引领 坚持大抓基层")
    assert not _clauses_run_on("阳化冰强调：")
    assert not _clauses_run_on("第一，要充分认识平安创建及“两率一度”提升工作的重要性和紧迫性")
    assert not _clauses_run_on("思明区持续完善社会治理体系，全面推进基层治理体系和治理能力现代化")  # seed 002


def test_the_first_member_run_into_the_words_before_it_when_the_second_stands_after_a_stop() -> None:
    # dev9 957: a heading run into its first point (…统一思想一要站位政治高度，…。二要…); dev12 1220
    text = "一、提高站位，统一思想一要站位政治高度，充分认识重要性。二要站位全局高度，服务大局。三要站位群众，回应期盼。"
    assert [h.marker for h in recognise.ordinal_points(text)] == ["一要", "二要", "三要"]
    # …but not 一 of a word (统一要求), nor a lone loose 一
    assert recognise.ordinal_points("会议强调，要按照统一要求推进。二要抓好落实，三要强化督查。") == []
    assert recognise.ordinal_points("思想一要站位政治高度，充分认识重要性。") == []


def test_parts_whose_leads_share_their_first_character_and_one_inside() -> None:
    # dev11 1115: 抓导向和展示，…；抓特色和普及，…；抓典型和带动，…；抓作风和形象，… (one mould: 抓 X 和 Y)
    text = ("通过抓学习和提高，强化理论武装工作；抓导向和展示，提升舆论宣传工作；抓特色和普及，激发文化发展活力；"
            "抓典型和带动，提高文明创建水平；抓作风和形象，提升队伍建设水平。")
    assert [h.text for h in recognise.frame_points(text)] == ["抓导向和展示，", "抓特色和普及，", "抓典型和带动，", "抓作风和形象，"]
    # …but asks that open alike and share only a 、 (要提高站位、深化认识，…, dev3 224) or three parts are no such series
    alike = ("要提高站位、深化认识，把学习贯彻引向深入；要统筹兼顾、多措并举，推动工作落实；要强基固本、提质增效，"
             "夯实基层基础；要站稳立场、用心用情，做好服务群众工作。")
    assert recognise.frame_points(alike) == []
    assert recognise.frame_points("抓导向和展示，提升舆论；抓特色和普及，激发活力；抓典型和带动，提高水平。") == []


def test_what_a_speaker_says_before_he_turns_to_his_asks_is_read_alone(tmp_path: Path) -> None:
    # dev13 1223: 张福生指出，意识形态工作是…极端重要工作…。他要求，一是要加强组织领导。…二是…三是…四是…:
    # why the work matters, then a series of asks (requirements, though its first ask is 加强组织领导)
    words = ("张福生指出，意识形态工作是我们党的一项极端重要工作，事关国家政治安全。他要求，一是要加强组织领导。"
             "要及时调整充实力量。二是要厘清工作重点。三是要健全处置机制。四是要管好各类意识形态阵地。")
    assert recognise.speaker_cue(words) == "significance"
    assert recognise.speaker_cue(words[words.index("他要求"):]) == "requirements"
    found = _mined(tmp_path, "金洞管理区召开意识形态形势分析研判联席会议\n3月21日上午，金洞管理区召开意识形态形势分析研判联席会议。"
                   "区党委委员张福生出席会议。\n" + words + "\n")
    roles = {u.text: u.role for u in found if u.depth == 1}
    assert roles["张福生指出，"] == "significance" and roles["他要求，"] == "requirements"


def test_who_attended_opens_a_paragraph_whose_speech_is_a_sentence_of_its_own(tmp_path: Path) -> None:
    # dev13 1325, dev7 603, dev10 725: 市委常委、秘书长李雪峰出席会议并讲话。李雪峰要求，…: the first sentence says who
    # attended (attendees), what he asked is a cue sentence of its own; a paragraph 县委组织部副部长张常亮讲话。 is the same
    found = _mined(tmp_path, "金山区召开机关党建工作会议\n3月5日上午，金山区召开机关党建工作会议。\n"
                   "市委常委、秘书长李雪峰出席会议并讲话。李雪峰要求，今年全市机关党建工作要提升工作标杆，凝聚各方力量。\n"
                   "县委组织部副部长张常亮讲话。\n会议强调，要压实责任，抓好落实。\n")
    roles = [(u.kind, u.text, u.role) for u in found if u.depth == 1]
    assert ("cue_paragraph", "市委常委、秘书长李雪峰出席会议并讲话。", "attendees") in roles
    assert ("cue_sentence", "李雪峰要求，", "requirements") in roles
    assert ("cue_paragraph", "县委组织部副部长张常亮讲话。", "attendees") in roles
    # in one sentence, what he said is the paragraph's: 区委书记汪泓出席会议并讲话，他指出，…
    found = _mined(tmp_path, "区召开政法工作会议\n3月5日，区召开政法工作会议。\n区委书记汪泓出席会议并讲话，他强调，要毫不动摇地坚持党对"
                   "政法工作的领导，要不断提高执法水平，要加强队伍建设。\n")
    assert [u.role for u in found if u.text.startswith("区委书记汪泓")] == ["requirements"]


def test_clauses_a_count_right_after_them_names_are_listed() -> None:
    # dev15 1520: …重点抓好A，B，…，H等八个方面的重点工作 — the first past the words that lead into the list
    text = ("会议明确，年，澧县将重点抓好深化省级文明县城创建，加快推进文明细胞工程建设，持续选树先进典型，继续开展“法治澧州·德行万家”"
            "活动，持之以恒抓好移风易俗，大力推进志愿服务活动，开展新时代文明实践中心建设试点，抓好“一条例、两纲要”的贯彻落实等八个方面的"
            "重点工作。会上还通报了评选情况。")
    hits = recognise.announced_series(text)
    assert [h.text[:6] for h in hits] == ["深化省级文明", "加快推进文明", "持续选树先进", "继续开展“法", "持之以恒抓好",
                                         "大力推进志愿", "开展新时代文", "抓好“一条例"]
    assert recognise.announced_series(text.replace("等八个", "等九个")) == []  # a count the clauses do not make
    # the count names a 、-list before it, not the clauses (dev7 655)
    assert recognise.announced_series("××镇紧紧围绕一条主线，以乡村振兴为抓手，通过“强阵地、建队伍、抓活动、促治理”等四项措施，"
                                      "推动工作。") == []


def test_sentences_a_count_names_after_ji_are_listed_however_they_open() -> None:
    # dev16 1614: 突出六个方面的重点，即A，…。B，…。… — the sentences from 即 on, exactly as many as counted
    text = ("会议提出，今年我市统战工作要突出六个方面的重点，即夯实共同思想基础，推动统一战线实现可持续发展。围绕“十二五”规划实施，"
            "自觉服务经济社会转型升级。稳步推进政治交接，进一步完善多党合作制度建设。保持安定团结局面，依法加强对民族宗教事务的管理。"
            "促进两个“健康发展”，深化非公经济领域统战工作。凝聚爱国爱乡力量，拓展港澳及海外统战工作。")
    assert [h.text[:4] for h in recognise.announced_series(text)] == ["夯实共同", "围绕“十", "稳步推进", "保持安定", "促进两个",
                                                                     "凝聚爱国"]
    assert recognise.announced_series(text.replace("六个方面", "五个方面")) == []


def test_series_counted_in_the_paragraph_before_by_the_word_or_naming_the_word_inside() -> None:
    # dev6 509: 聚焦“加强五个建设”具体任务。 / 要加强…建设，…；(five) — the count in the paragraph before, by the word each names
    asks = ("会议强调，要加强思想和政治建设，不断深化党的创新理论武装；要加强领导班子和干部队伍建设，有效调动积极性；要加强基层党组织"
            "和党员队伍建设，充分发挥作用；要加强人才队伍建设，不断强化人才支撑；要加强组织部门和组工干部自身建设，提供组织保障。")
    before = "会议指出，要围绕市委“深化六个改革”重点工作，聚焦“加强五个建设”具体任务，扎实推动组织工作高质量发展。"
    assert len(recognise.listed_series(asks, before)) == 5
    assert recognise.listed_series(asks, before.replace("五个建设", "四个建设")) == []
    assert recognise.listed_series(asks, before.replace("五个建设", "五个方面")) == []  # a count of another word
    # dev13 1323: 一要强化“三个正”。摆正位置，…；纠正认识，…；走正方向，…。 — the ；-parts each name the word
    text = ("薛卫平提出三点要求。一要强化“三个正”。摆正位置，各支部书记提高站位；纠正认识，积极服从机关党委布置的工作；走正方向，"
            "紧跟局党组工作节奏。二要注重“三个出”。")
    assert [h.text[:4] for h in recognise.announced_series(text)] == ["摆正位置", "纠正认识", "走正方向"]
    # dev17 1730: 二要对标“四强”要求。 and the four sentences after it, each naming 强 in its first clause, the one
    # after them not
    four = ("二要对标“四强”要求。聚焦政治功能强，带头做到“两个维护”。突出支部班子强，不断提高履职能力。围绕党员队伍强，"
            "激发党员内生动力。立足发挥作用强，服务高质量发展。三要传导压实责任。通过强化组织领导，严格督查考核。")
    assert [h.text[:4] for h in recognise.announced_series(four)] == ["聚焦政治", "突出支部", "围绕党员", "立足发挥"]
    assert recognise.announced_series(four.replace("三要传导压实责任", "三要强化责任")) == []  # a fifth names it too
    # dev17 1738: 一要突出三个抓手，…。抓机制，…；抓学习，…；抓帮带，…。 — the ；-parts each open as the counted noun does
    grips = "一要突出三个抓手，稳步推进基层党组织建设。抓机制，打造坚强堡垒；抓学习，突出政治引领作用；抓帮带，凝聚合力。二要围绕目标。"
    assert [h.text[:3] for h in recognise.announced_series(grips)] == ["抓机制", "抓学习", "抓帮带"]
    assert recognise.announced_series(grips.replace("抓帮带", "促帮带")) == []
    # dev4 306: two aspects, each a word — 要在思想上，…；在工作上，…
    pair = "张春玉要求，要在思想上，深刻学习领会新思想；在工作上，要奋力实现新作为，她强调，要着力推动学习。"
    assert [h.text[:5] for h in recognise.listed_series(pair)] == ["要在思想上", "在工作上，"]
    assert recognise.listed_series("要在思想上下功夫，提高认识；在工作上见成效。") == []


def test_asks_framed_by_yao_zai_after_commas_are_listed() -> None:
    # each ask opens on the aspect frame 要在…上, the three after commas of one sentence (dev14 1417)
    text = "张玉卓要求，要弘扬学风，不断推动学习往深里走。要在抓常态求长效上下功夫，要在改进方式方法上下功夫，要在抓好关键少数上下功夫。"
    assert [h.text for h in recognise.listed_series(text)] == [
        "要在抓常态求长效上下功夫，", "要在改进方式方法上下功夫，", "要在抓好关键少数上下功夫。"]
    # a 在…上 inside a clause after a comma is no frame of its own
    assert recognise.listed_series("全县要突出重点，在抓常态上下功夫，在改方法上下功夫，在抓少数上下功夫。") == []


def test_only_a_series_the_text_marks_as_a_list_is_outlined() -> None:
    # The scheme outlines unnumbered points only where the text marks them as a list (the nineteenth session's
    # relabelling, tests/corpus/relabel-series.json): a series in one mould alone is the writer's parallel style.
    moulded = ("会议强调，要坚持责任导向，压实责任。要坚持问题导向，补齐短板。要坚持结果导向，注重实效。"
               "要坚持目标导向，久久为功。")  # dev4 401: no count, labels list none
    assert len(recognise.frame_points(moulded)) == 4  # the mould is seen (roles read it)...
    assert recognise.listed_series(moulded) == []  # ...but it is not a list
    # a count named just before (…二要注重“三个出”。, dev13 1323) or just after (…“六条路径”, dev5 405) makes it one
    before = "二要注重“三个出”。" + "要在“出策”上下功夫，献良策。要在“出力”上下功夫，聚合力。要在“出彩”上下功夫，树品牌。"
    assert [h.text for h in recognise.listed_series(before)] == [
        "要在“出策”上下功夫，", "要在“出力”上下功夫，", "要在“出彩”上下功夫，"]
    counted = ("要千方百计引才，广纳贤才。要因材施策育才，培养骨干。要不拘一格用才，人尽其才。"
               "以上三个方面，全方位推进人才工作。")
    assert len(recognise.listed_series(counted)) == 3
    assert recognise.listed_series(counted.replace("三个方面", "四个方面")) == []  # a count that names another set
    # …，即 before a series of counted clauses (“6+1”工程，即提升一批…, dev10 1019)
    named = "大力推进“6+1”工程，即提升一批社区阵地，叫响一个主题社区，推行一种“微治理”服务，开通一个掌上平台。"
    assert len(recognise.listed_series(named)) == 4
    assert recognise.listed_series(named.replace("，即", "，")) == []
    # the 在…上 frame names the aspect each point is about: a list as it stands (dev2 109, seed 004)
    framed = "着力在凝心铸魂上下功夫，筑牢思想根基。着力在价值引领上见真章，培育文明风尚。着力在促进发展上求突破，服务大局。"
    assert len(recognise.listed_series(framed)) == 3


def test_a_report_of_requirements_in_one_mould_outlines_none_of_them(tmp_path: Path) -> None:
    # dev4 401, dev6 627: 要坚持X导向，…要坚持Y导向，… after 会议强调 is one requirement written in parallel
    text = ("2月21日，全市组织部长会议召开。\n会议强调，要坚持责任导向，压实各级责任。要坚持问题导向，补齐工作短板。"
            "要坚持结果导向，注重工作实效。要坚持目标导向，久久为功抓落实。\n")
    assert [u.kind for u in _mined(tmp_path, text, "news.txt") if u.kind == "inline_point"] == []
