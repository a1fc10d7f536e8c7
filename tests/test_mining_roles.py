"""Genre and roles of `drafter mine` on examples from the development corpora (shared/ and dev2/;
the document ids are named at each example): speaker-led cues by any name, the agenda, cues that
stand alone on their line, the order of a report, the parts of a speech, experience articles,
and the gateway pinyin stripped before mining. These test the rules: units are read with
``learned=False`` (the learned second reading has its own tests, tests/test_role_model.py)."""

from __future__ import annotations

import re
from pathlib import Path

from drafter.mining import recognise, script
from drafter.mining.analyse import analyse
from drafter.mining.roles import cue
from drafter.mining.units import units


def _mine(tmp_path: Path, text: str, name: str = "doc.txt") -> tuple[str, list[tuple[str, str, str]]]:
    """The genre and the depth-1 units (kind, role, text) of a small document."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    m = analyse(path)
    return m.genre, [(u.kind, u.role, u.text) for u in units(m, m.raw, learned=False) if u.depth == 1]


def _units(tmp_path: Path, text: str, name: str = "all.txt") -> list:
    """Every unit of a small document (any depth)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    m = analyse(path)
    return units(m, m.raw, learned=False)


def test_a_speaker_named_after_his_post_and_a_topic_before_him() -> None:
    # dev2 100: the topic comes first, and jieba does not tag 周峰 as a name; the lead gave his post
    names = recognise.posted_names(["3月6日，君山区统战工作会议召开，该区委常委、统战部长周峰，区政协副主席高本贻出席。"])
    assert "周峰" in names
    assert recognise.speaker_cue("对如何做好今年统战工作，周峰要求，要以习近平新时代中国特色社会主义思想为指导", names) \
        == "requirements"
    assert recognise.speaker_cue("对如何做好今年统战工作，周峰要求，要以…为指导") in ("", "requirements")
    # dev2 103: greetings and appraisal by the secretary named in the lead: a review
    names = recognise.posted_names(["会前，息县县委书记管保臣会见了先进个人代表。"])
    text = "管保臣代表息县县委、县政府向受到表彰的先进集体和个人表示祝贺。管保臣对过去一年全县政法工作给予充分肯定。"
    assert recognise.speaker_cue(text, names) == "review"
    assert recognise.speaker_cue(text) == ""  # no post introduced him, no segmenter tag: not a speaker
    # a withheld name (王XX, XXX) or a post without a name speaks too
    assert recognise.speaker_cue("XXX指出，要进一步提高认识") == "requirements"
    assert recognise.speaker_cue("县委书记在讲话中强调，要抓好基层党建") == "requirements"
    # 会议 and 大会 are never speakers; a pronoun continues the named speaker (dev2 124: 他强调，)
    assert recognise.speaker_cue("会议要求，全县上下要高度重视") == ""
    assert [h.role for h in recognise.cue_sentences("王佩刚在讲话中指出，要践行五字要求。他强调，要落实到工作中。")
            if h.text.startswith("他")] == ["requirements"]


def test_what_is_said_decides_between_significance_requirements_and_guarantee() -> None:
    # dev2 121/134: 把握方向 and importance are significance; 加强党对…的领导 a guarantee
    assert recognise.said_role("，超职数配备干部整治工作是中央和省委从严管理干部的重要举措。") == "significance"
    assert recognise.said_role("，要全面加强党对新时代宣传思想工作的领导。") == "guarantees"
    assert recognise.said_role("，要加快推进治理创新，高标准推进平安建设。") == ""
    # dev4 312, 325: what the centre said of the work opens the speaker's words: significance;
    # dev2 122: asked for first (要…深入学习贯彻习近平总书记…重要讲话精神): requirements
    assert recognise.said_role("，党的十八大以来，习近平总书记站在全局和战略的高度，就新时代为什么要加强社会工作作出一系列"
                               "重要论述。要深刻认识加强社会工作的重要意义。") == "significance"
    assert recognise.said_role("，去年11月，中央首次召开社会工作会议，习近平总书记专门作出重要指示，对做好新时代社会工作提出"
                               "明确要求。") == "significance"
    assert recognise.said_role("，全面做好2019年政法工作，要旗帜鲜明讲政治，深入学习贯彻习近平总书记在中央政法工作会议上的"
                               "重要讲话精神。") == ""
    # dev2 113: 会议强调了…的重要性 is significance; 03/16: 会议强调，要… asks for work
    assert cue("会议强调了进一步做好新闻外宣工作的重要性，并宣布了奖励办法。", "brief", last=False) == "significance"
    assert cue("会议强调，要坚持铸魂强基、选贤聚才。", "brief", last=False) == "requirements"


def test_what_a_meeting_emphasises_and_who_deploys_a_line(tmp_path: Path) -> None:
    # dev3 210, 224: 会议强调 over a listed series asks for work, whatever its first sentence says
    # (重要基础, 责任重大 no longer make it a guarantee); seed 004 / dev3 218: leadership is a guarantee
    assert cue("会议强调，做好社会工作，是保障民生福祉的重要基础。要回顾好得与失，不骄不躁。要分析好时与势，把握机遇。"
               "要把握好纲与目，突出重点。", "brief", last=False) == "requirements"
    assert cue("会议强调，做好新时代社会工作责任重大、使命光荣，要深入学习贯彻重要论述。", "brief", last=False) == "requirements"
    assert cue("会议强调，要进一步加强组织领导、推动提质增效。", "brief", last=False) == "guarantees"
    assert recognise.said_role("，各级党委要按照构建大统战工作格局的要求，理顺关系，明确责任。") == "guarantees"
    # dev3 204: 党的十八大以来 is no look back on the year; 会议认为 without one is significance
    assert cue("会议指出，习近平总书记的重要讲话，系统阐释了党的十八大以来统战工作形成的新理念新思想新战略。",
               "brief", last=False) == "significance"
    assert cue("会议认为，过去一年全区统战工作取得了新成效。", "brief", last=False) == "review"
    # dev3 229: a speaker's 指出 that appraises the year is a review
    assert recognise.speaker_cue("黄静在讲话中指出，2020年在区委的坚强领导下，全区统战工作取得了亮眼成绩。",
                                 frozenset({"黄静"})) == "review"
    # dev3 228, 229: a speaker's appraisal is a review unless the sentence goes on to ask for work
    assert recognise.speaker_cue("牛殿祥在讲话中全面肯定了2017年全县政法工作取得的成绩，对2018年工作提出了新的期望。",
                                 frozenset({"牛殿祥"})) == "requirements"
    assert recognise.speaker_cue("郭晓敏充分肯定去年全区统战工作取得的成绩。", frozenset({"郭晓敏"})) == "review"
    # dev5 406: who attended, then the source in brackets
    assert cue("县领导王根明，县级相关部门分管负责人、乡镇副书记参加会议。（县委社会工作部）", "brief", last=False) == "attendance"
    # and a cue sentence's role is told from the whole sentence, however far its appraisal stands
    far = ("会议传达了区委书记郭晓敏的讲话精神。黄静在讲话中指出，2020年在区委的坚强领导下，全区统一战线各单位围绕中心"
           "大局，紧扣既定目标，以争先进位的奋进姿态，凝心聚力，狠抓落实，全年统战工作取得了亮眼成绩。")
    assert [h.role for h in recognise.cue_sentences(far, frozenset({"黄静"})) if h.text.startswith("黄静")] == ["review"]
    # dev3 216, 217: a line's head deploying that line's work is the line's tasks; the meeting's is agenda
    for text in ("区委副书记王新刚安排部署社会工作，强调要以党的建设为统领。",
                 "李秀华在会上就宣传思想工作进行了安排部署，她指出要提高站位。",
                 "张胜勇在会上安排部署了组织工作，他强调：要服务中心工作。"):
        assert cue(text, "brief", last=False) == "line", text
    assert cue("会议部署了组织工作。", "brief", last=False) != "line"
    # dev3 209, 208: the meeting's commendations are agenda
    assert cue("会议还通报表彰了2022年度全区政法系统获市级以上表彰奖励情况。", "brief", last=False) == "agenda"
    # dev3 217: lines run together before 工作 in the headline are the meeting's lines
    from drafter.mining.lines import document_lines

    assert document_lines(["我县召开2020年全县组织宣传工作会议"]) == ["组织", "宣传"]
    assert document_lines(["组宣工作要紧紧围绕脱贫攻坚"]) == ["组织", "宣传"]
    assert document_lines(["全县组织工作会议召开"]) == []
    # dev4 309: a fourth line's block after the three the headline enumerated
    assert document_lines(["全区组织、宣传、统战工作会议召开", "靳地胜强调，组织工作要突出强基固本，选人聚才。",
                           "靳地胜强调，政法工作要强化平安建设，抓好教育整顿。"]) == ["组织", "宣传", "统战", "政法"]
    # dev2 145: 纪检组织宣传统战会议 names four lines, and 三、关于宣传思想工作 is that line's part
    assert document_lines(["县委书记在纪检组织宣传统战会议上的讲话"]) == ["纪检监察", "组织", "宣传", "统战"]
    from drafter.mining.roles import _heading_role

    assert _heading_role("关于宣传思想工作", ["纪检监察", "组织", "宣传", "统战"], "speech") == "line"
    # dev3 209: a copy that starts at 会议指出 has no lead
    genre, tops = _mine(tmp_path, "会议指出，过去一年，全区政法工作取得了新成效，为全区发展作出了贡献。\n"
                                  "会议强调，要坚持党对政法工作的绝对领导，全力推进平安建设。\n"
                                  "会议要求，全区政法系统要认真贯彻落实本次会议精神。\n")
    assert genre in ("brief", "report") and tops[0][1] == "review"


