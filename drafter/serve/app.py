"""The Flask application of ``drafter serve``: pages, and the JSON the page's script asks for.

Every answer comes from the library: facts are checked by pipeline.prepare (the same
checks and words as ``drafter check``), the outline and text preview are the rendered
document model, builds are pipeline.build (with its edit protection), and the form is
made from the templates' JSON Schema (form.py). This module only routes and translates.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import yaml
from flask import (
    Flask,
    Response,
    abort,
    current_app,
    jsonify,
    make_response,
    redirect,
    render_template,
    request,
    send_file,
)

from drafter import budget, pipeline
from drafter import facts as facts_mod
from drafter.errors import DrafterError, FactsError
from drafter.library import Library
from drafter.schema import CONTROL_KEY
from drafter.serve import form, security, yamlrt

FACTS_SUFFIXES = (".yaml", ".yml")
MAX_REQUEST = facts_mod.MAX_BYTES + 100_000
"""Largest request body: a facts file's limit plus room for the page's own fields."""
LIST_DEPTH = 3
"""How deep below the served folder facts files are listed."""


def create_app(folder: Path, *, token: str, port: int, libraries: tuple[Path, ...] = ()) -> Flask:
    """The application serving ``folder``; ``port`` is where it listens (for the Host check)."""
    here = Path(__file__).parent
    app = Flask(__name__, template_folder=str(here / "pages"), static_folder=str(here / "static"))
    app.config.update(MAX_CONTENT_LENGTH=MAX_REQUEST, PORT=port, TOKEN=token,
                      ROOT=folder.resolve())
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.jinja_env.globals.update(shown=form.shown, hidden=form.hidden)
    app.jinja_env.tests["match_iso"] = lambda v: bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v))
    state = _State(Library(list(libraries)), folder.resolve())
    app.extensions["drafter"] = state

    def warm() -> None:
        state.warm()
        for page in ("index.html", "edit.html", "form.html"):
            app.jinja_env.get_template(page)  # compiled once, before the first visit

    app.config["WARM"] = warm
    app.before_request(_guard)
    app.after_request(_headers)
    for rule, view, methods in ROUTES:
        app.add_url_rule(rule, view.__name__.lstrip("_"), _one_at_a_time(view, state.lock),
                         methods=methods)
    return app


def _one_at_a_time(view: Any, lock: threading.Lock) -> Any:
    """The library keeps caches and a build writes files: one request works at a time
    (a writer's page sends a few a second at most)."""

    @functools.wraps(view)
    def serialised(*args: Any, **kwargs: Any) -> Any:
        with lock:
            return view(*args, **kwargs)

    return serialised


def _state() -> _State:
    return current_app.extensions["drafter"]  # type: ignore[no-any-return]


def _guard() -> Response | None:
    """Refuse what security.refusal refuses; turn the printed address's token into a cookie."""
    token = current_app.config["TOKEN"]
    sent = request.args.get("token") if request.method == "GET" else None
    why = security.refusal(request.method, request.host, request.headers.get("Origin"),
                           request.headers.get("Referer"), request.headers.get("Sec-Fetch-Site"),
                           token, sent or request.cookies.get(security.COOKIE),
                           current_app.config["PORT"])
    if why is not None:
        return make_response(why, 403, {"Content-Type": "text/plain; charset=utf-8"})
    if sent:  # first visit from the printed address: keep the token in a cookie, not in the URL
        args = {k: v for k, v in request.args.items() if k != "token"}
        reply = redirect(request.path + (f"?{urlencode(args)}" if args else ""), 303)
        reply.set_cookie(security.COOKIE, token, httponly=True, samesite="Strict")
        return reply
    return None


def _headers(reply: Response) -> Response:
    reply.headers["Content-Security-Policy"] = (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "connect-src 'self'; frame-ancestors 'none'; form-action 'self'")
    reply.headers["X-Content-Type-Options"] = "nosniff"
    reply.headers["Referrer-Policy"] = "same-origin"
    # the page's own files are checked again on each visit (304 when unchanged);
    # facts, drafts and answers are never kept by the browser
    reply.headers["Cache-Control"] = "no-cache" if request.path.startswith("/static/") else "no-store"
    return reply


def _facts_file(relative: Any, *, exists: bool = True) -> Path:
    path = security.inside(_state().root, relative if isinstance(relative, str) else "",
                           FACTS_SUFFIXES)
    if path is None:
        abort(make_response(jsonify(error="只能打开所服务文件夹里的 .yaml/.yml 事实文件。"), 400))
    if exists and not path.is_file():
        abort(make_response(jsonify(error=f"没有这个文件：{relative}"), 404))
    return path


def _index() -> str:
    state = _state()
    return render_template("index.html", files=_facts_files(state.root), folder=str(state.root),
                           genres=state.genres())


def _edit() -> str:
    relative = request.args.get("f", "")
    path = _facts_file(relative)
    text, version = _read(path)
    data, problem = _load_data(text, path)
    state = _state()
    genres = _genres(data, state)
    nodes = state.fields(genres)
    return render_template("edit.html", file=relative, version=version, genres=state.genres(),
                           chosen=genres, nodes=nodes, data=data, problem=problem,
                           initial=form.plain(data),
                           pdf=shutil.which("soffice") is not None)


def _form_fragment() -> str:
    body = _body()
    genres = _state().valid(body.get("genres"))
    return render_template("form.html", nodes=_state().fields(genres), data=body.get("data") or {})


def _check() -> Response:
    """The form's problems in `drafter check`'s words, and each genre's outline and text."""
    started = time.perf_counter()
    body = _body()
    state = _state()
    library = state.library
    path = _facts_file(body.get("file"), exists=False)
    genres = state.valid(body.get("genres"))
    data = form.typed_all(body.get("data"), state.fields(genres))
    facts = _facts(data, genres, path)
    try:  # under the same time and memory budget as `drafter check` (a forked child)
        problems, drafts = budget.run(_checked, facts, genres, library, label=path, isolate=True)
    except DrafterError as e:
        problems, drafts = [_problem(p) for p in e.problems], []
    return jsonify(problems=problems, drafts=drafts,
                   ms=round((time.perf_counter() - started) * 1000, 1))


def _checked(facts: Any, genres: list[str],
             library: Library) -> tuple[list[dict[str, str]], list[dict[str, Any]]]:
    """The problems of the facts and each genre's outline and text (run under the budget)."""
    problems: list[dict[str, str]] = []
    ready: list[pipeline.Draft] = []
    try:
        ready = pipeline.prepare_all(facts, genres, library)
    except DrafterError as e:
        problems = [_problem(p) for p in e.problems]
    drafts = []
    for i, name in enumerate(genres):
        t = library.get(name)
        try:  # with problems, the preview is a --draft build: gaps marked 【待补】
            d = ready[i] if ready else pipeline.prepare(facts, name, library, draft=True)
        except DrafterError as e:
            drafts.append({"name": name, "genre": t.genre,
                           "error": "\n".join(f"{p.field}：{p.message}" if p.field else p.message
                                              for p in e.problems)})
            continue
        drafts.append({"name": name, "genre": t.genre, "outline": _lines(d.document.outline()),
                       "text": _lines(d.document), "length": d.document.length,
                       "gaps": list(d.gaps)})
    return problems, drafts


def _save() -> Response:
    """The form written into the facts file, unless it changed on disk since the page read it."""
    body = _body()
    state = _state()
    path = _facts_file(body.get("file"))
    genres = state.valid(body.get("genres"))
    text, version = _read(path)
    _, problem = _load_data(text, path)
    if problem:  # the page showed an empty form: saving it would blank the file
        return jsonify(error=problem), 422
    if version != body.get("version") and not body.get("force"):
        return jsonify(conflict=True, error="这个文件在页面打开之后被改过（可能在编辑器或命令行里）。"
                                           "覆盖会丢掉那边的修改。"), 409
    nodes = state.fields(genres)
    data = form.typed_all(body.get("data"), nodes)
    try:
        new_text = yamlrt.save(text, data, nodes, (CONTROL_KEY, genres))
    except Exception as e:  # ruamel's own errors: the file on disk is not YAML it can keep
        return jsonify(error=f"无法在保留注释的前提下改写这个文件：{e}"), 422
    if len(new_text.encode("utf-8")) > facts_mod.MAX_BYTES:
        return jsonify(error="事实文件太大（超过 2 MB）。"), 413
    from drafter import output

    output.write_atomic(path, new_text.encode("utf-8"))
    return jsonify(version=_version(new_text.encode("utf-8")), saved=True)


def _new() -> Response:
    """A new facts file naming the chosen genres."""
    body = _body()
    state = _state()
    name = str(body.get("name") or "").strip()
    if name and not name.lower().endswith(FACTS_SUFFIXES):
        name += ".yaml"
    path = _facts_file(name, exists=False)
    if path.exists():
        return jsonify(error=f"已经有 {name} 了，请换一个名字或直接打开它。"), 409
    genres = state.valid(body.get("genres"))
    names = "、".join(state.library.get(g).genre for g in genres)
    control = genres[0] if len(genres) == 1 else f"[{', '.join(genres)}]"
    # Only what the writer fills in is written (in the vocabulary's order) as the page
    # saves; the form shows each field's description and example, as `drafter new` does.
    text = (f"# {names}的事实文件（用 drafter serve 新建，也可以用任何文本编辑器修改；"
            "drafter new 可以列出全部字段和说明）。\n\n"
            f"{CONTROL_KEY}: {control}\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    from drafter import output

    output.write_atomic(path, text.encode("utf-8"))
    return jsonify(file=path.relative_to(state.root).as_posix())


def _build() -> Response:
    """pipeline.build of the saved facts file (an edited draft is never overwritten), then what
    the command line would say about it: rare characters, length, missing fonts, lint."""
    started = time.perf_counter()
    body = _body()
    state = _state()
    library = state.library
    path = _facts_file(body.get("file"))
    genres = state.valid(body.get("genres"))
    try:
        products = budget.run(pipeline.produce, path, genres, library=library, label=path,
                              isolate=True)  # the command line's budget, in a child process
        built = pipeline.deliver(products)
    except DrafterError as e:
        return jsonify(problems=[_problem(p) for p in e.problems]), 422
    from drafter import fonts
    from drafter.lint import lint

    files, notes = [], []
    for b in built:
        files.append({"template": b.template, "file": b.path.relative_to(state.root).as_posix(),
                      "status": b.status, "length": b.length,
                      "intended": b.intended.relative_to(state.root).as_posix()
                      if b.intended else None})
        notes += [_note(n) for n in b.warnings]
    families = fonts.installed_families()
    lacking = sorted({f for name in {library.get(g).profile for g in genres}
                      for f in fonts.missing(library.profile(name), families) or ()})
    if lacking:
        notes.append({"kind": "fonts", "text": f"本机没有这些字体：{'、'.join(lacking)}。"
                      "在本机打开时 Word/WPS 会用别的字体代替，版面可能走样；请在排版、打印的电脑上安装"
                      "（drafter 不附带、不下载字体）。", "field": ""})
    for finding in lint([b.path for b in built]):
        where = f"第 {finding.paragraph} 段" if finding.paragraph else "全文"
        notes.append({"kind": "lint", "text": f"{Path(finding.path).name} {where}："
                      f"{finding.code} {finding.message}", "field": ""})
    return jsonify(files=files, warnings=notes, ms=round((time.perf_counter() - started) * 1000))


def _download() -> Response:
    path = security.inside(_state().root, request.args.get("f", ""), (".docx", ".pdf"))
    if path is None or not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)


def _pdf() -> Response:
    path = security.inside(_state().root, request.args.get("f", ""), (".docx",))
    soffice = shutil.which("soffice")
    if path is None or not path.is_file() or soffice is None:
        abort(404)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(path)],
                       check=False, capture_output=True, timeout=120)
        made = Path(tmp) / f"{path.stem}.pdf"
        if not made.is_file():
            return make_response("LibreOffice 没能转换这个文件。", 500)
        data = made.read_bytes()
    reply = make_response(data)
    reply.headers["Content-Type"] = "application/pdf"
    reply.headers["Content-Disposition"] = \
        f"attachment; filename*=UTF-8''{quote(path.stem)}.pdf"
    return reply


