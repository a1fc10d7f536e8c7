"""Facts files: what writers type, read right; what they get wrong, told in Chinese with file:line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import SAMPLES

import drafter
from drafter.errors import FactsError
from drafter.facts import load

SAMPLE = (SAMPLES / "speech.yaml").read_text(encoding="utf-8")


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "f.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_encodings_writers_use(tmp_path: Path, encoding: str) -> None:
    facts = load(write(tmp_path, SAMPLE, encoding))
    assert facts.data["会议"]["名称"] == "全区组织、宣传、统战、政法工作会议"
    assert facts.data["会议"]["日期"] == dt.date(2023, 2, 20)
    assert facts.where(("会议", "名称")) == (8, 3)


def test_gb18030_sample_builds_the_same_document(tmp_path: Path) -> None:
    utf8 = drafter.build(write(tmp_path, SAMPLE, "utf-8", "a.yaml"))[0].path
    gbk = drafter.build(write(tmp_path, SAMPLE, "gb18030", "b.yaml"))[0].path
    assert utf8.read_bytes() == gbk.read_bytes()


def test_every_problem_at_once(tmp_path: Path) -> None:
    text = SAMPLE.replace("日期: 2023-02-20", "日期: 二月", 1)
    text = text.replace("  主要任务:", "  主要任物:", 1)
    text = text.replace("地区: 全区\n", "", 1)
    path = write(tmp_path, text)
    with pytest.raises(FactsError) as info:
        drafter.build(path)
    lines = str(info.value).splitlines()
    assert lines == [
        f"{path}:4:1: 地区: 缺少这个必填字段。",
        "  提示：本地区在文中的称呼。例如：地区: 全区",
        f"{path}:6:1: 会议.主要任务: 缺少这个必填字段。",
        "  提示：讲话开头“主要任务是”后面的内容。例如：主要任务: 传达贯彻上级有关会议精神，回顾总结上年工作，研究部署今年任务",
        f"{path}:8:3: 会议.日期: 应为日期，实际是“二月”。",
        "  提示：请写成 2023-02-24，也可以写 2023年2月24日 或 2023.2.24。",
        f"{path}:9:3: 会议.主要任物: 不认识这个字段。",
        "  提示：是不是“主要任务”？",
    ]
    assert not (tmp_path / "f.docx").exists()


@pytest.mark.parametrize(("spelling", "expected"), [
    ("2023-02-24", dt.date(2023, 2, 24)),
    ("2023.2.24", dt.date(2023, 2, 24)),
    ("2023/2/24", dt.date(2023, 2, 24)),
    ("2023年2月24日", dt.date(2023, 2, 24)),
])
def test_date_spellings(tmp_path: Path, spelling: str, expected: dt.date) -> None:
    path = write(tmp_path, SAMPLE.replace("日期: 2023-02-20", f"日期: {spelling}", 1))
    built = drafter.build(path)[0].path
    from drafter.reader import read

    assert read(built)[2].text == f"（{expected.year}年{expected.month}月{expected.day}日）"


@pytest.mark.parametrize(("text", "message"), [
    ("模板: speech\n会议：\n  名称: x\n",
     "f.yaml:2: YAML 格式错误：输入法打出了全角字符。\n"
     "  提示：冒号“：”是中文全角的，YAML 要用英文半角冒号“:”，后面再加一个空格，例如“名称: 组织”。"),
    ("模板: speech\n会议:\n\t名称: x\n",
     "f.yaml:3:1: YAML 格式错误：这一行用了制表符（Tab）。\n"
     "  提示：YAML 只能用空格缩进，请把 Tab 换成空格（一般每级两个空格）。"),
    ("模板: speech\n会议:\n\u3000\u3000名称: x\n",
     "f.yaml:3:1: 字段名“\u3000\u3000名称”里有全角字符。\n"
     "  提示：这一行有全角空格“　”，YAML 的缩进和冒号后只能用半角空格（切换到英文输入法再敲空格）。"),
    ("模板: speech\n地区: 全区\n地区: 全市\n",
     "f.yaml:3:1: 地区: 字段重复：第 2 行已经写过“地区”。\n  提示：删掉其中一处，或把内容合并到一处。"),
    ("", "f.yaml: 文件是空的。\n  提示：请先用 drafter new 模板名 生成一个事实文件，再填写。"),
    ("- 一\n- 二\n", "f.yaml:1:1: 文件最外层应当是“字段: 值”的列表。\n"
     "  提示：事实文件应当由“字段: 值”组成，例如“地区: 全区”（冒号后有一个空格）。"),
], ids=["fullwidth-colon", "tab", "fullwidth-space", "duplicate-key", "empty", "not-a-mapping"])
def test_syntax_slips(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FactsError) as info:
        drafter.build(write(tmp_path, text))
    assert str(info.value) == message
    assert not (tmp_path / "f.docx").exists()


@pytest.mark.parametrize(("data", "message"), [
    (b"\xff\xfe" + "模板: speech".encode("utf-16-le"), "文件是 UTF-16 编码"),
    (b"PK\x03\x04rest-of-a-docx", "这是一个 Word（.docx）或压缩文件，不是事实文件。"),
    (b"\x00\x01\x02binary", "文件含有二进制内容，不是文本文件。"),
    (b"\x81\x30\xff\xff\xfe", "文件既不是 UTF-8 也不是 GB18030（GBK）编码"),
], ids=["utf16", "docx", "binary", "unknown-encoding"])
def test_files_that_are_not_facts(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(data)
    with pytest.raises(FactsError, match=message):
        load(path)


def test_wrong_types(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    text = SAMPLE.replace("  成绩:\n  - 全市中心城区社区建设巩固提升现场观摩交流会在我区召开\n"
                          "  - 在全市组织部长工作会议上，我区围绕党建引领小区治理作了典型发言\n",
                          "  成绩: 很多\n", 1)
    text = text.replace("日期: 2023-02-20", "日期: 20230220", 1)
    text = text.replace("党委: 区委", "党委:\n  - 区委", 1)
    with pytest.raises(FactsError) as info:
        drafter.build(write(tmp_path, text))
    assert [line for line in str(info.value).splitlines() if not line.startswith(" ")] == [
        "f.yaml:6:1: 党委: 应为文本，实际是列表。",
        "f.yaml:10:3: 会议.日期: 应为日期，实际是“20230220”。",
        "f.yaml:20:3: 条线[1].成绩: 应为列表，实际写成了一段文字。",
    ]


def test_pasted_control_characters_are_cleaned(tmp_path: Path) -> None:
    dirty = "全区\u200b组织\x0b、宣传\x0c、统战\x00、政法\u00a0工作会议\ufeff"
    path = write(tmp_path, SAMPLE.replace("名称: 全区组织、宣传、统战、政法工作会议",
                                          f'名称: "{dirty}"'.replace("\x00", "\\0")
                                          .replace("\x0b", "\\v").replace("\x0c", "\\f"), 1))
    built = drafter.build(path)[0].path
    from drafter.reader import read

    assert "".join(p.text for p in read(built)[:2]) == "在2023年全区组织、宣传、统战、政法 工作会议上的讲话"
