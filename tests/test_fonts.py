"""Fonts the draft asks for, and characters the GB2312 fonts cannot draw."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers import SAMPLES, run_cli

import drafter
from drafter import fonts
from drafter.library import Library


def test_requested_fonts_and_what_is_missing() -> None:
    profile = Library().profile("公文")
    assert fonts.requested(profile) == ["仿宋_GB2312", "方正小标宋简体", "楷体_GB2312", "黑体",
                                        "Times New Roman", "宋体"]
    office = {"仿宋_GB2312", "楷体_GB2312", "SimHei", "SimSun", "方正小标宋简体", "Times New Roman"}
    assert fonts.missing(profile, office) == []
    assert fonts.missing(profile, {"SimSun", "Times New Roman"}) == [
        "仿宋_GB2312", "方正小标宋简体", "楷体_GB2312", "黑体"]


def test_rare_characters_are_listed_with_their_fact(tmp_path: Path) -> None:
    text = (SAMPLES / "speech.yaml").read_text(encoding="utf-8")
    text = text.replace("  回顾: 以“九大工程”作为宣传思想工作的总载体",
                        "  回顾: 在陈堃同志带领下，以“九大工程”作为宣传思想工作的总载体", 1)
    facts = tmp_path / "f.yaml"
    facts.write_text(text, encoding="utf-8")
    [built] = drafter.build(facts)
    assert len(built.warnings) == 1
    note = built.warnings[0]
    assert note.startswith("“堃”不在 GB2312 字符集内，仿宋_GB2312显示不出来：第 ")
    assert f"{facts.name}:" in note and ": 条线[2].回顾）" in note
    # Ordinary text, digits and Chinese punctuation raise nothing.
    plain = drafter.build(SAMPLES / "speech.yaml", out=tmp_path / "plain.docx")[0]
    assert plain.warnings == ()


def test_cli_reports_missing_fonts_on_stderr(tmp_path: Path) -> None:
    facts = shutil.copy(SAMPLES / "speech.yaml", tmp_path / "f.yaml")
    result = run_cli("build", str(facts))
    assert result.returncode == 0
    lacking = fonts.missing(Library().profile("公文"))
    if lacking:
        assert f"注意：本机没有这些字体：{'、'.join(lacking)}。" in result.stderr
    else:
        assert "本机没有这些字体" not in result.stderr


def test_a_title_in_a_non_gb2312_font_is_not_flagged(tmp_path: Path) -> None:
    text = (SAMPLES / "speech.yaml").read_text(encoding="utf-8")
    text = text.replace("名称: 全区组织、宣传、统战、政法工作会议", "名称: 全区组织、宣传、统战、政法工作勠力会议", 1)
    facts = tmp_path / "f.yaml"
    facts.write_text(text, encoding="utf-8")
    # 勠 appears in the title (方正小标宋简体, a GBK font) and in the body (仿宋_GB2312).
    notes = drafter.build(facts)[0].warnings
    assert notes and all("第 1 段" not in n and "第 2 段" not in n for n in notes)
    assert all(n.startswith("“勠”不在 GB2312 字符集内，仿宋_GB2312显示不出来") for n in notes)


def test_missing_fonts_are_told_once_for_a_build_of_several_genres(tmp_path: Path) -> None:
    """Fonts belong to the machine: a build of four genres on several profiles says it once,
    naming every font any of them lacks."""
    facts = shutil.copy(SAMPLES / "meeting.yaml", tmp_path / "f.yaml")
    result = run_cli("build", str(facts))
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if "本机没有这些字体" in line]
    library = Library()
    profiles = {library.get(name).profile for name in ("speech", "report", "brief", "minutes")}
    lacking = {f for p in profiles for f in fonts.missing(library.profile(p)) or ()}
    assert len(profiles) > 1
    if lacking:
        (note,) = notes
        assert set(note.split("：")[2].split("。")[0].split("、")) == lacking
    else:
        assert notes == []