ROUTES: list[tuple[str, Any, list[str]]] = [
    ("/", _index, ["GET"]),
    ("/edit", _edit, ["GET"]),
    ("/api/form", _form_fragment, ["POST"]),
    ("/api/check", _check, ["POST"]),
    ("/api/save", _save, ["POST"]),
    ("/api/new", _new, ["POST"]),
    ("/api/build", _build, ["POST"]),
    ("/download", _download, ["GET"]),
    ("/pdf", _pdf, ["GET"]),
]


@dataclasses.dataclass
class _State:
    """The library and what is worth keeping between requests (the form of a genre set)."""

    library: Library
    root: Path
    lock: threading.Lock = dataclasses.field(default_factory=threading.Lock)
    cache: dict[tuple[str, ...], list[form.Node]] = dataclasses.field(default_factory=dict)

    def genres(self) -> list[dict[str, str]]:
        out = []
        for name in self.library.names():
            t = self.library.get(name)
            out.append({"name": name, "genre": t.genre, "description": t.description})
        return out

    def warm(self) -> None:
        """Read the library and make each genre's form once, so the first page opens fast."""
        for name in self.library.names():
            self.fields([name])

    def valid(self, genres: Any) -> list[str]:
        names = set(self.library.names())
        chosen = [g for g in (genres or []) if isinstance(g, str) and g in names]
        if not chosen:
            abort(make_response(jsonify(error="请至少选择一种文稿。"), 400))
        return list(dict.fromkeys(chosen))

    def fields(self, genres: list[str]) -> list[form.Node]:
        key = tuple(genres)
        if key not in self.cache:
            self.cache[key] = form.fields(form.export(self.library, genres))
        return self.cache[key]


