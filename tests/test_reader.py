"""Reading back what a leader returns: tracked changes as printed, comments, tables, text
boxes, old .doc/.wps files; and who made a draft (document properties, lint D003-D005)."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from helpers import SAMPLES

import drafter
from drafter import reader, stamp
from drafter.errors import DrafterError
from drafter.lint import lint

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"')
RETURNED = f"""<w:body {NS}>
<w:p><w:r><w:t>会议强调，要</w:t></w:r><w:del w:id="1" w:author="王"><w:r><w:delText>认真</w:delText></w:r></w:del><w:ins w:id="2" w:author="王"><w:r><w:t>扎实</w:t></w:r></w:ins><w:r><w:t>抓好落实。</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>牵头单位</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>区委办</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>锚定段落。</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框里的话。</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框里的话。</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p><w:r><w:t>删掉的</w:t></w:r><w:del w:id="3" w:author="王"><w:r><w:delText>整句。</w:delText></w:r></w:del></w:p>
<w:sectPr/></w:body>"""


def _returned(tmp_path: Path) -> Path:
    """A draft as a leader sends it back: edits tracked, a comment, a table, a text box."""
    doc = docx.Document()
    body = doc.element.body
    body.getparent().replace(body, parse_xml(RETURNED))
    first = doc.paragraphs[0]
    doc.add_comment(first.runs[0], text="“扎实”比“认真”好。", author="王局长")
    path = tmp_path / "returned.docx"
    doc.save(str(path))
    return path


def test_returned_draft_reads_as_it_would_print(tmp_path: Path) -> None:
    reading = reader.read_document(_returned(tmp_path))
    texts = [p.text for p in reading.paras]
    assert texts == ["会议强调，要扎实抓好落实。", "序号", "牵头单位", "1", "区委办", "锚定段落。",
                     "文本框里的话。", "删掉的"]
    assert reading.revisions == 3
    assert reading.paras[0].revisions == 2 and reading.paras[0].comments == ("王局长：“扎实”比“认真”好。",)
    assert reading.comments == 1


def test_lint_says_revisions_and_comments_and_who_made_it(tmp_path: Path) -> None:
    findings = {f.code: f for f in lint([_returned(tmp_path)])}
    assert "3 处修订没有接受或拒绝" in findings["D003"].message
    assert "第 1、8 段" in findings["D003"].message
    assert findings["D004"].paragraph == 1 and "王局长：“扎实”比“认真”好。" in findings["D004"].message
    assert "D005" not in findings  # typed by hand: only drafter's own drafts say who made them


def test_a_draft_records_its_template_and_facts(tmp_path: Path) -> None:
    facts = Path(shutil.copy(SAMPLES / "speech.yaml", tmp_path / "f.yaml"))
    built = drafter.build(facts)[0].path
    props = reader.read_document(built).properties
    assert props[stamp.TEMPLATE] == "speech" and props[stamp.GENRE] == "讲话稿"
    assert len(props[stamp.FACTS_HASH]) == stamp.SHORT
    (d005,) = [f for f in lint([built]) if f.code == "D005"]
    assert "模板“speech”（讲话稿）" in d005.message and "模板没有改过" in d005.message
    # A writer's copy of the template, changed after the draft was made.
    lib = tmp_path / "lib"
    shutil.copytree(SAMPLES.parent / "templates" / "speech", lib / "speech")
    (d005,) = [f for f in lint([built], roots=[lib]) if f.code == "D005"]
    assert "模板没有改过" in d005.message
    with (lib / "speech" / "body.j2").open("a", encoding="utf-8") as f:
        f.write("\n")
    (d005,) = [f for f in lint([built], roots=[lib]) if f.code == "D005"]
    assert "模板已经改过" in d005.message
    # Changed facts give another hash; a comment changes nothing.
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text + "\n# 改\n", encoding="utf-8")
    again = drafter.build(facts, out=tmp_path / "again.docx")[0].path
    assert reader.read_document(again).properties[stamp.FACTS_HASH] == props[stamp.FACTS_HASH]
    facts.write_text(text.replace("地区: 全区", "地区: 全市", 1), encoding="utf-8")
    again = drafter.build(facts, out=tmp_path / "again.docx", force=True)[0].path
    assert reader.read_document(again).properties[stamp.FACTS_HASH] != props[stamp.FACTS_HASH]


def test_old_word_file_without_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_SOFFICE", "")
    old = tmp_path / "稿.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(DrafterError) as e:
        reader.read(old)
    message = str(e.value.problems[0])
    assert "旧版 Word/WPS 格式（.doc）" in message and "另存为”.docx" in message
    assert "LibreOffice" in message
    assert [f.code for f in lint([old])] == ["D001"]


def test_not_a_word_document(tmp_path: Path) -> None:
    """A package that is not a Word document (a spreadsheet renamed .docx) is a clear error."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Override PartName="/word/document.xml" '
                   'ContentType="application/xml"/></Types>')
        z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                   'Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", "<x/>")
    path = tmp_path / "表.docx"
    path.write_bytes(out.getvalue())
    with pytest.raises(DrafterError) as e:
        reader.read(path)
    assert "无法读取这个 Word 文件" in str(e.value.problems[0])


@pytest.mark.skipif(not shutil.which("soffice") and os.environ.get("CI") != "true",
                    reason="LibreOffice is not installed")
def test_old_word_file_through_libreoffice(tmp_path: Path) -> None:
    from drafter import office

    built = drafter.build(SAMPLES / "speech.yaml", out=tmp_path / "稿.docx")[0].path
    old = office.convert(built, "doc", tmp_path / "old")
    paras = reader.read(old)
    assert [p.text for p in paras[:2]] == [p.text for p in reader.read(built)[:2]]


def test_mine_reads_a_returned_draft_as_printed(tmp_path: Path) -> None:
    from drafter.mining.analyse import analyse

    mined = analyse(_returned(tmp_path))
    assert "会议强调，要扎实抓好落实。" in mined.texts
    assert not any("认真" in t or "整句" in t for t in mined.texts)
    notes = {r.kind: r for r in mined.repairs}
    assert notes["revisions"].message.startswith("文稿有 3 处修订没有接受")
    assert notes["comments"].examples == ("王局长：“扎实”比“认真”好。",)


def test_build_pdf_without_libreoffice(tmp_path: Path) -> None:
    from helpers import run_cli

    facts = shutil.copy(SAMPLES / "speech.yaml", tmp_path / "f.yaml")
    result = run_cli("build", str(facts), "--pdf", env={"DRAFTER_SOFFICE": ""})
    assert result.returncode == 1
    assert "没有找到 LibreOffice，没有生成 PDF（Word 文稿已经生成）" in result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "f.docx").is_file() and not (tmp_path / "f.pdf").exists()


@pytest.mark.skipif(not shutil.which("soffice") and os.environ.get("CI") != "true",
                    reason="LibreOffice is not installed")
def test_build_pdf_beside_the_docx(tmp_path: Path) -> None:
    from helpers import run_cli

    facts = shutil.copy(SAMPLES / "speech.yaml", tmp_path / "f.yaml")
    result = run_cli("build", str(facts), "--pdf", timeout=300)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "f.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert f"已生成 {pdf}" in result.stdout or "已生成" in result.stdout
    assert not list(tmp_path.glob(".*"))  # no temporary file left beside it
