"""The fast paths give exactly what the slow, obvious ways give, and the caches see edits.

- writer.render_docx reuses one opened reference document per profile: the same bytes as a
  freshly opened one, whatever was built before;
- yamlload uses libyaml only where it reads a file exactly as PyYAML does;
- model.spans tokenises with one regular expression: same spans as a character loop;
- library files and templates are cached, but an edited file is read again;
- the build path does not import jieba, and --help not even Jinja or python-docx.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from helpers import ROOT, SAMPLES, build_file_tree
from hypothesis import given, settings
from hypothesis import strategies as st

import drafter
from drafter import cache, model, pipeline, writer, yamlload
from drafter import facts as facts_mod
from drafter.library import Library


@pytest.fixture(scope="module")
def speech() -> pipeline.Draft:
    return pipeline.prepare(facts_mod.load(SAMPLES / "speech.yaml"), "speech", Library())


MARKUP = """# 标题 & <一> "引号" 'x'
# 第二行标题\t带制表
@副标题 （2023年2月20日）
@空行
@称谓 同志们：
正文 **加粗要点。**后文 \ue000【待补：会议.日期】\ue001 尾巴
图注 ==（此处插入图片）== 和 **要点 ==占位== 仍加粗** 结尾
## 一级标题
###+ 接排标题。
接排正文  前后有空格\x20\x20
#### 三级标题
##### 四级标题
 　全角空格开头，结尾也有\u3000