def _body() -> dict[str, Any]:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        abort(make_response(jsonify(error="请求格式不对。"), 400))
    return body


def _read(path: Path) -> tuple[str, str]:
    from drafter import inputs

    try:  # a regular file only (a pipe would hang the page), size counted as it is read
        raw = inputs.read_bytes(path, facts_mod.MAX_BYTES, FactsError, "事实文件",
                                "事实文件一般只有几 KB。", "请确认没有选错文件；事实文件最大 2 MB。")
    except FactsError as e:
        abort(make_response(str(e), 413 if "太大" in str(e) else 400))
    return facts_mod.decode(raw, path), _version(raw)


def _version(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def _load_data(text: str, path: Path) -> tuple[dict[str, Any], str]:
    """The file's data for the form (read as `drafter check` reads it), or an empty form and
    why (a file with YAML slips: the page shows the same message as the command line)."""
    if not text.strip():
        return {}, ""
    try:
        return facts_mod.parse(text, path).data, ""
    except DrafterError as e:
        return {}, f"这个文件有格式错误，请先在编辑器里改正（drafter check 会列出同样的问题）：{e}"


def _genres(data: dict[str, Any], state: _State) -> list[str]:
    named = data.get(CONTROL_KEY)
    names = named if isinstance(named, list) else [named]
    known = set(state.library.names())
    chosen = [n for n in names if isinstance(n, str) and n in known]
    return chosen or ["speech"]


def _facts(data: dict[str, Any], genres: list[str], path: Path) -> facts_mod.Facts:
    """The form's facts as a Facts (with lines of a YAML text of them, for the messages)."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml where it is there
    text = yaml.dump({CONTROL_KEY: genres, **data}, Dumper=dumper, allow_unicode=True,
                     sort_keys=False)
    return facts_mod.parse(text, path)


def _problem(p: Any) -> dict[str, str]:
    return {"field": p.field, "message": p.message, "hint": p.hint}


def _lines(document: Any) -> list[dict[str, Any]]:
    return [{"kind": b.kind, "level": b.level, "text": b.text} for b in document.blocks]


def _note(text: str, kind: str = "build") -> dict[str, str]:
    """A build's warning, with the form field it points at when it names one."""
    found = ""
    m = re.search(r"\.ya?ml:\d+: (\S+?)）", text)
    if m:
        found = m[1]
    elif "讲话时间" in text or ("要求的" in text and "字" in text):
        found = "篇幅"
    return {"kind": kind, "text": text, "field": found}


def _facts_files(root: Path) -> list[dict[str, str]]:
    """The facts files of the served folder (and its folders, a few levels down), with the
    genres each names; hidden folders and anything that leads outside are skipped."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        depth = len(here.relative_to(root).parts)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and depth < LIST_DEPTH)
        for name in sorted(filenames):
            relative = (here / name).relative_to(root).as_posix()
            if security.inside(root, relative, FACTS_SUFFIXES) is None:
                continue
            found.append({"name": relative, "note": _named(here / name)})
    return found


def _named(path: Path) -> str:
    """What a facts file says it is for (its 模板 line), for the list."""
    from drafter import inputs

    try:
        with inputs.open_regular(path) as f:  # never a pipe: the list would wait forever
            for line in f.read(20_000).decode("utf-8", "replace").splitlines():
                if line.startswith(f"{CONTROL_KEY}:"):
                    return line.split(":", 1)[1].split("#")[0].strip()
    except (OSError, DrafterError):
        return ""
    return ""
