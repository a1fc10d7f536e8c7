"""The GB/T 9704 page, measured in LibreOffice's PDF: 22 lines a page, 28 characters a line.

Needs LibreOffice (installed by .ci/run); skipped on a writer's machine without it,
never in CI.
"""

from __future__ import annotations

import shutil

import pytest
from helpers import SAMPLES
from pdfcheck import measure, require_soffice, to_pdf, typical

import drafter

require_soffice()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("pdf")
    facts = shutil.copy(SAMPLES / "speech.yaml", folder / "speech.yaml")
    [built] = drafter.build(facts)
    return measure(to_pdf(built.path, folder))


def test_22_lines_per_full_page(report) -> None:
    assert report.pages >= 3
    full_pages = report.slots_per_page[:-1]
    assert max(full_pages) == 22
    assert all(n <= 22 for n in report.slots_per_page)
    assert typical(full_pages) == 22


def test_28_characters_per_full_line(report) -> None:
    assert len(report.chars_per_full_line) > 50
    assert typical(report.chars_per_full_line) == 28
    # Hanging punctuation may push a closing mark past the margin; nothing else differs.
    share = sum(1 for n in report.chars_per_full_line if n == 28) / len(report.chars_per_full_line)
    assert share > 0.9


def test_page_numbers_odd_right_even_left(report) -> None:
    assert len(report.page_numbers) == report.pages
    for i, (text, side) in enumerate(report.page_numbers, 1):
        assert text.replace(" ", "") == f"—{i}—"
        assert side == ("right" if i % 2 else "left")

