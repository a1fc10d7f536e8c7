"""The command line a writer expects: one blank file for several genres, file names that
carry the genre, -o folders, warnings that name their draft, speaking time for speeches."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml
from helpers import SAMPLES, run_cli

import drafter
from drafter import reader


def test_new_gives_one_blank_file_for_several_genres(tmp_path: Path) -> None:
    result = run_cli("new", "speech", "report", "brief")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith("# 讲话稿（speech）、会议报道（report）、会议通稿（brief）共用的事实文件")
    data = yaml.safe_load(text)
    assert data["模板"] == ["speech", "report", "brief"]
    assert "结束语" in data and "报道" in data and "条线" in data  # speech's, report's, every genre's
    # the blank file left as it is: blank means absent, so check lists what is missing, no None
    (tmp_path / "会议.yaml").write_text(text, encoding="utf-8")
    refused = run_cli("check", "会议.yaml", cwd=tmp_path)
    assert refused.returncode == 1
    assert "会议.名称: 缺少这个必填字段。" in refused.stderr
    assert "报道.标题: ［report］缺少这个必填字段。" in refused.stderr


def test_schema_requires_what_the_build_requires() -> None:
    result = run_cli("schema", "speech")
    schema = json.loads(result.stdout)
    assert {"会议", "回顾", "条线", "意义", "结束语"} <= set(schema["required"])
    assert "讲话人" not in schema["required"]
    assert schema["properties"]["条线"]["minItems"] == 1
    assert "任务" in schema["properties"]["条线"]["items"]["required"]


def test_file_names_carry_the_genre_whichever_template_is_built(tmp_path: Path) -> None:
    facts = shutil.copy(SAMPLES / "district.yaml", tmp_path / "会议.yaml")  # 模板: [speech, report, brief]
    [report] = drafter.build(facts, ["report"])
    assert report.path.name == "会议-会议报道.docx"
    before = report.path.read_bytes()
    [speech] = drafter.build(facts, ["speech"])
    assert speech.path.name == "会议-讲话稿.docx"
    assert report.path.read_bytes() == before  # the file being edited is not the one rebuilt
    assert not (tmp_path / "会议.docx").exists()


def test_output_folder_made_on_request(tmp_path: Path) -> None:
    facts = shutil.copy(SAMPLES / "district.yaml", tmp_path / "会议.yaml")
    built = drafter.build(facts, out=str(tmp_path / "文稿") + "/")
    assert (tmp_path / "文稿").is_dir()
    assert sorted(b.path.name for b in built) == ["会议-会议报道.docx", "会议-会议通稿.docx", "会议-讲话稿.docx"]
    assert all(b.path.parent == tmp_path / "文稿" for b in built)
    # several drafts and a path without .docx: a folder too
    built = drafter.build(facts, out=tmp_path / "稿件")
    assert {b.path.parent for b in built} == {tmp_path / "稿件"}
    # one draft, a name without .docx: a Word file with its suffix
    one = shutil.copy(SAMPLES / "brief.yaml", tmp_path / "通稿.yaml")
    [b] = drafter.build(one, out=tmp_path / "稿子")
    assert b.path == tmp_path / "稿子.docx" and b.path.is_file()


def test_warnings_name_their_draft_and_time_is_for_speeches(tmp_path: Path) -> None:
    text = (SAMPLES / "district.yaml").read_text(encoding="utf-8")
    (tmp_path / "会议.yaml").write_text(text.replace("篇幅: {时长: 8}", "篇幅: {时长: 30}"), encoding="utf-8")
    result = run_cli("build", "会议.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    timed = [line for line in result.stderr.splitlines() if "讲话时间 30 分钟" in line]
    assert len(timed) == 1 and timed[0].startswith("注意（会议-讲话稿.docx）：")
    assert all(line.startswith(("注意（会议-", "注意：本机没有这些字体")) for line in result.stderr.splitlines())


def test_blank_optional_fields_leave_their_sentences_out(tmp_path: Path) -> None:
    """The issue's cases: a blank 讲话人.姓名 and 成绩 print no None, break no build."""
    text = (SAMPLES / "district.yaml").read_text(encoding="utf-8")
    text = text.replace("讲话人: {职务: 区委书记, 姓名: 沈立峰}", "讲话人:\n  职务: 区委书记\n  姓名:\n")
    text = text.replace("  成绩:\n  - 区融媒体中心获评全省县级融媒体中心建设先进单位\n", "  成绩:\n")
    text = text.replace("  成绩:\n  - 全区命案连续三年全部侦破\n", "  成绩: []\n")
    facts = tmp_path / "会议.yaml"
    facts.write_text(text, encoding="utf-8")
    built = drafter.build(facts)
    texts = {b.template: [p.text for p in reader.read(b.path)] for b in built}
    assert texts["speech"][3] == "区委书记"
    assert not any("None" in t for ts in texts.values() for t in ts)
    assert any(t.startswith("宣传部门持续深化理论武装") and t.endswith("取得了新的成效。") for t in texts["speech"])
    assert "区委书记出席会议并讲话" in "".join(texts["brief"])


