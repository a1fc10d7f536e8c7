"""The red-header 公文 (GB/T 9704-2012 7.2, 7.4, 10.3) measured in LibreOffice's PDF.

The documents are the guide's worked example 例四 (红头通知, templates/README.md) and the
built-in 会议纪要. Every figure is held to ±1 mm: the tolerance GB/T 9704 5.2.1 itself
gives the page margins, and wider than the font substitution moves things (the PDF is
drawn with Noto Serif CJK for 方正小标宋 and 仿宋; see ../shared/GBT9704.md). Run with -s
to see the measured millimetres.

Needs LibreOffice (installed by .ci/run); skipped on a writer's machine without it,
never in CI.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from pdfcheck import MM, require_soffice, to_pdf
from test_guide import guide_blocks

import drafter
from drafter.library import Library

require_soffice()

import pdfplumber  # noqa: E402 - after the LibreOffice check, as in CI

TOP, LEFT, AREA_W, AREA_H = 37, 28, 156, 225
"""GB/T 9704 5.2.1: the type area starts 37 mm down and 28 mm in, 156 × 225 mm."""
TOLERANCE = 1.0
RED = (1.0, 0.0, 0.0)


@dataclass
class Page:
    words: list[dict]
    rules: list[dict]

    def word(self, text: str) -> dict:
        return next(w for w in self.words if w["text"].startswith(text))


def pages(pdf: Path) -> list[Page]:
    with pdfplumber.open(pdf) as doc:
        return [Page(p.extract_words(extra_attrs=["size", "non_stroking_color"]),
                     [*p.lines, *p.rects]) for p in doc.pages]


def mm(points: float) -> float:
    return round(points / MM, 2)


def build(facts: Path, library: Library | None = None) -> list[Page]:
    [built] = drafter.build(facts, library=library)
    return pages(to_pdf(built.path, facts.parent))


@pytest.fixture(scope="module")
def notice(tmp_path_factory: pytest.TempPathFactory) -> list[Page]:
    root = tmp_path_factory.mktemp("redhead")
    for name, body in guide_blocks().items():
        if name.startswith(("红头通知/", "通知.yaml")):
            path = root / "库" / name if "/" in name else root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(body, encoding="utf-8")
    return build(root / "通知.yaml", Library([root / "库"]))


def test_masthead_35_mm_below_the_type_area(notice: list[Page]) -> None:
    mark = notice[0].word("中共临江区委办公室文件")
    top = mm(mark["top"])
    print(f"\n发文机关标志：上边缘距纸张上边 {top} 毫米，距版心上边缘 {top - TOP:.2f} 毫米（标准 35）；"
          f"字号 {mark['size']} 磅，颜色 {mark['non_stroking_color']}；"
          f"左右 {mm(mark['x0']):.2f}–{mm(mark['x1']):.2f} 毫米（版心 28–184，居中）")
    assert abs(top - TOP - 35) <= TOLERANCE
    assert tuple(mark["non_stroking_color"]) == RED
    assert abs((mm(mark["x0"]) + mm(mark["x1"])) / 2 - (LEFT + AREA_W / 2)) <= TOLERANCE
    # 紧急程度 flush left on the first line of the type area (7.2.3).
    urgent = notice[0].word("加急")
    assert abs(mm(urgent["x0"]) - LEFT) <= TOLERANCE and mm(urgent["top"]) < mm(mark["top"])


def test_issue_number_two_lines_below_and_the_red_rule_4_mm_under_it(notice: list[Page]) -> None:
    page = notice[0]
    mark, number = page.word("中共临江区委办公室文件"), page.word("区委办〔")
    red = [r for r in page.rules if tuple(r.get("stroking_color") or ()) == RED]
    assert red, "no red separator"
    rule = red[0]
    gap, width = mm(rule["top"]) - mm(number["bottom"]), mm(rule["x1"]) - mm(rule["x0"])
    print(f"\n发文字号：上边缘 {mm(number['top'])} 毫米；红色分隔线在 {mm(rule['top'])} 毫米，"
          f"距发文字号下边缘 {gap:.2f} 毫米（标准 4），宽 {width:.2f} 毫米（版心 156），"
          f"左端 {mm(rule['x0'])} 毫米，线粗 {rule.get('linewidth')} 磅")
    assert abs(gap - 4) <= TOLERANCE
    assert abs(width - AREA_W) <= TOLERANCE and abs(mm(rule["x0"]) - LEFT) <= TOLERANCE
    # 空二行: two 28.95 pt lines between the 标志's line and the 字号's (7.2.5).
    assert mm(number["top"]) - mm(mark["bottom"]) > 2 * 28.95 / MM - TOLERANCE
    assert "".join(w["text"] for w in page.words if w["top"] == number["top"]) == "区委办〔2026〕12号"


def test_record_lines_end_on_the_type_area_bottom_of_the_last_page(notice: list[Page]) -> None:
    page = notice[-1]
    black = sorted((r for r in page.rules if tuple(r.get("stroking_color") or ()) != RED),
                   key=lambda r: r["top"])
    assert len(black) == 3  # bold above 抄送, thin between, bold under 印发
    tops = [mm(r["top"]) for r in black]
    widths = [r.get("linewidth") for r in black]
    print(f"\n版记：三条线在 {tops} 毫米（版心下边缘 {TOP + AREA_H}），线粗 {widths} 磅"
          f"（标准 0.35/0.25/0.35 毫米 = 0.99/0.71/0.99 磅），宽 "
          f"{[round(mm(r['x1']) - mm(r['x0']), 2) for r in black]} 毫米")
    assert abs(tops[-1] - (TOP + AREA_H)) <= TOLERANCE
    assert widths[0] == widths[2] > widths[1]
    assert abs(widths[0] / MM - 0.35) <= 0.05 and abs(widths[1] / MM - 0.25) <= 0.05
    for r in black:
        assert abs(mm(r["x1"]) - mm(r["x0"]) - AREA_W) <= TOLERANCE
    copy = page.word("抄送：")
    date = next(w for w in page.words if w["text"].endswith("日印发"))
    assert tops[0] < mm(copy["top"]) < tops[1] < mm(date["top"]) < tops[2]
    # 抄送 one character (4号, 4.94 mm) in from the left, the date one character from the right.
    print(f"版记：“抄送”左端距版心 {mm(copy['x0']) - LEFT:.2f} 毫米，印发日期右端距版心右边 "
          f"{LEFT + AREA_W - mm(date['x1']):.2f} 毫米（标准各空一字 = 4.94 毫米）")
    assert abs(mm(copy["x0"]) - LEFT - 4.94) <= TOLERANCE
    assert abs(LEFT + AREA_W - mm(date["x1"]) - 4.94) <= TOLERANCE


def test_minutes_carry_the_red_minutes_mark(tmp_path: Path) -> None:
    facts = tmp_path / "纪要.yaml"
    facts.write_text("模板: minutes\n会议: {名称: 区委常委会会议, 日期: 2026-03-01}\n"
                     "主持人: {姓名: 沈立峰, 职务: 区委书记}\n"
                     "出席: [{姓名: 张三, 职务: 区长}]\n"
                     "纪要:\n  议定事项:\n  - {标题: 关于今年组织工作要点, 内容: 会议原则同意}\n"
                     "  列席: [王五]\n", encoding="utf-8")
    [built] = drafter.build(facts)
    pdf = to_pdf(built.path, facts.parent)
    with pdfplumber.open(pdf) as doc:
        chars = [c for p in doc.pages for c in p.chars]
    # 出席：/列席： in 黑体 (drawn in Noto Sans CJK), the names in 仿宋 (Noto Serif CJK), 10.3.
    line = [c for c in chars if c["top"] == next(c for c in chars if c["text"] == "席")["top"]]
    faces = {c["text"]: c["fontname"].split("+")[-1] for c in line}
    print(f"\n纪要“出席：”的字体 {faces['出']}，名单的字体 {faces['张']}")
    assert "Sans" in faces["出"] and "Sans" in faces["：" if "：" in faces else "席"]
    assert "Serif" in faces["张"] and "Serif" in faces["区"]
    mark = pages(pdf)[0].word("区委常委会会议纪要")
    print(f"\n纪要标志：上边缘距版心上边缘 {mm(mark['top']) - TOP:.2f} 毫米（标准 35），颜色 "
          f"{mark['non_stroking_color']}")
    assert abs(mm(mark["top"]) - TOP - 35) <= TOLERANCE
    assert tuple(mark["non_stroking_color"]) == RED


def test_copy_number_secrecy_urgency_and_signer(tmp_path: Path) -> None:
    """份号, 密级 and 紧急程度 on the type area's first three lines, flush left (7.2.1-7.2.3),
    the 标志 still 35 mm down; with a 签发人 the number is one character in from the left
    and the signer one character in from the right (7.2.5, 7.2.6), the red rule still full width."""
    blocks = guide_blocks()
    library = tmp_path / "库"
    for name in ("红头通知/template.yml", "红头通知/body.j2"):
        (library / name).parent.mkdir(parents=True, exist_ok=True)
        (library / name).write_text(blocks[name], encoding="utf-8")
    facts = tmp_path / "通知.yaml"
    facts.write_text(blocks["通知.yaml"].replace(
        "  紧急程度: 加急", '  份号: "000001"\n  密级: 秘密★1年\n  紧急程度: 特急\n  签发人: 沈立峰'),
        encoding="utf-8")
    [built] = drafter.build(facts, library=Library([library]))
    pdf = to_pdf(built.path, facts.parent)
    page = pages(pdf)[0]
    with pdfplumber.open(pdf) as doc:
        faces = {c["text"]: c["fontname"].split("+")[-1] for c in doc.pages[0].chars
                 if c["text"] in "签发人沈立峰"}
    print(f"\n“签发人”的字体 {faces['签']}，姓名的字体 {faces['沈']}（7.2.6：仿宋、楷体）")
    assert "Serif" in faces["签"] and "UKai" in faces["沈"] and "UKai" in faces["峰"]
    lines = [page.word(t) for t in ("000001", "秘密★", "特急")]
    assert [abs(mm(w["x0"]) - LEFT) <= TOLERANCE for w in lines] == [True] * 3
    assert mm(lines[0]["top"]) < mm(lines[1]["top"]) < mm(lines[2]["top"])
    mark, number, signer = (page.word(t) for t in ("中共临江区委办公室文件", "区委办〔", "签发人：沈立峰"))
    char = 16 / MM
    print(f"\n份号、密级、紧急程度上边缘 {[mm(w['top']) for w in lines]} 毫米；发文机关标志距版心上边缘 "
          f"{mm(mark['top']) - TOP:.2f} 毫米；发文字号左空 {mm(number['x0']) - LEFT:.2f} 毫米、签发人右空 "
          f"{LEFT + AREA_W - mm(signer['x1']):.2f} 毫米（一字 {char:.2f}）")
    assert abs(mm(mark["top"]) - TOP - 35) <= TOLERANCE
    assert abs(mm(number["x0"]) - LEFT - char) <= TOLERANCE
    assert abs(LEFT + AREA_W - mm(signer["x1"]) - char) <= TOLERANCE
    assert mm(number["top"]) == mm(signer["top"])
    red = [r for r in page.rules if tuple(r.get("stroking_color") or ()) == RED]
    assert red and abs(mm(red[0]["x1"]) - mm(red[0]["x0"]) - AREA_W) <= TOLERANCE


# The 版记's page (GB/T 9704 7.4, 7.5): at the foot of the body's last page when that page
# is even and has room (or the profile prints single-sided), else on a page of its own,
# the next even one, which (and the blank page before it) carries no page number.

LONG_TEMPLATE = """体裁: 红头长文
说明: 正文段数由事实决定的红头文件（测版记的位置）
版式: {profile}
需要: [发文.机关标志, 发文.字号, 段落]
可用: [版记.抄送, 版记.印发机关, 版记.印发日期]
字段:
  段落: {{类型: 列表, 说明: 正文各段, 元素: {{类型: 文本, 说明: 一段, 示例: 某某}}}}
