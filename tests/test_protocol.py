"""People written post before name in protocol order, and a draft checked against this year's facts."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from helpers import SAMPLES, run_cli

import drafter
from drafter.lint.factcheck import near_misses
from drafter.reader import read
from drafter.filters import protocol_order

BRIEF = (SAMPLES / "brief.yaml").read_text(encoding="utf-8")


def test_protocol_order_guests_then_rank_then_as_listed() -> None:
    people = [{"姓名": "甲"}, {"姓名": "乙", "排序": 2}, {"姓名": "丙", "身份": "嘉宾"},
              {"姓名": "丁", "排序": 1}, {"姓名": "戊"}]
    assert [p["姓名"] for p in protocol_order(people)] == ["丙", "丁", "乙", "甲", "戊"]


def test_attendance_comes_from_the_list_in_protocol_order(tmp_path: Path) -> None:
    text = BRIEF.replace("出席:\n", "出席:\n- {职务: 市委组织部副部长, 姓名: 王立新, 身份: 嘉宾}\n", 1)
    facts = tmp_path / "f.yaml"
    facts.write_text(text, encoding="utf-8")
    lead = read(drafter.build(facts)[0].path)[2].text
    assert ("区委书记刘东伟出席会议并讲话，区委副书记、区长郅海杰主持，"
            "市委组织部副部长王立新，区人大常委会主任程昌宏，区政协主席刘国强出席。") in lead


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The brief, built, then edited in 'Word' with three slips."""
    folder = tmp_path_factory.mktemp("edited")
    facts = folder / "f.yaml"
    facts.write_text(BRIEF, encoding="utf-8")
    path = drafter.build(facts)[0].path
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    body = parts["word/document.xml"].decode("utf-8")
    body = body.replace("区委书记刘东伟", "区委书记刘东炜", 1)      # a homophone
    body = body.replace("区政协主席刘国强", "区政协主席刘国庆", 1)  # one character off
    body = body.replace("会议以视频形式召开。", "会议以视频形式召开。2023年共培训干部1200人次。", 1)
    parts["word/document.xml"] = body.encode("utf-8")
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_lint_facts_marks_leftovers_and_misspelt_names(edited: Path) -> None:
    result = run_cli("lint", "--facts", str(edited.with_name("f.yaml")), str(edited))
    assert result.returncode == 1
    lines = [x.split(": ", 1)[1] for x in result.stdout.splitlines() if " D8" in x]
    assert lines == [
        "D802 “刘东炜”与名单中的“刘东伟”读音相同，是不是写错了？人名必须一字不差。",
        "D802 “刘国庆”与名单中的“刘国强”只差一个字，是不是写错了？人名必须一字不差。",
        "D801 年份“2023年”不在今年的事实文件里，也不是模板的固定文字，是不是往年文稿留下的？请核对。",
        "D801 数字“1200人次”不在今年的事实文件里，也不是模板的固定文字，是不是往年文稿留下的？请核对。",
    ]


def test_lint_without_facts_does_not_check_them(edited: Path) -> None:
    result = run_cli("lint", str(edited))
    assert " D8" not in result.stdout


def test_the_built_draft_is_clean_against_its_facts(tmp_path: Path) -> None:
    for name in ("brief", "report", "speech", "feature", "experience"):
        facts = SAMPLES / f"{name}.yaml"
        path = drafter.build(facts, out=tmp_path / f"{name}.docx")[0].path
        result = run_cli("lint", "--facts", str(facts), str(path))
        assert " D8" not in result.stdout, (name, result.stdout)


def test_near_misses() -> None:
    names = ["刘东伟", "郅海杰", "江岚"]
    assert list(near_misses("刘东伟同志指出", names)) == []
    assert list(near_misses("志海杰主持", names)) == [("志海杰", "郅海杰", "读音相同")]
    assert list(near_misses("江蓝参加", names)) == [("江蓝", "江岚", "读音相同")]
    # Two-character words that merely share a character are not names.
    assert list(near_misses("江河湖海", names)) == []
