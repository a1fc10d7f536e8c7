"""The outline reader on plain documents: markers, lead-ins, newspaper heads, mottos, lead sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter import outline
from drafter.reader import Para


def items(*lines: str) -> list[tuple[int, str, str, str]]:
    return [(it.level, it.kind, it.marker, it.text) for it in outline.outline([Para(t) for t in lines])]


BODY = "这是一段正文，讲的是具体的工作安排和要求，内容比较长，足以说明问题，后面还有很多话要说。"


def test_normalize_punctuation_quotes_and_spaces() -> None:
    assert outline.normalize('"谋"字为先 主动作为,强化领导(试行)') == "“谋”字为先主动作为，强化领导（试行）"
    assert outline.normalize("共1,000人,10:30开会...") == "共1,000人，10:30开会……"


@given(st.text(alphabet='谋学改,:;()"“”。 1.0ab', max_size=30))
def test_normalize_is_idempotent(text: str) -> None:
    once = outline.normalize(text)
    assert outline.normalize(once) == once


def test_markers_give_levels_and_run_ins() -> None:
    got = items("一、总体要求", BODY, "（一）坚持目标导向。" + BODY, "1.抓好学习", "（1）细化清单。" + BODY)
    assert got == [(1, "heading", "一、", "总体要求"), (2, "run-in", "（一）", "坚持目标导向"),
                   (3, "heading", "1.", "抓好学习"), (4, "run-in", "（1）", "细化清单")]


def test_lead_ins_of_every_form() -> None:
    got = items(BODY, "一是加强理论武装。" + BODY, "二要强化责任。" + BODY, "第三，狠抓落实。" + BODY,
                "首先，统一思想。" + BODY, "其次，明确任务。" + BODY, "两个抓手，即以治理为抓手。" + BODY)
    assert [(lv, k, m) for lv, k, m, _ in got] == [
        (5, "lead", "一是"), (5, "lead", "二要"), (5, "lead", "第三，"), (5, "lead", "首先，"),
        (5, "lead", "其次，"), (5, "lead", "")]
    assert got[-1][3] == "两个抓手，即以治理为抓手"


def test_shou_xian_alone_is_not_a_series() -> None:
    assert items(BODY, "首先，这只是一个普通的说法。" + BODY) == []


def test_title_subtitles_captions_bylines_and_signature() -> None:
    got = outline.outline([Para(t) for t in (
        "夯实基层基础 绘就治理新篇", "城东区部署全年基层治理工作", "群众在社区办事。（本报记者 周立 摄）",
        "本报记者 周立", BODY, "网格治理提质增效", BODY, "城东区委办公室", "2024年1月5日")])
    assert [(it.kind, it.text) for it in got] == [
        ("title", "夯实基层基础绘就治理新篇"), ("subtitle", "城东区部署全年基层治理工作"),
        ("heading", "网格治理提质增效")]
    kinds = outline.kinds([Para(t) for t in ("标题", "图为会场。（资料图）", "记者 张三", BODY, "2024年1月5日")])
    assert kinds == ["title", "caption", "byline", "body", "meta"]


def test_newspaper_heads_take_their_level_from_the_genre() -> None:
    got = items(BODY, "组织带动更加有效、宣传引导更加有方、统战工作更加有为——各项工作亮眼。",
                "组织带动更加有效", BODY, "深化政治建设 突出政治把关", BODY,
                "宣传引导更加有方", BODY, "推动理论宣讲走心入心", BODY,
                "2022 工作亮点", "● 组织工作", "新入选人才127名。", "看点", "坚持为民惠民", BODY)
    assert [(lv, m, t) for lv, _, m, t in got] == [
        (1, "", "组织带动更加有效"), (2, "", "深化政治建设突出政治把关"), (1, "", "宣传引导更加有方"),
        (2, "", "推动理论宣讲走心入心"), (1, "", "2022 工作亮点"), (2, "●", "组织工作"), (1, "", "看点"),
        (2, "", "坚持为民惠民")]


def test_plain_heads_without_a_part_opener_are_level_one() -> None:
    got = items(BODY, "网格治理提质增效", BODY, "矛盾调解就地化解", BODY, "■ 工作亮点", "■ 网格治理", "闭环。")
    assert [(lv, t) for lv, _, _, t in got] == [(1, "网格治理提质增效"), (1, "矛盾调解就地化解"),
                                                (1, "工作亮点"), (2, "网格治理")]


def test_motto_heads_and_parallel_lead_sentences() -> None:
    got = items(BODY, "“引”字为先 广开进贤之路", "搭平台，聚人气。" + BODY, "优政策，强吸引。" + BODY,
                "建机制，畅渠道。" + BODY, "“留”字为要 厚植发展沃土", "优服务，暖人心。" + BODY,
                "造场景，添活力。" + BODY, "下一步，将持续深化。" + BODY)
    assert [(lv, k, t) for lv, k, _, t in got] == [
        (1, "heading", "“引”字为先广开进贤之路"), (2, "run-in", "搭平台，聚人气"), (2, "run-in", "优政策，强吸引"),
        (2, "run-in", "建机制，畅渠道"), (1, "heading", "“留”字为要厚植发展沃土"),
        (2, "run-in", "优服务，暖人心"), (2, "run-in", "造场景，添活力")]


@pytest.mark.parametrize("openers", [
    ("会议指出，要强化政治建设。", "会议要求，要走好组织路线。", "会议强调，要加强组织领导。"),  # reported speech
    ("今年，全区将深化改革。", "去年，全区完成任务。", "同时，要抓好落实。"),  # time and link words
    ("基层强则国家强。", "我们必须清醒看到差距和不足之所在。", "抓好党建工作是最大的政绩。"),  # not parallel
])
def test_short_first_sentences_that_are_not_lead_sentences(openers: tuple[str, ...]) -> None:
    assert items(*[o + BODY for o in openers], BODY) == []


def test_styled_documents_keep_their_heading_levels() -> None:
    paras = [Para("在会议上的讲话", "Title"), Para("（2023年2月24日）", "副标题"),
             Para("提高政治站位", "heading 1", 0), Para("（一）做好党建工作是要求。正文", "", None),
             Para("● 组织工作", "heading 2", 1), Para("一个核心，即以党建为核心。正文", "", None, "一个核心，即以党建为核心。")]
    got = [(it.level, it.kind, it.marker, it.text) for it in outline.outline(paras)]
    assert got == [(0, "title", "", "在会议上的讲话"), (0, "subtitle", "", "（2023年2月24日）"),
                   (1, "heading", "", "提高政治站位"), (2, "run-in", "（一）", "做好党建工作是要求"),
                   (2, "heading", "●", "组织工作"), (5, "lead", "", "一个核心，即以党建为核心")]
    assert outline.signature(outline.outline(paras))[0] == (1, "heading", 0, "提高政治站位")
