"""Tables from template markup: named styles (GB/T 9704: 4号 仿宋 text), the header row
repeated on every page, columns within the type area; facts' ``|`` stay in their cell."""

from __future__ import annotations

import io

import docx
from docx.shared import Mm

from drafter import model, writer
from drafter.library import Library

MARKUP = """正文
| 序号 | 任务 | 牵头单位 |

| 1 | 抓好**党建** | 区委组织部 |
| 2 | {fact} | 区委宣传部 |
后文
"""


def test_a_table_in_named_styles_with_its_header_repeated() -> None:
    profile = Library().profile("公文")
    text = MARKUP.format(fact=model.escape("甲|乙 **不是加粗** # @x"))
    document = model.parse(text, numbering=profile.numbering)
    assert [b.kind for b in document.blocks] == ["body", "table", "body"]
    doc = docx.Document(io.BytesIO(writer.render_docx(document, profile)))
    (table,) = doc.tables
    assert table.style.name == "表格"
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["序号", "任务", "牵头单位"], ["1", "抓好党建", "区委组织部"],
        ["2", "甲|乙 **不是加粗** # @x", "区委宣传部"]]
    header = table.rows[0]._tr.trPr
    assert header.find(docx.oxml.ns.qn("w:tblHeader")) is not None
    assert [c.paragraphs[0].style.name for c in table.rows[0].cells] == ["表头"] * 3
    assert [c.paragraphs[0].style.name for c in table.rows[2].cells] == ["表格文字"] * 3
    text_style = doc.styles["表格文字"]
    assert text_style.font.size.pt == 14  # 4号
    fonts = text_style.element.rPr.rFonts
    assert fonts.get(docx.oxml.ns.qn("w:eastAsia")) == "仿宋_GB2312"
    assert doc.styles["表头"].element.rPr.rFonts.get(docx.oxml.ns.qn("w:eastAsia")) == "黑体"
    # Bold lead markup in a template's cell is kept; the same characters in a fact are text.
    assert table.rows[1].cells[1].paragraphs[0].runs[1].style.name == "要点"
    section = doc.sections[0]
    area = section.page_width - section.left_margin - section.right_margin
    assert abs(sum(column.width for column in table.columns) - area) < Mm(0.5)
    assert table.columns[1].width > table.columns[0].width
