"""Every genre: its sample builds, its outline matches the seed's hand labels, and its layout
is what its profile says (read back from the .docx)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers import SAMPLES, W, docx_part, style_named
from labels_compare import expected_headings, labels, missing_in_order, norm, read_built

import drafter
from drafter import reader

GENRES = ("speech", "report", "brief", "feature", "experience")
DATE_LINE = re.compile(r"^（\d{4}年\d{1,2}月\d{1,2}日）$")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each sample built once, into one folder."""
    folder = tmp_path_factory.mktemp("genres")
    out = {}
    for genre in GENRES:
        facts = shutil.copy(SAMPLES / f"{genre}.yaml", folder / f"{genre}.yaml")
        [result] = drafter.build(facts)
        assert result.template == genre and result.status == "written" and not result.gaps
        out[genre] = result.path
    return out


# --- outline against the seeds' hand labels -------------------------------------------------

@pytest.mark.parametrize("genre", GENRES)
def test_headings_match_the_seed(built: dict[str, Path], genre: str) -> None:
    """Every heading of the seed, in order, at its level, of its kind, with its words."""
    assert read_built(built[genre]).headings == expected_headings(labels(genre))


@pytest.mark.parametrize("genre", GENRES)
def test_title_and_subtitles_match_the_seed(built: dict[str, Path], genre: str) -> None:
    doc, label = read_built(built[genre]), labels(genre)
    if label["title"] is not None and "title_source" not in label:
        assert doc.title == norm(label["title"])
    else:  # seed 004 lost its title with the web page; 001's was site furniture
        assert doc.title
    # The speech's date line under its title is not a subheadline.
    assert [s for s in doc.subtitles if not DATE_LINE.match(s)] == \
        [norm(s) for s in label["subtitles"]]


@pytest.mark.parametrize("genre", GENRES)
def test_sections_in_the_seed_order(built: dict[str, Path], genre: str) -> None:
    """Each labelled section (lead, review, requirements, lines, highlights, attendance …)
    opens a paragraph of the built document, in the seed's order."""
    doc, label = read_built(built[genre]), labels(genre)
    starts = [DELIBERATE.get(s["start"], s["start"]) for s in label["sections"]]
    assert missing_in_order(doc.texts(), starts) == []


DELIBERATE = {"今天，召开全区组织、宣传、统战、政法工作会议": "今天，区委召开全区组织、宣传、统战、政法工作会议"}
"""Where the built draft words a section's start better than its seed, on purpose: the
speech says who calls the meeting (the seed's opening has no subject)."""


@pytest.mark.parametrize("genre", GENRES)
def test_line_passages_in_the_seed_order(built: dict[str, Path], genre: str) -> None:
    doc, label = read_built(built[genre]), labels(genre)
    starts = [p["start"] for p in label.get("passages") or []]
    assert missing_in_order(doc.texts(), starts, inside=True) == []


@pytest.mark.parametrize("genre", ["report", "feature", "experience"])
def test_captions_and_bylines(built: dict[str, Path], genre: str) -> None:
    doc, label = read_built(built[genre]), labels(genre)
    assert missing_in_order(doc.styled("图注"), label.get("captions") or []) == []
    assert doc.styled("署名") == [norm(b) for b in label.get("bylines") or []]
    # Each caption sits under a highlighted place for the picture.
    pictures = [p for p in doc.paras if p.style == "图片"]
    assert len(pictures) == len(label.get("captions") or [])
    assert all(p.text == "【此处放图片】" for p in pictures)


def test_pictures_only_on_request(tmp_path: Path) -> None:
    """No 图片 in the facts: no place for a picture in a final build; a --draft keeps one,
    its caption to be written."""
    text = (SAMPLES / "report.yaml").read_text(encoding="utf-8")
    start = text.index("  图片:")
    end = text.index("措辞:")
    facts = tmp_path / "r.yaml"
    facts.write_text(text[:start] + text[end:], encoding="utf-8")
    [result] = drafter.build(facts)
    paras = reader.read(result.path)
    assert not [p for p in paras if p.style in ("图片", "图注")]
    assert not any("此处放图片" in p.text for p in paras)
    [draft] = drafter.build(facts, draft=True, force=True)
    captions = [p.text for p in reader.read(draft.path) if p.style == "图注"]
    assert captions == ["【图注：图为……（本报记者 ××× 摄）】"]


# --- what the genres write from the facts ---------------------------------------------------

