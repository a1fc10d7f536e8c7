"""build(): facts -> template -> render -> document model -> .docx. Read this file first.

    facts.load(path)                -> Facts      (FactsError: file:line:col, field, hint)
    library.get(name), .schema()    -> Template   (TemplateNotFoundError: did you mean)
    schema.validate(facts, schema)  -> data       (FactsError: every problem at once)
    render.render(env, body, data)  -> markup     (RenderError: template file:line)
    model.parse(markup)             -> Document   (RenderError)
    titles.shape_titles(document)   -> Document   (long titles broken between words)
    writer.render_docx(document)    -> bytes      (deterministic)
    output.write_document(path)                   (OutputError; never clobbers an edited file)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter import facts as facts_mod
from drafter import model, output, phrases, protocol, render, schema, titles
from drafter.errors import (DrafterError, FactsError, OutputError, Problem, TemplateNotFoundError,
                            problem_at)
from drafter.library import PARENT_VARIABLE, Library, Template
from drafter.profile import Profile
from drafter.schema import CONTROL_KEY


@dataclass(frozen=True, slots=True)
class Draft:
    """A rendered document, before it is written."""

    template: Template
    profile: Profile
    document: model.Document
    data: dict[str, Any]
    gaps: tuple[str, ...] = ()
    """Missing required fields shown as 【待补】 in a --draft build."""


@dataclass(frozen=True, slots=True)
class Built:
    """One written document."""

    template: str
    path: Path
    status: str = "written"
    """``written``; ``unchanged`` (same bytes already there); ``beside`` (the target was
    edited by the writer, so this build went to ``name.new.docx``)."""
    gaps: tuple[str, ...] = ()
    intended: Path | None = None
    """Where the build would have gone when ``status`` is ``beside``."""
    warnings: tuple[str, ...] = field(default_factory=tuple)
    """What the writer should check before printing (rare characters, length …)."""
    length: int = 0
    """Characters of text in the document."""
    fonts: tuple[str, ...] = ()
    """The font families its layout profile asks for."""


def template_names(facts: facts_mod.Facts, requested: list[str] | tuple[str, ...]) -> list[str]:
    """The templates to build: those asked for, else those the facts file names under 模板.

    Raises:
        FactsError: neither says which template to use.
    """
    if requested:
        return list(dict.fromkeys(requested))
    named = facts.data.get(CONTROL_KEY)
    if isinstance(named, str) and named.strip():
        return [named.strip()]
    if isinstance(named, list) and named and all(isinstance(n, str) for n in named):
        return list(dict.fromkeys(n.strip() for n in named))
    raise FactsError(facts.problem((), "不知道用哪个模板生成。",
                                   f"在事实文件开头写上“{CONTROL_KEY}: speech”，或在命令里加 -t 模板名"
                                   "（drafter templates 列出所有模板）。"))


DRAFT_VARIABLE = "草稿"
"""True in a --draft build: templates may leave places for what a draft still lacks."""
NO_PARENT = "（没有父模板：template.yml 里没有写“继承:”）"


def prepare(facts: facts_mod.Facts, name: str, library: Library, *, draft: bool = False) -> Draft:
    """Validate the facts for one template and render its document model."""
    try:
        template = library.get(name)
    except TemplateNotFoundError as e:
        named = facts.data.get(CONTROL_KEY)
        if name not in (named if isinstance(named, list) else [named]):
            raise
        at: tuple[str | int, ...] = (CONTROL_KEY,) if not isinstance(named, list) else \
            (CONTROL_KEY, named.index(name))
        raise TemplateNotFoundError([facts.problem(at, p.message, p.hint) for p in e.problems]) from None
    data = {k: v for k, v in facts.data.items() if k != CONTROL_KEY}
    checked = dataclasses.replace(facts, data=data)
    values, gaps = schema.validate(checked, library.schema(template), draft=draft)
    profile = library.profile(template.profile)
    env = library.environment(draft=draft)
    chooser = phrases.Chooser(library.phrases(template), phrases.occasion_key(values),
                              values.get(phrases.PIN_KEY))
    # The pins are for the chooser; templates see 措辞 as the function that picks phrases.
    shown = {k: v for k, v in values.items() if k != phrases.PIN_KEY}
    with protocol.ranks(library.ranks):
        text = render.render(env, template.body, shown, chooser=chooser,
                             variables={PARENT_VARIABLE: template.parent_body or NO_PARENT,
                                        DRAFT_VARIABLE: draft})
    document = model.parse(text, numbering=profile.numbering, styles=profile.block_styles,
                           source=str(template.body_file or template.body),
                           run_in=profile.run_in_levels)
    document = titles.shape_titles(document, profile.title_width)
    return Draft(template, profile, document, values,
                 tuple(dict.fromkeys((*gaps, *shown_gaps(document)))))


def shown_gaps(document: model.Document) -> list[str]:
    """The fields a --draft document marks 【待补：字段】, in order of appearance."""
    found = []
    for block in document.blocks:
        for span in (*block.spans, *block.body):
            if span.kind == "gap":
                found.append(span.text.removeprefix("【待补：").removesuffix("】"))
    return list(dict.fromkeys(found))


def to_docx(draft: Draft) -> bytes:
    """The .docx bytes of a rendered draft."""
    from drafter import writer

    meeting = draft.data.get("会议")
    when = meeting.get("日期") if isinstance(meeting, dict) else None
    if not isinstance(when, dt.date):
        when = None  # a --draft build without the date
    return writer.render_docx(draft.document, draft.profile, when=when)


def output_path(facts_path: Path, template: Template, out: Path | str | None, many: bool) -> Path:
    """Where one draft goes.

    ``facts.docx`` beside the facts file; ``facts-讲话稿.docx`` when the facts file is for
    several genres (``模板: [speech, report]``) or several are built, so that building one
    genre never lands on the file of another, and always in an output folder. ``out`` is a folder when it exists as one,
    ends with a slash (``-o 文稿/``), or has no ``.docx`` and several drafts are built; a
    folder is made when missing. A single file without ``.docx`` gets it.
    """
    with_genre = f"{facts_path.stem}-{template.genre or template.name}.docx"
    if out is None:
        return facts_path.with_name(with_genre if many else f"{facts_path.stem}.docx")
    folder = output_folder(out, many)
    if folder is not None:  # a folder of drafts: every name says its genre
        return folder / with_genre
    out = Path(out)
    if many:  # several drafts and a .docx named: one beside the other, genre in the name
        return out.with_name(f"{out.stem}-{template.genre or template.name}.docx")
    return out if out.suffix.lower() == ".docx" else out.with_name(out.name + ".docx")


def output_folder(out: Path | str | None, many: bool) -> Path | None:
    """The folder ``-o`` names, or None when it names a file."""
    if out is None:
        return None
    from drafter.inputs import is_dir

    slash = isinstance(out, str) and out.endswith(("/", "\\"))
    path = Path(out)
    if is_dir(path) or slash or (many and path.suffix.lower() != ".docx"):
        return path
    return None


def several(facts: facts_mod.Facts, names: list[str]) -> bool:
    """Whether file names carry the genre: several drafts built, or the facts file is for
    several genres (whichever -t picks one of them)."""
    named = facts.data.get(CONTROL_KEY)
    return len(names) > 1 or (isinstance(named, list) and len(set(named)) > 1)


@dataclass(frozen=True, slots=True)
class Product:
    """One document rendered and laid out, not yet written (what ``produce`` hands over
    from a budgeted child process to the one that writes)."""

    template: str
    path: Path
    """Where it is meant to go."""
    data: bytes
    gaps: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    length: int = 0
    fonts: tuple[str, ...] = ()
    """The font families its layout profile asks for."""
    folder: Path | None = None
    """The output folder ``-o`` names, made when the document is written."""
    source: Path | None = None
    """The facts file it was built from."""


def build(facts_path: Path | str, templates: list[str] | tuple[str, ...] = (),
          out: Path | str | None = None,
          *, library: Library | None = None, draft: bool = False, force: bool = False) -> list[Built]:
    """Build the documents of one facts file.

    Args:
        facts_path: the YAML facts file.
        templates: template names; empty means those the facts file names.
        out: output file (one template) or folder (see ``output_path``); default beside
            the facts file.
        library: the template library (default: built-in plus DRAFTER_LIBRARY).
        draft: build even when required facts are missing, marking each gap.
        force: overwrite an output the writer has edited.

    Returns:
        What was written, one entry per template.

    Raises:
        DrafterError: with every problem found; nothing is written then.
    """
    return deliver(produce(facts_path, templates, out, library=library, draft=draft), force=force)


def produce(facts_path: Path | str, templates: list[str] | tuple[str, ...] = (),
            out: Path | str | None = None, *, library: Library | None = None,
            draft: bool = False) -> list[Product]:
    """Everything of ``build`` but the writing: the documents of one facts file as bytes.

    Raises:
        DrafterError: with every problem found.
    """
    from drafter import fonts

    facts_path = Path(facts_path)
    library = library or Library()
    facts = facts_mod.load(facts_path)
    names = template_names(facts, templates)
    drafts = _prepare_all(facts, names, library, draft=draft)
    many = several(facts, names)
    return [Product(d.template.name, output_path(facts_path, d.template, out, many),
                    to_docx(d), d.gaps, warnings(d, facts, library.roots), d.document.length,
                    tuple(fonts.requested(d.profile)), output_folder(out, many), facts_path)
            for d in drafts]


def deliver(products: list[Product], *, force: bool = False) -> list[Built]:
    """Write the products (atomically; an edited document is never overwritten, nor the
    facts file a document is built from).

    Raises:
        OutputError: a document cannot be written.
    """
    results = []
    for p in products:
        if p.source is not None:
            _refuse_overwriting_input(p.path, p.source)
        _make_folder(p.folder)
        target, why = output.write_document(p.path, p.data, force=force)
        if why == "same":
            results.append(Built(p.template, p.path, "unchanged", p.gaps, warnings=p.warnings,
                                 length=p.length, fonts=p.fonts))
            continue
        results.append(Built(p.template, target, "beside" if why == "edited" else "written", p.gaps,
                             intended=p.path if why == "edited" else None, warnings=p.warnings,
                             length=p.length, fonts=p.fonts))
    return results


def _refuse_overwriting_input(path: Path, facts_path: Path) -> None:
    """Never write a document over the facts file it is built from (even with --force).

    Raises:
        OutputError: ``path`` is the facts file.
    """
    if same_file(path, facts_path):
        raise OutputError(problem_at(path, "输出文件就是事实文件本身，生成的文稿会把事实文件覆盖掉。",
                                     "请用 -o 给出 .docx 文件名，如 -o 讲话稿.docx。"))


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (an existing one, or the same place)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _make_folder(folder: Path | None) -> None:
    """Make the output folder ``-o 文稿/`` names (a file of that name is an error)."""
    if folder is None or folder.is_dir():
        return
    if folder.exists():
        raise OutputError(Problem(str(folder), None, None, "", "这是一个文件，不能当作输出文件夹。",
                                  "请用 -o 换一个位置。"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(Problem(str(folder), None, None, "", f"无法新建输出文件夹：{e.strerror}。",
                                  "请用 -o 换一个位置。")) from None


def warnings(draft: Draft, facts: facts_mod.Facts, roots: list[Path] | None = None) -> tuple[str, ...]:
    """What the writer should check before printing (the draft is still written)."""
    from drafter import fonts, provenance

    notes = []
    paragraphs = [b.text for b in draft.document.blocks]
    for t in provenance.trace(paragraphs, facts, roots or []):
        if not t.source:
            notes.append(f"第 {t.paragraph} 段的“{t.text}”既不在事实文件里，也不是模板的固定文字，"
                         "请核对（是不是沿用了往年的内容？）。")
    for rare in fonts.outside_gb2312(draft.document, draft.profile, facts):
        origin = f"（来自 {rare.source}）" if rare.source else ""
        notes.append(f"“{rare.char}”不在 GB2312 字符集内，{rare.font}显示不出来："
                     f"第 {rare.paragraph} 段“{rare.context}”{origin}。"
                     "打印前请给这个字改用能显示它的字体（如 仿宋、宋体）。")
    notes += _long_headings(draft, facts)
    # The speaking-time budget is for what is read aloud: templates that use 篇幅.时长.
    uses = {*draft.template.required, *draft.template.optional}
    wanted = {k: v for k, v in (draft.data.get("篇幅") or {}).items() if f"篇幅.{k}" in uses}
    notes += _length_notes(draft.document.length, wanted)
    return tuple(notes)


HEADING_LIMITS_KEY = "标题字数"
"""template.yml key: the longest heading the genre takes at each level, e.g.
``标题字数: {一级: 30, 二级: 50}`` (a news sentence typed as a speech heading is too long)."""
_LEVELS = {"一级": 1, "二级": 2, "三级": 3, "四级": 4}


def _long_headings(draft: Draft, facts: facts_mod.Facts) -> list[str]:
    """A heading longer than the genre takes, with the facts line it came from."""
    limits = {}
    for t in reversed(draft.template.chain):  # a template's own limits over its parent's
        spec = t.manifest.get(HEADING_LIMITS_KEY)
        if isinstance(spec, dict):
            limits.update({_LEVELS.get(str(k), k): v for k, v in spec.items()
                           if isinstance(v, int) and not isinstance(v, bool)})
    notes = []
    for block in draft.document.headings():
        limit = limits.get(block.level)
        words = "".join(s.text for s in block.spans).rstrip("。；，、：！？ ")
        if not limit or len(words) <= limit or any(s.kind == "gap" for s in block.spans):
            continue  # a --draft's 【待补：……】 is not the writer's heading yet
        where = ""
        source = _fact_in(words, facts)
        if source is not None:
            line, _ = facts.where(source)
            where = f"（来自 {facts.path.name}:{line}: {facts_mod.field_path(source)}）" if line else \
                f"（来自 {facts_mod.field_path(source)}）"
        notes.append(f"标题“{block.number}{words[:20]}……”有 {len(words)} 字，{draft.template.genre or '这种文稿'}"
                     f"的{'一二三四'[block.level - 1]}级标题以不超过 {limit} 字为宜{where}：请压缩成一句提法，"
                     "展开的话写进正文（如“导语”“内容”）。")
    return notes


def _fact_in(text: str, facts: facts_mod.Facts) -> tuple[str | int, ...] | None:
    """The facts field whose (longest) text the heading ``text`` holds."""
    best: tuple[int, tuple[str | int, ...] | None] = (0, None)
    for keys, value in facts.leaves():
        if isinstance(value, str):
            bare = value.strip().rstrip("。；，、：！？ ")
            if len(bare) >= 4 and bare in text and len(bare) > best[0]:
                best = (len(bare), keys)
    return best[1]


LENGTH_TOLERANCE = 0.1
"""How far from the stated length a draft may be before the build warns."""


def speaking_minutes(length: int, rate: int) -> float:
    """Minutes to read ``length`` characters aloud at ``rate`` characters a minute."""
    return length / rate if rate > 0 else 0.0


def _length_notes(length: int, wanted: dict[str, Any]) -> list[str]:
    rate = int(wanted.get("语速") or 220)
    notes = []
    target = None
    if wanted.get("时长"):
        target = int(wanted["时长"]) * rate
        slot = f"讲话时间 {wanted['时长']} 分钟（按每分钟 {rate} 字约 {target} 字）"
    elif wanted.get("字数"):
        target = int(wanted["字数"])
        slot = f"要求的 {target} 字"
    if target:
        minutes = speaking_minutes(length, rate)
        if length > target * (1 + LENGTH_TOLERANCE):
            notes.append(f"全文 {length} 字，按每分钟 {rate} 字约需 {minutes:.0f} 分钟，超出{slot}，"
                         f"请压缩约 {length - target} 字。")
        elif length < target * (1 - LENGTH_TOLERANCE):
            notes.append(f"全文 {length} 字，按每分钟 {rate} 字约需 {minutes:.0f} 分钟，不到{slot}，"
                         f"还可补充约 {target - length} 字。")
    return notes


def outline(facts_path: Path | str, templates: list[str] | tuple[str, ...] = (), *,
            library: Library | None = None) -> list[Draft]:
    """The 提纲 of each template's draft: title, headings and lead sentences only.

    Raises:
        DrafterError: with every problem found.
    """
    library = library or Library()
    facts = facts_mod.load(Path(facts_path))
    drafts = _prepare_all(facts, template_names(facts, templates), library)
    return [Draft(d.template, d.profile, d.document.outline(), d.data, d.gaps) for d in drafts]


def traces(facts_path: Path | str, templates: list[str] | tuple[str, ...] = (), *,
           library: Library | None = None) -> list[tuple[str, list[Any]]]:
    """Where each date, year, figure and name of each template's draft came from
    (``drafter trace``): (template name, provenance.Trace list) per template.

    Raises:
        DrafterError: with every problem found.
    """
    from drafter import provenance

    library = library or Library()
    facts = facts_mod.load(Path(facts_path))
    out = []
    for name in template_names(facts, templates):
        d = prepare(facts, name, library)
        out.append((name, provenance.trace([b.text for b in d.document.blocks], facts, library.roots)))
    return out


def _prepare_all(facts: facts_mod.Facts, names: list[str], library: Library, *,
                 draft: bool = False) -> list[Draft]:
    """Prepare every template, collecting all problems; one that several templates share
    is reported once, one that only some templates have is tagged with their names."""
    drafts: list[Draft] = []
    found: dict[Problem, list[str]] = {}
    kinds: set[type[DrafterError]] = set()
    for name in names:
        try:
            drafts.append(prepare(facts, name, library, draft=draft))
        except DrafterError as e:
            kinds.add(type(e))
            for p in e.problems:
                who = found.setdefault(p, [])
                if name not in who:
                    who.append(name)
    if found:
        problems = [p if len(who) == len(names) else
                    Problem(p.path, p.line, p.column, p.field,
                            f"［{'、'.join(who)}］{p.message}", p.hint)
                    for p, who in found.items()]
        problems.sort(key=lambda p: (p.path or "", p.line or 0, p.column or 0))
        raise (kinds.pop() if len(kinds) == 1 else DrafterError)(problems)
    return drafts


def check(facts_path: Path | str, templates: list[str] | tuple[str, ...] = (),
          *, library: Library | None = None) -> list[str]:
    """Validate a facts file for its templates without building; returns the template names.

    Raises:
        DrafterError: with every problem found.
    """
    facts_path = Path(facts_path)
    library = library or Library()
    facts = facts_mod.load(facts_path)
    names = template_names(facts, templates)
    _prepare_all(facts, names, library)
    return names


def prepare_all(facts: facts_mod.Facts, names: list[str], library: Library, *,
                draft: bool = False) -> list[Draft]:
    """Prepare each of ``names`` for ``facts`` (already loaded, e.g. from a form), with every
    problem of every template in one DrafterError, as ``drafter check`` reports them."""
    return _prepare_all(facts, names, library, draft=draft)