def test_what_was_done_at_the_meeting_and_after_the_lead(tmp_path: Path) -> None:
    # dev4 313, 310: 会上，传达… and 会上，…作了…工作报告 are the business; 314: 会上，…进行了总结回顾 a review
    assert cue("会上，传达贯彻全国、全省、全市宣传部长会议精神和研究召开全区宣传思想文化工作会议事宜。", "brief",
               last=False) == "agenda"
    assert cue("会上，县委常委、县委统战部部长王炉军作了全县统战工作报告，组织传达了重要讲话精神。", "brief",
               last=False) == "agenda"
    assert cue("会上，新区党工委委员李保平对2018年新区宣传和统战工作进行了总结回顾，并通报2019年重点工作安排。",
               "brief", last=False) == "review"
    # dev4 315, 303: a paragraph after the lead that no cue announces is no second lead
    genre, tops = _mine(tmp_path, "3月1日，清苑区召开政法工作会议，区委书记崔建民出席会议并讲话。\n"
                                  "首先，区委副书记黄伟、区委常委石伟分别就做好当前工作进行了安排。\n"
                                  "会议强调，要坚持党对政法工作的绝对领导。\n")
    assert genre in ("brief", "report") and [r for _, r, _ in tops] == ["lead", "attendees", "other", "requirements"]


def test_who_attended_after_the_lead_clause(tmp_path: Path) -> None:
    # dev11 1124, 1115: the attendance after the clause that says the meeting was held, after a comma or a stop,
    # each sentence of it (readers pick the presider or the participants: dev9 929, dev12 1229)
    genre, tops = _mine(tmp_path, "3月19日，县委统战工作领导小组2023年第一次全体会议召开，县委书记唐明主持会议并讲话，"
                                  "县领导王继军、翟永生出席会议。\n唐明指出，过去一年全县统战工作取得新成效。\n"
                                  "唐明强调，要强化政治引领，要强化服务发展。\n")
    assert [(r, t) for _, r, t in tops][:2] == [("lead", "3月19日，"), ("attendees", "县委书记唐明主持会议并讲话，")]
    genre, tops = _mine(tmp_path, "8月7日，全县宣传思想文化工作座谈会召开，县委常委、宣传部长裘国宏出席会议。"
                                  "各乡镇宣传委员参加会议。\n会议强调，要坚持正确导向。\n")
    assert [t for _, r, t in tops if r == "attendees"] == ["县委常委、宣传部长裘国宏出席会议。", "各乡镇宣传委员参加会议。"]
    # a comma that does not follow the meeting's clause is no attendance
    genre, tops = _mine(tmp_path, "3月1日，区委召开会议。会议指出，区委书记主持会议并讲话，强调了三点。\n")
    assert "attendees" not in [r for _, r, _ in tops]


def test_agenda_lines_are_other() -> None:
    for text in ("县委常委、宣传部长乔咏梅回顾总结了2011年全县宣传思想文化工作，安排部署了2012年工作。",  # shared 06
                 "会议总结工作，表彰先进，分析形势，对今年和今后一个时期全县政法工作进行安排。",  # dev2 103
                 "会上，汽车站街道、滨江街道相关负责人作交流发言。",  # dev2 104
                 "会议还就全市组织系统年内有关重点工作进行了部署安排。",  # dev2 124
                 "与会人员现场参观了河西街道油城社区的基层治理情况。"):  # dev2 106
        assert cue(text, "brief", last=False) == "agenda", text
    # units reporting at the meeting (会上，…汇报了…) are its agenda: 20 of the 21 such labels say so (dev9 909,
    # 925, 928, 933; dev2 104, 206; dev4 401, …; dev2 112 alone says review); a unit's report elsewhere in a
    # paragraph is a review (dev2 113), a summary with its subject is no agenda (shared 07)
    assert cue("会上，各县相关负责人分别汇报了各自今年上半年的基层组织工作开展情况。", "brief", last=False) == "agenda"
    assert cue("各县相关负责人在会上汇报了今年以来的组织工作。", "brief", last=False) == "review"
    assert cue("李长于在工作报告中总结了2013年的全县统战工作。", "brief", last=False) != "agenda"
    # 会议指出 with its subject's review, and 会议就…提出具体要求 (dev2 101)
    assert cue("会议就做好今年统战工作提出具体要求。", "brief", last=False) == "requirements"


def test_the_last_word_of_a_report_and_a_turn_to_this_year() -> None:
    # dev2 119: carrying out the meeting's spirit, last, is the closing; elsewhere it asks for work
    text = "会议要求，参会单位和人员要认真贯彻落实好会议精神，推动构建大统战工作格局。"
    assert cue(text, "brief", last=True) == "closing"
    assert cue(text, "brief", last=False) == "requirements"
    # dev2 119/133: after a review, a sentence turning to this year's work opens the requirements
    said = "彭勇表示，上半年全县宣传工作稳步推进。下半年的宣传工作要结合项目建设来抓，要有规划。"
    assert recognise.speaker_cue(said, frozenset({"彭勇"})) == "review"
    turn = [h for h in recognise.cue_sentences(said) if h.text.startswith("下半年")]
    assert [(h.role, h.text) for h in turn] == [("requirements", "下半年的宣传工作要结合项目建设来抓，")]
    # a voice is no speaker's part (seed 002: 吕强表示，…), and 他强调， is a clause of its own (dev2 124)
    assert recognise.speaker_cue("思明区委政法委员会书记吕强表示，将持续推进基层治理。", frozenset({"吕强"})) == ""
    assert recognise.clause("他强调，践行好五字要求，要落实到工作中。", 0, cue=True) == "他强调，"


def test_a_cue_on_its_own_line_takes_the_role_of_what_follows(tmp_path: Path) -> None:
    # dev2 101: 会议指出 alone on a line, then the review; 会议就…提出具体要求。 opens a part of its own
    genre, tops = _mine(tmp_path, "3月28日，区委统一战线工作领导小组召开会议，传达学习全国统战部长会议精神。\n"
                                  "会议指出\n"
                                  "过去一年，全区统一战线深入学习贯彻习近平总书记关于做好新时代党的统一战线工作的重要思想。\n"
                                  "会议就做好今年统战工作提出具体要求。\n"
                                  "要始终高举旗帜。坚持党对统战工作的全面领导。\n"
                                  "区委统一战线工作领导小组成员参加会议。\n")
    assert genre == "brief"
    assert [(k, r) for k, r, _ in tops] == [("cue_paragraph", "lead"), ("heading", "review"),
                                            ("cue_paragraph", "requirements"), ("cue_paragraph", "attendees")]
    # dev5 423, dev13 1321: a named speaker's cue alone on a line (阳化冰强调：), his asks below it
    _, tops = _mine(tmp_path, "25日上午，区委平安建设领导小组召开第一次会议，传达学习有关会议精神。区委书记阳化冰出席会议并讲话。\n"
                              "阳化冰强调：\n要统一思想认识、强化使命担当，切实提高政治自觉。\n"
                              "要聚焦重点工作、明确具体任务，全力维护社会稳定。\n", "b.txt")
    assert [(r, t.rstrip("：")) for _, r, t in tops if "强调" in t] == [("requirements", "阳化冰强调")]


def test_the_order_of_a_report(tmp_path: Path) -> None:
    lead = "3月7日，2025年西城区组织、宣传工作部署会召开。\n"
    # seed 004: 会议指出，要… before the meeting's requirements is the significance leading to them
    _, tops = _mine(tmp_path, lead + "会议指出，要进一步强化政治建设、坚定正确方向。\n"
                                     "会议要求，要继续走好新时代党的组织路线。\n", "a.txt")
    assert [r for _, r, _ in tops] == ["lead", "significance", "requirements"]
    # dev2 114: alone it asks for the work
    _, tops = _mine(tmp_path, lead + "会议指出，要深入学习实践习近平文化思想，巩固壮大主流舆论。\n", "b.txt")
    assert [r for _, r, _ in tops] == ["lead", "requirements"]


