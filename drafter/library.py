"""The template library on disk: find templates, profiles, phrase banks and the facts vocabulary.

A library is a folder; a writer's own libraries (``--library DIR``, or the folders
in ``DRAFTER_LIBRARY`` separated by the OS path separator) come before the
built-in one, so a template, profile or Jinja file there overrides the built-in
file of the same name. Layout of a library::

    facts.yml                 the shared facts vocabulary (fields and their types)
    phrases.yml               the shared phrase bank (stock formulations)
    ranks.yml                 礼宾顺序: the rank of common posts (drafter.protocol)
    profiles/公文.yml          layout profiles (may ``继承`` another profile)
    _common/macros.j2         Jinja files shared by templates (macros, base layouts)
    speech/template.yml       one folder per template: manifest ...
    speech/body.j2            ... its Jinja2 body ...
    speech/phrases.yml        ... and, optionally, the genre's own phrases

A template may extend another (``继承: report`` in its manifest): it inherits the
manifest's genre, profile, facts and body, and its own body, if any, starts with
``{% extends 父模板 %}`` and overrides blocks. It may even have the name of the
template it extends (a writer's ``report`` over the built-in ``report``): the
parent is then looked up in the libraries after the writer's. In Jinja names,
``@N/…`` means the N-th library (0 is the writer's first) and ``内置/…`` the built-in one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from drafter import cache, inputs
from drafter import phrases as phrase_banks
from drafter import profile as profiles
from drafter import yamlload
from drafter.errors import Problem, TemplateError, TemplateNotFoundError
from drafter.schema import Field, Schema, merge, parse_fields

ENV_VAR = "DRAFTER_LIBRARY"
MANIFEST = "template.yml"
PARENT_VARIABLE = "父模板"
"""What a template extending another writes: ``{% extends 父模板 %}``."""


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
    """Jinja name of the body, qualified by its library (``@1/speech/body.j2``)."""
    required: tuple[str, ...]
    optional: tuple[str, ...]
    extends: str
    """Name of the template this one extends (empty if none)."""
    fields: dict[str, Any]
    """Extra vocabulary fields this template brings."""
    manifest: dict[str, Any]
    root: int = 0
    """Index of the library it comes from (the built-in one is last)."""
    parent: Template | None = None
    """The template it extends, read from its own library."""
    body_file: Path | None = None
    """The body's file on disk."""

    @property
    def chain(self) -> list[Template]:
        """This template and the ones it extends, nearest first."""
        out: list[Template] = []
        t: Template | None = self
        while t is not None:
            out.append(t)
            t = t.parent
        return out

    @property
    def parent_body(self) -> str:
        """Jinja name of the body this one extends (the value of ``父模板``)."""
        return self.parent.body if self.parent else ""


