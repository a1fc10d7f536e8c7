"""Photos a facts file lists (``图片: [{文件: 会场.jpg, 说明: …, 作者: …}]``), ready to embed.

A picture's 文件 is a path relative to the facts file. Each one is opened with Pillow
before anything is rendered: a missing or unreadable picture is a facts error at its
line. One larger than print needs (wider than ``MAX_PIXELS``, i.e. the 156 mm type area
at about 300 dpi) is scaled down and saved as JPEG, so a 12 MB phone photo does not
make a 12 MB draft; it is turned upright by its EXIF orientation on the way. Smaller
JPEG and PNG files are embedded as they are. The same file gives the same bytes, so a
draft with photos is rebuilt byte for byte.

Templates place a picture with the line ``@图片 {{ 图.文件 }}``; the writer puts the
photo there (at the type-area width) only for a 文件 the facts file listed and this
module read, so a template can never embed a file of its own choosing.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.errors import FactsError

LIST_KEY, FILE_KEY = "图片", "文件"
MAX_PIXELS = 1800
"""Widest picture kept: the type area (156 mm) at ~300 dpi, what a printer uses."""
MAX_BYTES = 2_000_000
"""A JPEG or PNG within MAX_PIXELS but larger than this is re-encoded too."""
MAX_FILE = 100_000_000
"""Largest picture file read (a RAW or TIFF from a camera can be 60 MB)."""
JPEG_QUALITY = 85


@dataclass(frozen=True, slots=True)
class Picture:
    """A picture ready to embed."""

    data: bytes
    width: int
    height: int
    """Size in pixels (after any scaling)."""


def collect(facts: Any, values: dict[str, Any]) -> dict[str, Picture]:
    """Every picture the facts list (a 文件 under a 图片 list), by 文件 as written.

    Raises:
        FactsError: one or more pictures are missing or unreadable (each at its line).
    """
    found: dict[str, Picture] = {}
    problems = []
    for keys, name in _files(values, ()):
        if name in found:
            continue
        path = Path(facts.path).parent / name
        try:
            found[name] = load(path)
        except _Unreadable as e:
            problems.append(facts.problem(keys, f"图片“{name}”{e.message}", e.hint))
    if problems:
        raise FactsError(problems)
    return found


def _files(value: Any, keys: tuple[Any, ...]) -> list[tuple[tuple[Any, ...], str]]:
    out: list[tuple[tuple[Any, ...], str]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key == LIST_KEY and isinstance(item, list):
                for i, picture in enumerate(item):
                    if isinstance(picture, dict) and isinstance(picture.get(FILE_KEY), str):
                        out.append(((*keys, key, i, FILE_KEY), picture[FILE_KEY]))
            else:
                out += _files(item, (*keys, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out += _files(item, (*keys, i))
    return out


class _Unreadable(Exception):
    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message, self.hint = message, hint


def load(path: Path) -> Picture:
    """Read a picture and make it print-sized.

    Raises:
        _Unreadable: missing, not a file, too big, or not a picture Pillow can read.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    where = "（路径相对于事实文件所在的文件夹）"
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise _Unreadable("不是一个文件。", f"写图片文件的名字{where}。")
        if size > MAX_FILE:
            raise _Unreadable(f"有 {size // 1_000_000} MB，太大了。", "请先另存为 JPG 照片再用。")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _Unreadable("找不到。", f"检查文件名和所在文件夹{where}。") from None
    except OSError as e:
        raise _Unreadable(f"无法读取（{e.strerror}）。", "检查文件是否还在、是否有权限读取。") from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(raw)) as probe:
                probe.verify()
            image = Image.open(io.BytesIO(raw))
            image.load()
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning,
            OSError, SyntaxError, ValueError):
        raise _Unreadable("不是能读取的图片（或文件已损坏）。",
                          "请用 JPG 或 PNG 格式的照片；手机照片可以先在电脑上另存为 JPG。") from None
    upright = ImageOps.exif_transpose(image)
    turned = upright is not image and upright.size != image.size or _oriented(image)
    if (image.format in ("JPEG", "PNG") and image.width <= MAX_PIXELS and size <= MAX_BYTES
            and not turned):
        return Picture(raw, image.width, image.height)
    picture = upright
    if picture.width > MAX_PIXELS:
        height = max(1, round(picture.height * MAX_PIXELS / picture.width))
        picture = picture.resize((MAX_PIXELS, height), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if picture.mode in ("RGBA", "LA", "P") and image.format == "PNG":
        picture.save(out, "PNG", optimize=True)
    else:
        picture.convert("RGB").save(out, "JPEG", quality=JPEG_QUALITY, optimize=True,
                                    dpi=(300, 300))
    return Picture(out.getvalue(), picture.width, picture.height)


def _oriented(image: Any) -> bool:
    """Whether the EXIF data asks for the picture to be turned (orientation 2-8)."""
    try:
        return image.getexif().get(0x0112, 1) not in (1, None)
    except Exception:  # noqa: BLE001 - damaged EXIF: treat as upright
        return False
