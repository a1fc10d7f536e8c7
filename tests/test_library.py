"""A writer's own library: templates extending built-in ones (even under the same name),
profiles inheriting profiles, phrases and facts fields of their own, and the errors of each."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers import SAMPLES, W, build_file_tree, style_named

import drafter
from drafter import reader
from drafter.errors import DrafterError, RenderError, TemplateError, TemplateNotFoundError
from drafter.library import Library


@pytest.fixture
def speech_facts(tmp_path: Path) -> Path:
    return shutil.copy(SAMPLES / "speech.yaml", tmp_path / "facts.yaml")


def texts(path: Path) -> list[str]:
    return [p.text for p in reader.read(path)]


def test_same_name_extends_the_builtin_and_overrides_one_block(tmp_path: Path,
                                                                speech_facts: Path) -> None:
    lib = build_file_tree(tmp_path / "lib", {
        "speech/template.yml": "继承: speech\n说明: 本单位讲话稿（结尾自己写）\n",
        "speech/body.j2": "{% extends 父模板 %}\n{% block 结尾 %}\n同志们，{{ 结束语.号召 | 成句 }}\n"
                          "{% endblock %}\n"})
    library = Library([lib])
    t = library.get("speech")
    assert (t.root, t.parent.root, t.extends) == (0, 1, "speech")
    assert t.required == library.get("speech", start=1).required  # inherited
    [built] = drafter.build(speech_facts, library=library)
    body = texts(built.path)
    assert body[-1] == "同志们，征途漫漫，惟有奋斗。"
    [plain] = drafter.build(speech_facts, out=tmp_path / "plain.docx")
    assert body[:-1] == texts(plain.path)[:-1]  # every other block is the built-in one
    anatomy = library.anatomy(t)
    assert anatomy.own == ("结尾",)
    assert anatomy.blocks[:3] == ("标题", "开场", "回顾")


def test_manifest_only_template_reuses_the_parent_body_with_another_profile(
        tmp_path: Path) -> None:
    lib = build_file_tree(tmp_path / "lib", {
        "公文报道/template.yml": "继承: report\n版式: 公文\n体裁: 会议报道（公文版）\n"
                                "不需要:\n  - 报道.标题\n"})
    library = Library([lib])
    t = library.get("公文报道")
    assert t.body == library.get("report").body and t.profile == "公文"
    assert "报道.标题" not in t.required and "报道.标题" in t.optional
    facts = shutil.copy(SAMPLES / "report.yaml", tmp_path / "r.yaml")
    [built] = drafter.build(facts, ["公文报道"], library=library)
    heads = [p.text for p in reader.read(built.path) if p.outline_level == 0]
    assert heads[:2] == ["一、组织带动更加有效", "二、宣传引导更加有方"]  # 公文 numbers its headings
    assert library.anatomy(t).own == ()


def test_builtin_prefix_reaches_the_builtin_file(tmp_path: Path, speech_facts: Path) -> None:
    lib = build_file_tree(tmp_path / "lib", {
        "讲话/template.yml": "继承: speech\n",
        "讲话/body.j2": '{% extends "内置/speech/body.j2" %}{% block 开场 %}@称谓 各位同志：\n'
                        "{% endblock %}\n"})
    [built] = drafter.build(speech_facts, ["讲话"], library=Library([lib]))
    assert "各位同志：" in texts(built.path) and "同志们：" not in texts(built.path)


def test_writers_shared_files_phrases_and_fields_come_first(tmp_path: Path,
                                                            speech_facts: Path) -> None:
    lib = build_file_tree(tmp_path / "lib", {
        "phrases.yml": "评价: [走在前列, 勇争一流]\n",
        "facts.yml": "单位简称:\n  说明: 本单位的简称\n  示例: 区委办\n",
        "署名稿/template.yml": "继承: speech\n需要:\n  - 单位简称\n",
        "署名稿/body.j2": "{% extends 父模板 %}{% block 结尾 %}（{{ 单位简称 }}供稿）\n{% endblock %}\n"})
    text = speech_facts.read_text(encoding="utf-8").replace("地区: 全区\n", "地区: 全区\n单位简称: 区委办\n")
    text = re.sub(r"\n  评价: .*", "", text) + "措辞:\n  评价: 1\n"
    speech_facts.write_text(text, encoding="utf-8")
    [built] = drafter.build(speech_facts, ["署名稿"], library=Library([lib]))
    body = texts(built.path)
    assert body[-1] == "（区委办供稿）"
    verdicts = [t for t in body if t.startswith(("组织部门", "宣传部门"))]
    assert "走在前列。" in verdicts[0] and "勇争一流。" in verdicts[1]  # 评价: 1 pins the 1st, then on


def test_profile_inherits_and_changes_one_style(tmp_path: Path, speech_facts: Path) -> None:
    lib = build_file_tree(tmp_path / "lib", {
        "profiles/公文.yml": "继承: 公文\n段落样式:\n  二级标题: {加粗: 是}\n  落款: {对齐: 右, 首行缩进: 0}\n"})
    library = Library([lib])
    profile = library.profile("公文")
    second = next(s for s in profile.paragraph if s.name == "二级标题")
    assert (second.font, second.bold, second.number_format) == ("楷体_GB2312", True, "（一）")
    assert "落款" in profile.block_styles
    [built] = drafter.build(speech_facts, library=library)
    b = style_named(built.path, "heading 2").find(f"{W}rPr/{W}b")
    assert b.get(f"{W}val") is None  # bold
    assert library.profile("经验材料").numbering[1] == ""  # built-in profiles inherit too


def test_a_new_paragraph_style_needs_no_code(tmp_path: Path, speech_facts: Path) -> None:
    lib = build_file_tree(tmp_path / "lib", {
        "profiles/公文.yml": "继承: 公文\n段落样式:\n  落款: {对齐: 右, 首行缩进: 0}\n",
        "讲话/template.yml": "继承: speech\n",
        "讲话/body.j2": "{% extends 父模板 %}{% block 结尾 %}@落款 {{ 党委 }}办公室\n{% endblock %}\n"})
    [built] = drafter.build(speech_facts, ["讲话"], library=Library([lib]))
    last = reader.read(built.path)[-1]
    assert (last.style, last.text) == ("落款", "区委办公室")


@pytest.mark.parametrize(("files", "error", "message"), [
    ({"a/template.yml": "继承: a\n", "a/body.j2": ""}, TemplateError,
     "“继承: a”要找后面模板库（如内置库）里的同名模板，但没有找到。"),
    ({"a/template.yml": "继承: reprot\n"}, TemplateError, "要继承的模板“reprot”不存在。是不是“report”？"),
    ({"a/template.yml": "继承: b\n", "b/template.yml": "继承: a\n"}, TemplateError,
     "模板的“继承”绕成了圈：a@0 → b@0 → a。"),
    ({"a/template.yml": "正文: main.j2\n"}, TemplateError, "“正文: main.j2”指的文件不存在。"),
    ({"a/template.yml": "需要: 会议.名称\n", "a/body.j2": ""}, TemplateError,
     "“需要”应当是字段路径的列表"),
    ({"profiles/x.yml": "继承: y\n", "profiles/y.yml": "继承: x\n",
      "a/template.yml": "版式: x\n", "a/body.j2": ""}, TemplateError, "版式的“继承”绕成了圈"),
    ({"a/template.yml": "版式: 报刊\n", "a/body.j2": ""}, TemplateNotFoundError,
     "没有名为“报刊”的版式；可用的版式：公文、公文红头、报纸、经验材料、网站、讲话稿。"),
], ids=["self-without-builtin", "unknown-parent", "circle", "missing-body", "paths-not-list",
        "profile-circle", "unknown-profile"])
def test_library_errors(tmp_path: Path, speech_facts: Path, files: dict[str, str],
                        error: type[DrafterError], message: str) -> None:
    lib = build_file_tree(tmp_path / "lib", files)
    with pytest.raises(error) as info:
        drafter.build(speech_facts, ["a"], library=Library([lib]))
    assert message in str(info.value)


def test_extends_parent_without_a_parent_says_so(tmp_path: Path, speech_facts: Path) -> None:
    lib = build_file_tree(tmp_path / "lib", {
        "a/template.yml": "体裁: 试验\n", "a/body.j2": "{% extends 父模板 %}\n"})
    with pytest.raises(RenderError) as info:
        drafter.build(speech_facts, ["a"], library=Library([lib]))
    assert "模板引用的文件“（没有父模板：template.yml 里没有写“继承:”）”不存在。" in str(info.value)


def test_missing_library_folder(tmp_path: Path) -> None:
    with pytest.raises(TemplateNotFoundError, match="模板库文件夹不存在"):
        Library([tmp_path / "nowhere"])


def test_template_list_and_show_on_the_command_line(tmp_path: Path) -> None:
    from helpers import run_cli

    build_file_tree(tmp_path / "lib", {
        "report/template.yml": "继承: report\n说明: 本单位的会议报道\n",
        "report/body.j2": "{% extends 父模板 %}{% block 亮点 %}{% endblock %}\n"})
    listed = run_cli("templates", "--library", "lib", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["brief", "experience", "feature", "minutes", "report", "speech"]
    assert lines[4] == "report       会议报道：本单位的会议报道（来自 lib/report，继承 report（内置模板））"
    assert lines[5].startswith("speech       讲话稿：年度组织、宣传、统战、政法等工作会议上的领导讲话")
    shown = run_cli("templates", "show", "report", "--library", "lib", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    out = shown.stdout.splitlines()
    assert out[:5] == ["report：会议报道", "  说明：本单位的会议报道", "  位置：lib/report",
                       "  继承：report（内置模板）", "  版式：报纸"]
    assert "  块：标题、图片、署名、导语、正文、结尾、综述、要求、部署、条线、亮点" in out
    assert "  本模板改写的块：亮点" in out
    required = out.index("  必填事实：")
    assert out[required + 1] == "    地区                     本地区在文中的称呼"
    assert out.index("  可选事实：") > required
    assert out[-1].endswith("：评价、更加、答卷、新起点、去年、今年将")


def test_a_template_without_fields_builds_from_a_facts_file_naming_it_only(tmp_path: Path) -> None:
    # a skeleton mined from an anonymised speech (dev5 432) has no slot: its facts name only the template
    lib = tmp_path / "lib"
    (lib / "fixed").mkdir(parents=True)
    (lib / "fixed" / "template.yml").write_text("体裁: 讲话稿\n版式: 公文\n正文: body.j2\n需要: []\n字段: {}\n",
                                                encoding="utf-8")
    (lib / "fixed" / "body.j2").write_text("# 在全县政法工作会议上的讲话\n同志们：\n今天召开全县政法工作会议。\n",
                                           encoding="utf-8")
    facts = tmp_path / "f.yaml"
    facts.write_text("模板: fixed\n", encoding="utf-8")
    out = tmp_path / "f.docx"
    from drafter import pipeline

    pipeline.build(facts, [], out, library=Library([lib]))
    assert [p.text for p in reader.read_docx(out)] == ["在全县政法工作会议上的讲话", "同志们：", "今天召开全县政法工作会议。"]


def test_each_template_reads_its_own_fields_where_templates_of_one_library_share_a_name(tmp_path: Path) -> None:
    # two mined skeletons in one library, each with a field 省份 (and 人数) of its own: a build of the first checks
    # and explains its fields by its own template, not by the one whose name sorts last (before: 讲话's error
    # quoted 报道's exemplar, and a number was checked as 报道's list)
    lib = tmp_path / "lib"
    for name, note, kind, example in (("a讲话", "范文甲的省份：海南省", "数字", 3), ("z报道", "范文乙的省份：安徽省", "列表", ["x"])):
        (lib / name).mkdir(parents=True)
        (lib / name / "template.yml").write_text(
            f"体裁: 讲话稿\n版式: 公文\n正文: body.j2\n需要: [省份, 人数]\n字段:\n"
            f"  省份: {{类型: 文本, 说明: {note}, 示例: 某省}}\n  人数: {{类型: {kind}, 说明: 人数, 示例: {example}}}\n",
            encoding="utf-8")
        (lib / name / "body.j2").write_text("# 讲话\n{{ 省份 }}有{{ 人数 }}人参加。\n", encoding="utf-8")
    facts = tmp_path / "f.yaml"
    facts.write_text("模板: a讲话\n人数: 3\n", encoding="utf-8")
    from drafter import pipeline

    with pytest.raises(DrafterError) as e:
        pipeline.build(facts, [], tmp_path / "f.docx", library=Library([lib]))
    assert "范文甲的省份" in str(e.value) and "范文乙" not in str(e.value)
    assert "人数" not in str(e.value)  # 3 is a number, as a讲话 wants
    facts.write_text("模板: a讲话\n人数: 3\n省份: 海南省\n", encoding="utf-8")
    pipeline.build(facts, [], tmp_path / "f.docx", library=Library([lib]))
    assert [p.text for p in reader.read_docx(tmp_path / "f.docx")][-1] == "海南省有3人参加。"
