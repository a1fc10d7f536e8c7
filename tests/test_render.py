"""The sandboxed renderer and the filters of Chinese official writing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import build_file_tree

from drafter.errors import RenderError
from drafter.numbering import chinese, detect_marker, lead, marker, parse_chinese, year_chinese
from drafter.render import environment, render


@pytest.mark.parametrize(("n", "text"), [
    (1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (99, "九十九"),
    (100, "一百"), (105, "一百零五"), (110, "一百一十"), (1001, "一千零一"), (2023, "二千零二十三"),
])
def test_chinese_numerals(n: int, text: str) -> None:
    assert chinese(n) == text
    assert parse_chinese(text) == n


def test_markers_and_lead_ins() -> None:
    assert [marker(f, 11) for f in ("一、", "（一）", "1.", "（1）", "")] == [
        "十一、", "（十一）", "11.", "（11）", ""]
    assert lead(2) == "二是" and lead(3, "要") == "三要"
    assert year_chinese(2023) == "二〇二三"
    assert detect_marker("（十二）做好工作。") == (2, 12, "（十二）")
    assert detect_marker("(三)半角括号") == (2, 3, "(三)")
    assert detect_marker("12.第十二点") == (3, 12, "12.")
    assert detect_marker("3.5万元") is None
    assert detect_marker("一年来，") is None


def _render(tmp_path: Path, body: str, data: dict | None = None, draft: bool = False) -> str:
    build_file_tree(tmp_path, {"t/body.j2": body})
    return render(environment([tmp_path], draft=draft), "t/body.j2", data or {})


@pytest.mark.parametrize(("expr", "out"), [
    ("{{ 11 | 中文数字 }}", "十一"),
    ("{{ 3 | 序号('（一）') }}", "（三）"),
    ("{{ 4 | 分述 }}{{ 2 | 分述('要') }}", "四是二要"),
    ("{{ ['组织', '宣传', '统战'] | 列举 }}", "组织、宣传和统战"),
    ("{{ ['组织', '宣传'] | 列举('及') }}", "组织及宣传"),
    ("{{ ['组织'] | 列举 }}", "组织"),
    ("{{ ['组织', '宣传', '统战'] | 顿号 }}", "组织、宣传、统战"),
    ("{{ d | 日期 }}|{{ d | 月日 }}|{{ d | 年份 }}|{{ d | 中文年份 }}|{{ d | 年月 }}", "2023年2月4日|2月4日|2023年|二〇二三年|2023年2月"),
    ("{{ d | 党代会 }}|{{ d | 党代会(1) }}|{{ d | 五年规划 }}|{{ d | 五年规划(-1) }}|{{ d | 周年(1921) }}", "二十大|二十一大|十四五|十三五|102周年"),
    ("{{ d | 五年规划('收官') }}|{{ d | 五年规划('开局') }}", "十四五|十五五"),  # early 2023: 2022's plan
    ("{{ '要点句' | 成句 }}|{{ '要点句。' | 成句 }}|{{ '要点句；' | 成句 }}", "要点句。|要点句。|要点句。"),
    ("{{ '标题。' | 去标点 }}", "标题"),
    ("{{ 3 | cn }}{{ ['a','b'] | enum }}", "三a和b"),
    ("{{ '临江区' | 党委名 }}、{{ '渠县' | 党委名 }}、{{ '东区' | 党委名 }}、{{ '莲前街道' | 党委名 }}、{{ '新安镇' | 党委名 }}",
     "临江区委、渠县县委、东区区委、莲前街道党工委、新安镇党委"),
    ("{{ '思明区' | 简称 }}副{{ '思明区' | 级别 }}长、{{ '永宁县' | 级别 }}政协、{{ '莲前街道' | 级别 }}", "思明副区长、县政协、街道"),
], ids=lambda v: v if isinstance(v, str) and "{{" in v else "")
def test_filters(tmp_path: Path, expr: str, out: str) -> None:
    assert _render(tmp_path, expr, {"d": dt.date(2023, 2, 4)}) == out


def test_the_congress_of_a_day_changes_on_its_opening_day() -> None:
    from drafter.filters import congress_at, plan_at

    assert [congress_at(dt.date(2017, 10, d)) for d in (17, 18)] == [18, 19]
    assert congress_at(dt.date(2027, 10, 14)) == 20 and congress_at(dt.date(2027, 10, 15)) == 21  # taken as 15 October
    assert [plan_at(dt.date(y, 6, 1)) for y in (2020, 2021, 2025, 2026)] == [13, 14, 14, 15]


def test_facts_are_data_not_code_or_markup(tmp_path: Path) -> None:
    data = {"名称": "{{ 7*7 }}{% if true %}x{% endif %}# **加粗** @副标题 \\"}
    out = _render(tmp_path, "{{ 名称 }}", {"名称": data["名称"]})
    from drafter.render import context

    assert out == context(data)["名称"]
    from drafter.model import spans

    assert "".join(s.text for s in spans(out)) == data["名称"]
    assert all(s.kind == "text" for s in spans(out))


def test_undefined_name_reports_template_and_line(tmp_path: Path) -> None:
    with pytest.raises(RenderError) as info:
        _render(tmp_path, "第一行\n第二行 {{ 会议.名称 }}\n", {"会议": {}})
    p = info.value.problems[0]
    assert (Path(p.path).name, p.line, p.field) == ("body.j2", 2, "名称")
    assert p.message == "模板用到的“名称”在事实文件里没有。"


def test_an_item_past_a_lists_end_is_named_with_its_list(tmp_path: Path) -> None:
    # a mined template's {{ 出席[4].姓名 }} with four attendees said “模板用到的“4”在事实文件里没有” (dev2 110)
    with pytest.raises(RenderError) as info:
        _render(tmp_path, "第一行\n{{ 出席[4].姓名 }}出席会议。\n", {"出席": [{"姓名": "张三"}] * 4})
    p = info.value.problems[0]
    assert (Path(p.path).name, p.line, p.field) == ("body.j2", 2, "出席[4]")
    assert p.message == "模板用到“出席”的第 5 项（出席[4]），事实文件里“出席”只有 4 项或更少。"
    assert "{% if 出席[4] is defined %}" in p.hint


def test_syntax_error_reports_template_and_line(tmp_path: Path) -> None:
    with pytest.raises(RenderError) as info:
        _render(tmp_path, "一\n二\n{% for x in y %}\n没有结束\n")
    p = info.value.problems[0]
    assert (Path(p.path).name, p.line) == ("body.j2", 4)
    assert p.message.startswith("模板语法错误：")


@pytest.mark.parametrize("body", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ 名称.__class__ }}",
    "{{ lipsum.__globals__['os'] }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
])
def test_sandbox_refuses_escapes(tmp_path: Path, body: str) -> None:
    with pytest.raises(RenderError) as info:
        _render(tmp_path, body, {"名称": "x"})
    assert info.value.problems[0].line == 1


def test_draft_gaps(tmp_path: Path) -> None:
    out = _render(tmp_path, "在{{ 会议.名称 }}上", {"会议": {}}, draft=True)
    from drafter.model import spans

    assert [(s.text, s.kind) for s in spans(out)] == [
        ("在", "text"), ("【待补：名称】", "gap"), ("上", "text")]