def test_report_counts_the_requirements_and_years_from_facts(built: dict[str, Path]) -> None:
    texts = [p.text for p in reader.read(built["report"])]
    assert any("会议提出三点要求：提高政治站位，牢牢把握组宣统战工作新要求；" in t for t in texts)
    assert "2022 工作亮点" in texts  # the year before the meeting's
    assert texts.index("● 政法工作") < texts.index("常态化开展扫黑除恶，打击成效全市第一。")


def test_brief_writes_people_post_before_name(built: dict[str, Path]) -> None:
    texts = [p.text for p in reader.read(built["brief"])]
    assert texts[2].endswith("区委书记刘东伟出席会议并讲话，区委副书记、区长郅海杰主持，"
                             "区人大常委会主任程昌宏，区政协主席刘国强出席。")
    # the presider ranks above the other attendants, so comes before them
    assert texts[-1] == ("会议以视频形式召开。区领导张晓家、江岚、于家明、王中峰，区委区政府各部、委、办、局，"
                         "双管单位，人民团体，企事业单位和街道相关负责同志参加。")


def test_feature_voices_and_lettered_sections(built: dict[str, Path]) -> None:
    texts = [p.text for p in reader.read(built["feature"])]
    assert texts[2].startswith("本报讯（记者 林雯 通讯员 夏思莹）昨日，思明区召开全区社会治理推进会，")
    assert any(t.startswith("会议要求全区上下做到三个“坚持”。坚持目标导向，") for t in texts)
    assert "思明区委政法委员会书记吕强表示，将以会议的召开为契机" in "".join(texts)
    assert any(t.startswith("“看了文件内容，") and "”新港广场小区党支部书记、业委会主任陈玉莲说，" in t
               for t in texts)
    assert [t[:2] for t in texts if t[:2] in ("A ", "B ", "C ")] == ["A ", "B "]


def test_experience_counts_its_sections(built: dict[str, Path]) -> None:
    overview = reader.read(built["experience"])[2].text
    assert "突出“谋、学、改、特、实”，五维发力一体推进" in overview


# --- layout read back from the .docx --------------------------------------------------------

def _font(style) -> tuple[str, str, bool]:
    """(East Asian font, size in half-points, bold) of a style."""
    rpr = style.find(f"{W}rPr")
    bold = rpr.find(f"{W}b")
    return (rpr.find(f"{W}rFonts").get(f"{W}eastAsia"), rpr.find(f"{W}sz").get(f"{W}val"),
            bold is not None and bold.get(f"{W}val") != "0")


def _ppr(style, tag: str, attr: str) -> str | None:
    el = style.find(f"{W}pPr/{W}{tag}")
    return None if el is None else el.get(f"{W}{attr}")


NEWSPAPER = [
    ("Normal", ("宋体", "24", False)),
    ("Title", ("方正小标宋简体", "52", False)),
    ("Subtitle", ("黑体", "32", False)),
    ("署名", ("楷体_GB2312", "24", False)),
    ("图注", ("楷体_GB2312", "21", False)),
    ("heading 1", ("黑体", "32", False)),
    ("heading 2", ("黑体", "28", False)),
]


@pytest.mark.parametrize("genre", ["report", "feature"])
@pytest.mark.parametrize(("name", "font"), NEWSPAPER, ids=[n for n, _ in NEWSPAPER])
def test_newspaper_styles(built: dict[str, Path], genre: str, name: str, font: tuple) -> None:
    style = style_named(built[genre], name)
    assert _font(style) == font
    rfonts = style.find(f"{W}rPr/{W}rFonts")
    assert rfonts.get(f"{W}ascii") == rfonts.get(f"{W}hAnsi") == "Times New Roman"


def test_newspaper_page(built: dict[str, Path]) -> None:
    path = built["report"]
    # Headlines get their own line height instead of the body's 22 pt, so they are not clipped.
    assert _ppr(style_named(path, "Title"), "spacing", "line") == "800"
    assert _ppr(style_named(path, "Normal"), "spacing", "line") == "440"
    assert _ppr(style_named(path, "heading 1"), "jc", "val") == "center"
    assert _ppr(style_named(path, "署名"), "ind", "firstLine") == "0"
    sect = docx_part(path, "word/document.xml").find(f"{W}body/{W}sectPr")
    mar = {k.split("}")[1]: v for k, v in sect.find(f"{W}pgMar").attrib.items()}
    assert (mar["top"], mar["left"]) == ("1417", "1417")  # 25 mm
    defaults = docx_part(path, "word/styles.xml").find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert defaults.find(f"{W}spacing").get(f"{W}val") == "0"  # no 28-character condensing
    settings = docx_part(path, "word/settings.xml")
    assert settings.find(f"{W}evenAndOddHeaders") is None  # one centred page number
    footer = docx_part(path, "word/footer1.xml")
    assert footer.find(f".//{W}jc").get(f"{W}val") == "center"