"""
LONG_BODY = """{% import "_common/macros.j2" as 通用 %}
{{ 通用.版头(发文) }}
# 关于做好有关工作的通知
{% for 段 in 段落 %}
{{ 段 }}
{% endfor %}
{{ 通用.版记(版记) }}
"""
LINE = "为认真贯彻落实上级有关会议精神进一步做好全区组织工作。"
"""Two characters of indent and 27 of text: one full line of the 28-character grid."""


def long_notice(root: Path, paragraphs: int, *, duplex: bool = True, profile: str = "") -> list[Page]:
    """The notice with ``paragraphs`` one-line paragraphs; ``profile``: lines laid over
    公文红头 (a profile of the library's own)."""
    library = root / "库"
    (library / "红头长文").mkdir(parents=True, exist_ok=True)
    if not duplex:
        profile = "页面: {双面印刷: 否}\n" + profile
    if profile:
        (library / "profiles").mkdir(exist_ok=True)
        (library / "profiles" / "本单位红头.yml").write_text(
            "名称: 本单位红头\n说明: 本单位的红头公文\n继承: 公文红头\n" + profile, encoding="utf-8")
    profile = "本单位红头" if profile else "公文红头"
    (library / "红头长文" / "template.yml").write_text(LONG_TEMPLATE.format(profile=profile),
                                                    encoding="utf-8")
    (library / "红头长文" / "body.j2").write_text(LONG_BODY, encoding="utf-8")
    facts = root / "长文.yaml"
    facts.write_text(
        "模板: 红头长文\n发文: {机关标志: 中共临江区委办公室文件, 字号: 区委办〔2026〕12号}\n"
        f"段落: [{', '.join([LINE] * paragraphs)}]\n"
        "版记: {抄送: [区人大常委会办公室, 区政府办公室], 印发机关: 中共临江区委办公室, "
        "印发日期: 2026-03-02}\n", encoding="utf-8")
    return build(facts, Library([library]))


def record_layout(doc: list[Page]) -> tuple[list[str], int, list[float]]:
    """Each page's footer text, the page holding the 版记 (1-based) and its rules' tops;
    asserts that no text of the body reaches into the 版记's lines."""
    numbers = ["".join(w["text"] for w in p.words if mm(w["top"]) > TOP + AREA_H + 2) for p in doc]
    [at] = [i for i, p in enumerate(doc, 1) if any(w["text"].startswith("抄送：") for w in p.words)]
    page = doc[at - 1]
    tops = sorted(mm(r["top"]) for r in page.rules if tuple(r.get("stroking_color") or ()) != RED)
    record = ("抄送：", "中共临江区委办公室", "2026年3月2日印发", "区政府办公室。")
    body = [w for w in page.words if mm(w["top"]) <= TOP + AREA_H and not w["text"].startswith(record)]
    assert all(mm(w["bottom"]) < tops[0] for w in body), "正文压到了版记上"
    return numbers, at, tops


def test_record_shares_an_even_last_page_with_room(tmp_path: Path) -> None:
    numbers, at, tops = record_layout(long_notice(tmp_path, 14))
    print(f"\n正文末页（第 2 页）有空：版记在第 {at} 页，线 {tops} 毫米；页码 {numbers}")
    assert at == 2 and numbers == ["—1—", "—2—"]
    assert abs(tops[-1] - (TOP + AREA_H)) <= TOLERANCE


def test_record_of_a_short_odd_body_goes_to_the_back_page_without_number(tmp_path: Path) -> None:
    numbers, at, tops = record_layout(long_notice(tmp_path, 3))
    print(f"\n正文只有 1 页：版记在第 {at} 页（封四），线 {tops} 毫米；页码 {numbers}")
    assert at == 2 and numbers == ["—1—", ""]
    assert abs(tops[-1] - (TOP + AREA_H)) <= TOLERANCE


def test_record_after_a_full_even_page_gets_a_blank_page_before_it(tmp_path: Path) -> None:
    doc = long_notice(tmp_path, 32)
    numbers, at, tops = record_layout(doc)
    print(f"\n正文排满第 2 页：版记在第 {at} 页，线 {tops} 毫米；页码 {numbers}；"
          f"第 3 页文字 {len(doc[2].words)} 个")
    assert at == 4 and numbers == ["—1—", "—2—", "", ""]
    assert not doc[2].words and not doc[2].rules  # the blank page is blank
    assert abs(tops[-1] - (TOP + AREA_H)) <= TOLERANCE


def test_single_sided_record_shares_an_odd_last_page(tmp_path: Path) -> None:
    numbers, at, tops = record_layout(long_notice(tmp_path, 3, duplex=False))
    print(f"\n单面印刷、正文 1 页：版记在第 {at} 页，线 {tops} 毫米；页码 {numbers}")
    assert at == 1 and numbers == ["—1—"]
    assert abs(tops[-1] - (TOP + AREA_H)) <= TOLERANCE


def test_a_larger_masthead_still_stands_35_mm_down(tmp_path: Path) -> None:
    """The space above the 标志 follows from its size and line height (writer.MASTHEAD_FOOT),
    not from one font's metrics: 初号 on a 50 pt line lands where 小初 on 40 pt does."""
    doc = long_notice(tmp_path, 1, profile="段落样式:\n  发文机关标志: {字号: 初号, 行距: 50}\n")
    mark = doc[0].word("中共临江区委办公室")  # 11 characters of 初号 take two lines
    print(f"\n初号发文机关标志：上边缘距版心上边缘 {mm(mark['top']) - TOP:.2f} 毫米（标准 35），字号 {mark['size']} 磅")
    assert mark["size"] == 42
    assert abs(mm(mark["top"]) - TOP - 35) <= TOLERANCE
