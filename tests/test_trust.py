"""What writers fear: a draft too long for the slot, an outline not approved, the network."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from helpers import ROOT, SAMPLES, run_cli

import drafter
from drafter import outline as outline_mod
from drafter import reader
from drafter.pipeline import outline

SAMPLE = (SAMPLES / "speech.yaml").read_text(encoding="utf-8")


def _facts(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "f.yaml"
    path.write_text(SAMPLE + extra, encoding="utf-8")
    return path


def test_length_within_the_slot_is_quiet(tmp_path: Path) -> None:
    built = drafter.build(SAMPLES / "speech.yaml", out=tmp_path / "a.docx")[0]
    minutes = round(built.length / 220)
    facts = _facts(tmp_path, f"篇幅:\n  时长: {minutes}\n")
    assert drafter.build(facts)[0].warnings == ()


def test_too_long_for_the_slot_warns(tmp_path: Path) -> None:
    built = drafter.build(_facts(tmp_path, "篇幅:\n  时长: 15\n  语速: 200\n"))[0]
    assert 7000 < built.length < 9000
    [note] = built.warnings
    assert note == (f"全文 {built.length} 字，按每分钟 200 字约需 {built.length / 200:.0f} 分钟，"
                    f"超出讲话时间 15 分钟（按每分钟 200 字约 3000 字），请压缩约 {built.length - 3000} 字。")


def test_too_short_for_the_word_count_warns(tmp_path: Path) -> None:
    built = drafter.build(_facts(tmp_path, "篇幅:\n  字数: 20000\n"))[0]
    assert built.warnings[0].endswith(f"不到要求的 20000 字，还可补充约 {20000 - built.length} 字。")


def test_outline_for_approval(tmp_path: Path) -> None:
    [draft] = outline(SAMPLES / "speech.yaml")
    texts = [b.text for b in draft.document.blocks]
    assert texts[2] == "一、提高政治站位，深刻认识党建工作的重要意义"
    assert "（一）做好党建工作是贯彻习近平新时代中国特色社会主义思想的必然要求。" in texts
    assert "一是坚持完善上下贯通、执行有力的组织体系。" in texts
    assert all(len(t) < 80 for t in texts)  # headings only, no body text
    result = run_cli("outline", str(SAMPLES / "speech.yaml"), "-o", str(tmp_path / "提纲.docx"))
    assert result.returncode == 0
    assert result.stdout.splitlines()[2] == "一、提高政治站位，深刻认识党建工作的重要意义"
    # The outline .docx has the same outline as the full draft.
    full = drafter.build(SAMPLES / "speech.yaml", out=tmp_path / "full.docx")[0].path
    short = outline_mod.outline(reader.read(tmp_path / "提纲.docx"))
    assert outline_mod.signature(short) == outline_mod.signature(outline_mod.outline(reader.read(full)))


OFFLINE = """
import socket, sys
def refuse(*a, **k):
    raise OSError("network disabled for this test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
sys.argv = ["drafter", "build", sys.argv[1]]
from drafter.cli import run
run()
"""


def test_builds_with_the_network_unavailable(tmp_path: Path) -> None:
    import subprocess

    facts = shutil.copy(SAMPLES / "speech.yaml", tmp_path / "f.yaml")
    result = subprocess.run([sys.executable, "-c", OFFLINE, str(facts)], cwd=tmp_path,
                            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "f.docx").is_file()


def _writer_library(tmp_path: Path) -> Path:
    """A writer's copy of the speech template with last year's figures left in its frame."""
    lib = tmp_path / "lib"
    shutil.copytree(ROOT / "templates" / "speech", lib / "speech")
    body = (lib / "speech" / "body.j2").read_text(encoding="utf-8")
    body = body.replace("下面，我讲几点意见：", "2022年全区共发展党员126名。下面，我讲几点意见：")
    (lib / "speech" / "body.j2").write_text(body, encoding="utf-8")
    return lib


def test_templates_lint_flags_hard_coded_figures(tmp_path: Path) -> None:
    lib = _writer_library(tmp_path)
    result = run_cli("templates", "--library", str(lib), "lint")
    assert result.returncode == 1
    lines = [x for x in result.stdout.splitlines() if "speech/body.j2" in x]
    assert len(lines) == 2
    assert "T101 模板固定文字里写死了年份“2022年”，应当改为事实文件里的字段。" in lines[0]
    assert "T101 模板固定文字里写死了数字“126名”，应当改为事实文件里的字段。" in lines[1]
    assert "{{ 会议.日期 | 年份 }}" in lines[0]  # and how to write it from the facts
    clean = run_cli("templates", "lint")
    assert clean.returncode == 0, clean.stdout


def test_build_warns_about_figures_from_neither_facts_nor_frame(tmp_path: Path) -> None:
    facts = tmp_path / "f.yaml"
    facts.write_text(SAMPLE, encoding="utf-8")
    from drafter import facts as facts_mod
    from drafter import pipeline, provenance
    from drafter.library import Library

    lib = Library()
    f = facts_mod.load(facts)
    d = pipeline.prepare(f, "speech", lib)
    paragraphs = [b.text for b in d.document.blocks] + ["2021年完成投资3.5亿元，增长12.5%。"]
    traces = provenance.trace(paragraphs, f, lib.roots)
    unknown = [(t.kind, t.text) for t in traces if not t.source]
    assert unknown == [("年份", "2021年"), ("数字", "3.5亿元"), ("百分比", "12.5%")]
    known = [t for t in traces if t.source]
    assert known[0].source.endswith("f.yaml:9: 会议.日期")


def test_a_date_written_in_quotes_is_a_date_of_the_facts(tmp_path: Path) -> None:
    # drafter mine --skeleton writes 日期: '2021-04-13'; the years a template derives from it
    # (年份(-1)) are the facts', not last year's leftovers
    from drafter import facts as facts_mod
    from drafter import provenance

    path = tmp_path / "f.yaml"
    path.write_text("模板: speech\n会议:\n  日期: '2021-04-13'\n", encoding="utf-8")
    traces = provenance.trace(["总结2020年工作，部署2021年任务，4月13日召开会议。"], facts_mod.load(path), [])
    assert [(t.text, bool(t.source)) for t in traces] == [("2020年", True), ("2021年", True), ("4月13日", True)]
