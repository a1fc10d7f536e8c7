"""A plain `pip install .` gives a working `drafter`, with its built-in templates, from any folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from helpers import ROOT, SAMPLES


def test_wheel_carries_the_template_library(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                             str(tmp_path), str(ROOT)], capture_output=True, text=True,
                            timeout=300)
    if result.returncode != 0 and os.environ.get("CI") != "true" and "network" in result.stderr.lower():
        pytest.skip("building a wheel needs the package index")
    assert result.returncode == 0, result.stderr
    [wheel] = tmp_path.glob("gongwen_drafter-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in (ROOT / "templates").rglob("*"):
        if template.is_file():
            assert f"drafter/templates/{template.relative_to(ROOT / 'templates').as_posix()}" in names
    assert "drafter/cli.py" in names
    # lint is a package with its data: the code table and the gazetteer of place names.
    assert {"drafter/lint/__init__.py", "drafter/lint/codes.py", "drafter/data/regions.txt"} <= names
    # drafter serve's pages, stylesheet and script ship inside the package (nothing is fetched)
    for asset in (ROOT / "drafter" / "serve").rglob("*"):
        if asset.is_file() and asset.suffix in (".html", ".css", ".js", ".py"):
            assert f"drafter/serve/{asset.relative_to(ROOT / 'drafter' / 'serve').as_posix()}" in names


def test_installed_command_runs_from_any_folder(tmp_path: Path) -> None:
    exe = shutil.which("drafter")
    if exe is None:
        if os.environ.get("CI") == "true":
            raise AssertionError("CI installs the package: `drafter` must be on PATH")
        pytest.skip("drafter is not installed")
    facts = shutil.copy(SAMPLES / "speech.yaml", tmp_path / "f.yaml")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([exe, "build", "f.yaml"], cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "f.docx").is_file()
    assert Path(facts).with_suffix(".docx").stat().st_size > 10_000