def test_newspaper_headings_are_not_numbered(built: dict[str, Path]) -> None:
    heads = [p.text for p in reader.read(built["report"]) if p.outline_level is not None]
    assert heads[0] == "组织带动更加有效"
    assert not any(re.match(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）", h) for h in heads)


def test_placeholders_are_highlighted_by_their_style(built: dict[str, Path]) -> None:
    path = built["report"]
    placeholder = style_named(path, "占位")
    assert placeholder.find(f"{W}rPr/{W}highlight").get(f"{W}val") == "green"
    sid = placeholder.get(f"{W}styleId")
    body = docx_part(path, "word/document.xml")
    runs = [r for r in body.iter(f"{W}r") if r.find(f"{W}rPr/{W}rStyle") is not None
            and r.find(f"{W}rPr/{W}rStyle").get(f"{W}val") == sid]
    assert ["".join(t.text for t in r.iter(f"{W}t")) for r in runs] == ["【此处放图片】"]


def test_brief_is_set_like_a_website_release(built: dict[str, Path]) -> None:
    path = built["brief"]
    assert _font(style_named(path, "Normal")) == ("仿宋_GB2312", "32", False)
    assert _font(style_named(path, "Title")) == ("方正小标宋简体", "44", False)
    assert _ppr(style_named(path, "Normal"), "spacing", "line") == "560"  # 28 pt, no 22-line grid
    defaults = docx_part(path, "word/styles.xml").find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert defaults.find(f"{W}spacing").get(f"{W}val") == "0"
    assert all(p.outline_level is None for p in reader.read(path))  # a release has no headings
    assert docx_part(path, "word/settings.xml").find(f"{W}evenAndOddHeaders") is None


def test_experience_is_a_gbt9704_document(built: dict[str, Path]) -> None:
    path = built["experience"]
    sect = docx_part(path, "word/document.xml").find(f"{W}body/{W}sectPr")
    assert sect.find(f"{W}docGrid").get(f"{W}linePitch") == "579"
    mar = {k.split("}")[1]: int(v) for k, v in sect.find(f"{W}pgMar").attrib.items()}
    mm = 1440 / 25.4
    assert (mar["top"], mar["bottom"], mar["left"], mar["right"]) == (
        round(37 * mm), round(35 * mm), round(28 * mm), round(26 * mm))
    assert _font(style_named(path, "heading 1")) == ("黑体", "32", False)
    # The bold lead sentences are run-in level-2 headings in bold 仿宋.
    assert _font(style_named(path, "二级标题（接排）")) == ("仿宋_GB2312", "32", True)
    assert docx_part(path, "word/settings.xml").find(f"{W}evenAndOddHeaders") is not None
    paras = reader.read(path)
    motto = next(p for p in paras if p.outline_level == 0)
    assert motto.text == "“谋”字为先 主动作为强化组织领导"  # no 一、: the motto is the marker
    lead = next(p for p in paras if p.run_in)
    assert (lead.run_in, lead.run_in_level) == ("谋布局，打好主动仗。", 2)


def test_experience_page_in_libreoffice(built: dict[str, Path], tmp_path: Path) -> None:
    """The GB/T 9704 page check (22 lines of 28 characters, — N — odd right and even left)
    for the other 公文-style genre; the speech's is in test_layout_pdf.py."""
    from pdfcheck import measure, soffice, to_pdf, typical

    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    report = measure(to_pdf(built["experience"], tmp_path))
    full_pages = report.slots_per_page[:-1]
    assert report.pages >= 3
    assert max(full_pages) == 22 and typical(full_pages) == 22
    assert all(n <= 22 for n in report.slots_per_page)
    assert typical(report.chars_per_full_line) == 28
    for i, (text, side) in enumerate(report.page_numbers, 1):
        assert text.replace(" ", "") == f"—{i}—"
        assert side == ("right" if i % 2 else "left")


# --- one facts file, several documents ------------------------------------------------------

def test_one_facts_file_builds_every_genre_it_names(tmp_path: Path) -> None:
    facts = shutil.copy(SAMPLES / "meeting.yaml", tmp_path / "会议.yaml")
    results = drafter.build(facts)  # 模板: [speech, report, brief, minutes]
    assert [(r.template, r.path.name) for r in results] == [
        ("speech", "会议-讲话稿.docx"), ("report", "会议-会议报道.docx"), ("brief", "会议-会议通稿.docx"),
        ("minutes", "会议-会议纪要.docx")]
    first = {r.template: reader.read(r.path)[0].text for r in results}
    assert first == {"speech": "在2023年区委工作会议上的讲话", "report": "勠力同心促发展 勇毅前行开新局",
                     "brief": "思明区召开2023年区委工作会议", "minutes": "区委工作会议纪要"}
    # The same facts in all: the lines' verdicts, headings and requirements.
    speech, report, brief, minutes = ([p.text for p in reader.read(r.path)] for r in results)
    assert "二、关于“近邻·思民”专项活动。会议同意继续开展“近邻·思民”专项活动，持续解决群众急难愁盼问题" \
           "（牵头单位：区委组织部，完成时限：全年）。" in minutes
    assert minutes.index("出席：区委书记张三") < minutes.index("列席：区纪委常务副书记王五") \
        < minutes.index("请假：区委常委、统战部部长赵六（出差）") < minutes.index("任务分工表")
    # The speech and the minutes carry the same 任务分工表 (a table: read cell by cell).
    table = ["序号", "任务", "牵头单位", "责任单位", "完成时限", "1", "开展两轮“近邻·思民”专项活动",
             "区委组织部", "各街道", "2023年11月底前"]
    for document in (speech, minutes):
        start = document.index("任务分工表") + 1
        assert document[start - 2] == "附件"  # the 附件 label, the 附件标题, the table
        assert document[start:start + len(table)] == table
        assert document[start + 15:start + 20] == ["3", "深化新时代文明实践中心建设", "区委宣传部", "各街道",
                                                   "2023年9月底前"]
    assert "（四）政法部门要敢亮斗争之剑，持续建设更高水平的平安思明。" in speech
    assert "在政法工作上，敢亮斗争之剑，持续建设更高水平的平安思明，全力维护社会安定稳定" in "".join(report)
    assert any(t.startswith("会议要求，要敢亮斗争之剑") for t in brief)
    # Several achievements per line: grouped by line, one sentence each, not sixteen in one sentence.
    [praise] = [t for t in brief if t.startswith("会议充分肯定了")]
    assert "。组织工作方面，基层党组织建设不断夯实，" in praise
    assert "“同鹭人”人才工作品牌获评全市人才工作创新案例评选一等奖。宣传工作方面，" in praise
    assert "；新入选2名国家“万人计划”人才" in praise
    assert praise.endswith("等一批先进典型。各项工作有力度、有进展、有成效。")


def test_brief_runs_one_achievement_per_line_together(built: dict[str, Path]) -> None:
    """One achievement per line (the corpus' habit, seed 004): one sentence, no per-line heads."""
    [praise] = [p.text for p in reader.read(built["brief"]) if p.text.startswith("会议充分肯定了")]
    assert "方面，" not in praise
    assert "区委组织部首评“西融人才”助发展，区委宣传部首提“文融西城”新品牌，" in praise


def test_templates_on_the_command_line_override_the_file(tmp_path: Path) -> None:
    facts = shutil.copy(SAMPLES / "meeting.yaml", tmp_path / "m.yaml")
    results = drafter.build(facts, ["brief", "speech"])
    assert [r.path.name for r in results] == ["m-会议通稿.docx", "m-讲话稿.docx"]


def test_missing_fields_of_several_genres_are_listed_at_once(tmp_path: Path) -> None:
    text = (SAMPLES / "meeting.yaml").read_text(encoding="utf-8")
    text = text.replace("  副标题: 思明区部署今年组织、宣传、统战、政法工作\n", "")
    text = text.replace("  标题: 勠力同心促发展 勇毅前行开新局\n", "")
    text = text.replace("  名称: 区委工作会议\n", "")
    facts = tmp_path / "m.yaml"
    facts.write_text(text, encoding="utf-8")
    with pytest.raises(drafter.DrafterError) as info:
        drafter.build(facts)
    heads = [line for line in str(info.value).splitlines() if not line.startswith("  提示")]
    assert heads == [f"{facts}:10:1: 会议.名称: 缺少这个必填字段。",
                     f"{facts}:26:1: 报道.标题: ［report］缺少这个必填字段。"]
    assert not list(tmp_path.glob("*.docx"))


def test_rebuilding_gives_the_same_bytes(built: dict[str, Path], tmp_path: Path) -> None:
    for genre, path in built.items():
        facts = shutil.copy(SAMPLES / f"{genre}.yaml", tmp_path / f"{genre}.yaml")
        [again] = drafter.build(facts)
        assert again.path.read_bytes() == path.read_bytes(), genre


# --- --draft: every gap shows -------------------------------------------------------------

GAPPY = """\
模板: [speech, report, brief]
地区: 全区
地名: 思明区
会议:
  名称: 区委工作会议
条线:
- 名称: 组织
  任务:
    要点:
    - 标题: 深化政治建设
- 名称: 宣传
"""


@pytest.fixture(scope="module")
def gappy(tmp_path_factory: pytest.TempPathFactory) -> dict[str, drafter.pipeline.Built]:
    folder = tmp_path_factory.mktemp("draft")
    (folder / "g.yaml").write_text(GAPPY, encoding="utf-8")
    return {b.template: b for b in drafter.build(folder / "g.yaml", draft=True)}


def test_draft_marks_nested_and_list_gaps(gappy: dict) -> None:
    report = gappy["report"]
    assert report.gaps == (
        "会议.日期", "回顾.总体", "今年.定位", "会议.要求[1].标题", "条线[1].回顾", "条线[2].回顾",
        "条线[1].任务.标题", "条线[2].任务.标题", "条线[2].任务.要点[1].标题",
        "条线[1].任务.要点[1].内容", "条线[2].任务.要点[1].内容", "报道.标题")
    paras = reader.read(report.path)
    texts = [p.text for p in paras]
    # The second line had no tasks at all: its section still shows, with a subsection to fill.
    assert texts[texts.index("宣传工作更加有方") + 2] == "【待补：条线[2].任务.要点[1].标题】"
    assert "会议提出一点要求：【待补：会议.要求[1].标题】。" in texts[5]
    assert texts[0] == "【待补：报道.标题】"


def test_draft_gaps_are_highlighted_runs(gappy: dict) -> None:
    from helpers import docx_part

    body = docx_part(gappy["brief"].path, "word/document.xml")
    marked = ["".join(t.text for t in r.iter(f"{W}t")) for r in body.iter(f"{W}r")
              if r.find(f"{W}rPr/{W}highlight") is not None]
    assert list(dict.fromkeys(marked)) == [f"【待补：{g}】" for g in (
        "会议.日期", "回顾.总体", "意义.标题", "条线[1].任务.标题", "条线[2].任务.标题", "保障.标题")]


def test_draft_summary_on_the_terminal(tmp_path: Path) -> None:
    from helpers import run_cli

    (tmp_path / "g.yaml").write_text(GAPPY, encoding="utf-8")
    strict = run_cli("build", "g.yaml", "-t", "brief", cwd=tmp_path)
    assert strict.returncode == 1 and not list(tmp_path.glob("*.docx"))
    assert "g.yaml:1:1: 意义: 缺少这个必填字段。" in strict.stderr
    draft = run_cli("build", "g.yaml", "-t", "brief", "--draft", cwd=tmp_path)
    assert draft.returncode == 0, draft.stderr
    assert draft.stdout.splitlines()[1] == (
        "  还缺 6 项事实，已在文中标为【待补】：会议.日期、回顾.总体、条线[1].任务.标题、"
        "条线[2].任务.标题、意义.标题、保障.标题")


@pytest.mark.parametrize("genre", [*GENRES, "meeting"])
def test_samples_fit_the_exported_json_schema(genre: str) -> None:
    """`drafter schema` agrees with the validator: every sample passes both."""
    import datetime as dt
    import json

    import jsonschema
    import yaml

    from drafter.library import Library
    from drafter.schema_export import json_schema

    def plain(x: object) -> object:
        if isinstance(x, dict):
            return {k: plain(v) for k, v in x.items()}
        if isinstance(x, list):
            return [plain(v) for v in x]
        return x.isoformat() if isinstance(x, dt.date) else x

    facts = plain(yaml.safe_load((SAMPLES / f"{genre}.yaml").read_text(encoding="utf-8")))
    library = Library()
    for name in [facts["模板"]] if isinstance(facts["模板"], str) else facts["模板"]:
        schema = json.loads(json.dumps(json_schema(library.schema(library.get(name)), name)))
        jsonschema.validate(facts, schema)
    drafter.check(SAMPLES / f"{genre}.yaml")


def test_placeholders_in_templates_and_escaped_facts() -> None:
    from drafter.model import escape, spans

    assert [(s.kind, s.text) for s in spans("**图一**==【此处放图片】==说明")] == [
        ("lead", "图一"), ("mark", "【此处放图片】"), ("text", "说明")]
    # A fact that happens to contain == stays text.
    assert [(s.kind, s.text) for s in spans(escape("a==b==c"))] == [("text", "a==b==c")]
