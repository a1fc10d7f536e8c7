"""Phrase banks: deterministic choice from the facts, rotation over a series, pins in the facts."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers import SAMPLES, build_file_tree

import drafter
from drafter import reader
from drafter.errors import DrafterError, RenderError, TemplateError
from drafter.library import Library
from drafter.phrases import Chooser, Slot, occasion_key, stable_index

BANK = {"评价": Slot("评价", ("跨越", "突破", "提升", "作为")),
        "答卷": Slot("答卷", ("交出了亮眼答卷", "取得了显著成效")),
        "保证": Slot("保证", ("为{目标}提供坚强保证",))}


def test_stable_index_is_fixed_across_runs() -> None:
    # sha256, not Python's per-process randomised hash(): a fixed number on every machine.
    assert stable_index("思明区", "评价") == stable_index("思明区", "评价") == 107159194174891
    assert stable_index("思明区", "评价") != stable_index("西城区", "评价")


def test_same_occasion_same_words_and_a_series_does_not_repeat() -> None:
    a, b = Chooser(BANK, "思明区|会议|2023"), Chooser(BANK, "思明区|会议|2023")
    series = [a.choose("评价", i) for i in range(4)]
    assert series == [b.choose("评价", i) for i in range(4)]
    assert sorted(series) == sorted(BANK["评价"].options)  # four lines, four different verdicts


def test_another_year_reads_differently() -> None:
    years = {tuple(Chooser(BANK, f"思明区|区委工作会议|{y}").choose("评价", i) for i in range(4))
             for y in range(2018, 2026)}
    assert len(years) > 1


def test_occasion_key_from_facts() -> None:
    import datetime as dt

    facts = {"地名": "思明区", "会议": {"名称": "区委工作会议", "日期": dt.date(2023, 2, 24)}}
    assert occasion_key(facts) == "思明区\x1f区委工作会议\x1f2023"
    assert occasion_key({"地区": "全区"}) == "全区\x1f\x1f"


@pytest.mark.parametrize(("pin", "expected"), [
    ("2", ["突破", "提升", "作为", "跨越"]),          # the 2nd alternative, then on in order
    ("突破/作为", ["突破", "作为", "突破", "作为"]),   # the writer's own words, in turn
    ("新的飞跃", ["新的飞跃"] * 4),
], ids=["number", "slash-list", "own-words"])
def test_pins(pin: str, expected: list[str]) -> None:
    chooser = Chooser(BANK, "x", {"评价": pin})
    assert [chooser.choose("评价", i) for i in range(4)] == expected


def test_variant_reshuffles_every_slot() -> None:
    plain = Chooser(BANK, "思明区|会议|2023")
    variants = [Chooser(BANK, "思明区|会议|2023", {"变体": n}) for n in range(1, 9)]
    firsts = {v.choose("评价") for v in variants}
    assert len(firsts) > 1
    assert Chooser(BANK, "思明区|会议|2023", {"变体": 0}).choose("评价") == plain.choose("评价")


def test_places_in_a_phrase_are_filled_by_the_template() -> None:
    assert Chooser(BANK, "x").choose("保证", 目标="高质量发展") == "为高质量发展提供坚强保证"
    with pytest.raises(RenderError, match=re.escape("措辞“保证”的说法“为{目标}提供坚强保证”里有“{目标}”")):
        Chooser(BANK, "x").choose("保证")


def test_unknown_slot_says_which_exist() -> None:
    with pytest.raises(RenderError) as info:
        Chooser(BANK, "x").choose("评语")
    assert "措辞库里没有“评语”" in str(info.value)
    assert "是不是“评价”？" in str(info.value)


def test_bank_files_long_and_short_form_writer_first(tmp_path: Path) -> None:
    build_file_tree(tmp_path, {
        "mine/phrases.yml": "评价: [走在前列]\n",
        "mine/speech/phrases.yml": "答卷: [交出了满意答卷]\n",
        "mine/speech/template.yml": "继承: speech\n"})
    library = Library([tmp_path / "mine"])
    bank = library.phrases(library.get("speech"))
    assert bank["评价"].options == ("走在前列",)
    assert bank["答卷"].options == ("交出了满意答卷",)
    assert bank["更加"].description.startswith("条线成效对句的后半")  # the built-in long form
    assert bank["更加"].options[:2] == ("更加有效", "更加有方")


@pytest.mark.parametrize(("text", "message"), [
    ("评价: 实现了新的跨越\n", "措辞“评价”应当列出至少一种说法"),
    ("评价: []\n", "措辞“评价”应当列出至少一种说法"),
    ("- 跨越\n", "措辞库应当是“名称: [说法, 说法……]”的对象"),
    ("评价: [跨越\n", "措辞库 YAML 格式错误"),
], ids=["text-not-list", "empty", "list-at-top", "yaml"])
def test_bad_bank_files(tmp_path: Path, text: str, message: str) -> None:
    build_file_tree(tmp_path, {"lib/phrases.yml": text})
    library = Library([tmp_path / "lib"])
    with pytest.raises(TemplateError, match=re.escape(message)):
        library.phrases(library.get("speech"))


# --- through a build ------------------------------------------------------------------------

VERDICT = re.compile(r"实现了新的..|迈上了新的台阶|取得了新的成效|呈现出新的气象|展现了新的作为")


def _report_verdicts(path: Path) -> list[str]:
    """The verdict of each line's review paragraph in a speech, then the overall review."""
    texts = [p.text for p in reader.read(path)]
    review = next(t for t in texts if t.startswith("过去的一年"))
    return [VERDICT.search(t)[0] for t in texts
            if t.startswith(("组织部门", "宣传部门", "统战部门", "政法部门"))] + [review]


