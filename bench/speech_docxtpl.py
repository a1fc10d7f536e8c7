"""The sample speech through docxtpl: what an office would otherwise pick for the same job.

docxtpl (python-docx + Jinja2 over the document XML) renders a Word template whose
paragraphs carry Jinja tags. This module writes such a template for the speech, with
the same paragraphs, styles and wording as ``templates/speech/body.j2``, on drafter's
own lean reference document (so both tools start from the same styles), and renders it
the way a docxtpl user would: load the YAML, render, save.

It imports nothing from drafter at render time, so a fresh process that renders
with it pays only for yaml + docxtpl. ``make_template`` (setup, not timed) does use
drafter for the reference styles.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

_END_PUNCT = "。；，、：！？.;,:!? "
_DIGITS = "零一二三四五六七八九"


def _cn(n: int) -> str:
    """1..99 as Chinese numerals (一, 十一, 二十三)."""
    tens, ones = divmod(int(n), 10)
    if tens == 0:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def _sentence(text: Any) -> str:
    s = str(text).rstrip(_END_PUNCT)
    return s + "。" if s else s


FILTERS = {
    "年份": lambda d: f"{d.year}年",
    "日期": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "成句": _sentence,
    "去标点": lambda t: str(t).rstrip(_END_PUNCT),
    "顿号": lambda items: "、".join(str(i) for i in items),
    "中文数字": _cn,
}

_RUN_IN, _LEAD = "二级标题（接排）", "要点"

# (paragraph style, [(character style or None, text), ...]); a style of None is a
# docxtpl control paragraph ({%p ... %}), removed when rendered.
PARAGRAPHS: list[tuple[str | None, list[tuple[str | None, str]]]] = [
    ("Title", [(None, "在{{ 会议.日期|年份 }}{{ 会议.名称 }}上的讲话")]),
    ("Subtitle", [(None, "（{{ 会议.日期|日期 }}）")]),
    (None, [(None, "{%p if 讲话人 is defined %}")]),
    ("Subtitle", [(None, "{{ [讲话人.职务|default(''), 讲话人.姓名|default('')]|select|join('\u3000') }}")]),
    (None, [(None, "{%p endif %}")]),
    ("Normal", []),
    ("称谓", [(None, "同志们：")]),
    ("Normal", [(None, "今天，{{ '我们' if 党委 in 会议.名称 else 党委 }}召开{{ 会议.名称 }}，"
                       "主要任务是{{ 会议.主要任务|成句 }}")]),
    ("Normal", [(None, "过去的一年，{{ 条线[0].部门 if 条线|length == 1 else 条线|map(attribute='名称')|顿号 ~ '等部门' }}，{{ 回顾.总体|去标点 }}，"
                       "{{ '工作' if '各项工作' in 回顾.总体 else '各项工作' }}{{ 三有 }}，"
                       "为{{ 地区 }}经济社会发展作出了积极贡献。")]),
    (None, [(None, "{%p for 线 in 条线 %}")]),
    ("Normal", [(None, "{{ 线.部门 }}{{ 线.回顾|去标点 }}，{{ 线.评价|default(评语[loop.index0])|去标点 }}。"
                       "{% if 线.成绩 %}{{ 成绩引[loop.index0] }}{{ 线.成绩|map('去标点')|join('；') }}。"
                       "{% endif %}")]),
    (None, [(None, "{%p endfor %}")]),
    ("Normal", [(None, "这些成绩的取得，是{{ 地区 }}各条战线广大党员干部共同努力的结果。对过去一年的工作，"
                       "{{ 党委 }}是满意的，群众是认可的。借此机会，我代表{{ 党委 }}，向辛勤工作的同志们"
                       "表示衷心的感谢！")]),
    ("Normal", [(None, "{{ 今年.定位|去标点 }}，做好新形势下这几方面工作意义重大。{{ 地区 }}各级党组织要"
                       "积极履职尽责、主动担当作为，推动各项工作再上新台阶。下面，我讲几点意见：")]),
    ("heading 1", [(None, "一、{{ 意义.标题|去标点 }}")]),
    (None, [(None, "{%p if 意义.导语 is defined %}")]),
    ("Normal", [(None, "{{ 意义.导语|成句 }}")]),
    (None, [(None, "{%p endif %}")]),
    (None, [(None, "{%p for 点 in 意义.要点 %}")]),
    ("Normal", [(_RUN_IN, "（{{ loop.index|中文数字 }}）{{ 点.标题|成句 }}"), (None, "{{ 点.内容|成句 }}")]),
    (None, [(None, "{%p endfor %}")]),
    ("heading 1", [(None, "二、{{ 部署.标题|去标点 }}")]),
    (None, [(None, "{%p if 部署.导语 is defined %}")]),
    ("Normal", [(None, "{{ 部署.导语|成句 }}")]),
    (None, [(None, "{%p endif %}")]),
    (None, [(None, "{%p for 线 in 条线 %}")]),
    ("Normal", [(_RUN_IN, "（{{ loop.index|中文数字 }}）{{ 线.部门 }}要{{ 线.任务.标题|成句 }}"),
                (None, "{{ 线.任务.导语|default('')|成句 }}")]),
    (None, [(None, "{%p for 点 in 线.任务.要点 %}")]),
    ("Normal", [(_LEAD, "{{ loop.index|中文数字 }}是{{ 点.标题|成句 }}"), (None, "{{ 点.内容|default('')|成句 }}")]),
    (None, [(None, "{%p endfor %}")]),
    (None, [(None, "{%p endfor %}")]),
    ("heading 1", [(None, "三、{{ 保障.标题|去标点 }}")]),
    (None, [(None, "{%p if 保障.导语 is defined %}")]),
    ("Normal", [(None, "{{ 保障.导语|成句 }}")]),
    (None, [(None, "{%p endif %}")]),
    (None, [(None, "{%p for 点 in 保障.要点 %}")]),
    ("Normal", [(_LEAD, "{{ loop.index|中文数字 }}要{{ 点.标题|成句 }}"), (None, "{{ 点.内容|default('')|成句 }}")]),
    (None, [(None, "{%p endfor %}")]),
    ("Normal", [(None, "同志们，{{ 结束语.号召|成句 }}让我们高举习近平新时代中国特色社会主义思想伟大旗帜，"
                       "锐意进取、奋发有为，开创{{ 地区 }}各项工作新局面，"
                       "为{{ 结束语.目标|去标点 }}作出新的更大贡献！")]),
]


def make_template(path: Path, facts: Path) -> Path:
    """Write the docxtpl template of the speech to ``path``, on drafter's lean styles.

    drafter picks stock phrases (each work line's verdict 实现了新的跨越 …, the 三有 of the
    review, the word before a line's results) from its phrase bank by a stable hash of the
    occasion; a docxtpl template has no phrase bank, so its author writes those phrases
    into the template: here, the ones drafter picks for ``facts``.
    """
    import io
    import json

    import docx
    from docx.oxml.ns import qn

    from drafter import writer
    from drafter.library import Library

    library = Library()
    profile = library.profile(library.get("speech").profile)
    doc = docx.Document(io.BytesIO(writer._reference(profile)))
    by_name = {s.name.lower(): s for s in doc.styles}
    phrases = verdicts(facts, library)
    # one {%p set %} per phrase: docxtpl's paragraph tags cannot hold a JSON object's braces
    rows = [*((None, [(None, f"{{%p set {name} = {json.dumps(value, ensure_ascii=False)} %}}")])
              for name, value in phrases.items()), *PARAGRAPHS]
    for style, runs in rows:
        p = doc.add_paragraph(style=by_name[style.lower()] if style else None)
        for char_style, text in runs:
            r = p.add_run(text, style=by_name[char_style.lower()] if char_style else None)
            r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hint"), "eastAsia")
    doc.save(str(path))
    return path


def verdicts(facts: Path, library: Any) -> dict[str, Any]:
    """The stock phrases drafter's phrase bank gives the speech of ``facts``, asked in the
    order the speech asks for them (a document never gets one alternative twice)."""
    from drafter import facts as facts_mod
    from drafter import phrases, pipeline

    draft = pipeline.prepare(facts_mod.load(facts), "speech", library)
    chooser = phrases.Chooser(library.phrases(draft.template), phrases.occasion_key(draft.data),
                              draft.data.get(phrases.PIN_KEY))
    lines = draft.data["条线"]
    own = [line["评价"] for line in lines if "评价" in line]
    picked: dict[str, Any] = {"三有": chooser.choose("三有"), "评语": [], "成绩引": []}
    for i, line in enumerate(lines):
        picked["评语"].append(chooser.choose("评价", i, 避开=own) if "评价" not in line else "")
        picked["成绩引"].append(chooser.choose("成绩引", i) if line.get("成绩") else "")
    return picked


def environment() -> Any:
    """The Jinja2 environment docxtpl renders with, carrying the genre's filters."""
    import jinja2

    env = jinja2.Environment(autoescape=True)
    env.filters.update(FILTERS)
    return env


def load_facts(path: Path) -> dict[str, Any]:
    """The facts as a docxtpl user loads them."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    data.pop("模板", None)
    return data


def render(template: Path, facts: Path, out: Path, env: Any = None) -> None:
    """Load the facts, render the template, save the document."""
    from docxtpl import DocxTemplate

    tpl = DocxTemplate(str(template))
    tpl.render(load_facts(facts), env or environment(), autoescape=True)
    tpl.save(str(out))


if __name__ == "__main__":  # a fresh process: python speech_docxtpl.py TEMPLATE FACTS OUT
    import sys

    render(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
    _ = dt  # dates in the facts come from yaml as datetime.date
