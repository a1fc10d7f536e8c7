"""A writer's work is never lost: edited documents are kept, open ones are not replaced,
and a build that is killed, interrupted or fails leaves the previous document as it was.

Builds run as real processes (``python -m drafter``), because what is tested is what a
process does when it is killed. Killing "in the middle of the write" is made exact, not
timed: the build runs under a file-size limit (RLIMIT_FSIZE) with SIGXFSZ at its default
action, so the kernel kills it the moment its temporary file grows past the limit.
"""

from __future__ import annotations

import io
import os
import re
import resource
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from helpers import ROOT, run_cli
from test_bad_input import MINIMAL, only_notices

from drafter import output
from drafter.reader import read_docx

V2 = MINIMAL.replace("征途漫漫，惟有奋斗", "任重道远，奋斗不止")
"""The facts after the writer changed one of them."""
BESIDE = "f.docx 已被修改过，为保护您的修改，新稿写到了 {}（确定要覆盖原文件时加 --force）\n"
OPEN = ("错误：f.docx: 这个文档正在 Word 或 WPS 中打开，无法覆盖。\n"
        "  提示：请先关闭文档再生成；或用 -o 写到另一个文件。\n")


def assert_built(result: subprocess.CompletedProcess[str], name: str = "f.docx") -> None:
    """The build wrote ``name`` and said so; stderr holds at most notices (missing fonts …)."""
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(rf"已生成 {re.escape(name)}（speech，\d+ 字）\n", result.stdout), result.stdout
    assert only_notices(result.stderr), result.stderr


def text_of(path: Path) -> str:
    return "\n".join(p.text for p in read_docx(path))


