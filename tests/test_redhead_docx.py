"""The red-header 公文 and the 会议纪要 read back from the .docx: the fonts GB/T 9704 gives
the 签发人 (7.2.6), the 纪要's 出席/列席/请假 labels (10.3) and the 附件 (7.3.4, 8), and where
the 版记 goes (7.4, 7.5): the page checks through LibreOffice are in test_redhead_pdf.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import SAMPLES, W, docx_part, styles_by_id
from test_guide import guide_blocks

import drafter
from drafter.library import Library


def paragraphs(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each body paragraph: its style's name and its runs as (character style name, text)."""
    names = {sid: s.find(f"{W}name").get(f"{W}val") for sid, s in styles_by_id(path).items()}
    out = []
    for p in docx_part(path, "word/document.xml").iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        runs = [(names.get(r.find(f"{W}rPr/{W}rStyle").get(f"{W}val"), "?")
                 if r.find(f"{W}rPr/{W}rStyle") is not None else "",
                 "".join(t.text or "" for t in r.iter(f"{W}t")))
                for r in p.findall(f"{W}r")]
        out.append((names[style.get(f"{W}val")] if style is not None else "正文", runs))
    return out


def east_asian_font(path: Path, name: str) -> str:
    style = next(s for s in styles_by_id(path).values() if s.find(f"{W}name").get(f"{W}val") == name)
    return style.find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia")


@pytest.fixture(scope="module")
def minutes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    facts = shutil.copy(SAMPLES / "meeting.yaml", tmp_path_factory.mktemp("minutes") / "会议.yaml")
    [built] = drafter.build(facts, ["minutes"])
    return built.path


def test_minutes_labels_are_heiti_and_names_fangsong(minutes: Path) -> None:
    lists = [(style, runs) for style, runs in paragraphs(minutes)
             if runs and runs[0][1] in ("出席：", "列席：", "请假：")]
    assert [runs[0][1] for _, runs in lists] == ["出席：", "列席：", "请假："]
    for style, runs in lists:
        assert style == "出席名单" and runs[0][0] == "出席名单标签"
        assert all(char == "" for char, _ in runs[1:])  # names in the paragraph's 仿宋
    assert east_asian_font(minutes, "出席名单标签") == "黑体"
    assert east_asian_font(minutes, "出席名单") == "仿宋_GB2312"
    # 左空二字, continuation lines after the colon: a hanging indent of three characters.
    ind = next(s for s in styles_by_id(minutes).values()
               if s.find(f"{W}name").get(f"{W}val") == "出席名单").find(f"{W}pPr/{W}ind")
    assert (ind.get(f"{W}left"), ind.get(f"{W}hanging")) == ("1600", "960")


def test_minutes_attachment_note_stays_and_the_attachment_starts_a_page(minutes: Path) -> None:
    body = [(style, "".join(t for _, t in runs)) for style, runs in paragraphs(minutes)]
    texts = [t for _, t in body]
    note = texts.index("附件：任务分工表")
    assert body[note][0] == "附件说明" and texts[note - 1] == ""  # one blank line after the body
    assert note < texts.index("出席：区委书记张三")  # 10.3: the lists follow the note
    label = texts.index("附件")
    assert body[label][0] == "附件" and body[label + 1] == ("附件标题", "任务分工表")
    assert label > texts.index("请假：区委常委、统战部部长赵六（出差）")
    assert east_asian_font(minutes, "附件") == "黑体"
    styles = {s.find(f"{W}name").get(f"{W}val"): s for s in styles_by_id(minutes).values()}
    assert styles["附件"].find(f"{W}pPr/{W}pageBreakBefore") is not None
    assert styles["附件"].find(f"{W}pPr/{W}ind").get(f"{W}firstLine") == "0"  # 顶格
    assert east_asian_font(minutes, "附件标题") == "方正小标宋简体"


def test_minutes_record_is_on_its_own_even_page_after_the_attachment(minutes: Path) -> None:
    """The attachment starts page 3 (estimated), so the 版记 goes on page 4 in a section of
    its own (starting on an even page) whose footers are empty."""
    root = docx_part(minutes, "word/document.xml")
    sections = list(root.iter(f"{W}sectPr"))
    assert len(sections) == 2
    assert sections[-1].find(f"{W}type").get(f"{W}val") == "evenPage"
    first = {r.get(f"{W}type"): r.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
             for r in sections[0].findall(f"{W}footerReference")}
    last = {r.get(f"{W}type"): r.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
            for r in sections[-1].findall(f"{W}footerReference")}
    assert set(first) == set(last) == {"default", "even"} and not set(first.values()) & set(last.values())
    rels = docx_part(minutes, "word/_rels/document.xml.rels")
    targets = {r.get("Id"): r.get("Target") for r in rels}
    for rid in last.values():
        footer = docx_part(minutes, "word/" + targets[rid])
        assert "".join(t.text or "" for t in footer.iter(f"{W}t")) == ""  # no page number
        assert not list(footer.iter(f"{W}fldChar"))


def test_signer_name_in_kaiti_label_in_fangsong(tmp_path: Path) -> None:
    blocks = guide_blocks()
    library = tmp_path / "库"
    for name in ("红头通知/template.yml", "红头通知/body.j2"):
        (library / name).parent.mkdir(parents=True, exist_ok=True)
        (library / name).write_text(blocks[name], encoding="utf-8")
    facts = tmp_path / "通知.yaml"
    facts.write_text(blocks["通知.yaml"].replace("  紧急程度: 加急", "  签发人: 沈立峰"), encoding="utf-8")
    [built] = drafter.build(facts, library=Library([library]))
    [(style, runs)] = [p for p in paragraphs(built.path) if p[0] == "发文字号"]
    assert runs[-1] == ("签发人", "沈立峰")
    assert runs[-2][0] == "" and runs[-2][1].endswith("12号签发人：")  # the label: the line's 仿宋
    assert east_asian_font(built.path, "签发人") == "楷体_GB2312"
    assert east_asian_font(built.path, "发文字号") == "仿宋_GB2312"