def test_speech_parts_without_cue_words_are_requirements(tmp_path: Path) -> None:
    # dev2 141: a speech titled 讲话; its heading has no cue word and the speech gives no line its part
    genre, tops = _mine(tmp_path, "常务副书记在2025年市委政法工作会议上的讲话\n同志们：\n"
                                  "这次市委政法工作会议，是在关键时期召开的一次重要会议。\n"
                                  "下面，我讲几点意见。\n一、强化政治引领，铸牢忠诚之魂\n"
                                  "（一）坚定政治信仰，夯实思想根基。\n要深入学习贯彻习近平法治思想。\n")
    assert genre == "speech"
    assert ("heading", "requirements", "一、强化政治引领，铸牢忠诚之魂") in tops
    assert tops[0][:2] == ("salutation", "opening")
    # 同志们， before the speech's parts is an address, not the closing (the closing of seed 001 is last)
    _, tops = _mine(tmp_path, "在全县组织工作会议上的讲话\n同志们：\n今天召开全县组织工作会议。\n"
                              "同志们，过去的一年，全县组织工作取得了新成效。\n一、强化政治引领，铸牢忠诚之魂\n"
                              "要深入学习贯彻习近平新时代中国特色社会主义思想。\n同志们，让我们携手奋进。\n", "c.txt")
    assert [r for _, r, _ in tops] == ["opening", "review", "requirements", "closing"]
    # dev2 151: the salutation run together with a review: the review is a unit of its own
    _, tops = _mine(tmp_path, "县委常委、统战部长在县委工作会上的讲话\n同志们：\n"
                              "去年以来，在县委、县政府的高度重视和正确领导下，全县统战工作取得了新成效。\n", "b.txt")
    assert [(k, r) for k, r, _ in tops] == [("salutation", "opening"), ("cue_paragraph", "review")]


def test_a_turn_to_the_points_on_its_own_line_is_no_heading(tmp_path: Path) -> None:
    # dev3 232: 下面，我讲四点意见： stands alone, ending in a colon like a heading
    got = [(u.kind, u.text) for u in _units(tmp_path, "在全县政法工作会议上的讲话\n同志们：\n今天召开全县政法工作会议，"
                                                  "主要任务是总结工作、部署任务。\n下面，我讲四点意见：\n"
                                                  "一、认清形势，提高认识，进一步增强维护社会政治稳定的责任感\n"
                                                  "要深入学习贯彻习近平法治思想。\n")]
    assert ("transition", "下面，我讲四点意见：") in got
    assert not any(k == "heading" and t.startswith("下面") for k, t in got)


def test_why_the_work_matters_right_after_a_speechs_opening(tmp_path: Path) -> None:
    # dev3 240: after 刚才…做了部署安排 (the opening), 坚持和加强党的领导，是…根本所在 is significance
    _, tops = _mine(tmp_path, "在全县党建工作会议上的讲话\n同志们：\n刚才，几位同志分别就全县政法、组织、宣传、统战工作做了"
                              "部署安排，请大家认真领会，抓好贯彻落实。\n坚持和加强党的领导，是党和国家的根本所在、命脉所在。\n"
                              "一、牢记初心使命，必须加强党的领导\n首先，加强党的领导是历史的选择。\n")
    assert ("cue_paragraph", "significance") in [(k, r) for k, r, _ in tops]
    # a second paragraph of the opening that says nothing of the kind stays the opening
    _, tops = _mine(tmp_path, "在全县党建工作会议上的讲话\n同志们：\n今天召开全县党建工作会议。\n"
                              "会议的主要任务是总结工作、部署任务。\n一、明确任务\n要抓好落实。\n", "b.txt")
    assert "significance" not in [r for _, r, _ in tops]


def test_the_parts_of_a_speech_that_turns_to_its_points_without_headings(tmp_path: Path) -> None:
    # dev4 342: 下面，我再强调几点： on its own line, then why, the year's review, and 一要…
    _, tops = _mine(tmp_path, "2024年市委统一战线工作领导小组会议讲话\n同志们，今天市委统一战线工作领导小组召开会议，"
                              "刚才王部长传达学习了全国统战部长会议精神。\n下面，我再强调几点：\n"
                              "统一战线是党的总路线总政策的重要组成部分。我们党始终坚持统一战线。\n"
                              "过去一年，全市统一战线认真贯彻落实决策部署，取得了新成效。\n"
                              "一要以更高站位凝聚思想共识。深入学习贯彻党的创新理论。\n")
    assert [r for _, r, _ in tops][:3] == ["opening", "significance", "review"]
    m = analyse(tmp_path / "doc.txt")
    assert [u.role for u in units(m, m.raw, learned=False) if u.text.startswith("一要")] == ["requirements"]


def test_a_speech_heading_is_told_by_its_first_clause() -> None:
    # dev3 233, 234, 237, 243, 244: the head's own verb comes first; a line named or 新要求 after it
    # only says what the part is about
    from drafter.mining.roles import _heading_role

    lines = ["组织", "宣传", "统战", "政法"]
    said = {"进一步学习贯彻党的**大精神，深刻理解党的建设的新布局和组织工作的新任务、新要求": "significance",
            "总结经验，奋发有为，进一步保持组织工作良好的发展态势": "review",
            "认清形势，进一步增强做好政法、信访工作的使命感": "significance",
            "政法维稳工作怎么看？也就是定位和认识问题。": "significance",
            "深刻领会九届八次全会精神，把握统战工作新方向": "significance",
            "第一个问题，总结回顾2005年工作，进一步增强做好宣传思想工作的信心": "review",  # dev3 230
            "深刻把握意识形态工作的极端重要性，切实增强责任感": "significance",  # dev4 333
            "建设“平安铜梁”，关系发展全局，是民心所向": "significance",  # dev4 335
            "坚持问题导向，清醒认识我们“身在何处”": "significance",  # dev4 341: 问题导向 is no problem
            "正视存在的问题，切实补齐短板": "problems",
            "对今年统战工作的总体估价": "review",  # dev5 440
            "落实工作措施，确保大局稳定": "requirements",  # dev5 432: a speech's 措施 asks for work
            # seed 000: a line's heading whose words include 保障 stays the line's
            "政法保障更加有力": "line"}
    assert {h: _heading_role(h, lines, "speech") for h in said} == said


def test_experience_articles(tmp_path: Path) -> None:
    # dev2 161: an experience article given as a 汇报发言 is no speech; its sections are other
    genre, tops = _mine(tmp_path, "镇党委书记在全县和美乡村建设推进会上的汇报发言\n"
                                  "近年来，我镇坚持以党建引领基层治理，全力推进和美乡村建设，打造宜居宜业和美乡村。\n"
                                  "一、聚焦“富在农家”以发展产业推动乡村更富\n充分发挥土地资源优势，引进企业发展柑橘产业。\n"
                                  "二、聚焦“学在农家”以村级能人推动乡村更兴\n开展技能培训，培育村级能人。\n", "a.txt")
    assert genre == "experience"
    assert [r for _, r, _ in tops] == ["lead", "other", "other"]
    # practices that open without a lead sentence or numeral: each paragraph is a unit
    genre, tops = _mine(tmp_path, "近年来，某县坚持党建引领基层治理，探索“三个一”工作法，推动基层党建提质增效。\n"
                                  "该县聚焦组织建设，县委组织部牵头制定工作方案，建立县乡村三级联动机制。\n"
                                  "同时，该县强化阵地建设，整合各类资源，建成新时代文明实践站85个。\n"
                                  "下一步，该县将继续深化党建引领，推动基层治理能力不断提升。\n", "b.txt")
    assert genre == "experience"
    assert [r for _, r, _ in tops] == ["lead", "other", "other", "closing"]


def test_news_whose_lead_opens_with_its_purpose(tmp_path: Path) -> None:
    # dev2 106: a byline first, a lead that opens with 为…, the date later; 会议强调 alone on a line
    genre, tops = _mine(tmp_path, "◆ 文 / 图 邓浩延 周庆美 (区委社会工作部)\n"
                                  "为深入学习贯彻中央社会工作会议精神，11月13日，茂南区委社会工作部组织召开了传达学习会议。\n"
                                  "与会人员现场参观了河西街道油城社区的基层治理情况，随后召开专题学习。\n"
                                  "会议强调\n各地区各部门要深刻领会中央社会工作会议精神，奋力开创社会工作新局面。\n")
    assert genre == "brief"
    assert [(k, r) for k, r, _ in tops] == [("cue_paragraph", "lead"), ("cue_paragraph", "other"),
                                            ("heading", "requirements")]


def test_gateway_pinyin_is_stripped_and_said(tmp_path: Path) -> None:
    # dev2 113, 145: 會(huì)議強(qiáng)調(diào) -> 會議強調; a writer's own brackets stay
    assert script.strip_gateway_pinyin("會(huì)議強(qiáng)調(diào),各區(qū)縣") == "會議強調,各區縣"
    assert script.strip_gateway_pinyin("(一)坚持(试行)办法(ABC)") == "(一)坚持(试行)办法(ABC)"
    path = tmp_path / "t.txt"
    path.write_text("7月15日,全市宣傳部長會(huì)議在屯召開。\n會(huì)議強(qiáng)調(diào),要做好新聞外宣工作。\n",
                    encoding="utf-8")
    m = analyse(path)
    assert any(r.kind == "pinyin" for r in m.repairs)
    found = [u for u in units(m, m.raw, learned=False) if u.text.startswith("会议强调")]
    assert found and found[0].role == "requirements" and m.raw[found[0].offset:].startswith("会(huì)议强")