\\# 不是标题 A&B <c> "d" \\*\\*
\ue000\ue001空的待补
"""


def _profiles() -> list[str]:
    lib = Library()
    return sorted({p.stem for root in lib.roots for p in (root / "profiles").glob("*.yml")})


@pytest.mark.parametrize("profile_name", _profiles())
def test_reused_reference_gives_the_bytes_of_a_fresh_one(profile_name: str) -> None:
    """Whatever was built before in the process, a document's bytes are those of a build
    on a freshly opened reference (and the same again on the next build)."""
    profile = Library().profile(profile_name)
    document = model.parse(MARKUP, numbering=profile.numbering)
    kwargs = {"title": "自定 & <标题>", "when": dt.date(2021, 3, 4),
              "properties": {"x": "y&z", "a": '<b> "c"'}}
    first = writer.render_docx(document, profile, **kwargs)
    writer.render_docx(model.parse("# 别的\n正文"), profile)
    with writer._opened(profile, fresh=True) as doc:
        writer._Writer(doc, profile).paragraph(document.blocks[0])
    assert writer.render_docx(document, profile, **kwargs) == first
    writer._loaded.cache_clear()
    assert writer.render_docx(document, profile, **kwargs) == first
    # python-docx refuses a title property over 255 characters; drafter cuts it there.
    long = writer.render_docx(document, profile, title="长" * 300)
    assert b"\xe9\x95\xbf" * 255 + b"</dc:title>" in _part(long, "docProps/core.xml")


def _part(data: bytes, name: str) -> bytes:
    import io
    import zipfile

    return zipfile.ZipFile(io.BytesIO(data)).read(name)


def test_writer_runs_keep_tabs_breaks_and_spaces(speech: pipeline.Draft) -> None:
    document = model.Document((model.Block("body", (model.Span("甲\t乙\n丙  "),)),))
    body = _part(writer.render_docx(document, speech.profile), "word/document.xml").decode()
    assert ('<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>甲</w:t><w:tab/><w:t>乙</w:t>'
            '<w:br/><w:t xml:space="preserve">丙  </w:t></w:r>') in body


def test_writer_drops_characters_xml_cannot_hold(speech: pipeline.Draft) -> None:
    document = model.parse("正文\x08有\x01控制字符")
    data = writer.render_docx(document, speech.profile)
    import io
    import zipfile

    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert "<w:t>正文有控制字符</w:t>" in body


def _mangled(seed: int, count: int) -> list[str]:
    base = (SAMPLES / "speech.yaml").read_text(encoding="utf-8")[:2500]
    pieces = [":", " ", "\n", "-", "'", '"', "#", "&", "*", "!", "|", ">", "：", "\u3000", "[", "]",
              "{", "}", ",", "?", "%", "@", "`", "\\", "x", "中", "\r\n", "\xa0", "\u200b", "😀",
              "~", "<<", "1e3", "no", "2023-02-30", ".inf", "null", "\t", "\x85", "\u2028",
              "\ufeff"]
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        text = list(base)
        for _ in range(rng.randint(1, 4)):
            pos = rng.randrange(len(text))
            op = rng.random()
            if op < 0.4:
                text.insert(pos, rng.choice(pieces))
            elif op < 0.7:
                del text[pos]
            else:
                text[pos] = rng.choice(pieces)
        out.append("".join(text))
    return out


def _nodes(node: yaml.Node | None) -> list[tuple]:
    out: list[tuple] = []
    stack = [node] if node is not None else []
    while stack:
        n = stack.pop()
        value = n.value if isinstance(n, yaml.ScalarNode) else None
        out.append((type(n).__name__, n.tag, n.start_mark.line, n.start_mark.column, value))
        if isinstance(n, yaml.MappingNode):
            stack.extend(x for pair in reversed(n.value) for x in reversed(pair))
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(reversed(n.value))
    return out


def _outcome(fn, text: str) -> object:
    try:
        return fn(text)
    except yaml.YAMLError as e:
        return ("error", str(e))


@pytest.mark.skipif(not getattr(yaml, "__with_libyaml__", False), reason="PyYAML without libyaml")
def test_libyaml_reads_facts_exactly_as_pyyaml() -> None:
    for text in [(SAMPLES / "speech.yaml").read_text(encoding="utf-8"), *_mangled(7, 400)]:
        fast = _outcome(lambda t: _nodes(yamlload.compose(t)), text)
        slow = _outcome(lambda t: _nodes(yaml.compose(t, Loader=yaml.SafeLoader)), text)
        assert fast == slow, repr(text)
        assert _outcome(yamlload.load, text) == _outcome(yaml.safe_load, text)


def _spans_by_hand(text: str) -> tuple[model.Span, ...]:
    """The character-by-character reading of inline markup (how model.spans used to work)."""
    out: list[model.Span] = []
    buf: list[str] = []
    kind, outer, i = "text", "text", 0

    def flush(next_kind: str) -> None:
        nonlocal kind
        if buf:
            out.append(model.Span("".join(buf), kind))
            buf.clear()
        kind = next_kind

    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            buf.append(text[i + 1])
            i += 2
        elif text.startswith("**", i):
            if kind == "mark":
                outer = "text" if outer == "lead" else "lead"
            else:
                flush("text" if kind == "lead" else "lead")
            i += 2
        elif text.startswith("==", i):
            if kind == "mark":
                flush(outer)
            else:
                outer = kind
                flush("mark")
            i += 2
        elif ch == model.GAP_OPEN:
            saved = kind
            flush("gap")
            end = text.find(model.GAP_CLOSE, i)
            end = len(text) if end < 0 else end
            buf.append(text[i + 1:end])
            flush(saved)
            i = end + 1
        else:
            buf.append(ch)
            i += 1
    flush("text")
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=["a", "中", "\\", "*", "=", model.GAP_OPEN, model.GAP_CLOSE, " ", "#"],
               max_size=16))
def test_spans_match_the_character_loop(text: str) -> None:
    assert model.spans(text) == _spans_by_hand(text)


def test_edited_library_files_are_read_again(tmp_path: Path) -> None:
    lib_dir = shutil.copytree(ROOT / "templates" / "speech", tmp_path / "lib" / "speech")
    manifest = lib_dir / "template.yml"
    library = Library([tmp_path / "lib"])
    assert library.get("speech").description.startswith("年度")
    text = manifest.read_text(encoding="utf-8").replace("说明: 年度", "说明: 改过的年度")
    manifest.write_text(text, encoding="utf-8")
    assert Library([tmp_path / "lib"]).get("speech").description.startswith("改过的年度")


def test_edited_template_is_compiled_again(tmp_path: Path) -> None:
    build_file_tree(tmp_path / "lib", {
        "memo/template.yml": "体裁: 便条\n说明: 测试\n需要:\n  - 地区\n",
        "memo/body.j2": "# {{ 地区 }}的便条\n第一版。\n",
    })
    facts = tmp_path / "f.yaml"
    facts.write_text("模板: memo\n地区: 全区\n", encoding="utf-8")
    library = Library([tmp_path / "lib"])
    first = pipeline.prepare(facts_mod.load(facts), "memo", library).document.text
    body = tmp_path / "lib" / "memo" / "body.j2"
    body.write_text("# {{ 地区 }}的便条\n第二版，长一些。\n", encoding="utf-8")
    os.utime(body, ns=(body.stat().st_atime_ns, body.stat().st_mtime_ns + 2_000_000_000))
    second = pipeline.prepare(facts_mod.load(facts), "memo", library).document.text
    assert (first, second) == ("全区的便条\n第一版。", "全区的便条\n第二版，长一些。")


def test_cache_folder_is_private_or_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_VAR, "off")
    assert cache.folder() is None and cache.template_cache("x") is None
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path / "c"))
    assert cache.folder() == tmp_path / "c"
    if os.name == "posix":
        assert (tmp_path / "c").stat().st_mode & 0o777 == 0o700
        (tmp_path / "c").chmod(0o777)
        assert cache.folder() is None  # others could write code into it


def test_parsed_library_files_are_remembered_until_edited(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A manifest is parsed once, then read from the cache folder; any edit, even one
    that keeps the size and the modification time, is parsed again."""
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path / "c"))
    monkeypatch.setattr(cache, "RECENT_NS", 0)
    build_file_tree(tmp_path / "lib", {"memo/template.yml": "体裁: 便条\n说明: 第一版\n",
                                       "memo/body.j2": "# 便条\n"})
    manifest = tmp_path / "lib" / "memo" / "template.yml"
    parses: list[Path] = []
    load = yamlload.load_file

    def counted(path: Path) -> object:
        parses.append(path)
        return load(path)

    monkeypatch.setattr(yamlload, "load_file", counted)

    def description() -> str:
        cache._STORES.clear()  # as in a fresh process: the store is read from disk
        return Library([tmp_path / "lib"]).get("memo").description

    assert [description(), description()] == ["第一版", "第一版"]
    assert parses.count(manifest) == 1
    assert list((tmp_path / "c").glob("parsed-*.marshal"))
    before = manifest.stat()
    manifest.write_text("体裁: 便条\n说明: 第二版\n", encoding="utf-8")  # same size
    os.utime(manifest, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same time
    assert manifest.stat().st_size == before.st_size
    assert [description(), description()] == ["第二版", "第二版"]
    manifest.write_text("体裁: 便条\n说明: 第三版，长一些\n", encoding="utf-8")
    assert description() == "第三版，长一些" and parses.count(manifest) == 3
    monkeypatch.setenv(cache.ENV_VAR, "off")
    assert description() == "第三版，长一些" and parses.count(manifest) == 4


def test_a_just_written_or_broken_file_is_not_remembered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path / "c"))
    fresh = build_file_tree(tmp_path, {"a.yml": "甲: 1\n"}) / "a.yml"
    assert cache.parsed(fresh, "test", yamlload.load_file) == {"甲": 1}
    assert not list((tmp_path / "c").glob("parsed-*"))  # changed under 2 s ago: not yet
    monkeypatch.setattr(cache, "RECENT_NS", 0)
    broken = build_file_tree(tmp_path, {"b.yml": "甲: [\n"}) / "b.yml"
    for _ in range(2):
        with pytest.raises(yaml.YAMLError):
            cache.parsed(broken, "test", yamlload.load_file)
    assert not list((tmp_path / "c").glob("parsed-*"))


