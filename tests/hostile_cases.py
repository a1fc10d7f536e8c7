"""Hostile inputs of issue 14 (files, packages, libraries, caches, edits), each laid out in
a folder by a small function: shared by tests/test_hostile.py (which asserts the error,
the time and memory bounds, and that nothing was written or lost) and
bench/hostile_inputs.py (which prints the time and peak memory of each).

Every file is small on disk however big it claims or expands to: a zip bomb of 50 MB of
spaces deflates to 230 KB, 200,000 nested paragraphs to 4 KB.
"""

from __future__ import annotations

import io
import os
import pickle
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from helpers import ROOT
from test_bad_input import MINIMAL

CHECKOUT = Path(os.environ.get("HOSTILE_CHECKOUT") or ROOT)
"""The drafter the setups build with (bench/hostile_files.py measures other checkouts too)."""

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BODY = f'<w:document {W}><w:body><w:p><w:r><w:t>同志们：今天召开会议。</w:t></w:r></w:p></w:body></w:document>'
STYLES = f'<w:styles {W}/>'


@dataclass(frozen=True)
class Case:
    """One hostile input: how to lay it out, and what drafter must answer."""

    id: str
    setup: Callable[[Path], list[str]]
    """Lays out the folder; returns the drafter command line (without ``drafter``)."""
    code: int
    """Exit code expected."""
    says: str
    """Text the output (stdout + stderr) must contain."""
    writes: tuple[str, ...] = ()
    """Files the command may create or change (everything else must stay as it was)."""
    env: dict[str, str] = field(default_factory=dict)
    """Extra environment; ``{folder}`` is replaced by the case's folder."""
    python: str = ""
    """Python code to run instead of ``python -m drafter`` (a writer acting mid-build)."""
    check: Callable[[Path], None] | None = None
    """Further checks of the folder afterwards."""


# --- .docx packages ---------------------------------------------------------------------------