def test_a_full_stop_the_gateway_garbled_with_the_county_is_mended(tmp_path: Path) -> None:
    # dev11 1127, dev3 226: 部署任務(wù)?h委常委、統戰部部長… and 講話??h委常委… are 。縣委常委 garbled by the gateway
    assert script.strip_gateway_pinyin("部署任務(wù)?h委常委、統戰部部長") == "部署任務。縣委常委、統戰部部長"
    assert script.strip_gateway_pinyin("議并講話??h領導王文斌") == "議并講話。縣領導王文斌"
    # a run read one byte off in GBK after a lost full-stop byte (dev15 1521, dev4 351): 。“兩大任 and 。《意 again, the
    # character lost at its end a ? without its pinyin
    assert script.strip_gateway_pinyin("全會(huì)精神?!皟纱笕蝿?wù)”,一是") == "全會精神。“兩大任?”,一是"
    assert script.strip_gateway_pinyin("戰(zhàn)略部署?!兑庖?jiàn)》把") == "戰略部署。《意?》把"
    # only in a gateway's copy (its pinyin shows it): a writer's own ？！ stays, whatever follows it
    assert script.strip_gateway_pinyin("全會精神?!皟纱笕蝿") == "全會精神?!皟纱笕蝿"
    assert script.strip_gateway_pinyin("这难道不值得深思吗？！安全生产必须加强") == "这难道不值得深思吗？！安全生产必须加强"
    assert script.strip_gateway_pinyin("問題?how") == "問題?how"  # no county's office after it: left
    path = tmp_path / "t.txt"
    path.write_text("近日,長(zhǎng)嶺縣召開(kāi)統(tǒng)戰(zhàn)工作會(huì)議,部署任務(wù)?h委常委、統(tǒng)戰(zhàn)部部長(zhǎng)"
                    "董永利出席會(huì)議并講(jiǎng)話。\n會(huì)議強(qiáng)調(diào),要突出政治引領(lǐng)。\n", encoding="utf-8")
    m = analyse(path)
    assert "部署任务。县委常委、统战部部长董永利出席会议并讲话。" in m.texts[0]
    found = [u for u in units(m, m.raw, learned=False) if u.text.startswith("会议强调")]
    assert found and m.raw[found[0].offset:].startswith("会(huì)议强")


def test_an_introduction_headed_as_such_is_the_lead(tmp_path: Path) -> None:
    # dev4 346: 一、引言 heads the article's introduction; the practices after it are not leads
    got = [(u.kind, u.role) for u in _units(tmp_path, "邻水县平安建设经验材料\n一、引言\n在当今社会快速发展的进程中，各类"
                                                 "矛盾纠纷和风险隐患不断增多，平安建设任务艰巨。\n二、前端防范“一朵云”\n"
                                                 "（一）“一揽收集”社情民意\n在信息时代，如何及时收集社情民意是前端防范的关键。\n")
           if u.depth == 1]
    assert got[0] == ("heading", "lead") and ("heading", "other") in got


def test_the_summary_after_a_features_opening_quotation_is_a_lead_too(tmp_path: Path) -> None:
    # dev3 250: a quotation opens the feature, 去年以来， sums up what it tells; the practices follow
    genre, tops = _mine(tmp_path, "写好“四篇文章” 贡献统战力量\n"
                                  "“统战工作要突出政治引领，巩固拓展主题教育成果，共谋强县富民之路。”县委书记王曼华说。\n"
                                  "去年以来，米脂县以深化拓展主题教育为契机，巧做“四篇文章”，为推进中国式现代化贡献统战智慧力量。\n"
                                  "做好“围绕中心”文章，服务县域经济发展大局。去年县委常委会议6次专题研究统战工作，形成合力。\n"
                                  "运用红色资源，做精“文化传承”文章。米脂县深入推进统战实践创新基地建设，成效明显。\n")
    assert genre == "experience"
    assert [r for _, r, _ in tops][:2] == ["lead", "lead"]
    assert tops[1][2].startswith("去年以来")
    # a practice that opens with 近年来 after a heading is no lead
    _, tops = _mine(tmp_path, "党建引领基层治理的实践\n近日，某县召开现场会，推广基层治理经验。\n"
                              "一、建强组织体系\n近年来，某县坚持把党组织建在网格上，实现全覆盖。\n", "b.txt")
    assert [r for _, r, _ in tops].count("lead") == 1


def test_what_was_stressed_last_is_the_requirements_and_a_year_ahead_is_no_review() -> None:
    from drafter.mining import recognise
    from drafter.mining.roles import meeting_order

    # dev5 424, dev4 329: the last cue asks for work, however it opens (要提高站位…); nothing is asked after it
    texts = ["3月5日，区委政法委召开全体会议。", "会议指出，2022年是党的二十大召开之年，做好政法工作意义重大。",
             "黄德辉同志强调，要提高站位，深学细照，推动政法工作上新台阶。"]
    assert meeting_order(texts, ["lead", "significance", "significance"]) == ["lead", "significance", "requirements"]
    # a significance followed by the meeting's requirements stays
    assert meeting_order(texts[:2] + ["会议要求，要压实责任。"], ["lead", "significance", "requirements"])[1] == "significance"
    # dev4 323, dev6 521: 2021年，全县宣传思想战线要立足…: the year ahead, not a review
    names = frozenset({"李萍", "王金忠"})
    assert recognise.speaker_cue("县委常委、宣传部长李萍要求，2021年，全县宣传思想战线要立足“两个大局”，努力提高站位。", names) == \
        "requirements"
    # dev5 429: 2012年，全县人才工作…成效显著 (重要人才政策 asks for nothing)
    assert recognise.speaker_cue("钱美仙在讲话中指出，2012年，全县人才工作制定出台重要人才政策，成效显著。", frozenset({"钱美仙"})) == \
        "review"


def test_who_attended_or_presided_in_a_sentence_or_a_short_paragraph_of_its_own() -> None:
    from drafter.mining import recognise
    from drafter.mining.roles import cue

    # dev7 600: the attendee sentence inside the lead is a unit (the scheme's cue_sentence)
    hits = recognise.cue_sentences("3月5日，城厢区召开组织、宣传、统战、政法工作会议。区委书记王文才出席并讲话，区领导王文晖等参加会议。"
                                   "王文才指出，过去一年，全区各项工作取得了新成效。")
    assert [(h.text, h.role) for h in hits][0] == ("区委书记王文才出席并讲话，", "attendance")
    # dev7 610, 617: a short paragraph of who presided
    assert cue("市委副书记丛丽主持会议并讲话。", "brief", last=False) == "attendance"
    assert cue("镇统战委员主持会议，镇宣统干事和各村民宗协理员参会。（项铺镇 陶双丽）", "brief", last=False) == "attendance"
    # who spoke, then his speech in a sentence of its own: the paragraph opens on who attended and the speech is a
    # cue sentence of its own (dev13 1325, dev7 603, dev12 1209 and seven more; dev1 04's label alone says otherwise)
    assert cue("区委书记汪泓出席会议并讲话。他指出，要深入学习贯彻党的二十大精神，全面加强党的建设，推动各项工作落地见效，"
               "为全区高质量发展提供坚强保障。", "brief", last=False) == "attendance"
    # in the same sentence, it is the speech's part
    assert cue("区委书记汪泓出席会议并讲话，他指出，要深入学习贯彻党的二十大精神，全面加强党的建设，推动各项工作落地见效，"
               "为全区高质量发展提供坚强保障。", "brief", last=False) != "attendance"


def test_a_speech_paragraph_that_looks_back_from_a_year(tmp_path: Path) -> None:
    # dev7 642: 自2009年以来，… looks back
    genre, tops = _mine(tmp_path, "在全区组织宣传统战工作会议上的讲话\n同志们：\n"
                                  "今天，我们在这里召开全区组织、宣传、统战工作会议，主要任务是总结回顾去年工作。\n"
                                  "自2009年以来，组织、宣传、统战部门紧紧围绕中心，各项工作扎实推进。\n"
                                  "一、坚定政治方向\n要牢牢把握正确方向导向，做好各项工作。\n")
    assert [r for k, r, _ in tops][:3] == ["opening", "review", "requirements"]


def test_reports_told_by_their_dispatch_line_a_masked_date_or_a_day_alone(tmp_path: Path) -> None:
    # dev6 502: the speaker's quoted 我们要 does not make a report a speech
    genre, _ = _mine(tmp_path, "全县党建工作会议召开\n本网3月21日讯（记者 周璐琳）今日，全县党建工作会议召开。县委书记杜兴林作重要讲话。\n"
                                "杜兴林指出，我们要深化“创标杆”的意识，把党建工作推上新的台阶。\n"
                                "杜兴林强调，要以“打造一支铁军”为目标，全面加强干部队伍建设。\n")
    assert genre in ("brief", "report", "feature")
    # dev7 627: 张哲君讲话 under the headline is a photo's caption, not a speech's title
    genre, _ = _mine(tmp_path, "全县宣传思想文化工作会议召开\n张哲君讲话\n"
                                "岳阳县融媒体中心3月6日讯（记者罗爽）3月5日，我县召开宣传思想文化工作会议，总结工作，表彰先进。\n"
                                "张哲君强调，要坚持和加强党对宣传思想文化工作的全面领导，我们要强化政治建设。\n")
    assert genre in ("brief", "report", "feature")
    # dev7 600: a date the site masked (*月××日) still opens a report's lead
    genre, _ = _mine(tmp_path, "城厢区召开组织、宣传、统战、政法工作会议\n*月××日，城厢区召开组织、宣传、统战、政法工作会议，"
                                "研究部署下一步工作。区委书记王文才出席并讲话。王文才指出，过去一年，全区各项工作取得了新成效。\n")
    assert genre in ("brief", "report", "feature")