def test_builds_with_and_without_the_template_cache_are_identical(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    facts = shutil.copy(SAMPLES / "speech.yaml", tmp_path / "f.yaml")
    out = []
    for setting in ("off", str(tmp_path / "cache"), str(tmp_path / "cache")):
        monkeypatch.setenv(cache.ENV_VAR, setting)
        from drafter import render

        render._ENVIRONMENTS.__dict__.clear()
        [built] = drafter.build(facts, force=True)
        out.append(built.path.read_bytes())
    assert out[0] == out[1] == out[2]
    assert list((tmp_path / "cache" / "templates").glob("*.cache"))


def _modules_after(code: str) -> set[str]:
    result = subprocess.run([sys.executable, "-c", code + "\nprint(' '.join(sys.modules))"],
                            capture_output=True, text=True, cwd=ROOT, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_build_path_imports(tmp_path: Path) -> None:
    facts = shutil.copy(SAMPLES / "speech.yaml", tmp_path / "f.yaml")
    code = ("import sys\nfrom drafter.cli import run\ntry:\n"
            f"    run(['build', {str(facts)!r}])\nexcept SystemExit:\n    pass")
    loaded = _modules_after(code)
    assert "drafter.writer" in loaded
    assert not {"jieba", "tqdm", "docxtpl", "drafter.batch", "flask", "werkzeug", "ruamel",
                "drafter.serve", "PIL"} & loaded
    helped = _modules_after("import sys\nfrom drafter.cli import run\ntry:\n"
                            "    run(['--help'])\nexcept SystemExit:\n    pass")
    assert not {"jinja2", "yaml", "docx", "jieba", "drafter.pipeline"} & helped


def test_collector_is_off_only_while_a_fresh_command_loads_its_modules(tmp_path: Path) -> None:
    """A fresh ``drafter build`` loads its modules with the garbage collector off, then
    builds with it on; a call from Python code leaves the collector alone."""
    facts = shutil.copy(SAMPLES / "speech.yaml", tmp_path / "f.yaml")
    code = ("import gc, sys\nfrom drafter import pipeline\nseen = []\nreal = pipeline.produce\n"
            "def build(*args, **kwargs):\n    seen.append(gc.isenabled())\n"
            "    return real(*args, **kwargs)\n"
            f"pipeline.produce = build\nsys.argv = ['drafter', 'build', {str(facts)!r}]\n"
            "from drafter.cli import run\ntry:\n    run()\nexcept SystemExit:\n    pass\n"
            "print(seen, gc.isenabled(), gc.get_freeze_count() > 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.stdout.split()[-3:] == ["[True]", "True", "True"], result.stderr
    import gc

    from drafter.cli import run

    frozen = gc.get_freeze_count()
    run(["--version"])
    assert gc.isenabled() and gc.get_freeze_count() == frozen


@pytest.mark.parametrize("nest", ["[" * 20_000, "- " * 20_000 + "x", "".join(
    " " * i + f"k{i}:\n" for i in range(300))])
def test_deep_nesting_never_reaches_libyaml(nest: str) -> None:
    """libyaml's composer recurses in C: a deep file would crash the process, not fail."""
    text = f"模板: speech\n地区: 全区\n其他:\n  {nest}\n"
    assert not yamlload._fast_ok(text)
    with pytest.raises(drafter.DrafterError):
        facts_mod.parse(text, Path("f.yaml"))


def test_plain_build_skips_click_and_says_what_click_would(tmp_path: Path) -> None:
    """``drafter build FILE`` (the entry point, drafter.launch) builds without importing
    click, and prints and exits exactly as the click command does, error or not."""
    from drafter.launch import plain_build

    facts = shutil.copy(SAMPLES / "speech.yaml", tmp_path / "f.yaml")
    loaded = _modules_after("import sys\nfrom drafter.launch import run\ntry:\n"
                            f"    run(['build', {str(facts)!r}, '-o', {str(tmp_path / 'a.docx')!r}])\n"
                            "except SystemExit:\n    pass")
    assert "drafter.writer" in loaded and "click" not in loaded
    assert (tmp_path / "a.docx").is_file()
    bad = tmp_path / "bad.yaml"
    bad.write_text("模板: speech\n地区: [\n", encoding="utf-8")
    for args in (["build", str(facts), "-o", str(tmp_path / "b.docx"), "--draft"],
                 ["build", str(tmp_path / "missing.yaml")], ["build", str(bad)],
                 ["build", str(facts), "-o", str(facts)], ["build", str(facts), "--bogus"]):
        said = []
        for entry in ("drafter.launch", "drafter.cli"):
            result = subprocess.run(
                [sys.executable, "-c", f"import sys\nfrom {entry} import run\nrun(sys.argv[1:])", *args],
                capture_output=True, text=True, cwd=tmp_path, timeout=60,
                env={**os.environ, "PYTHONPATH": str(ROOT)})
            said.append((result.returncode, result.stdout.replace("没有变化（speech）", "已生成"),
                         result.stderr))
            (tmp_path / "b.docx").unlink(missing_ok=True)
        assert said[0] == said[1], args
    assert plain_build(["build", "f.yaml", "-t", "speech", "--template=report", "-L", "库", "--pdf"])
    for other in (["build"], ["build", "a.yaml", "b.yaml"], ["build", "f.yaml", "-j", "2"],
                  ["build", "f.yaml", "-o"], ["build", "f.yaml", "-o", "a", "-o", "b"],
                  ["--debug", "build", "f.yaml"], ["build", "-h"], ["check", "f.yaml"],
                  ["build", str(tmp_path)], ["build", "f.yaml", "--", "x"], ["build", "f.yaml", "-tspeech"]):
        assert plain_build(other) is None, other
