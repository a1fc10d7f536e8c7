"""End to end: samples/speech.yaml -> a GB/T 9704 speech, read back from the .docx."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from helpers import SAMPLES, SEEDS, W, docx_part, run_cli, style_named, styles_by_id

import drafter
from drafter import outline, reader

SEED_001 = SEEDS / "001_8aa40ba3a1ef0fc1.txt"


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("speech")
    facts = shutil.copy(SAMPLES / "speech.yaml", folder / "facts.yaml")
    [built] = drafter.build(facts)
    assert built.path == folder / "facts.docx"
    assert built.status == "written"
    return built.path


def test_outline_matches_seed_001(speech: Path) -> None:
    seed = outline.signature(outline.outline(reader.read(SEED_001)))
    draft = outline.signature(outline.outline(reader.read(speech)))
    assert len(seed) == 26
    assert draft == seed


def test_outline_levels_and_kinds(speech: Path) -> None:
    items = outline.outline(reader.read(speech))
    assert [it.marker for it in items if it.level == 1] == ["一、", "二、", "三、"]
    # The significance points and the per-line tasks are run-in level-2 headings.
    level2 = [it for it in items if it.level == 2]
    assert [it.marker for it in level2] == ["（一）", "（二）", "（三）", "（一）", "（二）", "（三）", "（四）"]
    assert all(it.kind == "run-in" for it in level2)
    assert [it.marker for it in items if it.level == 5][-3:] == ["一要", "二要", "三要"]


def test_text_reads_like_the_genre(speech: Path) -> None:
    paras = reader.read(speech)
    texts = [p.text for p in paras]
    # The 25-character title is broken between words into two lines (GB/T 9704 7.3.1).
    assert texts[:3] == ["在2023年全区组织、宣传、", "统战、政法工作会议上的讲话", "（2023年2月20日）"]
    assert outline.outline(paras)[0].text == "在2023年全区组织、宣传、统战、政法工作会议上的讲话"
    assert "同志们：" in texts
    # The speech speaks for the Party committee that calls the meeting.
    assert any(t.startswith("今天，区委召开全区组织、宣传、统战、政法工作会议，主要任务是") for t in texts)
    review = next(t for t in texts if t.startswith("过去的一年"))
    assert review.startswith("过去的一年，组织、宣传、统战、政法等部门，")  # as seed 001 words it
    assert any(t.startswith("组织部门扎实践行") and "实现了新的跨越。" in t for t in texts)
    assert any(t.startswith("政法部门") and "展现了新的作为。" in t for t in texts)
    assert any(t.endswith("下面，我讲几点意见：") for t in texts)
    assert texts[-1].startswith("同志们，征途漫漫，惟有奋斗。让我们")
    assert "**" not in "".join(texts)


def test_paragraph_styles(speech: Path) -> None:
    by_text = {p.text: p for p in reader.read(speech)}
    assert by_text["在2023年全区组织、宣传、"].style == by_text["统战、政法工作会议上的讲话"].style == "Title"
    assert by_text["（2023年2月20日）"].style == "Subtitle"
    assert by_text["同志们："].style == "称谓"
    heading = by_text["一、提高政治站位，深刻认识党建工作的重要意义"]
    assert (heading.style, heading.outline_level) == ("heading 1", 0)
    run_in = next(p for t, p in by_text.items() if t.startswith("（一）做好党建工作"))
    assert run_in.style == "Normal"
    assert run_in.run_in == "（一）做好党建工作是贯彻习近平新时代中国特色社会主义思想的必然要求。"
    lead = next(p for t, p in by_text.items() if t.startswith("一是坚持完善"))
    assert lead.bold_lead == "一是坚持完善上下贯通、执行有力的组织体系。"


def _fonts(style) -> dict[str, str]:
    rfonts = style.find(f"{W}rPr/{W}rFonts")
    return {k.split("}")[1]: v for k, v in rfonts.attrib.items()}


@pytest.mark.parametrize(("name", "east_asia", "size", "bold"), [
    ("Normal", "仿宋_GB2312", "32", "0"),
    ("Title", "方正小标宋简体", "44", "0"),
    ("Subtitle", "楷体_GB2312", "32", "0"),
    ("heading 1", "黑体", "32", "0"),
    ("heading 2", "楷体_GB2312", "32", "0"),
    ("heading 3", "仿宋_GB2312", "32", "0"),
    ("heading 4", "仿宋_GB2312", "32", "0"),
    ("二级标题（接排）", "楷体_GB2312", "32", "0"),
], ids=lambda v: str(v))
def test_style_fonts(speech: Path, name: str, east_asia: str, size: str, bold: str) -> None:
    style = style_named(speech, name)
    fonts = _fonts(style)
    assert fonts["eastAsia"] == east_asia
    assert fonts["ascii"] == fonts["hAnsi"] == "Times New Roman"
    assert not any(k.endswith("Theme") for k in fonts), "theme fonts would override the names"
    assert style.find(f"{W}rPr/{W}sz").get(f"{W}val") == size
    assert style.find(f"{W}rPr/{W}b").get(f"{W}val") == bold


def test_lead_style_is_bold(speech: Path) -> None:
    b = style_named(speech, "要点").find(f"{W}rPr/{W}b")
    assert b is not None and b.get(f"{W}val") is None


def test_headings_carry_outline_levels_and_indent(speech: Path) -> None:
    for level in range(1, 5):
        ppr = style_named(speech, f"heading {level}").find(f"{W}pPr")
        assert ppr.find(f"{W}outlineLvl").get(f"{W}val") == str(level - 1)
        assert ppr.find(f"{W}keepNext") is not None
    body = style_named(speech, "Normal").find(f"{W}pPr")
    ind = body.find(f"{W}ind")
    assert (ind.get(f"{W}firstLine"), ind.get(f"{W}firstLineChars")) == ("640", "200")
    assert body.find(f"{W}jc").get(f"{W}val") == "both"
    spacing = body.find(f"{W}spacing")
    assert (spacing.get(f"{W}line"), spacing.get(f"{W}lineRule")) == ("579", "exact")
    title = style_named(speech, "Title").find(f"{W}pPr")
    assert title.find(f"{W}jc").get(f"{W}val") == "center"
    assert title.find(f"{W}outlineLvl") is None


def test_doc_defaults_east_asian_and_condensing(speech: Path) -> None:
    rpr = docx_part(speech, "word/styles.xml").find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert rpr.find(f"{W}rFonts").get(f"{W}eastAsia") == "仿宋_GB2312"
    assert rpr.find(f"{W}lang").get(f"{W}eastAsia") == "zh-CN"
    assert rpr.find(f"{W}spacing").get(f"{W}val") == "-5"  # 28 x 15.75 pt <= 156 mm


def test_page_setup(speech: Path) -> None:
    sect = docx_part(speech, "word/document.xml").find(f"{W}body/{W}sectPr")
    size = sect.find(f"{W}pgSz")
    assert (size.get(f"{W}w"), size.get(f"{W}h")) == ("11906", "16838")  # A4
    mar = {k.split("}")[1]: int(v) for k, v in sect.find(f"{W}pgMar").attrib.items()}
    mm = 1440 / 25.4
    assert (mar["top"], mar["bottom"], mar["left"], mar["right"]) == (
        round(37 * mm), round(35 * mm), round(28 * mm), round(26 * mm))
    grid = sect.find(f"{W}docGrid")
    assert grid.get(f"{W}linePitch") == "579" and grid.get(f"{W}type") is None
    assert len(sect.findall(f"{W}docGrid")) == 1


def test_page_numbers(speech: Path) -> None:
    settings = docx_part(speech, "word/settings.xml")
    assert settings.find(f"{W}evenAndOddHeaders") is not None
    with zipfile.ZipFile(speech) as z:
        rels = z.read("word/_rels/document.xml.rels").decode()
    sect = docx_part(speech, "word/document.xml").find(f"{W}body/{W}sectPr")
    refs = {r.get(f"{W}type"): r.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
            for r in sect.findall(f"{W}footerReference")}
    assert set(refs) == {"default", "even"}
    for kind, side in (("default", "right"), ("even", "left")):
        target = rels.split(f'Id="{refs[kind]}"')[1].split('Target="')[1].split('"')[0]
        footer = docx_part(speech, f"word/{target}")
        p = footer.find(f"{W}p")
        assert p.find(f"{W}pPr/{W}jc").get(f"{W}val") == side
        assert p.find(f"{W}pPr/{W}ind").get(f"{W}{side}") == "280"
        fld = [c.get(f"{W}fldCharType") for c in p.iter(f"{W}fldChar")]
        assert fld == ["begin", "separate", "end"]
        assert "".join(t.text for t in p.iter(f"{W}instrText")).strip() == "PAGE"
        assert "".join(t.text for t in p.iter(f"{W}t")) == "— 1 —"
    footer_style = styles_by_id(speech)["Footer"]
    assert _fonts(footer_style)["eastAsia"] == "宋体"
    assert footer_style.find(f"{W}rPr/{W}sz").get(f"{W}val") == "28"


def test_runs_carry_east_asian_hint(speech: Path) -> None:
    body = docx_part(speech, "word/document.xml").find(f"{W}body")
    runs = list(body.iter(f"{W}r"))
    assert runs
    assert all(r.find(f"{W}rPr/{W}rFonts").get(f"{W}hint") == "eastAsia" for r in runs)
    # No local formatting soup: runs carry at most a character style and the hint.
    allowed = {f"{W}rStyle", f"{W}rFonts"}
    assert all({c.tag for c in r.find(f"{W}rPr")} <= allowed for r in runs)


def test_lean_reference(speech: Path) -> None:
    styles = styles_by_id(speech)
    assert len(styles) < 29  # the profile's (with 出席名单 and the 附件 three), run-in headings' and labels', footer, tables'
    with zipfile.ZipFile(speech) as z:
        names = set(z.namelist())
    assert "word/theme/theme1.xml" not in names
    assert "word/numbering.xml" not in names  # numbers are literal text


def test_deterministic(tmp_path: Path, speech: Path) -> None:
    """Rebuilds are byte-identical: in this process (after other builds) and in a fresh one
    (python-docx's zip writer would stamp each member with the clock)."""
    facts = speech.with_suffix(".yaml")
    again = drafter.build(facts, out=tmp_path / "again.docx")[0].path
    assert again.read_bytes() == speech.read_bytes()
    fresh = tmp_path / "fresh.docx"
    assert run_cli("build", str(facts), "-o", str(fresh)).returncode == 0
    assert fresh.read_bytes() == speech.read_bytes()
    with zipfile.ZipFile(fresh) as z:
        assert {info.date_time for info in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_rebuild_unchanged_and_edited(tmp_path: Path) -> None:
    facts = shutil.copy(SAMPLES / "speech.yaml", tmp_path / "f.yaml")
    first = drafter.build(facts)[0]
    assert drafter.build(facts)[0].status == "unchanged"
    _edit(first.path)  # the writer edits the document in Word
    edited = first.path.read_bytes()
    second = drafter.build(facts)[0]
    assert second.status == "beside"
    assert second.path == tmp_path / "f.new.docx"
    assert first.path.read_bytes() == edited


def test_template_variables_come_from_facts_only(tmp_path: Path) -> None:
    text = (SAMPLES / "speech.yaml").read_text(encoding="utf-8")
    text = text.replace("名称: 全区组织、宣传、统战、政法工作会议",
                        "名称: \"{{ 7*7 }}会议{% raw %}\\\\#**\"", 1)
    facts = tmp_path / "f.yaml"
    facts.write_text(text, encoding="utf-8")
    path = drafter.build(facts)[0].path
    title = outline.outline(reader.read(path))[0].text
    assert title == "在2023年{{ 7*7 }}会议{% raw %}\\#**上的讲话"


def _edit(path: Path) -> None:
    """Change one word of the body, as a writer would in Word."""
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace("同志们".encode(), "各位".encode(), 1)
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