def unpinned_speech() -> str:
    """samples/speech.yaml without the per-line 评价 it sets to the seed's wording."""
    text = (SAMPLES / "speech.yaml").read_text(encoding="utf-8")
    return re.sub(r"\n  评价: .*", "", text)


def test_the_speech_sample_keeps_the_seed_wording(tmp_path: Path) -> None:
    facts = shutil.copy(SAMPLES / "speech.yaml", tmp_path / "s.yaml")
    verdicts = _report_verdicts(drafter.build(facts)[0].path)
    assert verdicts[:4] == ["实现了新的跨越", "实现了新的突破", "实现了新的提升", "展现了新的作为"]
    # The same through the phrase bank: 评价 pinned to its first alternative (the bank has
    # no 实现了新的作为, a verb and object that do not go together: its fourth is 迈上了新的台阶).
    pinned = tmp_path / "p.yaml"
    pinned.write_text(unpinned_speech() + "措辞:\n  评价: 1\n", encoding="utf-8")
    assert _report_verdicts(drafter.build(pinned)[0].path)[:4] == [*verdicts[:3], "迈上了新的台阶"]


def test_unpinned_phrasing_follows_the_year(tmp_path: Path) -> None:
    text = unpinned_speech()
    seen = set()
    for year in (2022, 2023, 2024):
        facts = tmp_path / f"s{year}.yaml"
        facts.write_text(text.replace("日期: 2023-02-20", f"日期: {year}-02-20"), encoding="utf-8")
        first = drafter.build(facts)[0].path
        if year == 2023:
            assert drafter.build(facts)[0].status == "unchanged"  # same facts, same bytes
        verdicts = _report_verdicts(first)
        assert len(set(verdicts[:4])) == 4
        seen.add(tuple(verdicts))
    assert len(seen) > 1


def test_pin_names_are_checked_against_the_banks(tmp_path: Path) -> None:
    text = (SAMPLES / "speech.yaml").read_text(encoding="utf-8") + "措辞:\n  评语: 2\n"
    facts = tmp_path / "s.yaml"
    facts.write_text(text, encoding="utf-8")
    with pytest.raises(DrafterError) as info:
        drafter.build(facts)
    assert "措辞.评语: 不认识这个字段。\n  提示：是不是“评价”？" in str(info.value)
