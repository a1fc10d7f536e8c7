"""Layout profiles: the page, fonts and paragraph styles of a genre, as data writers edit.

A profile is a YAML file in a library's ``profiles/`` folder (``公文.yml``, ``报纸.yml``);
sizes are written the way writers say them (三号, 二号, or points), margins in
millimetres. This module turns one into exact numbers for the writer: twips,
half-points, the line pitch that fits N lines in the type area and the character
condensing that fits M characters in a line (GB/T 9704 5.2.3).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from drafter import cache, yamlload
from drafter.errors import TemplateError

SIZES = {"初号": 42, "小初": 36, "一号": 26, "小一": 24, "二号": 22, "小二": 18, "三号": 16,
         "小三": 15, "四号": 14, "小四": 12, "五号": 10.5, "小五": 9}
ALIGN = {"两端": "both", "居中": "center", "左": "left", "右": "right", "居左": "left", "居右": "right"}
HEADING_NAMES = ("一级标题", "二级标题", "三级标题", "四级标题")
BUILTIN_NAMES = {"正文": "Normal", "标题": "Title", "副标题": "Subtitle",
                 **{name: f"heading {i}" for i, name in enumerate(HEADING_NAMES, 1)}}
"""Profile style names that map to Word's built-in styles (the navigation pane reads these)."""
TWIPS_PER_MM = 1440 / 25.4
COLORS = {"黑色": "000000", "红色": "FF0000"}
"""Text colours a style may name (or ``#RRGGBB``); GB/T 9704 7.2.4 asks for red 版头."""
HIGHLIGHTS = {"黄色": "yellow", "绿色": "green", "青色": "cyan", "粉色": "magenta", "灰色": "lightGray",
              "": ""}
"""突出显示 colours a style may use (Word's highlight palette)."""


@dataclass(frozen=True, slots=True)
class StyleSpec:
    """A paragraph or character style, fully resolved against 正文."""

    name: str
    """The profile's (Chinese) name, e.g. 二级标题."""
    word_name: str
    """The name in Word: a built-in name such as ``heading 2`` or the profile name."""
    font: str
    size: float
    """Points."""
    bold: bool = False
    align: str = "both"
    indent_chars: float = 2
    outline_level: int | None = None
    number_format: str = ""
    keep_next: bool = False
    highlight: str = ""
    space_before_lines: float = 0
    space_after_lines: float = 0
    line_pitch_pt: float = 0
    """Exact line spacing of this style in points (0: the page's line pitch), for a
    headline larger than the body's line."""
    color: str = "000000"
    """Text colour as RRGGBB (``颜色: 红色`` for the 发文机关标志 of a red-header 公文)."""
    left_chars: float = 0
    right_chars: float = 0
    """Left and right indents in characters of the style's own size (版记: 1 字)."""
    page_break_before: bool = False
    """Starts on a new page (``另起一页: 是``: 附件另面编排, GB/T 9704 8)."""
    label_font: str = ""
    """Font of the paragraph's label, its text up to the first full-width colon
    (``标签字体: 黑体``: 纪要的“出席：”, GB/T 9704 10.3); written in the character style
    ``<name>标签``."""
    run_in: bool = False
    """A heading level the genre runs in (``接排: 是``): its heading sentence opens the
    paragraph of the text that follows, whatever the facts hold (讲话稿的（一）)."""


@dataclass(frozen=True, slots=True)
class Profile:
    """A whole layout profile."""

    name: str
    description: str
    margins_mm: tuple[float, float, float, float]
    """Top, bottom, left, right."""
    lines_per_page: int | None
    chars_per_line: int | None
    line_pitch_pt: float
    footer_mm: float
    page_numbers: str
    """``公文`` (— 1 —, odd right, even left), ``居中`` or ``无``."""
    latin_font: str
    paragraph: tuple[StyleSpec, ...]
    character: tuple[StyleSpec, ...]
    source: str = ""
    duplex: bool = True
    """Printed double-sided (GB/T 9704 6): the 版记 goes on an even page (封四)."""

    @property
    def line_twips(self) -> int:
        """Exact line spacing in twips."""
        return int(round(self.line_pitch_pt * 20))

    @property
    def body(self) -> StyleSpec:
        """The 正文 style."""
        return next(s for s in self.paragraph if s.name == "正文")

    @property
    def char_spacing_twips(self) -> int:
        """Condensing (negative) or expansion of every character that fits the line count."""
        if not self.chars_per_line:
            return 0
        width = (210 - self.margins_mm[2] - self.margins_mm[3]) * TWIPS_PER_MM
        return min(0, math.floor(width / self.chars_per_line) - int(self.body.size * 20))

    @property
    def title_width(self) -> float:
        """How many title characters fit on one line of the type area."""
        title = next((s for s in self.paragraph if s.name == "标题"), self.body)
        width_pt = (210 - self.margins_mm[2] - self.margins_mm[3]) * 72 / 25.4
        return math.floor(width_pt / title.size)

    @property
    def numbering(self) -> dict[int, str]:
        """Marker format of each heading level."""
        return {i: s.number_format for i, name in enumerate(HEADING_NAMES, 1)
                for s in self.paragraph if s.name == name}

    @property
    def run_in_levels(self) -> frozenset[int]:
        """Heading levels written run-in (``接排: 是`` in the profile)."""
        return frozenset(i for i, name in enumerate(HEADING_NAMES, 1)
                         for s in self.paragraph if s.name == name and s.run_in)

    @property
    def block_styles(self) -> set[str]:
        """Style names a template may use after ``@``."""
        return {s.name for s in self.paragraph} - set(HEADING_NAMES)


def load(path: Path) -> Profile:
    """Read a profile file (one that does not inherit; see ``read`` and ``inherit``).

    Raises:
        TemplateError: the file is not valid YAML or names an unknown size or alignment.
    """
    return from_data(read(path), str(path))


