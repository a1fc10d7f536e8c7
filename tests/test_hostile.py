"""The hostile-input suite (issue 14): every case in tests/hostile_cases.py, run as a writer
would run drafter (a fresh process), asserting the answer, that it came within a time and
a memory bound measured through the OS, and that nothing was written, changed or lost
beyond what the case allows. Add a case there for every new kind of hostile input.

The bounds are generous (a loaded 2-core machine); the figures themselves are printed by
``python bench/hostile_inputs.py``, before and after.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT
from hostile_cases import CASES, Case, plant, warm_cache
from test_bad_input import MINIMAL

TIME_BOUND = 30.0
"""Seconds any hostile input may take to be answered (they take ~1 s; the bug took minutes)."""
MEMORY_BOUND_MB = 400
"""Peak resident memory of the drafter process (~60 MB; the bug took 9.6 GB)."""
TESTS = Path(__file__).resolve().parent

MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
try:
    r = subprocess.run(sys.argv[2:], capture_output=True, text=True, timeout=float(sys.argv[1]))
    code, out, err = r.returncode, r.stdout, r.stderr
except subprocess.TimeoutExpired as e:
    code, out, err = None, str(e.stdout or ""), str(e.stderr or "")
print(json.dumps({"seconds": time.perf_counter() - start, "code": code, "out": out, "err": err,
                  "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""
"""A go-between that runs drafter and reports its wall time and peak memory (the peak of
this test process would otherwise be counted too)."""


def run_measured(case: Case, folder: Path, args: list[str], timeout: float = TIME_BOUND * 2,
                 root: Path = ROOT) -> dict[str, object]:
    """Run the case's command in ``folder``; its exit code, output, seconds and peak MB."""
    env = {**os.environ, "PYTHONPATH": str(root), "HOSTILE_TESTS": str(TESTS),
           **{k: v.replace("{folder}", str(folder)) for k, v in case.env.items()}}
    command = [sys.executable, "-c", case.python] if case.python else [sys.executable, "-m", "drafter"]
    result = subprocess.run([sys.executable, "-c", MEASURE, str(timeout), *command, *args], cwd=folder,
                            env=env, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def snapshot(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, object]:
    """Every entry under ``folder`` (links not followed): file bytes, link targets, kinds."""
    found: dict[str, object] = {}
    for top, dirs, files in os.walk(folder):
        for name in (*dirs, *files):
            path = Path(top) / name
            rel = path.relative_to(folder).as_posix()
            if rel.split("/")[0] in skip:
                continue
            if path.is_symlink():
                found[rel] = ("link", os.readlink(path))
            elif path.is_file():
                found[rel] = path.read_bytes()
            else:
                found[rel] = "folder" if path.is_dir() else "special"
    return found


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_input(tmp_path: Path, case: Case) -> None:
    args = case.setup(tmp_path)
    before = snapshot(tmp_path, case.writes)
    r = run_measured(case, tmp_path, args)
    said = f"{r['out']}{r['err']}"
    assert r["code"] == case.code, said
    assert case.says in said
    assert "Traceback" not in said
    assert r["seconds"] < TIME_BOUND  # type: ignore[operator]
    assert r["peak_mb"] < MEMORY_BOUND_MB  # type: ignore[operator]
    assert snapshot(tmp_path, case.writes) == before  # nothing else written, changed or lost
    assert not (tmp_path / "marker").exists()  # no planted cache file ran
    if case.check is not None:
        case.check(tmp_path)
    if case.id == "facts-bidi-controls-dropped":
        from drafter.reader import read_docx

        text = "".join(p.text for p in read_docx(tmp_path / "f.docx"))
        assert "全区" in text and not any(c in text for c in "\u202e\u2066")


def test_planted_cache_files_would_run_where_the_cache_is_trusted(tmp_path: Path) -> None:
    """The check the cache cases rely on: a planted file in a private cache is loaded (the
    cache is trusted when only its owner can write it), so the payload does run."""
    assert plant(warm_cache(tmp_path), tmp_path / "marker") > 0
    (tmp_path / "f.yaml").write_text(MINIMAL, encoding="utf-8")
    case = Case("control", lambda d: [], 0, "", env={"DRAFTER_CACHE": "{folder}/cache"})
    run_measured(case, tmp_path, ["build", "f.yaml"])
    assert (tmp_path / "marker").read_text() == "ran"


def test_every_hostile_case_has_its_own_name() -> None:
    assert len({c.id for c in CASES}) == len(CASES) >= 40


def test_the_benchmark_prints_a_row_per_case() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "hostile_files.py"), "-k", "facts-fifo"],
                            capture_output=True, text=True, timeout=120, check=True)
    header, row = result.stdout.splitlines()[1:]
    assert header.split()[:5] == ["case", "seconds", "peak", "MB", "exit"]
    name, seconds, peak, code, answer, said = row.split(maxsplit=5)
    assert (name, code, answer) == ("facts-fifo", "1", "right")
    assert float(seconds) < TIME_BOUND and float(peak) > 0
    assert "命名管道" in said
