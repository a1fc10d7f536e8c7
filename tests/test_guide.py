"""The worked examples of the writers' guide (templates/README.md), followed as a writer would:
the files are taken from the guide itself, so the guide cannot drift from what works."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers import ROOT, SAMPLES

import drafter
from drafter import reader
from drafter.library import Library

GUIDE = ROOT / "templates" / "README.md"
MARKED = re.compile(r"^(?:# |\{#- )文件：(\S+?)(?: -#\})?$", re.M)


def guide_blocks() -> dict[str, str]:
    """Code blocks of the guide that name their file (``# 文件：会议纪要/template.yml``)."""
    out = {}
    for body in re.findall(r"```\w*\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S):
        m = MARKED.match(body)
        if m:
            out[m[1]] = body
    return out


def guide_block_after(heading: str) -> str:
    """The first code block after a heading of the guide."""
    text = GUIDE.read_text(encoding="utf-8")
    return re.search(r"```\w*\n(.*?)```", text[text.index(heading):], re.S)[1]


@pytest.fixture(scope="module")
def blank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A blank folder filled with the guide's files: 我的模板库/ and the facts beside it."""
    root = tmp_path_factory.mktemp("guide")
    for name, body in guide_blocks().items():
        path = root / "我的模板库" / name if "/" in name else root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    return root


def test_the_guide_names_its_files() -> None:
    assert set(guide_blocks()) == {"会议纪要/template.yml", "会议纪要/body.j2", "纪要.yaml",
                                   "report/template.yml", "report/body.j2",
                                   "红头通知/template.yml", "红头通知/body.j2", "通知.yaml"}


def test_example_1_a_fifth_line_needs_only_facts(tmp_path: Path) -> None:
    text = (SAMPLES / "meeting.yaml").read_text(encoding="utf-8")
    fifth = guide_block_after("## 例一")
    cut = text.index("\n意义:")  # the 条线 list ends where the speech's parts begin
    facts = tmp_path / "meeting.yaml"
    facts.write_text(text[:cut].rstrip("\n") + "\n" + fifth + text[cut:], encoding="utf-8")
    built = {b.template: [p.text for p in reader.read(b.path)] for b in drafter.build(facts)}
    assert set(built) == {"speech", "report", "brief", "minutes"}
    speech = built["speech"]
    # Without a 导语 the heading keeps the run-in form of the others (a sentence of its
    # own), and 一是 is not run into it.
    assert "（五）社会工作部门要坚持党建引领基层治理，为建设幸福家园持续增强社会活力。" in speech
    assert any(t.startswith("一是加强新兴领域党建。") for t in speech)
    assert any(t.startswith("社会工作部门统筹推进新经济组织") for t in speech)
    assert any("组织、宣传、统战、政法、社会工作等部门" in t for t in speech)
    report = built["report"]
    series = next(t for t in report if "——全区组织、宣传、统战、政法、社会工作" in t)
    assert "社会工作工作" not in "".join(report)
    fifth_head = series.split("——")[0].split("、")[-1]
    assert fifth_head.startswith("社会工作更加") and fifth_head in report  # its own section
    assert "● 社会工作" in report and "新建“小院议事厅”等协商议事平台30个。" in report
    # five lines: the brief's paragraphs no longer all open with 会议要求 (see the guide)
    assert any(t.startswith(("会议要求，要", "会议提出，要", "会议明确，要", "在社会工作上，会议要求",
                             "关于社会工作，会议强调，要"))
               and "坚持党建引领基层治理，为建设幸福家园持续增强社会活力。" in t for t in built["brief"])


def test_example_2_a_new_genre_needs_only_a_template_folder(blank: Path) -> None:
    library = Library([blank / "我的模板库"])
    assert "会议纪要" in library.names()
    [result] = drafter.build(blank / "纪要.yaml", library=library)
    assert result.path == blank / "纪要.docx"
    paras = reader.read(result.path)
    assert [(p.style, p.text) for p in paras] == [
        ("Title", "区委工作会议纪要"),
        ("Normal", "2023年2月24日，区委在区委第一会议室召开区委工作会议，会议由区委副书记李四主持。"
                   "会议传达学习了中央及省委、市委有关会议精神，研究了两项事项。现纪要如下："),
        ("heading 1", "一、关于全年组织工作重点任务"),
        ("Normal", "会议同意区委组织部提出的全年工作要点，由组织部牵头抓好落实。"),
        ("heading 1", "二、关于宣传思想工作"),
        ("Normal", "会议要求区委宣传部抓好理论武装和意识形态工作。"),
        ("Normal", ""),
        ("出席名单", "出席：张三、王五"),
    ]


def test_example_2_through_the_command_line(blank: Path) -> None:
    from helpers import run_cli

    listed = run_cli("templates", "--library", "我的模板库", cwd=blank)
    assert listed.returncode == 0, listed.stderr
    assert "会议纪要     会议纪要：区委工作会议纪要" in listed.stdout
    shown = run_cli("templates", "show", "会议纪要", "--library", "我的模板库", cwd=blank)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[lines.index("  必填事实：") + 4] == "    纪要.议定         会议议定的事项，每项一个小标题和内容，自动编号一、二、……"
    assert "    纪要.地点    开会的地点" in lines


def test_section_7_override_one_block_of_the_builtin_report(blank: Path, tmp_path: Path) -> None:
    facts = shutil.copy(SAMPLES / "report.yaml", tmp_path / "report.yaml")
    mine = Library([blank / "我的模板库"])
    [result] = drafter.build(facts, library=mine)
    texts = [p.text for p in reader.read(result.path)]
    assert "去年亮点回顾" in texts and "2022 工作亮点" not in texts
    assert any(t.startswith("组织：基层党组织建设不断夯实") for t in texts)
    # Every other block is the built-in report's, word for word.
    [plain] = drafter.build(facts, out=tmp_path / "plain.docx")
    before = [p.text for p in reader.read(plain.path)]
    cut = before.index("2022 工作亮点")
    assert texts[:cut] == before[:cut]


def test_example_3_a_photo_and_the_task_table(tmp_path: Path) -> None:
    """The guide's photo facts put the photo in the report; its 分工 facts give the speech
    the table the guide shows, row for row."""
    from PIL import Image

    photo_facts = guide_block_after("## 例三")
    text = (SAMPLES / "report.yaml").read_text(encoding="utf-8")
    start = text.index("  图片:\n")
    end = text.index("措辞:")
    facts = tmp_path / "report.yaml"
    facts.write_text(text[:start] + photo_facts.split("\n", 1)[1] + text[end:], encoding="utf-8")
    (tmp_path / "图片").mkdir()
    Image.new("RGB", (2400, 1600), (90, 120, 160)).save(tmp_path / "图片" / "会场.jpg")
    [built] = drafter.build(facts)
    texts = [p.text for p in reader.read(built.path)]
    assert "会议现场。（本报记者 王炎炎 摄）" in texts and "【此处放图片】" not in texts
    import zipfile

    with zipfile.ZipFile(built.path) as z:
        assert any(n.startswith("word/media/") for n in z.namelist())
    (photo_missing := tmp_path / "图片" / "会场.jpg").unlink()
    with pytest.raises(drafter.DrafterError) as e:
        drafter.build(facts)
    assert "图片“图片/会场.jpg”找不到" in str(e.value) and not photo_missing.exists()

    shown = guide_block_after("表格就是共用宏").splitlines()
    speech = [p.text for p in reader.read(drafter.build(SAMPLES / "meeting.yaml", ["speech"],
                                                        out=tmp_path / "s.docx")[0].path)]
    start = speech.index("附件")
    assert speech[start:start + 2] == [line.split(" ", 1)[1] for line in shown[:2]]
    cells = [c.strip() for line in shown[2:] for c in line.strip("|").split("|")]
    assert speech[start + 2:start + 2 + len(cells)] == cells


def test_example_4_a_red_header_and_a_record(blank: Path) -> None:
    import docx

    [result] = drafter.build(blank / "通知.yaml", library=Library([blank / "我的模板库"]))
    paras = [(p.style, p.text) for p in reader.read(result.path)]
    assert paras[:5] == [("紧急程度", "加急"), ("发文机关标志", "中共临江区委办公室文件"),
                         ("Normal", ""), ("Normal", ""), ("发文字号", "区委办〔2026〕12号")]
    assert ("Title", "关于召开全区组织工作会议的通知") in paras
    document = docx.Document(str(result.path))
    mark = document.styles["发文机关标志"]
    assert mark.font.color.rgb == docx.shared.RGBColor(0xFF, 0, 0)
    assert mark.element.rPr.rFonts.get(docx.oxml.ns.qn("w:eastAsia")) == "方正小标宋简体"
    number = next(p for p in document.paragraphs if p.text == "区委办〔2026〕12号")
    rule = number._p.pPr.find(docx.oxml.ns.qn("w:pBdr"))[0]
    assert (rule.get(docx.oxml.ns.qn("w:color")), rule.get(docx.oxml.ns.qn("w:val"))) == ("FF0000", "single")
    [record] = document.tables
    assert [row.cells[0].text for row in record.rows] == [
        "抄送：区人大常委会办公室，区政府办公室，区政协办公室。", "中共临江区委办公室\t2026年3月2日印发"]
    assert [row.cells[0].paragraphs[0].style.name for row in record.rows] == ["抄送", "印发"]
    assert document.styles["抄送"].font.size.pt == 14


@pytest.mark.parametrize("written, fixed", [("区委办[2026]12号", "区委办〔2026〕12号"),
                                            ("区委办（2026）012号", "区委办〔2026〕12号"),
                                            ("区委办〔2026〕第12号", "区委办〔2026〕12号")])
def test_example_4_an_issue_number_in_the_wrong_brackets_is_told_how_to_fix(
        blank: Path, tmp_path: Path, written: str, fixed: str) -> None:
    from drafter.errors import DrafterError

    facts = tmp_path / "通知.yaml"
    facts.write_text((blank / "通知.yaml").read_text(encoding="utf-8")
                     .replace("区委办〔2026〕12号", written), encoding="utf-8")
    with pytest.raises(DrafterError) as e:
        drafter.build(facts, library=Library([blank / "我的模板库"]))
    told = str(e.value)
    assert "发文.字号" in told and "六角括号" in told and f"请改为“{fixed}”" in told
    assert "通知.yaml:9:3: 发文.字号: " in told  # file, line and column of the fact
