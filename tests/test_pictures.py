"""Photos in a facts file: embedded at the type-area width, scaled down to print size,
captioned; a missing or unreadable one is a facts error at its line."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from helpers import SAMPLES, dump_docx
from PIL import Image

import drafter
from drafter.errors import FactsError

PICTURE = "  - 说明: 一年来，思明区组织、宣传、统战、政法工作聚焦区委中心工作"


def _report(tmp_path: Path, file: str) -> Path:
    text = (SAMPLES / "report.yaml").read_text(encoding="utf-8")
    assert PICTURE in text
    facts = tmp_path / "report.yaml"
    facts.write_text(text.replace(PICTURE, f"  - 文件: {file}\n    说明: 一年来，思明区组织、宣传、"
                                           "统战、政法工作聚焦区委中心工作"), encoding="utf-8")
    return facts


def _phone_photo(path: Path) -> Path:
    """A 3,600 × 2,700 photo, as a phone takes them (noise: it does not compress away)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.effect_noise((3600, 2700), 60).convert("RGB").save(path, "JPEG", quality=95)
    return path


def test_a_photo_is_embedded_at_type_area_width_and_scaled_down(tmp_path: Path) -> None:
    photo = _phone_photo(tmp_path / "图片" / "会场.jpg")
    built = drafter.build(_report(tmp_path, "图片/会场.jpg"))[0].path
    with zipfile.ZipFile(built) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        assert len(media) == 1
        embedded = Image.open(io.BytesIO(z.read(media[0])))
    assert embedded.width == 1800 and embedded.height == 1350
    assert built.stat().st_size < photo.stat().st_size / 3
    document = docx.Document(str(built))
    (shape,) = document.inline_shapes
    section = document.sections[0]
    area = section.page_width - section.left_margin - section.right_margin
    assert abs(shape.width - area) < 3600  # 0.1 mm (the margins are whole twips)
    text = dump_docx(built)
    assert "【此处放图片】" not in text
    paragraphs = document.paragraphs
    at = next(i for i, p in enumerate(paragraphs) if p._p.xpath(".//pic:pic"))
    assert paragraphs[at].style.name == "图片"
    assert paragraphs[at + 1].style.name == "图注"
    assert paragraphs[at + 1].text.startswith("一年来，思明区组织")
    # Rebuilt byte for byte.
    again = drafter.build(_report(tmp_path, "图片/会场.jpg"), out=tmp_path / "again.docx")[0]
    assert again.path.read_bytes() == built.read_bytes()


def test_missing_or_unreadable_photo_is_a_facts_error_at_its_line(tmp_path: Path) -> None:
    facts = _report(tmp_path, "没有这张.jpg")
    line = facts.read_text(encoding="utf-8").splitlines().index("  - 文件: 没有这张.jpg") + 1
    with pytest.raises(FactsError) as e:
        drafter.build(facts)
    (problem,) = e.value.problems
    assert problem.line == line and problem.field == "报道.图片[1].文件"
    assert "图片“没有这张.jpg”找不到" in problem.message
    (tmp_path / "坏.jpg").write_bytes(b"not a picture")
    with pytest.raises(FactsError) as e:
        drafter.build(_report(tmp_path, "坏.jpg"))
    assert "不是能读取的图片" in e.value.problems[0].message
    assert not list(tmp_path.glob("*.docx"))


def test_small_photo_is_kept_as_it_is(tmp_path: Path) -> None:
    Image.new("RGB", (800, 600), (200, 30, 30)).save(tmp_path / "小.png")
    built = drafter.build(_report(tmp_path, "小.png"))[0].path
    with zipfile.ZipFile(built) as z:
        (name,) = [n for n in z.namelist() if n.startswith("word/media/")]
        assert z.read(name) == (tmp_path / "小.png").read_bytes()


def test_without_a_file_the_placeholder_stays(tmp_path: Path) -> None:
    facts = shutil.copy(SAMPLES / "report.yaml", tmp_path / "r.yaml")
    built = drafter.build(facts)[0].path
    assert "【此处放图片】" in dump_docx(built)
    with zipfile.ZipFile(built) as z:
        assert not [n for n in z.namelist() if n.startswith("word/media/")]