def test_a_topic_before_the_meetings_words_a_speaker_who_asks_before_naming_results_and_his_points(
        tmp_path: Path) -> None:
    # dev5 427: 就做好今年人才工作，会议强调， is what the meeting asked, not the review before it
    assert cue("就做好今年人才工作，会议强调，要聚力引才汇智，激活人才发展“一池春水”。", "brief", last=False) \
        == "requirements"
    # dev4 326: 张浩指出，要强化…，为…取得新成效作出贡献: asked first, the results come as its purpose
    names = frozenset({"张浩"})
    assert recognise.speaker_cue("张浩指出，要强化党建引领，完善责任体系；强化服务管理，为全市新就业群体党建工作取得新成效"
                                 "作出更多探索。", names) == "requirements"
    assert recognise.speaker_cue("张浩指出，过去一年全区党建工作取得新成效。", names) == "review"
    # dev5 413: a speaker's 一要…重要性。二要…三要…: a series of asks, not the significance its first point names;
    # sentences that open on his name are no series of line blocks, and 统战工作是… is a statement
    text = ("4月18日，全县统战信息宣传工作会议召开。县委常委、统战部长王俊出席会议并讲话。\n"
            "王俊向受到表彰的先进个人表示祝贺，对过去一年信息宣传工作给予肯定。王俊要求，一要充分认识到新时期统一战线工作的"
            "特殊重要性。统战工作是党建工作的重要组成部分。二要正确把握好统战信息宣传的重点和方法。三要切实把统战宣传工作摆上位置。\n"
            "王俊强调，各单位要高度重视信息报送工作。\n")
    found = _units(tmp_path, text)
    assert not [u for u in found if u.kind == "line_block"]
    assert [(u.kind, u.role) for u in found if u.text.startswith("王俊要求")] == [("cue_sentence", "requirements")]


def test_a_speech_that_turns_to_its_review_inside_an_opening_paragraph(tmp_path: Path) -> None:
    # dev7 634, 637: 刚才，…我完全同意。过去一年，全县宣传思想文化战线…: the review begins mid-paragraph
    text = ("在全县宣传思想工作会议上的讲话\n同志们：\n今天，我们召开全县宣传思想工作会议。刚才，X同志安排了全县宣传思想工作，我完全同意。"
            "过去一年，全县宣传思想文化战线坚持以习近平新时代中国特色社会主义思想为指导，各项工作取得了新成效。\n"
            "一、提高政治站位\n要深刻认识做好宣传思想工作的重要意义。\n")
    found = [(u.kind, u.role, u.text) for u in _units(tmp_path, text) if u.depth == 1]
    assert ("cue_sentence", "review", "过去一年，全县宣传思想文化战线坚持以习近平新时代中国特色社会主义思想为指导，") in found
    # a sentence that opens the paragraph is the paragraph's own cue; 今年是… names no year done
    assert recognise.review_turn("过去一年，全县宣传工作取得新成效。") == []
    assert recognise.review_turn("我完全同意。2024年是全面贯彻党的二十大精神的关键之年。") == []


def test_a_reports_last_asks_that_secure_the_work_are_its_guarantees(tmp_path: Path) -> None:
    # dev2 218, dev7 601, 608: after the requirements, 各级党委要…明确责任，压实任务 / …党对统战工作的全面领导
    text = ("全县统战工作会议召开\n3月1日，全县统战工作会议召开。县委书记王明出席会议并讲话。\n"
            "会议强调，要聚焦中心大局，凝聚思想共识，推动高质量发展。\n"
            "会议要求，各级党委要按照构建大统战工作格局的要求，理顺关系，明确责任，压实任务。\n")
    roles = [(u.text, u.role) for u in _units(tmp_path, text) if u.depth == 1 and u.kind.startswith("cue")]
    assert roles[-2:] == [("会议强调，", "requirements"), ("会议要求，", "guarantee")]
    # the first asks of a report, and a line's own workforce among its tasks, are requirements (dev5 428)
    text = ("全县人才工作会议召开\n3月1日，全县人才工作会议召开。\n会议强调，要聚焦发展需求，加快推进全县人才队伍建设步伐。\n"
            "会议要求，要压实人才工作责任，把各项任务落到实处。\n")
    roles = [(u.text, u.role) for u in _units(tmp_path, text, "b.txt") if u.depth == 1 and u.kind.startswith("cue")]
    assert roles[-2:] == [("会议强调，", "requirements"), ("会议要求，", "guarantee")]


def test_paragraphs_each_opening_on_their_own_line_are_its_tasks(tmp_path: Path) -> None:
    # dev7 613: 宣传工作会议要求，… / 统战工作会议要求，…; dev7 601: 就如何做好2015年组织工作，邱树华要求，… / 在宣传思想工作方面，…
    text = ("全市宣传统战工作会议召开\n本网讯 3月3日，全市宣传统战工作会议召开。\n宣传工作会议要求，要坚持守正创新，做好理论武装。\n"
            "统战工作会议要求，要凝聚人心，画好最大同心圆。\n")
    roles = [(u.text, u.role, u.line) for u in _units(tmp_path, text) if u.depth == 1][1:]
    assert roles == [("宣传工作会议要求，", "per_line_tasks", "宣传"), ("统战工作会议要求，", "per_line_tasks", "统战")]
    text = ("全区组织宣传工作会议召开\n3月23日，全区组织宣传工作会议召开。区委书记邱树华出席会议并讲话。\n"
            "就如何做好2015年组织工作，邱树华要求，坚持干部管理从严，坚持作风要求从严，坚持组织建设从严。\n"
            "在宣传思想工作方面，邱树华要求，要坚持正确导向，做好正面宣传。\n")
    roles = [(u.role, u.line) for u in _units(tmp_path, text, "b.txt") if u.depth == 1 and u.kind.startswith("cue")][-2:]
    assert roles == [("per_line_tasks", "组织"), ("per_line_tasks", "宣传")]


def test_a_report_announcing_the_points_asked_for() -> None:
    # dev4 315, dev7 620, 625: the paragraph announces the points that follow: requirements
    for text in ("区委书记崔建民讲了重要意见：一要提高政治站位。二要压实责任。",
                 "在肯定我区人才工作成绩的同时，龙小红就如何做好今后的人才工作提出三点要求：一是强化“第一资源”意识。",
                 "会议对2019年的工作部署提出三点意见：一是要提高站位。"):
        assert cue(text, "brief", last=False) == "requirements", text
    assert cue("会议传达了全国统战部长会议精神。", "brief", last=False) == "agenda"


def test_a_reports_short_last_word_after_its_requirements_is_its_closing(tmp_path: Path) -> None:
    # dev4 309, dev5 413: 徐兵要求，要强化工作统筹，不折不扣抓好落实。 after the requirements
    text = ("全县统战工作会议召开\n3月1日，全县统战工作会议召开。县委书记徐兵出席会议并讲话。\n"
            "会议强调，要聚焦中心大局，凝聚思想共识，推动高质量发展。要加强党外代表人士队伍建设。\n"
            "徐兵要求，要强化工作统筹，不折不扣抓好落实。\n")
    roles = [(u.text, u.role) for u in _units(tmp_path, text) if u.depth == 1][-2:]
    assert roles == [("会议强调，", "requirements"), ("徐兵要求，", "closing")]
    # a last part that asks for the work itself stays the requirements
    text = text.replace("不折不扣抓好落实。", "推进党外代表人士队伍建设，健全联谊交友制度，完善各项工作机制。")
    assert [u.role for u in _units(tmp_path, text, "b.txt") if u.depth == 1][-1] == "requirements"
    # dev9 909: a short last paragraph that asks three times over (要…；要…；要…) is requirements too
    text = text.replace("徐兵要求，要强化工作统筹，推进党外代表人士队伍建设，健全联谊交友制度，完善各项工作机制。",
                        "会议强调，要正视问题，把握总体要求；要精准发力，落实重点任务；要履职尽责，以优异成绩迎接党的二十大胜利召开。")
    assert [u.role for u in _units(tmp_path, text, "c.txt") if u.depth == 1][-1] == "requirements"


def test_a_report_without_headline_whose_lead_names_who_attended_is_news(tmp_path: Path) -> None:
    # dev8 705: no headline; 3月6日上午，…召开，市委书记…出席会议并讲话 — a quoted 我们要 does not make it a speech
    text = ("3月6日上午，市委社会工作会议召开，市委书记黄晓武出席会议并讲话，市委常委郭家满主持会议。\n"
            "会议传达学习了中央社会工作会议精神。\n黄晓武指出，社会工作是党和国家工作的重要组成部分。他说，“我们要把群众的事办好。”\n"
            "黄晓武强调，要坚持抓主抓重，扎实推动社会工作高质量发展。\n")
    genre, found = _mine(tmp_path, text)
    assert genre in ("brief", "report") and found[0][1] == "lead"


