"""The template library on disk: find templates, profiles and the facts vocabulary.

A library is a folder; a writer's own libraries (``--library DIR``, or the folders
in ``DRAFTER_LIBRARY`` separated by the OS path separator) come before the
built-in one, so a template, profile or Jinja file there overrides the built-in
file of the same name. Layout of a library::

    facts.yml                 the shared facts vocabulary (fields and their types)
    profiles/公文.yml          layout profiles
    speech/template.yml       one folder per template: manifest ...
    speech/body.j2            ... and its Jinja2 body
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from drafter import profile as profiles
from drafter import yamlload
from drafter.errors import Problem, TemplateError, TemplateNotFoundError
from drafter.schema import Field, Schema, merge, parse_fields

ENV_VAR = "DRAFTER_LIBRARY"
MANIFEST = "template.yml"


def builtin_root() -> Path:
    """The built-in library: inside the installed package, or ``templates/`` in a checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "templates"
    return installed if installed.is_dir() else here.parent / "templates"


@dataclass(frozen=True, slots=True)
class Template:
    """One template folder, read from its manifest."""

    name: str
    folder: Path
    genre: str
    """体裁, e.g. 讲话稿."""
    description: str
    profile: str
    """Name of the layout profile."""
    body: str
    """Jinja path of the body, relative to the library root (``speech/body.j2``)."""
    required: tuple[str, ...]
    optional: tuple[str, ...]
    extends: str
    """Name of the template this one extends (empty if none)."""
    fields: dict[str, Any]
    """Extra vocabulary fields this template brings."""
    manifest: dict[str, Any]


class Library:
    """The ordered template libraries: the writer's first, the built-in one last."""

    def __init__(self, extra: list[Path] | None = None) -> None:
        roots = list(extra or [])
        env = os.environ.get(ENV_VAR, "")
        roots += [Path(p) for p in env.split(os.pathsep) if p]
        for root in roots:
            if not root.is_dir():
                raise TemplateNotFoundError(Problem(str(root), None, None, "",
                                                    "模板库文件夹不存在。",
                                                    f"检查 --library 参数或环境变量 {ENV_VAR}。"))
        self.roots: list[Path] = [*roots, builtin_root()]

    def names(self) -> list[str]:
        """Names of every template, sorted."""
        found = {p.parent.name for root in self.roots for p in root.glob(f"*/{MANIFEST}")}
        return sorted(found)

    def get(self, name: str) -> Template:
        """The template called ``name`` (a writer's library first).

        Raises:
            TemplateNotFoundError: no library has it; says which names are close.
        """
        for root in self.roots:
            manifest = root / name / MANIFEST
            if manifest.is_file():
                return self._read(name, manifest)
        names = self.names()
        import difflib  # only for the did-you-mean of an error

        close = difflib.get_close_matches(name, names, n=1, cutoff=0.4)
        hint = (f"是不是“{close[0]}”？" if close else "") + f"可用的模板：{'、'.join(names)}。"
        raise TemplateNotFoundError(Problem(None, None, None, "", f"没有名为“{name}”的模板。", hint))

    def _read(self, name: str, manifest: Path) -> Template:
        data = _read_yaml(manifest)
        parent: Template | None = None
        extends = str(data.get("继承", "") or "")
        if extends:
            if extends == name:
                raise TemplateError(f"{manifest}: 模板不能继承自己。")
            parent = self.get(extends)
        body = data.get("正文") or ("body.j2" if (manifest.parent / "body.j2").is_file() else "")
        if not body and parent is None:
            raise TemplateError(f"{manifest}: 模板文件夹里没有 body.j2，也没有用“正文:”指明正文文件。")
        body_path = f"{name}/{body}" if body else parent.body  # type: ignore[union-attr]

        def inherit(key: str, default: Any) -> Any:
            if key in data:
                return data[key]
            return getattr(parent, {"版式": "profile", "体裁": "genre"}[key]) if parent else default

        return Template(
            name=name, folder=manifest.parent, genre=str(inherit("体裁", "")),
            description=str(data.get("说明", parent.description if parent else "")),
            profile=str(inherit("版式", "公文")), body=body_path,
            required=tuple(data.get("需要") or (parent.required if parent else ())),
            optional=tuple(data.get("可用") or (parent.optional if parent else ())),
            extends=extends, fields=dict(data.get("字段") or {}), manifest=data)

    @cached_property
    def vocabulary(self) -> Field:
        """The facts vocabulary: built-in fields, then each writer library's and template's."""
        root = Field("", "object")
        for lib in reversed(self.roots):
            vocab = lib / "facts.yml"
            if vocab.is_file():
                root = merge(root, parse_fields({"字段": _read_yaml(vocab)}, str(vocab)))
        for name in self.names():
            extra = self.get(name).fields
            if extra:
                root = merge(root, parse_fields({"字段": extra}, f"{name}/{MANIFEST}"))
        return root

    def schema(self, template: Template) -> Schema:
        """What ``template`` needs from a facts file."""
        return Schema(self.vocabulary, template.required, template.optional)

    def profile(self, name: str) -> profiles.Profile:
        """The layout profile called ``name``.

        Raises:
            TemplateNotFoundError: no library has it.
        """
        for root in self.roots:
            path = root / "profiles" / f"{name}.yml"
            if path.is_file():
                return _cached(path, profiles.load)  # type: ignore[no-any-return]
        known = sorted({p.stem for root in self.roots for p in (root / "profiles").glob("*.yml")})
        raise TemplateNotFoundError(f"没有名为“{name}”的版式；可用的版式：{'、'.join(known)}。")


_PARSED: dict[tuple[Path, Callable[[Path], Any]], tuple[tuple[int, int, int], Any]] = {}
"""Parsed library files by (path, parser), with the (mtime, size, inode) they were read
at: a batch or a long-lived process parses each manifest and profile once, and reads a
file again once it is edited. Cached values are shared: callers must not change them."""


def _cached(path: Path, parse: Callable[[Path], Any]) -> Any:
    """``parse(path)``, reusing the last result while the file is unchanged."""
    try:
        st = path.stat()
    except OSError as e:
        raise TemplateError(f"{path}: 无法读取：{e}") from None
    stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
    hit = _PARSED.get((path, parse))
    if hit is not None and hit[0] == stamp:
        return hit[1]
    value = parse(path)
    _PARSED[(path, parse)] = (stamp, value)
    return value


def _read_yaml(path: Path) -> dict[str, Any]:
    """The mapping in a library YAML file (cached; do not change it)."""
    return _cached(path, _parse_yaml)  # type: ignore[no-any-return]


def _parse_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yamlload.load(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as e:
        raise TemplateError(f"{path}: 无法读取：{e}") from None
    except yaml.MarkedYAMLError as e:
        line = e.problem_mark.line + 1 if e.problem_mark else "?"
        raise TemplateError(f"{path}:{line}: YAML 格式错误：{e.problem}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise TemplateError(f"{path}: 应当是“字段: 值”的对象。")
    return data
