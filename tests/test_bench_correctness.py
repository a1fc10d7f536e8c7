"""The benchmarks in bench/ measure the real thing: the documents they build are the ones
the normal path builds, docxtpl renders the same speech, and their checks can fail.
(No timing here: the numbers live in bench/.)"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, SAMPLES, run_cli

sys.path.insert(0, str(ROOT / "bench"))
import batch_build
import common
import speech_docxtpl
import warm_build

from drafter import reader


@pytest.fixture(scope="module")
def cli_speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample built the normal way: `drafter build` in a fresh process."""
    folder = tmp_path_factory.mktemp("cli")
    shutil.copy(SAMPLES / "speech.yaml", folder / "speech.yaml")
    assert run_cli("build", "speech.yaml", cwd=folder).returncode == 0
    return folder / "speech.docx"


def test_warm_benchmark_builds_what_the_command_builds(cli_speech: Path, tmp_path: Path) -> None:
    facts, build = warm_build.drafter_builder(tmp_path)
    assert facts.read_bytes() == (SAMPLES / "speech.yaml").read_bytes()
    first = build().read_bytes()
    (tmp_path / "speech.docx").unlink()
    assert build().read_bytes() == first == cli_speech.read_bytes()


def test_generated_facts_are_varied_and_build(tmp_path: Path) -> None:
    paths = common.make_facts(tmp_path, 4)
    assert [p.name for p in paths] == ["facts0000.yaml", "facts0001.yaml", "facts0002.yaml",
                                       "facts0003.yaml"]
    result = run_cli("build", str(tmp_path), "-j", "2")
    assert result.returncode == 0, result.stderr
    texts = ["\n".join(p.text for p in reader.read(out)) for out in batch_build.outputs(paths)]
    assert len(set(texts)) == 4
    assert "为城关镇经济社会发展作出了积极贡献" in texts[1]
    # the one-by-one builds of the benchmark write the same bytes as the batch
    again = tmp_path / "again"
    again.mkdir()
    for p in paths[:2]:
        shutil.copy(p, again)
    assert batch_build.one_by_one(sorted(again.glob("*.yaml"))) > 0
    assert common.compare_outputs(batch_build.outputs(paths[:2]),
                                  batch_build.outputs(sorted(again.glob("*.yaml")))) == []


def test_compare_outputs_finds_a_difference(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.docx", tmp_path / "b.docx", tmp_path / "c.docx"
    a.write_bytes(b"PK same")
    b.write_bytes(b"PK same")
    c.write_bytes(b"PK diff")
    assert common.compare_outputs([a], [b]) == []
    assert common.compare_outputs([a, a], [b, c]) == [(a, c)]
    assert common.compare_outputs([a], [tmp_path / "missing.docx"]) != []


@pytest.fixture(scope="module")
def docxtpl_speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("docxtpl")
    folder = tmp_path_factory.mktemp("docxtpl")
    template = speech_docxtpl.make_template(folder / "template.docx", SAMPLES / "speech.yaml")
    out = folder / "out.docx"
    # as the cold benchmark runs it: a fresh process
    subprocess.run([sys.executable, str(ROOT / "bench" / "speech_docxtpl.py"), str(template),
                    str(SAMPLES / "speech.yaml"), str(out)], check=True, timeout=120,
                   env=common.child_env())
    return out


def test_docxtpl_renders_the_same_speech(docxtpl_speech: Path, cli_speech: Path) -> None:
    theirs = common.docx_paragraphs(docxtpl_speech)
    ours = common.docx_paragraphs(cli_speech)
    assert len(ours) > 40
    assert theirs == ours


def test_paragraph_comparison_sees_a_changed_word(docxtpl_speech: Path, tmp_path: Path) -> None:
    import zipfile

    changed = tmp_path / "changed.docx"
    with zipfile.ZipFile(docxtpl_speech) as src, zipfile.ZipFile(changed, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data.replace("同志们".encode(), "朋友们".encode(), 1)
            dst.writestr(info, data)
    assert common.docx_paragraphs(changed) != common.docx_paragraphs(docxtpl_speech)