def test_a_speech_that_opens_on_why_the_work_matters(tmp_path: Path) -> None:
    # dev7 636: 宣传思想文化工作事关党的前途命运，事关国家长治久安，… — right after 同志们 comes the significance
    text = ("在全市宣传思想文化工作会议上的讲话\n同志们：\n宣传思想文化工作事关党的前途命运，事关国家长治久安，事关民族凝聚力和向心力，"
            "是一项极端重要的工作。\n一、坚定正确方向\n要坚持党管宣传。\n二、压实工作责任\n要加强领导。\n")
    _, found = _mine(tmp_path, text)
    assert [r for k, r, _ in found if k == "cue_paragraph"][:1] == ["significance"]
    # an opening that says why the meeting is held stays the opening
    _, found = _mine(tmp_path, text.replace("宣传思想文化工作事关党的前途命运，事关国家长治久安，事关民族凝聚力和向心力，是一项极端重要的工作。",
                                            "今天召开全市宣传思想文化工作会议，主要任务是总结去年工作，部署今年任务。"), name="b.txt")
    assert [r for _, r, _ in found][:1] == ["opening"] and "significance" not in [r for _, r, _ in found]


def test_a_series_of_asks_is_requirements_whatever_its_first_ask_says() -> None:
    # dev8 722, dev5 308: the first ask is about awareness (提高政治站位), three more follow
    assert recognise.asks_series("各级各部门要提高政治站位，高度重视迎检准备工作。要压紧压实责任，狠抓落实。要强化分析研判，明确任务。")
    assert recognise.said_role("，要进一步提高政治站位，高标准定位。要进一步聚力争先创优。要进一步奋力攻坚克难。") == ""
    # one ask about awareness, then what it means: significance
    assert recognise.said_role("，要提高政治站位，充分认识做好统战工作的重要意义。这是一项政治任务。") == "significance"
    assert not recognise.asks_series("要提高政治站位。统战工作很重要。要加强领导。")


def test_the_year_ahead_and_a_long_topic_before_the_speaker(tmp_path: Path) -> None:
    # dev6 520, dev8 709: 2025年，…将… is what the year will do, not a review of it
    text = ("3月5日，郾城区召开2025年宣传思想文化工作会议。区委书记王某出席会议并讲话。\n"
            "2024年，全区宣传思想文化工作取得新成效。\n"
            "2025年，全区宣传思想文化工作将在强化理论武装上彰显新气象，在巩固主流思想舆论上开创新局面。\n")
    _, found = _mine(tmp_path, text)
    roles = {t[:5]: r for _, r, t in found}
    assert roles["2024年"] == "review" and roles["2025年"] == "requirements"
    # dev7 614: a topic of two clauses before the speaker: what he stressed, not the review before it
    text = ("3月5日，零陵区召开统战工作会议。\n会议指出，过去一年，全区统战工作取得了新成效。\n"
            "就如何贯彻落实中央、省市统战工作会议精神，抓好零陵区当前和今后一段时期的统战工作，区委书记唐烨强调，"
            "一要发挥优势，广泛凝聚强大力量。二要加强领导，积极构建大统战格局。\n")
    _, found = _mine(tmp_path, text, name="b.txt")
    assert [r for _, r, t in found if t.startswith("就如何")] == ["requirements"]


def test_a_reports_other_business_after_its_requirements_is_a_part_of_its_own(tmp_path: Path) -> None:
    # dev3 224, dev5 401, 416, dev6 527: 会议解读了… / 会前，… / 会议还审议了… / 座谈会上，与会… / 随后，会议… 
    text = ("3月5日，秀洲区召开社会工作会议。\n会议强调，要扎实推动党建引领基层治理，构建现代化管理体系。\n"
            "会议解读了《关于进一步加强“蓝领公寓”规范化建设和管理的指导意见》。\n"
            "会前，与会人员赴王店镇实地察看工作开展情况。\n随后，会议对两新组织支部书记进行了培训。\n")
    _, found = _mine(tmp_path, text)
    roles = [r for _, r, _ in found]
    assert roles[:2] == ["lead", "requirements"] and roles[2:] == ["other"] * (len(roles) - 2) and len(roles) >= 4


def test_a_speakers_look_back_and_the_ya_of_a_slogan() -> None:
    names = frozenset({"肖鹏飞", "周锦政"})
    # dev7 619: 事业为要 is a slogan's 要, not an ask: the speaker looks back
    text = ("肖鹏飞指出，今年以来，全区组织工作紧紧围绕大抓基层强组织、事业为要优队伍的工作主线，推动党的建设更加有力，"
            "多项工作得到省市肯定。")
    assert recognise.speaker_cue(text, names) == "review"
    # dev7 612: a year and what the line did in it, no comma after the year
    text = ("周锦政指出，2024年全县统一战线深入学习贯彻党的二十大精神，党的领导更加有力，为全县发展凝聚广泛力量。"
            "新的一年，要大胆探索。")
    assert recognise.speaker_cue(text, names) == "review"
    # a year and what the line must do in it
    assert recognise.speaker_cue("周锦政指出，2025年全县统一战线要深入学习贯彻党的二十大精神。", names) == "requirements"


def test_the_year_ahead_is_told_by_an_ask_not_by_the_ya_of_a_word() -> None:
    from drafter.mining.roles import _past_year

    assert _past_year("2025年，全区政法宣传工作将突出惠民护企。", 2025) == "requirements"
    assert _past_year("2025年，全县重要工作取得新成效。", 2025) != "requirements"  # 重要 asks for nothing


def test_a_reports_lead_may_open_on_the_meetings_purpose() -> None:
    from drafter.mining.roles import LEAD_NEWS

    # dev9 933: 为…，…。3月24日，学校召开党建工作调研会。
    assert LEAD_NEWS.search("为深入学习贯彻党的二十大精神，推动党建工作和中心工作“一融双高”。3月24日，学校召开党建工作调研会。")
    assert not LEAD_NEWS.search("为深入学习贯彻党的二十大精神，我们坚持问题导向。一是强化理论武装。二是压实责任。")


def test_a_reports_last_word_on_what_the_meeting_achieved_closes_it() -> None:
    # dev9 917, 925: 通过此次会议，…; 此次会议的召开为…奠定了坚实基础
    for text in ("通过此次会议，马桥河村进一步明确了意识形态工作的方向和重点，为推动发展提供了坚强的思想保证。",
                 "此次会议的召开为扎实有效做好新学期党建和宣传思想工作奠定了坚实基础。"):
        assert cue(text, "brief", last=True) == "closing", text
    # dev9 933: units reporting their next steps (…存在的问题及下一步工作举措) are the agenda, not a closing
    assert cue("会上，党委组织部、党委宣传部负责人分别汇报了工作基本情况、存在的问题及下一步工作举措等。", "brief",
               last=True) == "agenda"


def test_a_headline_naming_who_spoke_is_a_reports() -> None:
    from drafter.mining.analyse import analyse_paras
    from drafter.reader import Para

    # dev10 1017: …会议精神 乌兰讲话 over a report, not a speech's title
    lines = ["内蒙古宣传文化系统学习贯彻全国宣传部长会议精神 乌兰讲话",
             "1月7日，内蒙古自治区党委宣传部召开会议，传达全国宣传部长会议精神，并就做好当前工作进行了部署。",
             "自治区党委常委、宣传部部长乌兰主持会议并讲话。",
             "乌兰指出，各地区、各有关部门和单位要深入学习贯彻全国宣传部长会议精神，推动工作再上新台阶。"]
    assert analyse_paras([Para(t) for t in lines], "x.txt", "\n".join(lines)).genre != "speech"
    lines[0] = "全省宣传思想工作会议隆重开幕 宋法棠做重要讲话"  # dev13 1319
    assert analyse_paras([Para(t) for t in lines], "x.txt", "\n".join(lines)).genre != "speech"
    lines[0] = "在全区宣传思想文化工作会议上的讲话"
    lines[1:] = ["同志们：", "这次会议的主要任务是，总结过去一年的工作，部署今年的任务。下面，我讲三点意见。"]
    assert analyse_paras([Para(t) for t in lines], "x.txt", "\n".join(lines)).genre == "speech"


def test_an_experience_articles_background_heading_introduces_it() -> None:
    from drafter.mining.roles import INTRODUCTION

    # dev10 1021: 一、背景和起因 is the article's lead, as 一、引言
    for words in ("背景和起因", "背景", "引言", "概述"):
        assert re.fullmatch(INTRODUCTION, words), words
    assert not re.fullmatch(INTRODUCTION, "基本情况")  # a speech's review


def test_a_speech_paragraph_that_looks_back_and_ends_on_the_transition_is_a_review() -> None:
    # dev10 1047, 1050: 过去的三年，…。下面，我讲几点意见。
    text = "过去的三年，我市以平安城市建设为载体，有力地维护了社会稳定。下面，我讲三点意见。"
    assert cue(text, "speech", last=False) != "transition"
    assert cue("刚才几位同志讲得很好，我都同意。下面，我讲三点意见。", "speech", last=False) == "transition"


def test_the_years_stakes_that_lead_in_to_an_ask_are_requirements() -> None:
    # dev6 616, dev8 715: 今年是…之年，全市宣传思想文化战线要坚持…
    asks = "林锐熙强调，今年是全面学习宣传贯彻党的二十大精神的开局之年，全市宣传思想文化战线要坚持以党的创新理论为指导，切实担负起使命任务。"
    assert recognise.speaker_cue(asks) == "requirements"
    stakes = "林锐熙强调，今年是全面学习宣传贯彻党的二十大精神的开局之年，做好宣传思想文化工作意义重大。"
    assert recognise.speaker_cue(stakes) == "significance"


