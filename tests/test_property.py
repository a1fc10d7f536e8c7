"""Property-based tests: whatever a writer types, only drafter's own errors come out.

Hypothesis throws random YAML documents, random text, random bytes and random edits of a
good facts file at the loader and the schema, random strings into the facts the speech
template renders (all the way to the .docx bytes), and random template bodies at the
sandboxed renderer. Any exception that is not a DrafterError would reach a writer as a
traceback. The budgets are small (max_examples) so the whole file runs in seconds.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_bad_input import MINIMAL

from drafter import facts, model, pipeline, render, schema
from drafter.errors import DrafterError
from drafter.library import Library

EXAMPLES = int(os.environ.get("DRAFTER_FUZZ_EXAMPLES", "0"))
"""Set DRAFTER_FUZZ_EXAMPLES=5000 for a long, random exploration; by default the runs are
small and derandomized (the same examples every time), so CI is fast and never flakes."""
FAST = settings(max_examples=EXAMPLES or 150, deadline=None, derandomize=not EXAMPLES, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
SLOW = settings(FAST, max_examples=EXAMPLES or 40)
"""For examples that build a whole document."""

PATH = Path("f.yaml")
LIBRARY = Library()
SPEECH = LIBRARY.schema(LIBRARY.get("speech"))

# Characters writers really paste: Chinese text and punctuation, full-width forms, YAML's
# own syntax, control characters, zero-width and odd spaces, surrogates, private use.
chars = st.one_of(
    st.characters(),
    st.sampled_from("：　，。、；“”‘’（）【】《》……——·！？：:- #&*!|>'\"%@`{}[],?\t\n\r"),
    st.sampled_from("\x00\x0b\x0c\x1b\x7f\x85\xa0\u2028\u2029\u200b\ufeff\ufffe\uffff\ue000\ue001"),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
)
text = st.text(chars, max_size=80)
keys = st.one_of(st.sampled_from(["模板", "地区", "会议", "名称", "日期", "条线", "要点", "标题", "内容"]),
                 st.text(chars, min_size=1, max_size=8))
scalars = st.one_of(text, st.integers(), st.floats(), st.booleans(), st.none(),
                    st.dates(min_value=dt.date(1, 1, 1)), st.sampled_from(["speech", "2023-02-30", "yes"]))
documents = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)), max_leaves=20)


def only_drafter_errors(fn, *args):  # type: ignore[no-untyped-def]
    """Call ``fn``; a DrafterError is a fine answer, anything else fails the test."""
    try:
        return fn(*args)
    except DrafterError as e:
        assert e.problems and all(p.message for p in e.problems)
        return None


def load_and_check(source: str) -> None:
    loaded = facts.parse(source, PATH)
    schema.validate(loaded, SPEECH)
    schema.validate(loaded, SPEECH, draft=True)


@FAST
@given(documents)
def test_random_yaml_documents(doc: object) -> None:
    source = yaml.safe_dump(doc, allow_unicode=True)
    only_drafter_errors(load_and_check, source)
    only_drafter_errors(load_and_check, yaml.safe_dump({"模板": "speech", "会议": doc}, allow_unicode=True))


@FAST
@given(st.text(chars, max_size=300))
def test_random_text(source: str) -> None:
    only_drafter_errors(load_and_check, source)


@FAST
@given(st.binary(max_size=300))
def test_random_bytes(raw: bytes) -> None:
    only_drafter_errors(lambda: load_and_check(facts.decode(raw, PATH)))


@FAST
@given(st.lists(st.tuples(st.integers(0, len(MINIMAL)), st.integers(0, 3), text), min_size=1, max_size=4))
def test_random_edits_of_a_good_file(edits: list[tuple[int, int, str]]) -> None:
    """A good facts file with a few characters deleted and random text typed in."""
    source = MINIMAL
    for at, cut, typed in edits:
        source = source[:at] + typed + source[at + cut:]
    only_drafter_errors(load_and_check, source)


def build_bytes(source: str) -> bytes | None:
    loaded = facts.parse(source, PATH)
    draft = pipeline.prepare(loaded, "speech", LIBRARY)
    return pipeline.to_docx(draft)


def assert_well_formed(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                ET.fromstring(z.read(name))


FIELDS = ["地区: 全区", "  名称: 全区组织工作会议", "  总体: 围绕中心、服务大局", "  号召: 征途漫漫，惟有奋斗",
          "        - 标题: 建强组织体系", "          内容: 推动基层组织全面进步。"]


@SLOW
@given(st.sampled_from(FIELDS), text)
def test_random_strings_rendered_into_a_document(field: str, value: str) -> None:
    """Any string a writer pastes into a fact gives a whole .docx or a DrafterError."""
    key = field.split(":")[0]
    quoted = yaml.safe_dump(value, allow_unicode=True, width=10**6).removesuffix("\n...\n").strip()
    source = MINIMAL.replace(field, f"{key}: {quoted}", 1)
    data = only_drafter_errors(build_bytes, source)
    if data is not None:
        assert_well_formed(data)


template_text = st.lists(st.one_of(chars, st.sampled_from([
    "{{", "}}", "{%", "%}", "{#", "#}", "|", ".", "(", ")", "if ", "for ", "endif", "endfor", "in ", "x",
    "地区", "条线", "range(", "__class__", "self", "lipsum", "#", "## ", "###+ ", "@副标题 ", "**", "\\",
    " 日期", " 中文数字", "macro ", "include '", "import ", "set ", "="])), max_size=40).map("".join)


@FAST
@given(template_text)
def test_random_templates(tmp_path_factory, body: str) -> None:  # type: ignore[no-untyped-def]
    """Random template bodies: rendered and parsed into a document, or a RenderError."""
    root = tmp_path_factory.mktemp("lib")
    (root / "t").mkdir()
    (root / "t" / "body.j2").write_text(body, encoding="utf-8", errors="surrogatepass")

    def run() -> None:
        out = render.render(render.environment([root]), "t/body.j2", {"地区": "全区", "条线": [{"名称": "组织"}]})
        model.parse(out, numbering={1: "一、", 2: "（一）"})

    only_drafter_errors(run)