@dataclass(frozen=True, slots=True)
class Anatomy:
    """The Jinja make-up of a template (``drafter templates show``)."""

    blocks: tuple[str, ...]
    """Every block, in the order the base layout has them."""
    own: tuple[str, ...]
    """Blocks the template's own body writes (overrides, when it extends another)."""
    files: tuple[str, ...]
    """Jinja files it builds on: layouts it extends, macro files it imports."""
    phrases: tuple[str, ...]
    """Phrase-bank slots it and the files it builds on ask for."""


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
        self.real_roots = [r.resolve() for r in self.roots]
        self._cache: dict[tuple[str, int], Template] = {}
        self._envs: dict[bool, Any] = {}
        self._profiles: dict[str, profiles.Profile] = {}
        self._banks: dict[tuple[str, int], dict[str, phrase_banks.Slot]] = {}
        self._vocabularies: dict[tuple[str, int], Field] = {}

    def environment(self, *, draft: bool = False) -> Any:
        """The Jinja environment over these libraries (made once: compiling templates is
        most of a build's time)."""
        if draft not in self._envs:
            from drafter import render

            self._envs[draft] = render.environment(self.roots, draft=draft)
        return self._envs[draft]

    def names(self) -> list[str]:
        """Names of every template, sorted."""
        found = {p.parent.name for root in self.roots for p in root.glob(f"*/{MANIFEST}")}
        return sorted(found)

    def get(self, name: str, start: int = 0) -> Template:
        """The template called ``name`` (a writer's library first).

        Args:
            name: the template's folder name.
            start: look only in this library and the ones after it.

        Raises:
            TemplateNotFoundError: no library has it; says which names are close.
            TemplateError: its manifest is malformed, or a file of it is a link out of
                its library.
        """
        check_name(name)
        for i, root in enumerate(self.roots[start:], start):
            manifest = root / name / MANIFEST
            if os.path.lexists(manifest):
                key = (name, i)
                if key not in self._cache:
                    self._cache[key] = self._read(name, self._inside(manifest, i), i, ())
                return self._cache[key]
        names = self.names()
        import difflib  # only for the did-you-mean of an error

        close = difflib.get_close_matches(name, names, n=1, cutoff=0.4)
        hint = (f"是不是“{close[0]}”？" if close else "") + f"可用的模板：{'、'.join(names)}。"
        raise TemplateNotFoundError(Problem(None, None, None, "", f"没有名为“{name}”的模板。", hint))

    def _read(self, name: str, manifest: Path, index: int, seen: tuple[str, ...]) -> Template:
        data = _read_yaml(manifest)
        extends = str(data.get("继承", "") or "")
        parent = self._parent(name, extends, manifest, index, seen) if extends else None
        body = data.get("正文") or ("body.j2" if os.path.lexists(manifest.parent / "body.j2") else "")
        if not body and parent is None:
            raise TemplateError(f"{manifest}: 模板文件夹里没有 body.j2，也没有用“正文:”指明正文文件。")
        if body and not _relative_name(str(body)):
            raise TemplateError(f"{manifest}: “正文: {body}”应当是模板文件夹里的文件名（如 body.j2），"
                                "不能是绝对路径，也不能含“..”。")
        if body and not self._inside(manifest.parent / str(body), index).is_file():
            raise TemplateError(f"{manifest}: “正文: {body}”指的文件不存在。")
        body_name = f"@{index}/{name}/{body}" if body else parent.body  # type: ignore[union-attr]

        def inherit(key: str, attr: str, default: Any) -> Any:
            if key in data:
                return data[key]
            return getattr(parent, attr) if parent else default

        dropped = set(_names(data.get("不需要"), manifest, "不需要"))
        required = _union(parent.required if parent else (),
                          _names(data.get("需要"), manifest, "需要"))
        optional = _union(parent.optional if parent else (),
                          _names(data.get("可用"), manifest, "可用"))
        return Template(
            name=name, folder=manifest.parent, genre=str(inherit("体裁", "genre", "")),
            description=str(inherit("说明", "description", "")),
            profile=str(inherit("版式", "profile", "公文")), body=body_name,
            required=tuple(p for p in required if p not in dropped),
            optional=tuple(p for p in optional if p not in dropped) + tuple(
                p for p in required if p in dropped and p not in optional),
            extends=extends, fields=dict(data.get("字段") or {}), manifest=data, root=index,
            parent=parent,
            body_file=manifest.parent / str(body) if body else parent.body_file)  # type: ignore[union-attr]

    def _parent(self, name: str, extends: str, manifest: Path, index: int,
                seen: tuple[str, ...]) -> Template:
        """The template ``extends`` names; the same name means the one in a later library."""
        if not _plain_name(extends):
            raise TemplateError(f"{manifest}: “继承: {extends}”应当是模板名（如 report），不能是路径。")
        start = index + 1 if extends == name else 0
        chain = (*seen, f"{name}@{index}")
        for i, root in enumerate(self.roots[start:], start):
            path = root / extends / MANIFEST
            if os.path.lexists(path):
                path = self._inside(path, i)
                if f"{extends}@{i}" in chain:
                    raise TemplateError(f"{manifest}: 模板的“继承”绕成了圈："
                                        f"{' → '.join((*chain, extends))}。")
                return self._read(extends, path, i, chain)
        if extends == name:
            raise TemplateError(f"{manifest}: “继承: {name}”要找后面模板库（如内置库）里的同名模板，"
                                "但没有找到。")
        names = self.names()
        import difflib  # only for the did-you-mean of an error

        close = difflib.get_close_matches(extends, names, n=1, cutoff=0.4)
        raise TemplateError(f"{manifest}: 要继承的模板“{extends}”不存在。"
                            + (f"是不是“{close[0]}”？" if close else "")
                            + f"可用的模板：{'、'.join(names)}。")

    @cached_property
    def vocabulary(self) -> Field:
        """The facts vocabulary: built-in fields, then each writer library's and template's,
        and ``措辞`` with one field per phrase-bank slot."""
        root = Field("", "object")
        for i, lib in reversed(list(enumerate(self.roots))):
            vocab = lib / "facts.yml"
            if os.path.lexists(self._inside(vocab, i)):
                root = merge(root, parse_fields({"字段": _read_yaml(vocab)}, str(vocab)))
        for name in self.names():
            for t in self.get(name).chain:
                if t.fields:
                    root = merge(root, parse_fields({"字段": t.fields}, str(t.folder / MANIFEST)))
        return merge(root, Field("", "object", fields=(self._pin_field(),)))

    def own_vocabulary(self, template: Template) -> Field:
        """The vocabulary as ``template`` reads it: the whole vocabulary (a facts file may carry the
        facts of several templates), with the fields of the templates it extends and its own laid
        over it, nearest last. Two mined templates in one library may each have a field 省份 of their
        own: each build checks and explains the field by its own template, not by the one whose
        name sorts last."""
        key = (template.name, template.root)
        if key not in self._vocabularies:
            root = self.vocabulary
            for t in reversed(template.chain):
                if t.fields:
                    root = merge(root, parse_fields({"字段": t.fields}, str(t.folder / MANIFEST)))
            self._vocabularies[key] = root
        return self._vocabularies[key]

    def _pin_field(self) -> Field:
        slots = self._bank([*(r / phrase_banks.BANK_FILE for r in self.roots),
                            *(r / n / phrase_banks.BANK_FILE for r in self.roots
                              for n in self.names())])
        children = [Field(phrase_banks.VARIANT, "integer",
                          "换一个数，所有措辞换一套说法（不写则按会议和年份自动选）", 2)]
        children += [Field(s.name, "string",
                           f"{s.description + '；' if s.description else ''}写序号选第几种说法，"
                           f"或直接写词（多条线用“/”分开）。可选：{'/'.join(s.options)}",
                           1) for s in slots.values()]
        return Field(phrase_banks.PIN_KEY, "object",
                     "固定措辞库里的说法（一般不用写；想换说法时才写）", fields=tuple(children))

    @cached_property
    def ranks(self) -> Any:
        """The 礼宾顺序 table: the first ranks.yml in the libraries (the writer's first)."""
        from drafter import protocol

        for root in self.roots:
            path = root / protocol.RANKS_FILE
            if path.is_file():
                return protocol.parse(_read_yaml(path, "礼宾顺序"), str(path))
        return protocol.RankTable()

    def schema(self, template: Template) -> Schema:
        """What ``template`` needs from a facts file."""
        return Schema(self.own_vocabulary(template), template.required, template.optional)

    def phrases(self, template: Template) -> dict[str, phrase_banks.Slot]:
        """The phrase bank ``template`` sees: for each library in order, the folders of
        the template (and of those it extends) in it, then its shared ``phrases.yml``."""
        key = (template.name, template.root)
        if key not in self._banks:
            files: list[Path] = []
            for i, root in enumerate(self.roots):
                files += [t.folder / phrase_banks.BANK_FILE for t in template.chain if t.root == i]
                files.append(root / phrase_banks.BANK_FILE)
            self._banks[key] = self._bank(files)
        return self._banks[key]

    def _bank(self, files: list[Path]) -> dict[str, phrase_banks.Slot]:
        return phrase_banks.merge((str(f), _read_yaml(f, "措辞库", mapping=False))
                                  for f in files if os.path.lexists(self._inside(f)))

    def _inside(self, path: Path, index: int | None = None) -> Path:
        """``path``, a file of library ``index`` (found from the path when None), once it
        is known not to lead out of it (a symlink to /etc/passwd, a template folder
        linking elsewhere); a missing file is returned as it is.

        Raises:
            TemplateError: the file or a folder on its way is a link out of the library.
        """
        if not os.path.lexists(path):
            return path
        if index is None:
            index = next((i for i, r in enumerate(self.roots) if path.is_relative_to(r)), -1)
        outside = inputs.outside(path, self.real_roots[index], "模板库文件")
        if outside:
            raise TemplateError(outside)
        return path

    def anatomy(self, template: Template) -> Anatomy:
        """What a template is made of: its blocks (the base layout's first), the blocks
        its own body writes, the Jinja files it builds on and the phrase slots it uses.

        Raises:
            RenderError: one of its Jinja files is missing or has a syntax error.
        """
        from drafter import render

        env = self.environment()
        parents = {t.body: t.parent_body for t in template.chain}
        blocks: list[str] = []
        files: list[str] = []
        slots: list[str] = []
        own: tuple[str, ...] = ()

        def visit(name: str) -> None:
            nonlocal own
            if name in files:
                return
            files.append(name)
            info = render.inspect(env, name)
            base = parents.get(name, "") if info.extends == PARENT_VARIABLE else info.extends
            if base:
                visit(base)
            for used in info.uses:
                visit(used)
            blocks.extend(b for b in info.blocks if b not in blocks)
            slots.extend(p for p in info.phrases if p not in slots)
            if name == template.body and template.body != template.parent_body:
                own = info.blocks

        visit(template.body)
        return Anatomy(tuple(blocks), own, tuple(f for f in files if f != template.body),
                       tuple(slots))

    def profile(self, name: str) -> profiles.Profile:
        """The layout profile called ``name``, with what it inherits (``继承: 公文``).

        Raises:
            TemplateNotFoundError: no library has it.
            TemplateError: it inherits in a circle or is malformed.
        """
        if name not in self._profiles:
            data, path = self._profile_data(name, 0, ())
            self._profiles[name] = profiles.from_data(data, str(path))
        return self._profiles[name]

    def profile_names(self) -> list[str]:
        """Names of every layout profile, sorted."""
        return sorted({p.stem for root in self.roots for p in (root / "profiles").glob("*.yml")})

    def _profile_data(self, name: str, start: int,
                      seen: tuple[str, ...]) -> tuple[dict[str, Any], Path]:
        if not _plain_name(name):
            raise TemplateNotFoundError(f"版式名“{name}”应当是名字（如 公文），不能是路径。")
        for i, root in enumerate(self.roots[start:], start):
            path = root / "profiles" / f"{name}.yml"
            if not os.path.lexists(path):
                continue
            self._inside(path, i)
            data = profiles.read(path)
            parent = str(data.get(profiles.INHERIT_KEY, "") or "")
            if not parent:
                return data, path
            key = f"{name}@{i}"
            if key in seen:
                raise TemplateError(f"{path}: 版式的“继承”绕成了圈：{' → '.join((*seen, key))}。")
            # A profile may extend the built-in one of the same name: look further down then.
            base, _ = self._profile_data(parent, i + 1 if parent == name else 0, (*seen, key))
            return profiles.inherit(base, data), path
        known = "、".join(self.profile_names())
        raise TemplateNotFoundError(f"没有名为“{name}”的版式；可用的版式：{known}。")