def test_a_copy_that_starts_at_a_later_point_of_a_speech_starts_in_its_requirements(tmp_path: Path) -> None:
    # dev11 1141, 1148: the page's first paragraph is 第三，要… of the speech
    text = ("全市宣传工作会议上的讲话（2）\n第三，要围绕中心，服务大局，为抓住机遇、加快发展营造良好氛围。要加强正面宣传。\n"
            "第四，要以增强活力、壮大实力为目标，推进文化建设。要深化改革。\n")
    found = [r for _, r, _ in _mine(tmp_path, text)[1]]
    assert found[0] != "opening" and "opening" not in found


def test_a_report_paragraph_opening_on_最后_tells_what_its_speaker_says() -> None:
    # dev12 1214, 1221: 最后，X就…强调3点意见：一是… / 最后，X对…作出指示：一是…
    for text in ("最后，党工委副书记、办事处主任凌慧健就做好我街各领域党建和宣传工作强调3点意见：一是提高政治站位。二是抓重点。",
                 "最后，镇政法委书记俞建君对2017年政法综治工作作出指示：一是做好综合治理工作；二是各部门要联动配合。"):
        assert cue(text, "brief", last=True) == "requirements", text
    # dev12 1222, 1230: what was signed or explained at the meeting is its agenda
    for text in ("会上，镇党委、政府还与各村党支部签订了《2009年度社会治安综合治理目标管理责任书》。",
                 "会上，党群工作部宣贯了公司各项目宣传指标，解读了新闻稿件报送要求。"):
        assert cue(text, "brief", last=False) == "agenda", text


def test_a_speech_at_an_experience_exchange_meeting_is_a_speech() -> None:
    from drafter.mining.analyse import analyse_paras
    from drafter.reader import Para

    # dev9 955: 在全区第六次精神文明建设经验交流会上讲话
    lines = ["在全区第六次精神文明建设经验交流会上讲话",
             "这次会议的主要任务是，总结交流精神文明建设工作经验，表彰先进，安排部署全区精神文明建设工作。",
             "一、充分肯定成绩", "过去一年，全区精神文明建设取得了新成效。"]
    assert analyse_paras([Para(t) for t in lines], "x.txt", "\n".join(lines)).genre == "speech"
    lines[0] = "在全区精神文明建设经验交流会上的发言"
    assert analyse_paras([Para(t) for t in lines], "x.txt", "\n".join(lines)).genre != "speech"


def test_a_report_paragraph_under_a_subhead_that_opens_on_one_lines_work_is_its_block(tmp_path: Path) -> None:
    # dev13 1321: 梁志田强调 / ★要以“一个中心”为统领… / 宣传工作要…。 / 统战工作要…。
    text = ("五陂镇召开2021年宣传、统战工作会\n3月31日，五陂镇召开2021年宣传、统战工作会，镇党委书记梁志田出席会议并讲话。\n"
            "梁志田指出\n过去一年，宣传、统战工作紧紧围绕镇党委发展大局，取得了新成效。\n梁志田强调\n"
            "★要以“一个中心”为统领，凝心聚力发挥宣传、统战优势\n宣传工作要紧紧围绕经济社会发展大局，传递最强正能量。\n"
            "统战工作要围绕经济社会发展大局，画好最大同心圆。\n")
    blocks = [(u.line, u.text[:6]) for u in _units(tmp_path, text) if u.kind == "line_block"]
    assert blocks == [("宣传", "宣传工作要紧"), ("统战", "统战工作要围")]


def test_a_speaker_announcing_the_asks_or_the_deployment_that_follow() -> None:
    # dev12 1210, dev5 409: a paragraph announcing the speaker's points or deployment is the requirements
    assert cue("尹志安对2020年全区组织工作提出五点要求。一是各镇要以行动为抓手。", "brief", last=False) == "requirements"
    assert cue("符世海安排部署下一步工作，要求各部门要抓好宣传工作。", "brief", last=False) == "requirements"
    # dev12 1228: a sentence inside a paragraph, after the look back
    from drafter.mining.recognise import cue_sentences

    hits = cue_sentences("张勋江从六个方面回顾总结了2020年宣传思想文化工作。并对2021年宣传思想文化工作进行安排部署：要坚持党管宣传。")
    assert [(h.text, h.role) for h in hits] == [("并对2021年宣传思想文化工作进行安排部署：", "requirements")]
    # a sentence that deploys nothing is no cue
    assert not cue_sentences("张勋江回顾总结了2020年宣传思想文化工作。并对各单位的配合表示感谢。")


def test_a_speaker_who_表示_asks_for_work_or_tells_the_years_stakes() -> None:
    from drafter.mining.recognise import speaker_cue

    # dev13 1328: 她表示，各党支部要…: the speaker's asks
    assert speaker_cue("她表示，各党支部要围绕全面目标做好党建工作。") == "requirements"
    assert speaker_cue("她表示，2018年是贯彻落实党的十九大精神的开局之年，也是关键一年。") == "significance"
    # …but a voice (quoted, or speaking for us) is no part of the meeting's words
    assert speaker_cue("她表示，“我们要把服务做到群众心坎上。”") == ""
    assert speaker_cue("她表示，我们将继续做好服务工作。") == ""


def test_a_speech_whose_parts_are_its_numbered_paragraphs(tmp_path: Path) -> None:
    # dev10 1048: no 一、 heads; 首先，…。其次，…。 are the parts, each with the role its own words tell
    genre, tops = _mine(tmp_path, "在新区平安建设推动会上的讲话\n各位同志：\n"
                                  "今天，我们在这里召开新区深化平安建设工作推动会，旨在总结经验、部署任务。\n"
                                  "首先，我们要充分认识到平安建设的重要性。平安是发展的前提。\n"
                                  "其次，要注重创新工作机制。在新时代背景下，要运用新手段。\n"
                                  "再次，要抓好矛盾纠纷排查。要做到早发现、早处置。\n"
                                  "同志们，让我们携起手来，为新区的平安建设作出更大贡献！\n", "speech.txt")
    roles = [r for _, r, _ in tops]
    assert genre == "speech" and roles == ["opening", "significance", "requirements", "requirements", "closing"]


def test_an_appraisal_whose_asks_follow_in_a_sentence_of_their_own_is_the_review() -> None:
    from drafter.mining.recognise import speaker_cue

    # dev9 910, dev11 1113, dev12 1209: 充分肯定了…成绩，并…提出具体要求。他要求，…: the asks are the next unit
    assert speaker_cue("周新鹤充分肯定了去年我市网信工作取得的成绩，并对进一步做好网信工作提出具体要求。"
                       "他要求，要高举旗帜、学深悟透。") == "review"
    assert speaker_cue("羊维达在讲话中对2017年全区党建工作取得的成绩给予肯定。他指出，必须充分认清党建工作面临的新形势。") == "review"
    # …but an appraisal that goes on to the asks in the same words is the asks
    assert speaker_cue("周新鹤充分肯定了去年我市网信工作取得的成绩，并对进一步做好网信工作提出具体要求，要高举旗帜。") == "requirements"


def test_a_report_paragraph_opening_on_去年_is_the_review() -> None:
    from drafter.mining.roles import _past_year

    # dev11 1112, dev3 300, dev5 429: 去年，全市各级组织部门…取得新进展
    assert _past_year("去年，全市各级组织部门和广大组工干部围绕中心、服务大局，取得新进展。", 2009) == "review"
    assert _past_year("今年，全市各级组织部门要围绕中心、服务大局。", 2009) is None


def test_the_meetings_other_business_is_its_agenda() -> None:
    from drafter.mining.roles import cue

    # dev11 1102, dev13 1306: awards; dev9 901, 920: units reporting on their work; dev11 1123: 此外，…审议了…
    for text in ("会上，市领导为获得先进乡镇街道的单位和先进个人颁奖。",
                 "市委常委、组织部长周学军为12名拔尖人才颁发荣誉证书。",
                 "镇纪委、团委、卫生院四个部门负责人逐一汇报了各自领域内的意识形态工作开展情况。",
                 "此外，会议还审议了《成员单位工作职责》。",
                 "会上，汽车站街道、滨江街道、区人社局相关负责人作交流发言。"):
        assert cue(text, "brief", last=False) == "agenda", text
    # …but what the meeting asks is no agenda
    assert cue("会议强调，要为先进集体颁奖树立榜样，汇报了工作的单位要抓好落实。", "brief", last=False) != "agenda"


def test_a_speaker_who_说_or_强调指出_on_a_topic() -> None:
    from drafter.mining.recognise import speaker_cue

    # dev11 1113, dev9 915: 他说，今年是…之年 / 冯其谱在讲话中说，要…
    assert speaker_cue("他说，今年是一个非常特殊的年份，经济形势严峻，政治形势敏感。在这种形势下，要把学习实践贯穿全年。") == "significance"
    assert speaker_cue("冯其谱在讲话中说，全市宣传思想战线要砥砺担当、奋发有为。", frozenset({"冯其谱"})) == "requirements"
    # …but a voice quoted or speaking for us is no part of the meeting's words
    assert speaker_cue("他说，“我们社区一定把这件事办好。”") == ""
    # dev11 1105: 章烽就如何做好新时期宣传思想工作强调指出，要…
    assert speaker_cue("章烽就如何做好新时期宣传思想工作强调指出，要牢牢把握正确导向。", frozenset({"章烽"})) == "requirements"


