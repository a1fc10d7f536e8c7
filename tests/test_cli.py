"""The command line as a writer meets it: exit codes, Chinese messages, no tracebacks."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml
from helpers import SAMPLES, run_cli

from drafter.facts import load
from drafter.library import Library
from drafter.schema import validate


def test_build_prints_where_the_draft_went(tmp_path: Path) -> None:
    facts = shutil.copy(SAMPLES / "speech.yaml", tmp_path / "会议.yaml")
    result = run_cli("build", "会议.yaml", cwd=tmp_path)
    assert result.returncode == 0
    assert "错误" not in result.stderr
    assert re.fullmatch(r"已生成 会议\.docx（speech，\d{4} 字）\n", result.stdout)
    assert (tmp_path / "会议.docx").is_file()
    again = run_cli("build", str(facts), cwd=tmp_path)
    assert again.stdout == "会议.docx 没有变化（speech）\n"


def test_output_option(tmp_path: Path) -> None:
    result = run_cli("build", str(SAMPLES / "speech.yaml"), "-o", str(tmp_path / "讲话.docx"))
    assert result.returncode == 0
    assert (tmp_path / "讲话.docx").is_file()


def test_facts_error_exits_1_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "f.yaml").write_text("模板: speech\n地区: 全区\n", encoding="utf-8")
    result = run_cli("build", "f.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("错误：f.yaml:1:1: 党委: 缺少这个必填字段。\n")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "f.docx").exists()


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    (tmp_path / "f.yaml").write_text("模板: speech\n", encoding="utf-8")
    result = run_cli("--debug", "build", "f.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" in result.stderr and "FactsError" in result.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["build"], "用法错误：缺少参数 FACTS_FILES...。"),
    (["buld", "x.yaml"], "用法错误：没有这个命令：buld。"),
    (["build", "x.yaml", "--forse"], "用法错误：没有这个选项：--forse。是不是 --force？"),
], ids=["missing-argument", "unknown-command", "unknown-option"])
def test_usage_errors_exit_2_in_chinese(args: list[str], message: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == message
    assert result.stderr.startswith("用法： drafter")


def test_unknown_template_suggests(tmp_path: Path) -> None:
    result = run_cli("build", str(SAMPLES / "speech.yaml"), "-t", "speach", "-o", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr == "错误：没有名为“speach”的模板。\n  提示：是不是“speech”？可用的模板：" + \
        "、".join(Library().names()) + "。\n"


def test_check_does_not_build(tmp_path: Path) -> None:
    facts = shutil.copy(SAMPLES / "speech.yaml", tmp_path / "f.yaml")
    result = run_cli("check", str(facts))
    assert result.returncode == 0
    assert result.stdout.endswith("f.yaml：没有问题（speech）\n")
    assert not (tmp_path / "f.docx").exists()


def test_templates_lists_with_descriptions() -> None:
    result = run_cli("templates")
    assert result.returncode == 0
    line = next(x for x in result.stdout.splitlines() if x.startswith("speech"))
    assert "讲话稿：年度组织、宣传、统战、政法等工作会议上的领导讲话" in line


def test_new_gives_a_file_that_validates_once_filled(tmp_path: Path) -> None:
    result = run_cli("new", "speech")
    assert result.returncode == 0
    blank = result.stdout
    assert blank.startswith("# 讲话稿（speech）事实文件")
    # Empty, the blank file is refused with the list of what is missing.
    (tmp_path / "blank.yaml").write_text(blank, encoding="utf-8")
    refused = run_cli("check", "blank.yaml", cwd=tmp_path)
    assert refused.returncode == 1 and "会议.名称: 缺少这个必填字段。" in refused.stderr
    # Filled with the examples its comments give, it validates and builds.
    filled = _fill_with_examples(blank)
    (tmp_path / "filled.yaml").write_text(filled, encoding="utf-8")
    built = run_cli("build", "filled.yaml", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "filled.docx").is_file()


def _fill_with_examples(text: str) -> str:
    """Put each field's example (from the comment above it) after its empty value."""
    out, example = [], ""
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            m = re.search(r"例：(.*)$", line)
            example = m[1].strip("[]") if m else ""
        elif (line.endswith(": ") or line.strip() == "-") and example:
            line += json.dumps(example, ensure_ascii=False)
        out.append(line)
    return "\n".join(out) + "\n"


def test_schema_is_json_schema_that_agrees_with_the_validator(tmp_path: Path) -> None:
    result = run_cli("schema", "speech")
    assert result.returncode == 0
    doc = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(doc)
    sample = yaml.safe_load((SAMPLES / "speech.yaml").read_text(encoding="utf-8"))
    sample["会议"]["日期"] = sample["会议"]["日期"].isoformat()
    jsonschema.validate(sample, doc)
    # Both refuse the same slips.
    lib = Library()
    for mutate in (lambda d: d.pop("地区"), lambda d: d["会议"].update(主要任物="x"),
                   lambda d: d.update(条线=[])):
        bad = json.loads(json.dumps(sample, ensure_ascii=False))
        mutate(bad)
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, doc)
        path = tmp_path / "bad.yaml"
        path.write_text(yaml.safe_dump(bad, allow_unicode=True), encoding="utf-8")
        from drafter.errors import FactsError

        with pytest.raises(FactsError):
            validate(load(path), lib.schema(lib.get("speech")))


def test_help_is_chinese() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "drafter build facts.yaml" in result.stdout
    assert "根据事实文件生成 Word 文稿" in result.stdout


def test_a_bug_of_drafters_own_is_one_plain_line_and_its_traceback_only_with_debug(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from drafter import cli
    from drafter.mining import cli_support

    def broken(*_: object) -> None:
        raise StopIteration("a bug")

    monkeypatch.setattr(cli_support, "skeleton", broken)
    doc = tmp_path / "范文.txt"
    doc.write_text("会议强调，要压实责任。\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        cli.run(["mine", str(doc), "--skeleton", str(tmp_path / "sk")])
    err = capsys.readouterr().err
    assert stop.value.code == 1
    assert err.startswith("drafter 内部错误：StopIteration: a bug\n") and "报告给开发者" in err and "Traceback" not in err
    with pytest.raises(StopIteration):
        cli.run(["--debug", "mine", str(doc), "--skeleton", str(tmp_path / "sk")])