def test_one_heading_form_per_level_decided_by_the_profile(tmp_path: Path) -> None:
    """The sample's lines with and without a 导语 give （一）（二）… of one form: run-in under
    the built-in 讲话稿 profile; stand-alone headings when a writer's profile says 接排: 否."""
    from drafter.library import Library

    facts = shutil.copy(SAMPLES / "district.yaml", tmp_path / "会议.yaml")
    [speech] = drafter.build(facts, ["speech"])
    level2 = [p for p in reader.read(speech.path) if p.text.startswith(("（一）", "（二）", "（三）", "（四）", "（五）"))]
    assert len(level2) == 7 and all(p.run_in and p.style == "Normal" for p in level2)
    assert all(p.run_in.endswith("。") for p in level2)  # a run-in heading is a sentence
    lib = tmp_path / "lib" / "profiles"
    lib.mkdir(parents=True)
    (lib / "讲话稿.yml").write_text("继承: 讲话稿\n段落样式:\n  二级标题: {接排: 否}\n", encoding="utf-8")
    [speech] = drafter.build(facts, ["speech"], library=Library([tmp_path / "lib"]), force=True)
    level2 = [p for p in reader.read(speech.path) if p.text.startswith(("（一）", "（二）", "（三）", "（四）", "（五）"))]
    assert len(level2) == 7 and all(p.style == "heading 2" and not p.run_in for p in level2)
    assert not any(p.text.endswith("。") for p in level2)  # a heading of its own has no stop


def test_the_blank_file_of_every_genre_builds_as_a_draft(tmp_path: Path) -> None:
    """`drafter new` for all five genres, left blank, built with --draft: each gap marked,
    nothing else wrong (no None, no empty brackets, no heading warnings about gaps)."""
    from drafter.library import Library
    from drafter.schema_export import blank_facts, combined

    lib = Library()
    names = ["speech", "report", "brief", "feature", "experience"]
    facts = tmp_path / "会议.yaml"
    facts.write_text(blank_facts(combined([lib.schema(lib.get(n)) for n in names]), "全部", names),
                     encoding="utf-8")
    built = drafter.build(facts, draft=True)
    assert len(built) == 5 and all(b.gaps for b in built)
    assert not [w for b in built for w in b.warnings if "标题" in w]
    for b in built:
        text = "\n".join(p.text for p in reader.read(b.path))
        assert "【待补：" in text
        assert not any(bad in text for bad in ("None", "（）", "“【”", "，。")), b.template


def test_the_district_meeting_names_its_people_as_each_genre_does(tmp_path: Path) -> None:
    """The issue's meeting: a 区委书记 speaks, a 常务副区长 presides below higher-ranked
    leaders, two leaders deploy one line each, 全体在家区级领导 attend."""
    facts = shutil.copy(SAMPLES / "district.yaml", tmp_path / "会议.yaml")
    texts = {b.template: [p.text for p in reader.read(b.path)] for b in drafter.build(facts)}
    brief = texts["brief"]
    assert brief[2].endswith("区委书记沈立峰出席会议并讲话，区委副书记、区长许文涛，区人大常委会主任陈光荣，"
                             "区政协主席钟慧，区委副书记罗建平出席。会议由区委常委、常务副区长高明远主持。")
    assert brief[-1] == ("会议以现场形式召开。全体在家区级领导，各镇街党（工）委书记、分管负责同志，"
                         "区直各部门主要负责同志等300余人参加。")
    assert any(t.startswith("区委副书记罗建平在部署社会工作时要求，要聚焦服务群众") for t in brief)
    report = texts["report"]
    assert "区委副书记罗建平就社会工作作具体部署，强调要聚焦服务群众，推动党建引领基层治理走深走实。" in report
    assert "区委常委、宣传部部长唐雅琴就宣传工作作具体部署，强调要聚焦凝心铸魂，为全区发展营造良好舆论氛围。" in report
    speech = texts["speech"]
    assert speech[3] == "区委书记\u3000沈立峰"
    assert any(t.endswith("关于社会工作，罗建平同志还要作具体部署，这里我强调两点。") for t in speech)