def check_name(name: str) -> None:
    """Refuse a template name that is a path (``/abs/dir``, ``../x``, ``a/b``).

    Raises:
        TemplateNotFoundError: it is not a plain name.
    """
    if not _plain_name(name):
        raise TemplateNotFoundError(Problem(
            None, None, None, "", f"“{name}”不是模板名：模板名只能是名字（如 speech），不能是路径。",
            "自己的模板请放进一个模板库文件夹，用 --library 文件夹 指明，再写模板名。"))


def _plain_name(name: str) -> bool:
    return bool(name) and name not in (".", "..") and not any(c in name for c in "/\\:\0") \
        and name == name.strip()


def _relative_name(name: str) -> bool:
    """A file name inside a template folder: relative, without ``..``."""
    parts = name.replace("\\", "/").split("/")
    return bool(name) and not os.path.isabs(name) and ":" not in name and "\0" not in name \
        and all(p not in ("", ".", "..") for p in parts)


def _names(value: Any, manifest: Path, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TemplateError(f"{manifest}: “{key}”应当是字段路径的列表，"
                            "每行以“- ”开头，如“- 会议.名称”。")
    return tuple(value)


def _union(first: tuple[str, ...], then: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *then)))


def _read_yaml(path: Path, what: str = "", *, mapping: bool = True) -> Any:
    """The parsed YAML of a library file (``what`` names it in errors: 措辞库 …)."""
    try:
        data = cache.parsed(path, yamlload.KIND, yamlload.load_file)
    except (OSError, UnicodeDecodeError) as e:
        raise TemplateError(f"{path}: {what}无法读取：{e}") from None
    except yaml.MarkedYAMLError as e:
        line = e.problem_mark.line + 1 if e.problem_mark else "?"
        label = f"{what} " if what else ""
        raise TemplateError(f"{path}:{line}: {label}YAML 格式错误：{e.problem}") from None
    if data is None:
        return {}
    if mapping and not isinstance(data, dict):
        raise TemplateError(f"{path}: 应当是“字段: 值”的对象。")
    return data
