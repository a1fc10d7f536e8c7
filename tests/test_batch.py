"""`drafter build` over many facts files: parallel = serial = one by one, past bad files."""

from __future__ import annotations

import os
import re
import shutil
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from helpers import SAMPLES, run_cli

import drafter
from drafter import batch, reader

PLACES = ("东城街道", "西城街道", "南山镇", "北湖乡")


def _write_facts(folder: Path, place: str, name: str) -> Path:
    """The sample with another place (and a date that differs with it)."""
    text = (SAMPLES / "speech.yaml").read_text(encoding="utf-8")
    text = text.replace("地区: 全区", f"地区: {place}", 1)
    text = text.replace("日期: 2023-02-20", f"日期: 2023-02-{20 + PLACES.index(place)}", 1)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four good facts files, built in parallel by the command line (not a terminal)."""
    folder = tmp_path_factory.mktemp("batch")
    for i, place in enumerate(PLACES):
        _write_facts(folder, place, f"{i + 1:02d}.yaml")
    return folder


@pytest.fixture(scope="module")
def parallel(folder: Path) -> dict[str, object]:
    result = run_cli("build", str(folder), "-j", "2", cwd=folder)
    built = {p.name: p.read_bytes() for p in sorted(folder.glob("*.docx"))}
    return {"result": result, "bytes": built}


def test_parallel_builds_every_file(folder: Path, parallel: dict) -> None:
    result = parallel["result"]
    assert result.returncode == 0, result.stderr
    assert sorted(parallel["bytes"]) == ["01.docx", "02.docx", "03.docx", "04.docx"]
    for i, place in enumerate(PLACES):
        text = "\n".join(p.text for p in reader.read(folder / f"{i + 1:02d}.docx"))
        assert f"为{place}经济社会发展作出了积极贡献" in text
    assert re.search(r"共 4 个事实文件，全部生成成功（用时 [\d.]+ 秒，2 个进程）。", result.stdout)


def test_parallel_equals_serial_equals_one_by_one(folder: Path, parallel: dict,
                                                  tmp_path: Path) -> None:
    serial = tmp_path / "serial"
    shutil.copytree(folder, serial, ignore=shutil.ignore_patterns("*.docx"))
    result = run_cli("build", str(serial), "-j", "1")
    assert result.returncode == 0, result.stderr
    assert "1 个进程" in result.stdout
    assert {p.name: p.read_bytes() for p in sorted(serial.glob("*.docx"))} == parallel["bytes"]
    single = tmp_path / "single"
    single.mkdir()
    for name in ("01.yaml", "04.yaml"):
        [built] = drafter.build(shutil.copy(folder / name, single / name))
        assert built.path.read_bytes() == parallel["bytes"][built.path.name]


def test_a_line_per_file_when_not_a_terminal(parallel: dict) -> None:
    lines = parallel["result"].stdout.splitlines()
    progress = [line for line in lines if line.startswith("[")]
    assert [line[:6] for line in progress] == ["[1/4] ", "[2/4] ", "[3/4] ", "[4/4] "]
    built = sorted(re.fullmatch(r"\[\d/4\] 已生成 (\d\d\.docx)（speech，\d{4} 字）", line)[1]
                   for line in progress)
    assert built == ["01.docx", "02.docx", "03.docx", "04.docx"]
    assert "\r" not in parallel["result"].stdout + parallel["result"].stderr  # no progress bar


def test_rebuild_reports_unchanged_and_protects_edited_documents(folder: Path, parallel: dict,
                                                                 tmp_path: Path) -> None:
    work = tmp_path / "work"
    shutil.copytree(folder, work)
    edited = _edit(work / "02.docx")  # the writer changed a word in Word
    result = run_cli("build", str(work), cwd=work)
    assert result.returncode == 0, result.stderr
    assert "其中 3 份与已有文件完全相同，没有改动。" in result.stdout
    assert "其中 1 份的原文件已被修改过，为保护您的修改，新稿写在旁边" in result.stdout
    assert "    02.new.docx" in result.stdout.splitlines()
    assert (work / "02.docx").read_bytes() == edited
    assert (work / "02.new.docx").read_bytes() == parallel["bytes"]["02.docx"]


def _edit(path: Path) -> bytes:
    """Change a word of a built document, keeping everything else (as Word would not)."""
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    body = parts["word/document.xml"]
    parts["word/document.xml"] = body.replace("同志们".encode(), "朋友们".encode(), 1)
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path.read_bytes()


def test_a_bad_file_in_a_folder_of_good_ones(folder: Path, tmp_path: Path) -> None:
    mixed = tmp_path / "mixed"
    shutil.copytree(folder, mixed, ignore=shutil.ignore_patterns("*.docx"))
    bad = mixed / "03.yaml"
    text = bad.read_text(encoding="utf-8").replace("  日期: 2023-02-22", "  日期 2023-02-22")
    bad.write_text(text, encoding="utf-8")
    single = run_cli("build", "03.yaml", cwd=mixed)
    assert single.returncode == 1
    problem = single.stderr.removeprefix("错误：").rstrip("\n")
    assert problem.startswith("03.yaml:")

    result = run_cli("build", ".", cwd=mixed)
    assert result.returncode == 1
    assert "共 4 个事实文件：成功 3 个，失败 1 个（" in result.stdout
    assert f"失败的文件（1 个）：\n{problem}\n" in result.stderr
    assert re.search(r"^\[\d/4\] 失败 03\.yaml:\d+:\d+: ", result.stdout, re.M)
    assert sorted(p.name for p in mixed.glob("*.docx")) == ["01.docx", "02.docx", "04.docx"]


def test_missing_files_empty_folders_and_clashing_names(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    _write_facts(tmp_path, "南山镇", "a.yaml")
    _write_facts(tmp_path, "北湖乡", "a.yml")
    result = run_cli("build", "empty", "missing.yaml", "a.yaml", "a.yml", "-j", "2", cwd=tmp_path)
    assert result.returncode == 1
    assert "共 4 个事实文件：成功 1 个，失败 3 个" in result.stdout
    assert "empty: 这个文件夹里没有事实文件（.yaml 或 .yml）。" in result.stderr
    assert "missing.yaml: 找不到这个文件。" in result.stderr
    assert "a.yml: 与 a.yaml 生成的文稿同名" in result.stderr
    text = "\n".join(p.text for p in reader.read(tmp_path / "a.docx"))
    assert "南山镇" in text and "北湖乡" not in text


def test_output_folder(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "docs"
    result = run_cli("build", str(folder / "01.yaml"), str(folder / "02.yaml"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["01-讲话稿.docx", "02-讲话稿.docx"]
    wrong = run_cli("build", str(folder / "01.yaml"), str(folder / "02.yaml"), "-o", "x.docx",
                    cwd=tmp_path)
    assert wrong.returncode == 2
    assert wrong.stderr.splitlines()[-1] == \
        "用法错误：一次生成多个事实文件时，-o 应当是一个文件夹。"


def test_single_file_keeps_its_plain_report(folder: Path, tmp_path: Path) -> None:
    facts = shutil.copy(folder / "01.yaml", tmp_path / "f.yaml")
    result = run_cli("build", str(facts), cwd=tmp_path)
    assert result.returncode == 0
    assert re.fullmatch(r"已生成 f\.docx（speech，\d{4} 字）\n", result.stdout)


def test_a_crash_on_one_file_does_not_stop_the_batch(folder: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter import pipeline

    work = tmp_path / "work"
    shutil.copytree(folder, work, ignore=shutil.ignore_patterns("*.docx"))
    real = pipeline.build

    def flaky(path: Path, *args: object, **kwargs: object) -> object:
        if Path(path).name == "02.yaml":
            raise ZeroDivisionError("division by zero")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(pipeline, "build", flaky)
    seen: list[str] = []
    report = batch.run(batch.collect([work]), jobs=1, on_done=lambda o: seen.append(o.source.name))
    assert seen == ["01.yaml", "02.yaml", "03.yaml", "04.yaml"]
    assert [o.ok for o in report.outcomes] == [True, False, True, True]
    good, bad = batch.summary(report)
    assert "成功 3 个，失败 1 个" in good
    assert "02.yaml: drafter 内部错误：ZeroDivisionError: division by zero" in bad
    assert "Traceback" not in bad
    assert "Traceback" in batch.summary(report, debug=True)[1]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses a Linux pseudo-terminal")
def test_progress_bar_on_a_terminal(folder: Path, tmp_path: Path) -> None:
    import fcntl
    import pty
    import struct
    import subprocess
    import termios

    from helpers import ROOT

    work = tmp_path / "work"
    shutil.copytree(folder, work, ignore=shutil.ignore_patterns("*.docx"))
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "drafter", "build", str(work)],
                            stdin=follower, stdout=follower, stderr=follower,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert proc.wait(timeout=120) == 0
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert re.search(r"生成: 100%\|█+\| 4/4 ", shown)
    assert "[1/4]" not in shown  # the bar replaces the per-file lines
    assert "共 4 个事实文件，全部生成成功" in shown


def test_collect_sorts_folders_and_keeps_each_file_once(folder: Path) -> None:
    found = batch.collect([folder, folder / "02.yaml", folder.parent / folder.name / "01.yaml"])
    assert [p.name for p in found] == ["01.yaml", "02.yaml", "03.yaml", "04.yaml"]
    assert yaml.safe_load((folder / "01.yaml").read_text(encoding="utf-8"))["地区"] == "东城街道"


def test_a_problem_outside_the_facts_names_the_file(folder: Path) -> None:
    report = batch.run(batch.collect([folder / "01.yaml", folder / "02.yaml"]),
                       batch.Settings(templates=("nosuch",)), jobs=1)
    assert len(report.failed) == 2
    first = batch.line(report.outcomes[0], 1, 2)
    assert first == f"[1/2] 失败 {batch._show(folder / '01.yaml')}: 没有名为“nosuch”的模板。"


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names open files through /proc")
def test_a_batch_flushes_its_documents_once_at_the_end(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Each document is written to a temporary file and renamed (never flushed there); the
    batch then flushes every document it wrote, and their folder, once; a single build
    afterwards flushes before its rename again."""
    from drafter import budget

    for i, place in enumerate(PLACES[:2]):
        _write_facts(tmp_path, place, f"{i + 1:02d}.yaml")
    flushed: list[str] = []
    real = os.fsync

    def spy(fd: int) -> None:
        flushed.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    monkeypatch.setattr(os, "fsync", spy)
    monkeypatch.setattr(budget, "can_fork", lambda: False)  # the workers' flushes seen here
    report = batch.run(batch.collect([tmp_path]), jobs=1)
    assert [o.ok for o in report.outcomes] == [True, True]
    docs = [str(tmp_path / "01.docx"), str(tmp_path / "02.docx")]
    assert flushed == [*docs, str(tmp_path)]
    assert "积极贡献" in "\n".join(p.text for p in reader.read(tmp_path / "02.docx"))
    assert not list(tmp_path.glob(".*.tmp"))
    flushed.clear()
    drafter.build(tmp_path / "01.yaml", force=True, out=tmp_path / "single.docx")
    assert len(flushed) == 1 and flushed[0].endswith(".tmp")  # before its rename