def edit_like_word(path: Path, old: str = "同志们", new: str = "各位") -> bytes:
    """Change a word of the body and save, as Word does (custom properties are kept)."""
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    body = parts["word/document.xml"]
    assert old.encode() in body
    parts["word/document.xml"] = body.replace(old.encode(), new.encode(), 1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A writer's folder after a first build: f.yaml and the f.docx drafter wrote."""
    (tmp_path / "f.yaml").write_text(MINIMAL, encoding="utf-8")
    first = run_cli("build", "f.yaml", cwd=tmp_path)
    assert_built(first)
    return tmp_path


# --- edited documents --------------------------------------------------------------------------

def test_untouched_document_is_rebuilt_in_place(folder: Path) -> None:
    (folder / "f.yaml").write_text(V2, encoding="utf-8")
    result = run_cli("build", "f.yaml", cwd=folder)
    assert_built(result)
    assert "任重道远，奋斗不止" in text_of(folder / "f.docx")
    assert sorted(p.name for p in folder.iterdir()) == ["f.docx", "f.yaml"]


def test_edited_document_is_kept_and_the_new_build_goes_beside(folder: Path) -> None:
    edited = edit_like_word(folder / "f.docx")
    (folder / "f.yaml").write_text(V2, encoding="utf-8")
    result = run_cli("build", "f.yaml", cwd=folder)
    assert (result.returncode, result.stdout) == (0, BESIDE.format("f.new.docx"))
    assert only_notices(result.stderr)
    assert (folder / "f.docx").read_bytes() == edited
    assert "任重道远，奋斗不止" in text_of(folder / "f.new.docx")
    assert output.is_untouched(folder / "f.new.docx")
    # Building again reuses f.new.docx (it is drafter's own) and still keeps f.docx.
    again = run_cli("build", "f.yaml", cwd=folder)
    assert again.stdout == BESIDE.format("f.new.docx")
    assert sorted(p.name for p in folder.iterdir()) == ["f.docx", "f.new.docx", "f.yaml"]


def test_edited_new_document_is_kept_too(folder: Path) -> None:
    edited = edit_like_word(folder / "f.docx")
    run_cli("build", "f.yaml", cwd=folder)  # same facts, but f.docx was edited: f.new.docx
    edited_new = edit_like_word(folder / "f.new.docx", "同志们", "同事们")
    (folder / "f.yaml").write_text(V2, encoding="utf-8")
    result = run_cli("build", "f.yaml", cwd=folder)
    assert result.stdout == BESIDE.format("f.new-2.docx")
    assert (folder / "f.docx").read_bytes() == edited
    assert (folder / "f.new.docx").read_bytes() == edited_new
    assert "任重道远，奋斗不止" in text_of(folder / "f.new-2.docx")


def test_force_overwrites_the_edited_document(folder: Path) -> None:
    edit_like_word(folder / "f.docx")
    (folder / "f.yaml").write_text(V2, encoding="utf-8")
    result = run_cli("build", "f.yaml", "--force", cwd=folder)
    assert_built(result)
    assert "任重道远，奋斗不止" in text_of(folder / "f.docx")
    assert "各位" not in text_of(folder / "f.docx")
    assert sorted(p.name for p in folder.iterdir()) == ["f.docx", "f.yaml"]


def test_someone_elses_document_is_never_overwritten(tmp_path: Path) -> None:
    theirs = docx.Document()
    theirs.add_paragraph("办公室自己写的稿子")
    theirs.save(str(tmp_path / "f.docx"))
    before = (tmp_path / "f.docx").read_bytes()
    (tmp_path / "f.yaml").write_text(MINIMAL, encoding="utf-8")
    result = run_cli("build", "f.yaml", cwd=tmp_path)
    assert result.stdout == BESIDE.format("f.new.docx")
    assert (tmp_path / "f.docx").read_bytes() == before


# --- documents open in Word, WPS or LibreOffice ------------------------------------------------

@pytest.mark.parametrize("lock", ["~$f.docx", ".~lock.f.docx#"], ids=["word-wps", "libreoffice"])
def test_open_document_is_not_replaced(folder: Path, lock: str) -> None:
    before = (folder / "f.docx").read_bytes()
    (folder / lock).write_bytes(b"\x05writer")
    (folder / "f.yaml").write_text(V2, encoding="utf-8")
    for args in (["build", "f.yaml"], ["build", "f.yaml", "--force"]):
        result = run_cli(*args, cwd=folder)
        assert (result.returncode, result.stdout, result.stderr) == (1, "", OPEN)
        assert (folder / "f.docx").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == sorted(["f.docx", "f.yaml", lock])


def test_word_lock_file_of_a_long_name(tmp_path: Path) -> None:
    """Word names the lock of Document1.docx ~$cument1.docx."""
    (tmp_path / "Document1.yaml").write_text(MINIMAL, encoding="utf-8")
    assert run_cli("build", "Document1.yaml", cwd=tmp_path).returncode == 0
    (tmp_path / "~$cument1.docx").write_bytes(b"\x05writer")
    (tmp_path / "Document1.yaml").write_text(V2, encoding="utf-8")
    result = run_cli("build", "Document1.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("错误：Document1.docx: 这个文档正在 Word 或 WPS 中打开，无法覆盖。")


def test_open_and_edited_document_gets_the_new_build_beside(folder: Path) -> None:
    edited = edit_like_word(folder / "f.docx")
    (folder / "~$f.docx").write_bytes(b"\x05writer")
    (folder / "f.yaml").write_text(V2, encoding="utf-8")
    result = run_cli("build", "f.yaml", cwd=folder)
    assert (result.returncode, result.stdout) == (0, BESIDE.format("f.new.docx"))
    assert (folder / "f.docx").read_bytes() == edited


def test_open_document_with_nothing_new_is_left_alone(folder: Path) -> None:
    (folder / "~$f.docx").write_bytes(b"\x05writer")
    result = run_cli("build", "f.yaml", cwd=folder)
    assert (result.returncode, result.stdout) == (0, "f.docx 没有变化（speech）\n")


# --- builds that are killed, interrupted or fail -------------------------------------------------

def _limited(fsize: int) -> Callable[[], None]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return limit


def _drafter_with(signal_default: bool) -> list[str]:
    """``python -m drafter``, optionally with SIGXFSZ at its default action (Python ignores
    it, so a write past the limit is an error; by default the kernel kills the process)."""
    code = "import runpy, signal, sys\n"
    if signal_default:
        code += "signal.signal(signal.SIGXFSZ, signal.SIG_DFL)\n"
    code += "sys.argv = ['drafter', *sys.argv[1:]]\nrunpy.run_module('drafter', run_name='__main__')\n"
    return [sys.executable, "-c", code]


ENV = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}


def test_killed_in_the_middle_of_writing(folder: Path) -> None:
    previous = (folder / "f.docx").read_bytes()
    (folder / "f.yaml").write_text(V2, encoding="utf-8")
    killed = subprocess.run([*_drafter_with(signal_default=True), "build", "f.yaml"], cwd=folder, env=ENV,
                            capture_output=True, text=True, timeout=120, preexec_fn=_limited(4096))
    assert killed.returncode == -signal.SIGXFSZ  # killed by the kernel, not a clean exit
    assert (folder / "f.docx").read_bytes() == previous
    # It really was mid-write: the hidden temporary file holds the first 4096 bytes.
    (partial,) = leftovers(folder)
    assert partial.startswith(".f.docx.") and (folder / partial).stat().st_size == 4096
    # The next build finishes the job and clears what the killed one left.
    result = run_cli("build", "f.yaml", cwd=folder)
    assert_built(result)
    assert "任重道远，奋斗不止" in text_of(folder / "f.docx")
    assert leftovers(folder) == []


def test_failed_write_leaves_the_previous_document_and_no_temporary_file(folder: Path) -> None:
    previous = (folder / "f.docx").read_bytes()
    (folder / "f.yaml").write_text(V2, encoding="utf-8")
    failed = subprocess.run([*_drafter_with(signal_default=False), "build", "f.yaml"], cwd=folder, env=ENV,
                            capture_output=True, text=True, timeout=120, preexec_fn=_limited(4096))
    assert (failed.returncode, failed.stdout) == (1, "")
    assert failed.stderr == "错误：f.docx: 无法写入：文件超过了系统允许的大小。\n  提示：原来的文件没有改动。\n"
    assert (folder / "f.docx").read_bytes() == previous
    assert leftovers(folder) == []


def _big_facts() -> str:
    """MINIMAL with 300 work lines: a build that takes about a second."""
    line = MINIMAL[MINIMAL.index("  - 名称: 组织"):MINIMAL.index("意义:")]
    return MINIMAL.replace(line, line.replace("征途", "") * 300, 1).replace("征途漫漫，惟有奋斗", "任重道远，奋斗不止")


def _wait_for(condition: Callable[[], bool], process: subprocess.Popen[str], timeout: float = 60,
              pause: float = 0.005) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(pause)


def _writing_the_document(pid: int) -> Callable[[], bool]:
    """True while the build has its temporary output file open: it has laid the document
    out and is writing it (drafter writes the .docx as XML text, so no library to spot)."""
    fds = Path(f"/proc/{pid}/fd")

    def check() -> bool:
        try:
            return any(os.readlink(fd).endswith(".tmp") for fd in fds.iterdir())
        except OSError:
            return False

    return check


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc to see the build's progress")
def test_killed_during_a_long_build(folder: Path) -> None:
    previous = (folder / "f.docx").read_bytes()
    (folder / "f.yaml").write_text(_big_facts(), encoding="utf-8")
    for _attempt in range(30):  # the write takes milliseconds: watch closely, try again if missed
        build = subprocess.Popen([sys.executable, "-m", "drafter", "build", "f.yaml"], cwd=folder,
                                 env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            _wait_for(_writing_the_document(build.pid), build, pause=0)
            break
        except AssertionError:  # finished before it was seen writing: put the old one back
            (folder / "f.docx").write_bytes(previous)
    else:
        pytest.fail("never caught the build writing its document")
    build.send_signal(signal.SIGKILL)
    build.communicate(timeout=60)
    assert build.returncode == -signal.SIGKILL
    # Whenever the kill landed: the old document whole, or the new one whole, never a mix.
    now = folder / "f.docx"
    assert now.read_bytes() == previous or (output.is_untouched(now) and "任重道远" in text_of(now))
    result = run_cli("build", "f.yaml", cwd=folder)
    assert result.returncode == 0
    assert leftovers(folder) == []


_PAUSED_BUILD = """
import pathlib, sys, time
from drafter import cli, pipeline
prepare = pipeline.prepare

def slow_prepare(*args, **kwargs):
    draft = prepare(*args, **kwargs)
    pathlib.Path("building").write_text("")  # the facts are read and the draft rendered
    time.sleep(60)  # as a long build would take; a signal interrupts the sleep
    return draft

pipeline.prepare = slow_prepare
sys.argv = ["drafter", *sys.argv[1:]]
cli.run()
"""
"""drafter with a build that pauses in the middle (facts read, document not yet written):
a pipe or device given as the facts file is refused now, so nothing blocks on its own."""


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "kill"])
def test_interrupted_build_stops_cleanly(folder: Path, sig: signal.Signals) -> None:
    previous = (folder / "f.docx").read_bytes()
    (folder / "f.yaml").write_text(V2, encoding="utf-8")
    build = subprocess.Popen([sys.executable, "-c", _PAUSED_BUILD, "build", "f.yaml"], cwd=folder,
                             env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with build:
        _wait_for((folder / "building").exists, build)
        (folder / "building").unlink()
        build.send_signal(sig)
        out, err = build.communicate(timeout=60)
    assert (build.returncode, out, err) == (1, "", "\n已取消。\n")
    assert (folder / "f.docx").read_bytes() == previous
    assert sorted(p.name for p in folder.iterdir()) == ["f.docx", "f.yaml"]


def test_leftovers_of_a_running_build_are_not_touched(tmp_path: Path) -> None:
    target = tmp_path / "f.docx"
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as running:
        try:
            mine = tmp_path / f".f.docx.{running.pid}.abc.tmp"
            mine.write_bytes(b"half")
            dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                                  capture_output=True, text=True, check=True)
            gone = tmp_path / f".f.docx.{int(dead.stdout)}.def.tmp"
            gone.write_bytes(b"half")
            other = tmp_path / ".g.docx.1.xyz.tmp"
            other.write_bytes(b"not ours")
            assert output.clear_leftovers(target) == [gone]
            assert mine.exists() and other.exists()
        finally:
            running.kill()