def read(path: Path) -> dict[str, Any]:
    """The parsed YAML of a profile file.

    Raises:
        TemplateError: the file cannot be read or is not a mapping.
    """
    try:
        data = cache.parsed(path, yamlload.KIND, yamlload.load_file)
    except (OSError, yaml.YAMLError) as e:
        raise TemplateError(f"{path}: 版式文件无法读取：{e}") from None
    if not isinstance(data, dict):
        raise TemplateError(f"{path}: 版式文件应当是“字段: 值”的对象。")
    return data


INHERIT_KEY = "继承"
"""A profile may start from another one (``继承: 公文``) and change only what differs."""


def inherit(base: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """Profile data ``child`` laid over ``base``: 页面 and each style merged key by key."""
    out = {k: v for k, v in base.items() if k != INHERIT_KEY}
    for key, value in child.items():
        if key == INHERIT_KEY:
            continue
        old = out.get(key)
        if key in ("段落样式", "字符样式") and isinstance(old, dict) and isinstance(value, dict):
            merged = dict(old)
            for name, spec in value.items():
                prev = merged.get(name)
                merged[name] = ({**prev, **spec} if isinstance(prev, dict) and isinstance(spec, dict)
                                else spec)
            out[key] = merged
        elif key == "页面" and isinstance(old, dict) and isinstance(value, dict):
            out[key] = {**old, **value}
        else:
            out[key] = value
    return out


def from_data(data: dict[str, Any], source: str) -> Profile:
    """Build a Profile from the parsed YAML of a profile file."""
    page = data.get("页面") or {}
    margins = tuple(float(page.get(k, d)) for k, d in
                    (("上边距", 37), ("下边距", 35), ("左边距", 28), ("右边距", 26)))
    lines = page.get("每页行数")
    chars = page.get("每行字数")
    height_pt = (297 - margins[0] - margins[1]) * 72 / 25.4
    if "行距" in page:
        pitch = float(page["行距"])
    elif lines:
        pitch = math.floor(height_pt / int(lines) * 20) / 20
    else:
        pitch = 28.95
    raw_styles = data.get("段落样式") or {}
    if "正文" not in raw_styles:
        raise TemplateError(f"{source}: 版式缺少“正文”样式。")
    body = _style("正文", raw_styles["正文"], None, source)
    paragraph = [body] + [_style(n, v, body, source) for n, v in raw_styles.items() if n != "正文"]
    character = [_style(n, v, body, source, character=True)
                 for n, v in (data.get("字符样式") or {}).items()]
    return Profile(
        name=str(data.get("名称", Path(source).stem)), description=str(data.get("说明", "")),
        margins_mm=margins,  # type: ignore[arg-type]
        lines_per_page=int(lines) if lines else None, chars_per_line=int(chars) if chars else None,
        line_pitch_pt=pitch, footer_mm=float(page.get("页脚距离", 25.5)),
        page_numbers=str(page.get("页码", "公文")), latin_font=str(data.get("西文字体", "Times New Roman")),
        paragraph=tuple(paragraph), character=tuple(character), source=source,
        duplex=_yes(page.get("双面印刷", True)))


def _style(name: str, spec: Any, body: StyleSpec | None, source: str, *,
           character: bool = False) -> StyleSpec:
    if spec is None:
        spec = {}
    if not isinstance(spec, dict):
        raise TemplateError(f"{source}: 样式“{name}”应当是“字体/字号/……”的对象。")
    base_font = body.font if body else "仿宋_GB2312"
    base_size = body.size if body else 16
    size = spec.get("字号", base_size)
    if isinstance(size, str):
        if size not in SIZES:
            raise TemplateError(f"{source}: 样式“{name}”的字号“{size}”不认识；可用：{'、'.join(SIZES)}，或直接写磅值。")
        size = SIZES[size]
    align = spec.get("对齐", "两端")
    if align not in ALIGN:
        raise TemplateError(f"{source}: 样式“{name}”的对齐“{align}”不认识；可用：{'、'.join(ALIGN)}。")
    level = HEADING_NAMES.index(name) + 1 if name in HEADING_NAMES else None
    color = str(spec.get("颜色", "黑色"))
    if color not in COLORS and not re.fullmatch(r"#[0-9A-Fa-f]{6}", color):
        raise TemplateError(f"{source}: 样式“{name}”的颜色“{color}”不认识；可用：{'、'.join(COLORS)}，"
                            "或写成 #FF0000。")
    word_name = BUILTIN_NAMES.get(name, name)
    return StyleSpec(
        name=name, word_name=word_name, font=str(spec.get("字体", base_font)), size=float(size),
        bold=_yes(spec.get("加粗", False)), align=ALIGN[align],
        indent_chars=float(spec.get("首行缩进", 2)),
        outline_level=None if character else (level - 1 if level else None),
        number_format=str(spec.get("编号", "")), keep_next=bool(level) or _yes(spec.get("与下段同页")),
        highlight=HIGHLIGHTS.get(str(spec.get("突出显示", "")), "yellow"),
        space_before_lines=float(spec.get("段前", 0)), space_after_lines=float(spec.get("段后", 0)),
        line_pitch_pt=float(spec.get("行距", 0) or 0),
        run_in=bool(level) and _yes(spec.get("接排")),
        color=COLORS.get(color, color.lstrip("#").upper()),
        left_chars=float(spec.get("左缩进", 0)), right_chars=float(spec.get("右缩进", 0)),
        label_font=str(spec.get("标签字体", "")), page_break_before=_yes(spec.get("另起一页")))


def _yes(value: Any) -> bool:
    return value in (True, "是", "yes", "true", 1)