def docx(path: Path, parts: dict[str, bytes | str | Callable[[zipfile.ZipFile, str], None]], *,
         compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """A package of ``parts`` (a callable part writes itself, for big streamed ones)."""
    parts = {"[Content_Types].xml": "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                    "content-types\"/>", "word/document.xml": BODY,
             "word/styles.xml": STYLES, **parts}
    with zipfile.ZipFile(path, "w", compression, compresslevel=1 if compression == 8 else None) as z:
        for name, data in parts.items():
            if callable(data):
                data(z, name)
            else:
                z.writestr(name, data)
    return path


def _spaces(megabytes: int) -> Callable[[zipfile.ZipFile, str], None]:
    def write(z: zipfile.ZipFile, name: str) -> None:
        with z.open(name, "w", force_zip64=True) as f:
            f.write(f"<w:styles {W}>".encode())
            for _ in range(megabytes):
                f.write(b" " * (1 << 20))
            f.write(b"</w:styles>")
    return write


def _lying(path: Path) -> Path:
    """A package whose styles.xml says it is 1 KB and inflates to 50 MB."""
    buf = io.BytesIO()
    docx(buf, {"word/styles.xml": _spaces(50)})  # type: ignore[arg-type]
    data = bytearray(buf.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        local = z.getinfo("word/styles.xml").header_offset
    data[local + 22:local + 26] = (1000).to_bytes(4, "little")  # local header: uncompressed size
    entry = data.find(b"PK\x01\x02")
    while entry >= 0:  # its central directory entry: the size, and no zip64 extra field
        name_len = int.from_bytes(data[entry + 28:entry + 30], "little")
        if data[entry + 46:entry + 46 + name_len] == b"word/styles.xml":
            data[entry + 24:entry + 28] = (1000).to_bytes(4, "little")
            extra_len = int.from_bytes(data[entry + 30:entry + 32], "little")
            data[entry + 46 + name_len:entry + 46 + name_len + extra_len] = b"\0" * extra_len
        entry = data.find(b"PK\x01\x02", entry + 4)
    path.write_bytes(bytes(data))
    return path


def _encrypted(path: Path) -> Path:
    buf = io.BytesIO()
    docx(buf, {})  # type: ignore[arg-type]
    data = bytearray(buf.getvalue())
    for sig, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = data.find(sig)
        while i >= 0:
            data[i + at] |= 1
            i = data.find(sig, i + 4)
    path.write_bytes(bytes(data))
    return path


def _nested(levels: int) -> str:
    return f"<w:document {W}><w:body>" + "<w:p>" * levels + "</w:p>" * levels + "</w:body></w:document>"


def _flat(paragraphs: int) -> str:
    return f"<w:document {W}><w:body>" + "<w:p/>" * paragraphs + "</w:body></w:document>"


_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">'
           + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
           + f']><w:styles {W}><w:style w:styleId="x"><w:name w:val="&i;"/></w:style></w:styles>')


def _lint(make: Callable[[Path], Path]) -> Callable[[Path], list[str]]:
    def setup(folder: Path) -> list[str]:
        make(folder / "稿.docx")
        return ["lint", "稿.docx"]
    return setup


def _mine_past(*makers: Callable[[Path], Path]) -> Callable[[Path], list[str]]:
    """Hostile files among good exemplars: mining reports each and goes on past them."""
    def setup(folder: Path) -> list[str]:
        (folder / "范文").mkdir()
        for n, make in enumerate(makers, 1):
            make(folder / "范文" / f"{n}坏.docx")
        docx(folder / "范文" / "8好.docx", {})
        (folder / "范文" / "9好.txt").write_text("关于做好工作的通知\n各单位：\n一、总体要求\n做好工作。\n",
                                                 encoding="utf-8")
        return ["mine", "范文"]
    return setup


def _outline_level(path: Path) -> Path:
    return docx(path, {"word/styles.xml": f'<w:styles {W}><w:style w:type="paragraph" w:styleId="h">'
                                          '<w:name w:val="标题"/><w:pPr><w:outlineLvl w:val="一级"/>'
                                          "</w:pPr></w:style></w:styles>"})


DOCX_CASES = [
    Case("docx-50mb-styles-lint", _lint(lambda p: docx(p, {"word/styles.xml": _spaces(50)})), 1,
         "D001 文件里的“word/styles.xml”解压后有 52 MB，超过了 40 MB"),
    Case("docx-size-lies", _lint(_lying), 1, "D001 文件里的“word/styles.xml”已损坏"),
    Case("docx-40000-nested-p", _lint(lambda p: docx(p, {"word/document.xml": _nested(40_000)})), 1,
         "D001 “word/document.xml”的元素嵌套超过 200 层"),
    Case("docx-200000-nested-p", _lint(lambda p: docx(p, {"word/document.xml": _nested(200_000)})), 1,
         "D001 “word/document.xml”的元素嵌套超过 200 层"),
    Case("docx-600000-paragraphs", _lint(lambda p: docx(p, {"word/document.xml": _flat(600_000)})), 1,
         "D001 “word/document.xml”里的元素超过 500000 个"),
    Case("docx-entity-bomb", _lint(lambda p: docx(p, {"word/styles.xml": _LAUGHS})), 1,
         "D001 “word/styles.xml”里有文档类型定义（DOCTYPE/ENTITY）"),
    Case("docx-malformed-styles", _lint(lambda p: docx(p, {"word/styles.xml": "<w:styles"})), 1,
         "D001 “word/styles.xml”不是格式正确的 XML"),
    Case("docx-encrypted", _lint(_encrypted), 1, "加了密码，无法读取"),
    Case("docx-bzip2", _lint(lambda p: docx(p, {}, compression=zipfile.ZIP_BZIP2)), 1,
         "用了 Word 不用的压缩方式（编号 12）"),
    Case("docx-lzma", _lint(lambda p: docx(p, {}, compression=zipfile.ZIP_LZMA)), 1,
         "用了 Word 不用的压缩方式（编号 14）"),
    Case("docx-outline-level", _lint(_outline_level), 1, "大纲级别“一级”不是 0 到 9 的整数"),
    Case("docx-no-body", _lint(lambda p: _no_body(p)), 1, "没有 Word 正文（word/document.xml）"),
    Case("docx-link-to-dev-zero", _lint(lambda p: _link(p, "/dev/zero")), 1, "而是字符设备"),
    Case("docx-fifo", _lint(lambda p: _fifo(p)), 1, "而是命名管道（FIFO）"),
    Case("mine-past-bad-files", _mine_past(_outline_level, _encrypted,
                                           lambda p: docx(p, {"word/styles.xml": _spaces(50)})),
         0, "3 篇无法读取"),
]


def _no_body(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/styles.xml", STYLES)
    return path


def _link(path: Path, target: str) -> Path:
    path.symlink_to(target)
    return path


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


# --- facts files ------------------------------------------------------------------------------

def _facts(text: str, *args: str) -> Callable[[Path], list[str]]:
    def setup(folder: Path) -> list[str]:
        (folder / "f.yaml").write_text(text, encoding="utf-8")
        return ["build", "f.yaml", *args]
    return setup


def _facts_link(target: str) -> Callable[[Path], list[str]]:
    def setup(folder: Path) -> list[str]:
        (folder / "f.yaml").symlink_to(target)
        return ["build", "f.yaml"]
    return setup


def _facts_fifo(folder: Path) -> list[str]:
    os.mkfifo(folder / "f.yaml")
    return ["build", "f.yaml"]


LONG = "长" * 90  # 270 bytes: longer than any file system allows
LEGAL = "长" * 83  # 249 bytes + .docx: legal, too long for the old temporary name (+22 bytes)


def _long_name(folder: Path) -> list[str]:
    return ["build", f"{LONG}.yaml"]


def _legal_long_name(folder: Path) -> list[str]:
    (folder / "f.yaml").write_text(MINIMAL, encoding="utf-8")
    return ["build", "f.yaml", "-o", f"{LEGAL}.docx"]


def _outline_over_facts(folder: Path) -> list[str]:
    (folder / "f.yaml").write_text(MINIMAL, encoding="utf-8")
    return ["outline", "f.yaml", "-o", "./f.yaml"]


FACTS_CASES = [
    Case("facts-link-to-dev-zero", _facts_link("/dev/zero"), 1, "f.yaml: 这不是普通文件，而是字符设备"),
    Case("facts-link-to-dev-urandom", _facts_link("/dev/urandom"), 1, "f.yaml: 这不是普通文件，而是字符设备"),
    Case("facts-fifo", _facts_fifo, 1, "f.yaml: 这不是普通文件，而是命名管道（FIFO）"),
    Case("facts-name-over-255-bytes", _long_name, 1, "文件名太长（超过系统允许的 255 字节）"),
    Case("facts-legal-long-output-name", _legal_long_name, 0, "已生成", writes=(f"{LEGAL}.docx",)),
    Case("facts-output-is-the-facts-file", _facts(MINIMAL, "-o", "f.yaml", "--force"), 2,
         "用法错误：-o 不能是事实文件本身"),
    Case("facts-outline-output-is-the-facts-file", _outline_over_facts, 2,
         "用法错误：-o 不能是事实文件本身"),
    Case("facts-template-is-a-path", _facts(MINIMAL.replace("模板: speech", "模板: /etc")), 1,
         "f.yaml:1:1: 模板: “/etc”不是模板名"),
    Case("facts-template-dot-dot", _facts(MINIMAL.replace("模板: speech", "模板: ../speech")), 1,
         "“../speech”不是模板名"),
    Case("facts-negative-length", _facts(MINIMAL + "篇幅:\n  时长: -30\n"), 1,
         "篇幅.时长: “-30”不合情理：应在 1 到 600 之间"),
    Case("facts-absurd-rate", _facts(MINIMAL + "篇幅:\n  时长: 30\n  语速: 100000000\n"), 1,
         "篇幅.语速: “100000000”不合情理"),
    Case("facts-bidi-controls-dropped", _facts(MINIMAL.replace("地区: 全区", "地区: 全\u202e区\u2066")), 0,
         "已生成", writes=("f.docx",)),
]


# --- template libraries -----------------------------------------------------------------------

def _library(body: str = "正文\n", link: tuple[str, str] | None = None,
             fifo: str = "") -> Callable[[Path], list[str]]:
    def setup(folder: Path) -> list[str]:
        t = folder / "lib" / "坏模板"
        t.mkdir(parents=True)
        (t / "template.yml").write_text("体裁: 测试\n说明: 测试\n需要: [地区]\n", encoding="utf-8")
        if link is None or link[0] != "body.j2":
            (t / "body.j2").write_text(body, encoding="utf-8")
        if link is not None:
            (t / link[0]).symlink_to(link[1])
        if fifo:
            os.mkfifo(t / fifo)
        (folder / "f.yaml").write_text("模板: 坏模板\n地区: 全区\n", encoding="utf-8")
        return ["build", "f.yaml", "-L", "lib"]
    return setup


def _linked_template_folder(folder: Path) -> list[str]:
    elsewhere = folder / "别处" / "外来模板"
    elsewhere.mkdir(parents=True)
    (elsewhere / "template.yml").write_text("体裁: 测试\n说明: 测试\n需要: [地区]\n", encoding="utf-8")
    (elsewhere / "body.j2").write_text("别处的正文\n", encoding="utf-8")
    (folder / "lib").mkdir()
    (folder / "lib" / "外来模板").symlink_to(elsewhere)
    (folder / "f.yaml").write_text("模板: 外来模板\n地区: 全区\n", encoding="utf-8")
    return ["build", "f.yaml", "-L", "lib"]


def _body_by_path(setup: Callable[[Path], list[str]]) -> Callable[[Path], list[str]]:
    def wrapped(folder: Path) -> list[str]:
        args = setup(folder)
        manifest = folder / "lib" / "坏模板" / "template.yml"
        manifest.write_text(manifest.read_text(encoding="utf-8") + "正文: /etc/passwd\n", encoding="utf-8")
        return args
    return wrapped


LIBRARY_CASES = [
    Case("library-include-link-to-passwd", _library('{% include "坏模板/leak.j2" %}\n',
                                                    ("leak.j2", "/etc/passwd")), 1,
         "leak.j2: 这个模板文件是指向模板库外面（/etc/passwd）的链接"),
    Case("library-body-link-to-passwd", _library(link=("body.j2", "/etc/passwd")), 1,
         "body.j2: 这个模板库文件是指向模板库外面（/etc/passwd）的链接"),
    Case("library-template-folder-link", _linked_template_folder, 1, "是指向模板库外面"),
    Case("library-include-fifo", _library('{% include "坏模板/管道.j2" %}\n', fifo="管道.j2"), 1,
         "管道.j2: 这不是普通文件，而是命名管道（FIFO）"),
    Case("library-link-inside-is-read", _library('{% include "坏模板/共用.j2" %}\n',
                                                 ("共用.j2", "template.yml")), 0, "已生成", writes=("f.docx",)),
    Case("library-body-outside-by-name", _body_by_path(_library()), 1,
         "“正文: /etc/passwd”应当是模板文件夹里的文件名"),
]


# --- the cache --------------------------------------------------------------------------------

class _Planted:
    """What a planted cache file runs when unpickled: it leaves a file behind."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, ...]:
        return (Path.write_text, (self.marker, "ran"))


def warm_cache(folder: Path) -> Path:
    """``folder/cache`` filled by a real build (compiled templates, parsed library files)."""
    warm = folder / "warm"
    warm.mkdir()
    (warm / "f.yaml").write_text(MINIMAL, encoding="utf-8")
    drafter(warm, "build", "f.yaml", DRAFTER_CACHE=str(folder / "cache"))
    for p in warm.iterdir():
        p.unlink()
    warm.rmdir()
    return folder / "cache"


def plant(cache: Path, marker: Path, *, mode: int | None = None, via: Path | None = None,
          stores: bool = True) -> int:
    """Replace every compiled template and every parsed file in ``cache`` by a pickle that
    writes ``marker`` when loaded (as a file another user could write, or a link to one).
    Returns how many were planted."""
    import marshal

    import jinja2

    planted = pickle.dumps(_Planted(marker))
    files = sorted((cache / "templates").glob("*.cache"))
    stores = sorted(cache.glob("parsed-*.marshal")) if stores else []
    for f in files:
        _place(f, jinja2.bccache.bc_magic + planted, mode, via)
    for store in stores:
        entries = marshal.loads(store.read_bytes())
        _place(store, marshal.dumps({k: (stamp, planted) for k, (stamp, _) in entries.items()}),
               mode, via)
    return len(files) + len(stores)


def _place(target: Path, data: bytes, mode: int | None, via: Path | None) -> None:
    target.unlink()
    if via is None:
        target.write_bytes(data)
        if mode is not None:
            target.chmod(mode)
    else:
        real = via / target.name
        real.write_bytes(data)
        target.symlink_to(real)


def _cache_templates_open_to_all(folder: Path) -> list[str]:
    """``cache/templates`` writable by everyone, holding planted compiled templates."""
    cache = warm_cache(folder)
    plant(cache, folder / "marker", stores=False)  # the store is in the private top folder
    (cache / "templates").chmod(0o777)
    (folder / "f.yaml").write_text(MINIMAL, encoding="utf-8")
    return ["build", "f.yaml"]


def _cache_files_open_to_all(folder: Path) -> list[str]:
    """A private cache whose files are writable by everyone (and planted)."""
    plant(warm_cache(folder), folder / "marker", mode=0o666)
    (folder / "f.yaml").write_text(MINIMAL, encoding="utf-8")
    return ["build", "f.yaml"]


def _cache_files_are_links(folder: Path) -> list[str]:
    """Cached files that are links to planted files elsewhere."""
    (folder / "elsewhere").mkdir()
    plant(warm_cache(folder), folder / "marker", via=folder / "elsewhere")
    (folder / "f.yaml").write_text(MINIMAL, encoding="utf-8")
    return ["build", "f.yaml"]


def _cache_is_a_link(folder: Path) -> list[str]:
    """The cache folder itself a link to a folder someone else prepared."""
    cache = warm_cache(folder)
    plant(cache, folder / "marker")
    cache.rename(folder / "prepared")
    cache.symlink_to(folder / "prepared")
    (folder / "f.yaml").write_text(MINIMAL, encoding="utf-8")
    return ["build", "f.yaml"]


_CACHE_ENV = {"DRAFTER_CACHE": "{folder}/cache"}
_CACHE_WRITES = ("f.docx", "cache", "prepared")
CACHE_CASES = [
    Case("cache-templates-folder-open-to-all", _cache_templates_open_to_all, 0, "已生成",
         writes=_CACHE_WRITES, env=_CACHE_ENV),
    Case("cache-files-open-to-all", _cache_files_open_to_all, 0, "已生成", writes=_CACHE_WRITES,
         env=_CACHE_ENV),
    Case("cache-files-are-links", _cache_files_are_links, 0, "已生成", writes=_CACHE_WRITES,
         env=_CACHE_ENV),
    Case("cache-folder-is-a-link", _cache_is_a_link, 0, "已生成", writes=_CACHE_WRITES, env=_CACHE_ENV),
]

# --- documents the writer has edited ----------------------------------------------------------

V2 = MINIMAL.replace("征途漫漫，惟有奋斗", "任重道远，奋斗不止")


def drafter(folder: Path, *args: str, **env: str) -> None:
    """Run the drafter of ``CHECKOUT`` in ``folder`` (setting up a case)."""
    import subprocess
    import sys

    subprocess.run([sys.executable, "-m", "drafter", *args], cwd=folder, check=True, capture_output=True,
                   env={**os.environ, "PYTHONPATH": str(CHECKOUT), **env})


def _built(folder: Path) -> Path:
    (folder / "f.yaml").write_text(MINIMAL, encoding="utf-8")
    drafter(folder, "build", "f.yaml")
    (folder / "f.yaml").write_text(V2, encoding="utf-8")
    return folder / "f.docx"


def rewrite(path: Path, change: Callable[[str, bytes], bytes]) -> None:
    """Save ``path`` with each part passed through ``change(name, data)``, as Word would
    (a new file renamed over the old one)."""
    with zipfile.ZipFile(path) as z:
        parts = [(n, change(n, z.read(n))) for n in z.namelist()]
    tmp = path.with_name("~save.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            z.writestr(name, data)
    tmp.replace(path)


def _edited(part: str, old: bytes, new: bytes) -> Callable[[Path], list[str]]:
    def setup(folder: Path) -> list[str]:
        rewrite(_built(folder), lambda n, d: d.replace(old, new, 1) if n == part else d)
        return ["build", "f.yaml"]
    return setup


def _legacy(change_styles: bool) -> Callable[[Path], list[str]]:
    """A document of an earlier drafter: its fingerprint covers the body only."""
    def setup(folder: Path) -> list[str]:
        import hashlib
        import re

        path = _built(folder)
        with zipfile.ZipFile(path) as z:
            body = z.read("word/document.xml")
        old = hashlib.sha256(body).hexdigest().encode()

        def change(name: str, data: bytes) -> bytes:
            if name == "docProps/custom.xml":
                return re.sub(rb"[0-9a-f]{64}", old, data)
            if name == "word/styles.xml" and change_styles:
                return data.replace(b'w:val="32"', b'w:val="30"', 1)
            return data

        rewrite(path, change)
        return ["build", "f.yaml"]
    return setup


_SAVE_MIDWAY = """
import os, sys, zipfile
sys.path.insert(0, os.environ["HOSTILE_TESTS"])
from hostile_cases import rewrite
from pathlib import Path
from drafter import cli
real_fsync, saved = os.fsync, []

def fsync(fd):  # the new build is in its temporary file: the writer saves now
    real_fsync(fd)
    if not saved:
        saved.append(1)
        if Path("f.docx").exists():
            rewrite(Path("f.docx"), lambda n, d: d.replace("同志们".encode(), "各位".encode()))
        else:
            Path("f.docx").write_bytes(b"the writer's own document")

os.fsync = fsync
sys.argv = ["drafter", *sys.argv[1:]]
cli.run()
"""


def _writer_kept(folder: Path) -> None:
    from drafter.reader import read_docx

    assert "各位" in "".join(p.text for p in read_docx(folder / "f.docx"))
    assert "任重道远" in "".join(p.text for p in read_docx(folder / "f.new.docx"))


def _new_kept(folder: Path) -> None:
    assert (folder / "f.docx").read_bytes() == b"the writer's own document"


def _rebuilt_in_place(folder: Path) -> None:
    from drafter.reader import read_docx

    assert "任重道远" in "".join(p.text for p in read_docx(folder / "f.docx"))
    assert not (folder / "f.new.docx").exists()


def _fresh(folder: Path) -> list[str]:
    (folder / "f.yaml").write_text(V2, encoding="utf-8")
    return ["build", "f.yaml"]


BESIDE = "f.docx 已被修改过，为保护您的修改，新稿写到了 f.new.docx"
EDIT_CASES = [
    Case("edit-styles-only", _edited("word/styles.xml", b'w:val="32"', b'w:val="30"'), 0, BESIDE,
         writes=("f.new.docx",)),
    Case("edit-footer-only", _edited("word/footer1.xml", b"\xe2\x80\x94", b"-"), 0, BESIDE,
         writes=("f.new.docx",)),
    Case("edit-title-property-only", _edited("docProps/core.xml", b"<dc:title>", b"<dc:title>\xe6\x94\xb9"),
         0, BESIDE, writes=("f.new.docx",)),
    Case("edit-custom-property-added", _edited("docProps/custom.xml", b"</Properties>",
                                               b'<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" '
                                               b'pid="9" name="x"><vt:lpwstr>y</vt:lpwstr></property>'
                                               b"</Properties>"), 0, BESIDE, writes=("f.new.docx",)),
    Case("edit-saved-between-check-and-replace", _edited("word/document.xml", b"", b""), 0, BESIDE,
         writes=("f.docx", "f.new.docx"), python=_SAVE_MIDWAY, check=_writer_kept),
    Case("edit-new-file-appears-midway", _fresh, 0, "f.docx 已被修改过", writes=("f.docx", "f.new.docx"),
         python=_SAVE_MIDWAY, check=_new_kept),
    Case("edit-earlier-drafter-untouched", _legacy(change_styles=False), 0, "已生成 f.docx",
         writes=("f.docx",), check=_rebuilt_in_place),
    Case("edit-earlier-drafter-styles-changed", _legacy(change_styles=True), 0, BESIDE,
         writes=("f.new.docx",)),
]

CASES = [*FACTS_CASES, *DOCX_CASES, *LIBRARY_CASES, *CACHE_CASES, *EDIT_CASES]