def test_a_look_back_and_plan_that_goes_on_to_the_asks_is_the_speakers_review() -> None:
    from drafter.mining.roles import cue

    # dev5 419: 陈鸿志全面总结了…，并对今年…作了具体安排。强调要…: his review, not the meeting's agenda
    said = "陈鸿志全面总结了去年全县宣传思想文化工作情况，并对今年的重点工作任务作了具体安排。强调要强化理论武装。"
    assert cue(said, "brief", last=False, names=frozenset({"陈鸿志"})) == "review"
    # …while the agenda line alone stays the agenda (shared 06)
    assert cue("县委常委、宣传部长乔咏梅回顾总结了2011年全县宣传思想文化工作，安排部署了2012年工作。", "brief",
               last=False) == "agenda"


def test_a_speech_copied_as_a_model_text_is_a_speech_and_its_needs_are_why_it_matters(tmp_path: Path) -> None:
    from drafter.mining.recognise import said_role

    # dev10 1051: 七一表彰大会上区直机关工委讲话稿范文（2）; 第三、加强机关党建是…的需要。
    genre, _ = _mine(tmp_path, "七一表彰大会上区直机关工委讲话稿范文（2）\n\n"
                               "第三、加强机关党建是优化经济发展环境，促进社会全面进步的需要。现在有的同志总认为抓党建是搞形式主义。\n\n"
                               "二、进一步改进区直机关作风，搞好“三个服务”\n\n要围绕中心、服务大局，切实转变作风。\n", "s.txt")
    assert genre == "speech"
    assert said_role("加强机关党建是优化经济发展环境，促进社会全面进步的需要。现在有的同志认识不够。") == "significance"


def test_a_speaker_who_puts_forward_asks_on_a_topic_asks_for_work() -> None:
    from drafter.mining.recognise import speaker_cue

    # dev4 314, dev9 901, dev13 1332: 罗群对新区宣传统战工作提出新要求，…
    assert speaker_cue("市委常委、新区党工委专职副书记罗群对新区宣传统战工作提出新要求，着力扩大统一战线团结面。",
                       frozenset({"罗群"})) == "requirements"
    assert speaker_cue("镇党委书记王超对我镇下一步意识形态工作提出了具体要求。", frozenset({"王超"})) == "requirements"
    # …but thanks to those who worked is an appraisal
    assert speaker_cue("王超对全镇党员干部一年来的辛勤付出表示感谢，对取得的成绩给予充分肯定。", frozenset({"王超"})) == "review"


def test_a_speech_part_headed_by_what_the_work_is_tells_why_it_matters(tmp_path: Path) -> None:
    # dev9 940, 945: 一、人才是高质量发展之本 — a statement, not an ask
    genre, tops = _mine(tmp_path, "在全市人才工作会议上的讲话\n\n同志们：\n\n今天，我们召开全市人才工作会议，主要任务是部署今年工作。\n\n"
                                  "一、人才是高质量发展之本\n\n人才是强国的根本，也是强市的根本。\n\n"
                                  "二、聚焦重点，全力推动人才工作提质增效\n\n要加大引才力度，优化人才服务。\n\n"
                                  "三、加强领导，压实人才工作责任\n\n各级党委要切实履行主体责任。\n", "speech.txt")
    roles = {t[:4]: r for _, r, t in tops}
    assert genre == "speech" and roles["一、人才"] == "significance" and roles["二、聚焦"] != "significance"


def test_what_the_work_is_to_the_party_tells_why_it_matters() -> None:
    from drafter.mining.recognise import said_role

    # dev11 1107, dev7 603, dev9 912
    assert said_role("统战工作是全党的工作，做好统战工作是各级党委的一项重大任务。希望各级党委切实担负起责任。") == "significance"
    assert said_role("群团工作和统战工作，是我党工作的重要组成部分，是我党事业不断取得胜利的重要法宝。大家要深刻学习。") == "significance"
    assert said_role("意识形态工作事关全局、责任重大，各相关单位要严格落实意识形态工作责任制。") == "significance"
    assert said_role("各相关单位要严格落实意识形态工作责任制，推动工作事关全局的任务落地。") == ""


def test_a_series_of_asks_counts_its_semicolon_parts_and_a_longer_subject() -> None:
    from drafter.mining.recognise import asks_series, said_role

    # dev10 1005: 要提高政治站位，…；要坚决服从服务大局，…；要…: the ；-parts of the first sentence count
    assert asks_series("要提高政治站位，充分发挥组织部门政治优势；要坚决服从服务大局，聚焦职能职责；要加强自身建设，树好形象。")
    # dev9 928: a subject longer than twelve characters before the first 要
    words = ("各镇(街)党(工)委副书记、宣传委员要提高政治站位，夯实工作基础。要提升工作境界，多出精品亮点。"
             "要强化队伍建设，提升能力。")
    assert asks_series(words) and said_role(words) == ""
    # one ask and a statement are no series
    assert not asks_series("要提高政治站位，充分发挥优势。这项工作意义重大。")


def test_an_appraisal_that_announces_and_lists_the_asks_is_the_asks() -> None:
    from drafter.mining.recognise import speaker_cue

    # dev9 933, dev13 1323: …肯定了…成绩，并就下一步…提了三方面意见，一是…
    assert speaker_cue("张志东充分肯定了学校党建工作成绩，并就下一步学校党建工作提了三方面意见，一是提高站位。二是拉高标杆。",
                       frozenset({"张志东"})) == "requirements"
    assert speaker_cue("薛卫平全面总结了上半年机关党建工作，并就下半年党建工作提出三点要求。一要强化“三个正”。二要注重“三个出”。",
                       frozenset({"薛卫平"})) == "requirements"
    # an appraisal alone stays the review
    assert speaker_cue("张志东充分肯定了学校党建工作成绩，对全校党员干部的辛勤付出表示感谢。", frozenset({"张志东"})) == "review"


def test_a_leaders_written_instructions_are_told_with_who_attended() -> None:
    from drafter.mining.roles import cue

    # dev13 1300, dev3 208 (labelled attendees in 5 of the 6 development documents where they stand apart)
    assert cue("州委书记杨国宗作出批示。州委副书记、州委统战部部长肖创勇主持会议并讲话。", "brief", last=False) == "attendance"
    assert cue("会前，市委书记贺伟华对全市政法工作作出批示。", "brief", last=False) == "attendance"
    # …while 会前， of other business stays the agenda
    assert cue("会前，与会人员观看了警示教育片。", "brief", last=False) == "agenda"


def test_a_look_back_on_a_named_year_is_the_review() -> None:
    from drafter.mining.recognise import speaker_cue
    from drafter.mining.roles import cue

    names = frozenset({"胡丘陵", "宋国权", "郑县长"})
    # dev11 1102: 2010年是…取得重大成就的一年; dev7 715: 2019年以来，…; dev9 900: …第一要务 is no ask
    assert speaker_cue("会上，市委书记胡丘陵指出：2010年是我市经济社会发展取得重大成就的一年。", names) == "review"
    assert speaker_cue("宋国权在批示中指出，2019年以来，全市组织系统认真贯彻党中央及省、市委决策部署，紧跟大局。", names) == "review"
    assert speaker_cue("郑县长指出，2011年，全县各级各部门牢固树立“发展是第一要务”意识，维护了社会大局稳定。", names) == "review"
    # dev4 422: 会议指出，2020年，全区政法战线坚决贯彻…
    assert cue("会议指出，2020年，全区政法战线坚决贯彻落实中央和省委的决策部署，紧紧围绕全区中心工作。", "brief", last=False) == "review"
    # …but the year ahead is asked for
    assert cue("会议指出，2021年，全区政法战线要坚决贯彻落实中央和省委的决策部署。", "brief", last=False) != "review"
    assert speaker_cue("胡丘陵指出，2021年是建党100周年，要全力维护稳定。", names) != "review"


def test_the_year_ahead_and_its_stakes_tell_why_the_work_matters() -> None:
    from drafter.mining.recognise import speaker_cue
    from drafter.mining.roles import cue

    # dev7 633, dev11 1145: a speech's paragraph on the year ahead, after its review
    assert cue("202x年，是深入学习贯彻xx精神的开局之年。全市宣传思想文化战线要紧紧围绕市委中心任务。", "speech",
               last=False) == "significance"
    assert cue("按照市委、市政府战略部署，今年是我市实现奋斗目标的突破之年。", "speech", last=False) == "significance"
    # …not a year looked back on, nor what the meeting stresses of it (会议强调，今年是…，要…: its own rule)
    assert cue("2010年是我市经济社会发展取得重大成就的一年。", "speech", last=False) != "significance"
    # dev5 400: 2026年是…取得决定性进展的关键之年: the stakes, not an appraisal
    assert speaker_cue("董方平指出，2026年是推动支点建设取得决定性进展的关键之年。全市上下要更加奋发有为。",
                       frozenset({"董方平"})) == "significance"
