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


def test_people_next_to_each_other_with_one_post_share_it() -> None:
    """县委常委林通、贺海宁、王飞 (dev12 612): a post written once for the people next to each other who hold it, as
    every report writes it; others keep their own, and a person without a post is named alone."""
    from drafter.filters import _people

    people = [{"姓名": "刘伟", "职务": "县委副书记"}, {"姓名": "林通", "职务": "县委常委"},
              {"姓名": "贺海宁", "职务": "县委常委"}, {"姓名": "王飞", "职务": "县委常委"},
              {"姓名": "陈述勇", "职务": "县政协主席"}, {"姓名": "赵一"}, {"姓名": "钱二"}]
    assert _people(people) == "县委副书记刘伟，县委常委林通、贺海宁、王飞，县政协主席陈述勇，赵一，钱二"


def test_a_post_held_in_a_place_below_ranks_after_the_posts_of_the_meetings_own_level() -> None:
    """dev13 1315: 市委副书记、峄城区委书记于玉 had gone before 市委副书记、市长石爱作, as 峄城区委书记 read as 书记. A part
    naming a place of its own counts only where no other part ranks; alone it is a 书记 still."""
    from drafter.library import Library

    table = Library([]).ranks
    assert table.rank("市委副书记、市长") < table.rank("市委副书记、峄城区委书记") == table.rank("市委副书记")
    assert table.rank("峄城区委书记") == table.rank("区委书记")


def test_attendance_comes_from_the_list_in_protocol_order(tmp_path: Path) -> None:
    text = BRIEF.replace("出席:\n", "出席:\n- {职务: 市委组织部副部长, 姓名: 王立新, 身份: 嘉宾}\n", 1)
    facts = tmp_path / "f.yaml"
    facts.write_text(text, encoding="utf-8")
    lead = read(drafter.build(facts)[0].path)[2].text
    # A guest comes before every host; the presider, now below someone attending, is
    # named after them ("会议由……主持"), never before a higher place.
    assert ("区委书记刘东伟出席会议并讲话，"
            "市委组织部副部长王立新，区人大常委会主任程昌宏，区政协主席刘国强出席。"
            "会议由区委副书记、区长郅海杰主持。") in lead


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


def test_lint_facts_marks_a_place_of_another_region(tmp_path: Path) -> None:
    """A 思明区 left in a draft for 西城区 (a document made from another office's) is marked;
    西城区 itself, 北京市 above it and the everyday words 全区、城区、新区、开发区、区域 are not."""
    facts = tmp_path / "f.yaml"
    facts.write_text(BRIEF, encoding="utf-8")
    draft = tmp_path / "稿.txt"
    draft.write_text("全区、城区、新区、开发区和北京市西城区各区域的干部参加。\n"
                     "借鉴厦门市思明区的做法，推动沿海城市交流。\n", encoding="utf-8")
    result = run_cli("lint", "--facts", str(facts), str(draft))
    assert [x.split(": ", 1)[1] for x in result.stdout.splitlines() if " D8" in x] == [
        "D803 地名“厦门市”不在事实文件里，是不是从别处的文稿带过来的？核对后改成本地的地名，确实要提的请写进事实文件："
        "“借鉴厦门市思明区的做法，推…”",
        "D803 地名“思明区”不在事实文件里，是不是从别处的文稿带过来的？核对后改成本地的地名，确实要提的请写进事实文件："
        "“借鉴厦门市思明区的做法，推动沿海…”"]
    assert result.returncode == 1


def test_regions_gazetteer() -> None:
    from drafter.lint.regions import gazetteer, places

    names, _ = gazetteer()
    assert {"思明区", "榆阳区", "西城区", "福建省", "厦门市", "内蒙古自治区"} <= set(names)
    assert not {"城区", "新区", "郊区", "矿区", "新城区"} & set(names)
    assert [name for _, _, name in places("陕西省榆林市榆阳区、沿海城市、区域发展、思明区委")] == [
        "陕西省", "榆林市", "榆阳区", "思明区"]


# --- the rank of posts: library data (templates/ranks.yml) -------------------------------------

def test_rank_table_reads_posts_by_their_longest_ending() -> None:
    from drafter.library import Library

    table = Library().ranks
    order = ["区委书记", "区委副书记、区长", "区人大常委会主任", "区政协主席", "区委副书记", "区委常委、组织部部长",
             "区委常委、常务副区长", "区人大常委会副主任", "副区长", "区政协副主席", "区法院院长"]
    ranks = [table.rank(p) for p in order]
    assert ranks == sorted(ranks) and len(set(ranks[:5])) == 5
    assert table.rank("区委副书记") > table.rank("区委书记")        # not a 书记
    assert table.rank("常务副区长") > table.rank("区长")             # not a 区长
    assert table.rank("区人大常委会副主任") > table.rank("区委常委")  # not a 常委
    assert table.rank("区委组织部副部长") > table.rank("区法院院长")  # unknown: after every known post
    # endings that only look like a higher post (dev13 1309, 1326 rebuilt in protocol order): a 政法委书记 is no 书记, a
    # 副州长 no 州长, a town's or a bureau's 书记 none of the county's
    assert table.rank("县委副书记、政法委书记") == table.rank("县委副书记") > table.rank("县委副书记、代县长")
    assert table.rank("县委常委、政法委书记") == table.rank("县委常委")
    assert table.rank("副州长") == table.rank("副县长") > table.rank("州委常委、宣传部长")
    assert table.rank("镇党委书记") > table.rank("区法院院长") and table.rank("局党组书记、局长") > table.rank("副区长")


def test_a_writer_library_ranks_posts_its_own_way(tmp_path: Path) -> None:
    """ranks.yml in the writer's library replaces the built-in one; 排序 overrides both."""
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "ranks.yml").write_text("礼宾顺序:\n  - [政协主席]\n  - [人大常委会主任]\n", encoding="utf-8")
    text = BRIEF.replace("- {职务: 区人大常委会主任, 姓名: 程昌宏}\n- {职务: 区政协主席, 姓名: 刘国强}\n",
                         "- {职务: 区人大常委会主任, 姓名: 程昌宏}\n- {职务: 区政协主席, 姓名: 刘国强}\n"
                         "- {职务: 区委常委, 姓名: 周正, 排序: 1}\n")
    facts = tmp_path / "f.yaml"
    facts.write_text(text, encoding="utf-8")
    from drafter.library import Library

    lead = read(drafter.build(facts, library=Library([lib]))[0].path)[2].text
    # 政协主席 first by the writer's table; 周正's 排序 1 ties with it (listed later, so after
    # it), where the table alone (no 常委 in it) would have put him last; the 区长 presiding is
    # not in this table, so below everyone: named after them.
    assert "区政协主席刘国强，区委常委周正，区人大常委会主任程昌宏出席。会议由区委副书记、区长郅海杰主持。" in lead


def test_speaker_and_presider_listed_again_under_attendance_are_named_once(tmp_path: Path) -> None:
    text = BRIEF.replace("出席:\n", "出席:\n- {职务: 区委书记, 姓名: 刘东伟}\n- {职务: 区委副书记、区长, 姓名: 郅海杰}\n", 1)
    facts = tmp_path / "f.yaml"
    facts.write_text(text, encoding="utf-8")
    lead = read(drafter.build(facts)[0].path)[2].text
    assert lead.count("刘东伟") == 1 and lead.count("郅海杰") == 1
    assert lead.endswith("区委书记刘东伟出席会议并讲话，区委副书记、区长郅海杰主持，"
                         "区人大常委会主任程昌宏，区政协主席刘国强出席。")
