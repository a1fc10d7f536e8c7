"""drafter serve without a browser: the form from the schema, the round-trip save, the same
checks as `drafter check`, builds with edit protection, and every safety rule of the server."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import ROOT, SAMPLES, build_file_tree, dump_docx

pytest.importorskip("flask")
pytest.importorskip("ruamel.yaml")

from drafter import pipeline
from drafter.errors import DrafterError
from drafter.library import Library
from drafter.serve import form, yamlrt
from drafter.serve.app import create_app

PORT = 5123
BASE = f"http://127.0.0.1:{PORT}"
TOKEN = "test-token"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in ("meeting.yaml", "speech.yaml", "brief.yaml"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    return tmp_path


@pytest.fixture
def client(folder: Path) -> Any:
    app = create_app(folder, token=TOKEN, port=PORT)
    c = app.test_client()
    c.set_cookie("drafter_token", TOKEN, domain="127.0.0.1")
    return c


def get(client: Any, url: str, base_url: str = BASE) -> Any:
    """GET and close (a streamed file must not stay open)."""
    reply = client.get(url, base_url=base_url)
    reply.get_data()
    reply.close()
    return reply


def post(client: Any, url: str, body: dict[str, Any], **headers: str) -> Any:
    return client.post(url, json=body, base_url=BASE, headers={"Origin": BASE, **headers})


def form_data(text: str) -> dict[str, Any]:
    """What the page sends for a file it opened unchanged: every value as text."""
    def show(v: Any) -> Any:
        if isinstance(v, dict):
            return {k: show(x) for k, x in v.items()}
        if isinstance(v, list):
            return [show(x) for x in v]
        return form.shown(v, None)  # type: ignore[arg-type]

    data = yaml.safe_load(text)
    data.pop("模板", None)
    return show(data)


# ---- the form is the JSON Schema export ------------------------------------------------------

def test_form_is_the_union_of_the_chosen_genres() -> None:
    lib = Library()
    speech = {n.key for n in form.fields(form.export(lib, ["speech"]))}
    brief = {n.key for n in form.fields(form.export(lib, ["brief"]))}
    both = form.fields(form.export(lib, ["speech", "report", "brief"]))
    keys = [n.key for n in both]
    assert len(keys) == len(set(keys))  # each field once
    assert speech | brief <= set(keys)
    assert "党委" in speech and "党委" not in brief and "地名" not in speech and "地名" in keys
    meeting = next(n for n in both if n.key == "会议")
    when = meeting.child("日期")
    assert when is not None and when.kind == "date" and when.required
    assert when.description == "会议召开的日期"
    lines = next(n for n in both if n.key == "条线")
    assert lines.kind == "list" and lines.required and lines.item is not None
    assert lines.item.child("名称").required  # type: ignore[union-attr]
    points = lines.item.child("任务").child("要点")  # type: ignore[union-attr]
    assert points.kind == "list" and points.item.kind == "object"  # type: ignore[union-attr]
    assert "模板" not in keys  # the genres are chosen with the page's own boxes


def test_a_field_a_writer_adds_to_a_template_appears_on_the_page(tmp_path: Path) -> None:
    lib_dir = build_file_tree(tmp_path / "lib", {
        "本单位通稿/template.yml": "继承: brief\n需要:\n  - 承办单位\n"
                                   "字段:\n  承办单位: {类型: 文本, 说明: 承办会议的单位, 示例: 区委办}\n"})
    nodes = form.fields(form.export(Library([lib_dir]), ["本单位通稿"]))
    added = next(n for n in nodes if n.key == "承办单位")
    assert (added.kind, added.required, added.description, added.example) == \
        ("text", True, "承办会议的单位", "区委办")


def test_the_page_renders_labels_descriptions_and_required_marks(client: Any) -> None:
    page = get(client, "/edit?f=meeting.yaml").get_data(as_text=True)
    assert 'data-key="会议" data-kind="object"' in page
    assert 'data-key="日期" data-kind="date"' in page and 'value="2023-02-24"' in page
    assert "会议召开的日期" in page and 'class="req"' in page
    assert page.count('data-key="条线" data-kind="list"') == 1
    assert "组织" in page and "<template>" in page


# ---- the facts file stays the source of truth --------------------------------------------------

@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.yaml")))
def test_samples_round_trip_unchanged(name: str) -> None:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    assert yamlrt.dump(yamlrt.load(text), text) == text


def test_saving_one_changed_field_changes_only_its_line(client: Any, folder: Path) -> None:
    before = (folder / "meeting.yaml").read_text(encoding="utf-8")
    version = re.search(r'data-version="(\w+)"',
                        get(client, "/edit?f=meeting.yaml").get_data(as_text=True))[1]
    data = form_data(before)
    data["会议"]["名称"] = "区委工作会议（扩大）"
    reply = post(client, "/api/save", {"file": "meeting.yaml", "data": data, "version": version,
                                       "genres": ["speech", "report", "brief"]})
    assert reply.status_code == 200, reply.get_json()
    after = (folder / "meeting.yaml").read_text(encoding="utf-8")
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True)
               if a != b]
    assert changed == [("  名称: 区委工作会议", "  名称: 区委工作会议（扩大）")]


def test_reordered_lines_new_fields_and_cleared_fields_keep_the_rest(folder: Path) -> None:
    text = (folder / "speech.yaml").read_text(encoding="utf-8")
    nodes = form.fields(form.export(Library(), ["speech"]))
    data = form.typed_all(form_data(text), nodes)
    data["条线"][2], data["条线"][3] = data["条线"][3], data["条线"][2]
    data["篇幅"] = {"时长": 30}  # not in the file yet
    data["会议"]["形式"] = "视频"  # not a field of speech: the page does not write it
    del data["今年"]["定位"]
    saved = yamlrt.save(text, data, nodes, ("模板", ["speech"]))
    loaded = yaml.safe_load(saved)
    assert [x["名称"] for x in loaded["条线"]] == ["组织", "宣传", "政法", "统战"]
    assert loaded["篇幅"] == {"时长": 30} and "形式" not in loaded["会议"]
    assert "定位" in loaded["今年"] and loaded["今年"]["定位"] is None  # cleared, key kept
    assert saved.startswith(text.split("模板:")[0])  # the heading comments
    assert "# 语料未载明会议日期，此为示例" in saved


def test_a_file_changed_on_disk_is_not_overwritten_without_asking(client: Any, folder: Path) -> None:
    path = folder / "brief.yaml"
    page = get(client, "/edit?f=brief.yaml").get_data(as_text=True)
    version = re.search(r'data-version="(\w+)"', page)[1]
    data = form_data(path.read_text(encoding="utf-8"))
    path.write_text(path.read_text(encoding="utf-8") + "# 在编辑器里加的一行\n", encoding="utf-8")
    body = {"file": "brief.yaml", "data": data, "version": version, "genres": ["brief"]}
    reply = post(client, "/api/save", body)
    assert reply.status_code == 409 and "被改过" in reply.get_json()["error"]
    assert path.read_text(encoding="utf-8").endswith("# 在编辑器里加的一行\n")
    reply = post(client, "/api/save", {**body, "force": True})
    assert reply.status_code == 200
    assert "# 在编辑器里加的一行" in path.read_text(encoding="utf-8")  # merged into, not replaced


def test_a_file_with_slips_is_shown_but_never_saved_over(client: Any, folder: Path) -> None:
    path = folder / "slip.yaml"
    path.write_text("模板: brief\n地区：全区\n会议:\n  名称: x\n", encoding="utf-8")  # full-width colon
    page = get(client, "/edit?f=slip.yaml").get_data(as_text=True)
    assert "格式错误" in page
    version = re.search(r'data-version="(\w+)"', page)[1]
    reply = post(client, "/api/save", {"file": "slip.yaml", "data": {}, "genres": ["brief"],
                                       "version": version})
    assert reply.status_code == 422
    assert path.read_text(encoding="utf-8") == "模板: brief\n地区：全区\n会议:\n  名称: x\n"


def test_new_file_names_the_chosen_genres(client: Any, folder: Path) -> None:
    reply = post(client, "/api/new", {"name": "2024年会议", "genres": ["speech", "brief"]})
    assert reply.get_json() == {"file": "2024年会议.yaml"}
    text = (folder / "2024年会议.yaml").read_text(encoding="utf-8")
    assert "模板: [speech, brief]" in text and text.startswith("# 讲话稿、会议通稿的事实文件")
    assert post(client, "/api/new", {"name": "2024年会议", "genres": ["brief"]}).status_code == 409


# ---- the same checks and words as drafter check ------------------------------------------------

@pytest.mark.parametrize("slip", ["date", "name"])
def test_check_reports_what_drafter_check_reports(client: Any, folder: Path, slip: str) -> None:
    text = (folder / "brief.yaml").read_text(encoding="utf-8")
    data = form_data(text)
    if slip == "date":
        data["会议"]["日期"] = "2023-02-30"
        wrong = re.sub(r"(?m)^  日期: .*$", "  日期: 2023-02-30", text, count=1)
    else:
        del data["条线"][1]["名称"]
        wrong = text.replace("- 名称: 宣传\n  ", "- ")
    reply = post(client, "/api/check", {"file": "brief.yaml", "data": data, "genres": ["brief"]})
    got = {(p["field"], p["message"], p["hint"]) for p in reply.get_json()["problems"]}
    bad = folder / "bad.yaml"
    bad.write_text(wrong, encoding="utf-8")
    with pytest.raises(DrafterError) as e:
        pipeline.check(bad, ["brief"])
    assert got == {(p.field, p.message, p.hint) for p in e.value.problems}
    assert {f for f, _, _ in got} == {"会议.日期" if slip == "date" else "条线[2].名称"}


def test_check_gives_outline_and_text_of_each_genre(client: Any, folder: Path) -> None:
    data = form_data((folder / "meeting.yaml").read_text(encoding="utf-8"))
    reply = post(client, "/api/check", {"file": "meeting.yaml", "data": data,
                                        "genres": ["speech", "brief"]}).get_json()
    assert reply["problems"] == []
    speech, brief = reply["drafts"]
    assert speech["name"] == "speech" and speech["outline"][0]["kind"] == "title"
    assert len(speech["outline"]) < len(speech["text"])
    assert any("组织" in line["text"] for line in brief["text"])


def test_build_downloads_and_never_overwrites_an_edited_draft(client: Any, folder: Path) -> None:
    reply = post(client, "/api/build", {"file": "meeting.yaml", "genres": ["speech", "report", "brief"]})
    files = reply.get_json()["files"]
    assert [f["status"] for f in files] == ["written"] * 3
    speech = folder / files[0]["file"]
    got = get(client, f"/download?f={files[0]['file']}")
    assert got.data == speech.read_bytes()
    assert "区委工作会议" in dump_docx(speech)
    docx = pytest.importorskip("docx")
    edited = docx.Document(str(speech))
    edited.add_paragraph("领导改过的一句。")
    edited.save(str(speech))
    again = post(client, "/api/build", {"file": "meeting.yaml",
                                        "genres": ["speech", "report", "brief"]}).get_json()
    assert [f["status"] for f in again["files"]] == ["beside", "unchanged", "unchanged"]
    assert again["files"][0]["file"].endswith(".new.docx")
    assert "领导改过的一句。" in dump_docx(speech)
    assert get(client, "/download?f=meeting.yaml").status_code == 404


def test_build_warnings_point_at_their_fields(client: Any, folder: Path) -> None:
    path = folder / "brief.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  名称: ", "  名称: 𠮷", 1),
                    encoding="utf-8")
    reply = post(client, "/api/build", {"file": "brief.yaml", "genres": ["brief"]}).get_json()
    rare = [w for w in reply["warnings"] if "𠮷" in w["text"]]
    assert rare and rare[0]["field"] == "会议.名称"
    assert any(w["kind"] == "lint" for w in reply["warnings"])


@pytest.mark.skipif(shutil.which("soffice") is None and os.environ.get("CI") != "true",
                    reason="LibreOffice is not installed")
def test_the_pdf_of_a_draft_when_libreoffice_is_there(client: Any, folder: Path) -> None:
    files = post(client, "/api/build", {"file": "brief.yaml", "genres": ["brief"]}).get_json()["files"]
    reply = get(client, f"/pdf?f={files[0]['file']}")
    assert reply.status_code == 200 and reply.data.startswith(b"%PDF")
    assert "filename*=UTF-8''brief.pdf" in reply.headers["Content-Disposition"]


# ---- safety -------------------------------------------------------------------------------------

def test_token_from_the_printed_address_becomes_a_cookie(folder: Path) -> None:
    c = create_app(folder, token=TOKEN, port=PORT).test_client()
    assert get(c, "/").status_code == 403
    assert get(c, "/?token=wrong").status_code == 403
    first = get(c, f"/?token={TOKEN}")
    assert first.status_code == 303 and "token" not in first.headers["Location"]
    assert "HttpOnly" in first.headers["Set-Cookie"] and "SameSite=Strict" in first.headers["Set-Cookie"]
    assert get(c, "/").status_code == 200
    assert get(c, "/static/edit.js").status_code == 200


@pytest.mark.parametrize("host", ["evil.example:5123", "127.0.0.1:80", "192.168.1.5:5123"])
def test_a_foreign_host_is_refused(client: Any, host: str) -> None:
    assert get(client, "/", base_url=f"http://{host}").status_code == 403


def test_cross_site_requests_are_refused(client: Any) -> None:
    body = {"file": "meeting.yaml", "genres": ["speech"]}
    assert post(client, "/api/build", body, Origin="http://evil.example").status_code == 403
    assert post(client, "/api/build", body, Origin="http://127.0.0.1:1").status_code == 403
    assert client.post("/api/build", json=body).status_code == 403  # no Origin
    assert post(client, "/api/build", body, **{"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert post(client, "/api/build", body).status_code == 200


@pytest.mark.parametrize("name", ["../outside.yaml", "/etc/passwd", "sub/../../outside.yaml",
                                  "link.yaml", "meeting.docx", ""])
def test_paths_outside_the_folder_are_refused(client: Any, folder: Path, name: str) -> None:
    outside = folder.parent / "outside.yaml"
    outside.write_text("模板: speech\n", encoding="utf-8")
    (folder / "link.yaml").symlink_to(outside)
    assert get(client, f"/edit?f={name}").status_code == 400
    reply = post(client, "/api/save", {"file": name, "data": {}, "genres": ["speech"], "force": True})
    assert reply.status_code == 400
    assert outside.read_text(encoding="utf-8") == "模板: speech\n"
    assert get(client, f"/download?f={name}").status_code == 404
    assert "link.yaml" not in get(client, "/").get_data(as_text=True)


def test_facts_are_shown_as_text_never_as_markup(client: Any, folder: Path) -> None:
    path = folder / "brief.yaml"
    trap = "<script>alert(1)</script>'\"&"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["地区"] = trap
    data["条线"][1]["成效x"] = trap  # a key the page does not show rides along in data-rest
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    page = get(client, "/edit?f=brief.yaml").get_data(as_text=True)
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "\\u003cscript\\u003e" in page


def test_sizes_are_limited(client: Any, folder: Path) -> None:
    reply = client.post("/api/check", data=b"{" + b" " * 3_000_000 + b"}", base_url=BASE,
                        headers={"Origin": BASE, "Content-Type": "application/json"})
    assert reply.status_code == 413
    (folder / "huge.yaml").write_bytes(b"# " + b"x" * 2_100_000 + b"\n")
    assert get(client, "/edit?f=huge.yaml").status_code == 413


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_like_a_facts_file_never_hangs_the_page(client: Any, folder: Path) -> None:
    os.mkfifo(folder / "pipe.yaml")  # opening it to read would wait for a writer forever
    assert get(client, "/").status_code == 200
    assert get(client, "/edit?f=pipe.yaml").status_code in (400, 404)


def test_nothing_is_fetched_from_elsewhere(client: Any) -> None:
    """Every page, stylesheet and script is served from the package; none names another host."""
    here = ROOT / "drafter" / "serve"
    shipped = [p for d in ("pages", "static") for p in (here / d).rglob("*") if p.is_file()]
    assert {p.suffix for p in shipped} >= {".html", ".css", ".js"}
    for p in shipped:
        assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", p.read_text(encoding="utf-8")), p
    for url in ("/", "/edit?f=meeting.yaml", "/static/drafter.css", "/static/edit.js"):
        reply = get(client, url)
        assert reply.status_code == 200
        assert not re.findall(r"https?://(?!127\.0\.0\.1)", reply.get_data(as_text=True)), url
        assert "default-src 'self'" in reply.headers["Content-Security-Policy"]


def test_drafter_serve_prints_its_address_and_stops_on_ctrl_c(folder: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "drafter", "serve", str(folder), "--no-browser"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        url = re.search(r"http://127\.0\.0\.1:\d+/\?token=\S+", line)
        assert url, line
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        with browser.open(url[0], timeout=10) as reply:  # the token becomes a cookie
            assert "打开事实文件" in reply.read().decode("utf-8")
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "已停止" in out and "Traceback" not in err
