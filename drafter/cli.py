"""The `drafter` command: parses arguments, calls the library, prints in Chinese, exits.

The only module that prints or exits. A DrafterError becomes its message on
stderr and exit code 1 with no traceback (``--debug`` shows one); usage errors
exit 2. Stage modules are imported inside the commands so ``drafter --help``
stays fast.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from drafter import command
from drafter.command import collect_later as _collect_later
from drafter.command import modules_loaded as _modules_loaded
from drafter.command import pdfs as _pdfs
from drafter.command import report_fonts as _report_fonts
from drafter.command import show as _show
from drafter.command import stop_cleanly_on_sigterm as _stop_cleanly_on_sigterm
from drafter.errors import DrafterError

F = TypeVar("F", bound=Callable[..., Any])
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _handle_errors(fn: F) -> F:
    """Map DrafterError to exit 1 with the message; anything else is a bug of drafter's own, told as one
    plain line and exit 1 (its traceback with ``--debug``)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = click.get_current_context().find_root().params.get("debug", False)
        try:
            return fn(*args, **kwargs)
        except (DrafterError, OSError) as e:
            message = None if debug else command.failure(e)
            if message is None:
                raise
            click.echo(message, err=True)
            sys.exit(1)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as e:  # a bug of drafter's own: say so plainly, the traceback only with --debug
            if debug:
                raise
            click.echo(f"drafter 内部错误：{type(e).__name__}: {e}\n"
                       "  提示：这是 drafter 自身的毛病，不是您的文件写错了；请把这条信息和所用的文件报告给开发者"
                       "（加 --debug 可看到完整信息）。", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def _library(paths: tuple[Path, ...]) -> Any:
    from drafter.library import Library

    return Library(list(paths))


def budget_option(fn: F) -> F:
    """--time-limit and --memory-limit: the budget of each file (drafter/budget.py)."""
    fn = click.option("--memory-limit", type=click.IntRange(min=0), default=None, metavar="MB",
                      help="每个文件最多用多少兆字节内存（默认 1024；0 表示不限；"
                           "也可用环境变量 DRAFTER_MEMORY_LIMIT）。")(fn)
    return click.option("--time-limit", type=click.FloatRange(min=0), default=None, metavar="秒",
                        help="每个文件最多用几秒（默认 30；0 表示不限；也可用环境变量 "
                             "DRAFTER_TIME_LIMIT）。超出时停止并报错，不写出文件。")(fn)  # type: ignore[return-value]


def _limits(time_limit: float | None, memory_limit: int | None) -> Any:
    from drafter.budget import Limits

    return Limits.from_environment(time_limit, memory_limit)


library_option = click.option(
    "--library", "-L", "libraries", multiple=True, type=click.Path(path_type=Path),
    help="自己的模板库文件夹（可多次给出），其中的同名模板优先于内置模板；也可用环境变量 DRAFTER_LIBRARY。")


@click.group(context_settings=CONTEXT)
@click.option("--debug", is_flag=True, help="出错时显示完整的 Python 调用栈（给开发者看）。")
@click.version_option(package_name="gongwen-drafter", prog_name="drafter")
def main(debug: bool) -> None:
    """drafter：用事实文件（YAML）和模板生成符合 GB/T 9704 的讲话稿、会议报道等 Word 文稿。

    \b
    常用：
      drafter new speech > facts.yaml     生成空白事实文件
      drafter check facts.yaml            只检查事实文件
      drafter build facts.yaml            生成 facts.docx
      drafter templates                   列出所有模板
    """
    if click.get_current_context().invoked_subcommand != "build":
        _modules_loaded()


@main.command(context_settings=CONTEXT)
@click.argument("facts_files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--template", "-t", "templates", multiple=True,
              help="用哪个模板（可多次给出，一次生成多种文稿）；默认用事实文件里“模板:”写的。")
@click.option("--output", "-o", type=click.Path(),
              help="输出文件或文件夹（以 / 结尾，或生成多份时不带 .docx，就是文件夹，没有就新建）；"
                   "默认与事实文件同名、放在同一文件夹。")
@click.option("--draft", is_flag=True, help="缺少必填事实时照样生成，缺的地方标黄写“【待补：字段】”。")
@click.option("--force", is_flag=True, help="即使原文件已被修改过，也直接覆盖。")
@click.option("--pdf", is_flag=True,
              help="同时在 Word 文稿旁边生成 PDF（需要安装 LibreOffice），便于手机阅读和打印。")
@click.option("--processes", "-j", "jobs", type=click.IntRange(min=1), default=None,
              help="一次生成多个事实文件时，同时用几个进程（默认每个 CPU 核一个；1 表示逐个生成）。")
@library_option
@budget_option
@_handle_errors
def build(facts_files: tuple[Path, ...], templates: tuple[str, ...], output: str | None,
          draft: bool, force: bool, pdf: bool, jobs: int | None, libraries: tuple[Path, ...],
          time_limit: float | None, memory_limit: int | None) -> None:
    """根据事实文件生成 Word 文稿。可以给多个事实文件或文件夹（文件夹里的 .yaml/.yml 都生成）。"""
    from drafter import budget, fonts, pipeline, provenance, writer  # noqa: F401 (all a build needs)

    _modules_loaded()
    if output is not None and any(pipeline.same_file(output, f) for f in facts_files):
        raise click.UsageError("-o 不能是事实文件本身（生成的文稿会把事实文件覆盖掉，加 --force 也不行），"
                               "请给出 .docx 文件名，如 -o 讲话稿.docx。")
    limits = _limits(time_limit, memory_limit)
    families = fonts.families_later()  # lists the machine's fonts while we build
    try:
        if len(facts_files) > 1 or _folders(facts_files):
            written = _build_batch(facts_files, templates, Path(output) if output else None,
                                   draft, force, jobs or 0, libraries, families, limits)
            _pdfs(written if pdf else [])
            return
        command.build_files(facts_files, templates, output, draft=draft, force=force, pdf=pdf,
                            library=_library(libraries), limits=limits, families=families)
    finally:
        families()


def _folders(paths: tuple[Path, ...]) -> bool:
    """Whether a folder of facts files is among ``paths`` (batch.py only loaded then)."""
    from drafter.inputs import is_dir

    if not any(is_dir(p) for p in paths):
        return False
    from drafter import batch

    return any(batch.is_folder(p) for p in paths)


def _build_batch(facts_files: tuple[Path, ...], templates: tuple[str, ...], output: Path | None,
                 draft: bool, force: bool, jobs: int, libraries: tuple[Path, ...],
                 families: Callable[[], set[str] | None], limits: Any) -> list[Path]:
    """Many facts files: a progress bar on a terminal, else a line per file; then a summary.

    Returns the documents built (exits 1 when a facts file failed)."""
    from drafter import batch

    if output is not None:
        if output.suffix.lower() == ".docx" or output.is_file():
            raise click.UsageError("一次生成多个事实文件时，-o 应当是一个文件夹。")
        output.mkdir(parents=True, exist_ok=True)
    sources = batch.collect(facts_files)
    settings = batch.Settings(templates, output, libraries, draft, force, limits)
    total, count, bar = len(sources), 0, None
    if sys.stdout.isatty() and sys.stderr.isatty():
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked
        bar = tqdm(total=total, desc="生成", unit="个", dynamic_ncols=True)

    def done(outcome: batch.Outcome) -> None:
        nonlocal count
        count += 1
        if bar is None:
            click.echo(batch.line(outcome, count, total))
            return
        if not outcome.ok:
            bar.write(batch.line(outcome, count, total), file=sys.stderr)
        bar.update()

    try:
        report = batch.run(sources, settings, jobs=jobs, on_done=done)
    finally:
        if bar is not None:
            bar.close()
    good, bad = batch.summary(report, debug=click.get_current_context().find_root().params["debug"])
    click.echo(good)
    if bad:
        click.echo(bad, err=True)
    _report_fonts({b.fonts for o in report.outcomes for b in o.built}, families())
    if report.failed or report.interrupted:
        sys.exit(1)
    return [b.path for o in report.outcomes for b in o.built]


@main.command(context_settings=CONTEXT)
@click.argument("facts_files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--template", "-t", "templates", multiple=True, help="按哪个模板检查（可多次给出）。")
@library_option
@budget_option
@_handle_errors
def check(facts_files: tuple[Path, ...], templates: tuple[str, ...],
          libraries: tuple[Path, ...], time_limit: float | None, memory_limit: int | None) -> None:
    """只检查事实文件，不生成文稿。"""
    from drafter import budget, pipeline

    lib = _library(libraries)
    limits = _limits(time_limit, memory_limit)
    for facts_path in facts_files:
        names = budget.run(pipeline.check, facts_path, templates, library=lib, label=facts_path,
                           limits=limits)
        click.echo(f"{_show(facts_path)}：没有问题（{'、'.join(names)}）")


@main.group(context_settings=CONTEXT, invoke_without_command=True)
@library_option
@click.pass_context
@_handle_errors
def templates(ctx: click.Context, libraries: tuple[Path, ...]) -> None:
    """列出可用的模板（名称、体裁、说明；自己模板库里的注明来处和继承）。"""
    ctx.obj = libraries
    if ctx.invoked_subcommand is not None:
        return
    lib = _library(libraries)
    for name in lib.names():
        t = lib.get(name)
        where = _origin(lib, t)
        pad = " " * max(1, 13 - _width(name))
        click.echo(f"{name}{pad}{t.genre}：{t.description}{f'（{where}）' if where else ''}")


def _width(text: str) -> int:
    """Columns a terminal gives the text (Chinese characters take two)."""
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def _origin(lib: Any, t: Any) -> str:
    """Where a template comes from, for a writer: nothing for a plain built-in one."""
    parts = []
    if t.root != len(lib.roots) - 1:
        parts.append(f"来自 {_show(t.folder)}")
    if t.parent is not None:
        builtin = "内置模板" if t.parent.root == len(lib.roots) - 1 else _show(t.parent.folder)
        parts.append(f"继承 {t.parent.name}（{builtin}）")
    return "，".join(parts)


@templates.command("lint", context_settings=CONTEXT)
@library_option
@click.pass_obj
@_handle_errors
def templates_lint(group_libraries: tuple[Path, ...], libraries: tuple[Path, ...]) -> None:
    """检查模板的固定文字里有没有写死的年份、数字、人名、地名、党代会届次（往年文稿改成模板时的遗留），
    并提醒带引号的工作品牌（如“红色网格”工程，可能是范文所在地方自己的；提醒不算错误）。"""
    from drafter.lint import literals

    lib = _library((*group_libraries, *libraries))
    found = literals.scan(lib.roots)
    reminders = literals.brands(lib.roots)
    for t in sorted([*found, *reminders], key=lambda t: (str(t.path), t.line, t.column)):
        click.echo(t.message())
    if found:
        sys.exit(1)
    click.echo("模板里没有写死的年份、数字、人名和地名。" + (f"有 {len(reminders)} 处工作品牌请核对。" if reminders else ""))


@templates.command("show", context_settings=CONTEXT)
@click.argument("name")
@library_option
@click.pass_obj
@_handle_errors
def templates_show(group_libraries: tuple[Path, ...], name: str,
                   libraries: tuple[Path, ...]) -> None:
    """显示一个模板需要的事实（必填的在前）、它的块、继承关系和措辞。"""
    from drafter.schema import field_at

    lib = _library((*group_libraries, *libraries))
    t = lib.get(name)
    parts = lib.anatomy(t)
    vocabulary = lib.own_vocabulary(t)
    click.echo(f"{t.name}：{t.genre}")
    click.echo(f"  说明：{t.description}")
    click.echo(f"  位置：{_show(t.folder)}")
    if t.parent is not None:
        click.echo(f"  继承：{_origin(lib, t).split('继承 ', 1)[1]}")
    click.echo(f"  版式：{t.profile}")
    if parts.blocks:
        click.echo(f"  块：{'、'.join(parts.blocks)}")
    if t.parent is not None:
        click.echo(f"  本模板改写的块：{'、'.join(parts.own) if parts.own else '（无，正文全用父模板的）'}")
    shared = [f for f in parts.files if not f.startswith("@")]
    if shared:
        click.echo(f"  共用文件：{'、'.join(shared)}")
    for title, paths in (("必填事实", t.required), ("可选事实", t.optional)):
        if not paths:
            continue
        click.echo(f"  {title}：")
        width = max(_width(p) for p in paths) + 2
        for path in paths:
            node = field_at(vocabulary, path)
            note = node.description if node is not None else "（事实词汇表里没有这个字段）"
            click.echo(f"    {path}{' ' * (width - _width(path))}{note}")
    if parts.phrases:
        click.echo(f"  措辞（本模板和它用的宏取用的措辞库说法，可在事实文件“措辞:”下固定）："
                   f"{'、'.join(parts.phrases)}")


@main.command(context_settings=CONTEXT)
@click.argument("facts_file", type=click.Path(path_type=Path))
@click.option("--template", "-t", "templates", multiple=True, help="用哪个模板（可多次给出）。")
@click.option("--output", "-o", type=click.Path(path_type=Path),
              help="同时把提纲写成 Word 文件（给领导审阅）。")
@library_option
@budget_option
@_handle_errors
def outline(facts_file: Path, templates: tuple[str, ...], output: Path | None,
            libraries: tuple[Path, ...], time_limit: float | None, memory_limit: int | None) -> None:
    """只列出提纲（标题、各级标题和要点句），供领导先审定框架。"""
    from drafter import budget, pipeline
    from drafter import output as out_mod

    drafts = budget.run(pipeline.outline, facts_file, templates, library=_library(libraries),
                        label=facts_file, limits=_limits(time_limit, memory_limit))
    for d in drafts:
        if len(drafts) > 1:
            click.echo(f"【{d.template.name}】")
        for block in d.document.blocks:
            pad = "　" * (block.level - 1 if block.kind == "heading" else
                         (4 if block.kind == "body" else 0))
            click.echo(pad + block.text)
    if output is not None:
        for d in drafts:
            path = output if len(drafts) == 1 else output.with_name(
                f"{output.stem}-{d.template.genre or d.template.name}{output.suffix}")
            data = pipeline.to_docx(d)
            if pipeline.same_file(path, facts_file):
                raise click.UsageError("-o 不能是事实文件本身（提纲会把事实文件覆盖掉），请给出 .docx 文件名。")
            target, _ = out_mod.write_document(path, data)
            click.echo(f"提纲已写入 {_show(target)}")


@main.command(context_settings=CONTEXT)
@click.argument("facts_file", type=click.Path(path_type=Path))
@click.option("--template", "-t", "templates", multiple=True, help="用哪个模板（可多次给出）。")
@library_option
@budget_option
@_handle_errors
def trace(facts_file: Path, templates: tuple[str, ...], libraries: tuple[Path, ...],
          time_limit: float | None, memory_limit: int | None) -> None:
    """列出文稿中每个日期、年份、数字、百分比的来源：事实文件的哪一行，还是模板的固定文字。"""
    from drafter import budget, pipeline

    found = budget.run(pipeline.traces, facts_file, templates, library=_library(libraries),
                       label=facts_file, limits=_limits(time_limit, memory_limit))
    unknown = 0
    for name, traces in found:
        click.echo(f"【{name}】")
        for t in traces:
            click.echo(f"  第 {t.paragraph} 段  {t.kind}  {t.text}  ← {t.source or '来源不明！'}")
            unknown += not t.source
    if unknown:
        click.echo(f"有 {unknown} 处来源不明，请核对。", err=True)
        sys.exit(1)


@main.command(context_settings=CONTEXT)
@click.argument("templates", nargs=-1, required=True)
@library_option
@_handle_errors
def new(templates: tuple[str, ...], libraries: tuple[Path, ...]) -> None:
    """输出空白事实文件。

    \b
    一种文稿：          drafter new speech > 会议.yaml
    一份事实几种文稿：  drafter new speech report brief > 会议.yaml
    """
    from drafter.schema_export import blank_facts, combined

    lib = _library(libraries)
    chosen = [lib.get(name) for name in dict.fromkeys(templates)]
    if len(chosen) == 1:
        t = chosen[0]
        click.echo(blank_facts(lib.schema(t), f"{t.genre}（{t.name}）事实文件：{t.description}", t.name),
                   nl=False)
        return
    heading = "、".join(f"{t.genre}（{t.name}）" for t in chosen) + "共用的事实文件"
    click.echo(blank_facts(combined([lib.schema(t) for t in chosen]), heading,
                           [t.name for t in chosen]), nl=False)


@main.command(context_settings=CONTEXT)
@click.argument("template")
@library_option
@_handle_errors
def schema(template: str, libraries: tuple[Path, ...]) -> None:
    """以 JSON Schema 输出某个模板的事实格式，供编辑器自动补全和检查。"""
    from drafter.schema_export import json_schema

    lib = _library(libraries)
    t = lib.get(template)
    import json

    click.echo(json.dumps(json_schema(lib.schema(t), f"{t.genre}（{t.name}）事实文件"),
                          ensure_ascii=False, indent=2))


@main.command("lint", context_settings=CONTEXT)
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--codes", "show_codes", is_flag=True, help="列出所有检查代码及其含义，然后退出。")
@click.option("--strict", is_flag=True, help="提醒（warning）也算问题：有提醒时退出码为 1。")
@click.option("--rate", type=click.IntRange(min=1), default=220, show_default=True,
              help="讲话语速，每分钟多少字，用来估算讲话时长。")
@click.option("--minutes", type=click.FloatRange(min=0, min_open=True),
              help="讲话限定的时长（分钟），稿子讲不完时提醒。")
@click.option("--ignore", multiple=True, metavar="代码",
              help="不检查的项目，如 D408，或一类如 D4（可多次给出，也可用逗号隔开）。")
@click.option("--facts", "facts_file", type=click.Path(path_type=Path),
              help="今年的事实文件：核对文稿里的年份、数字是否都来自它（换稿残留），人名是否一字不差，"
                   "有没有事实文件里没有的外地地名。")
@library_option
@budget_option
@_handle_errors
def lint_command(files: tuple[Path, ...], show_codes: bool, strict: bool, rate: int,
                 minutes: float | None, ignore: tuple[str, ...], facts_file: Path | None,
                 libraries: tuple[Path, ...], time_limit: float | None,
                 memory_limit: int | None) -> None:
    """像编辑一样检查文稿（.docx 或文本）：占位符、序号、标点、数字、重复、礼宾顺序、篇幅……

    \b
    每个问题一行：文件:段落（文本文件为行号）: 代码 说明。
    有错误时退出码为 1；加 --strict 时提醒也算。代码表：drafter lint --codes。
    """
    from drafter import budget
    from drafter.lint import lint_budgeted

    if show_codes:
        from drafter.lint.codes import table

        click.echo(table())
        return
    if not files:
        raise click.UsageError("请给出要检查的文稿（.docx 或文本文件，或文件夹）。")
    codes = [c.strip().upper() for item in ignore for c in item.split(",") if c.strip()]
    limits = _limits(time_limit, memory_limit)
    library = _library(libraries)
    facts = None
    if facts_file is not None:
        from drafter.facts import load

        facts = budget.run(load, facts_file, label=facts_file, limits=limits)
    findings = lint_budgeted(files, limits, rate=rate, minutes=minutes, ignore=codes, facts=facts,
                             roots=library.roots if facts is not None else [], ranks=library.ranks)
    for finding in findings:
        click.echo(str(finding))
    errors = sum(f.severity == "error" for f in findings)
    warnings = sum(f.severity == "warning" for f in findings)
    click.echo(f"共 {errors} 个错误、{warnings} 个提醒。" if errors or warnings else "没有发现问题。")
    if errors or (strict and warnings):
        sys.exit(1)


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="报告格式：text 给人看，json 给程序用。")
@click.option("--phrases", "phrases_out", type=click.Path(path_type=Path),
              help="把挖掘出的措辞写成措辞库文件（模板库可直接读取的 YAML）。")
@click.option("--skeleton", "skeleton_out", type=click.Path(path_type=Path),
              help="把一篇范文变成一个可用的模板文件夹（需要只给一个文件）。")
@click.option("--labels", "labels_dir", type=click.Path(path_type=Path),
              help="与人工标注（文件夹里的 *.yaml）对比，报告标题查准率、查全率、层级和角色准确率。")
@click.option("--jobs", "-j", type=int, default=None, help="同时使用的进程数（默认：每个 CPU 核一个）。")
@budget_option
@_handle_errors
def mine(paths: tuple[Path, ...], fmt: str, phrases_out: Path | None, skeleton_out: Path | None,
         labels_dir: Path | None, jobs: int | None, time_limit: float | None,
         memory_limit: int | None) -> None:
    """从范文中挖掘结构、角色、条线和固定说法：drafter mine 范文文件夹"""
    from drafter.mining import cli_support

    if skeleton_out is not None:
        if len(paths) != 1 or not paths[0].is_file():
            raise click.UsageError("--skeleton 只能用于一篇范文：drafter mine 范文.txt --skeleton 模板文件夹")
        for line in cli_support.skeleton(paths[0], skeleton_out):
            click.echo(line)
        return
    if labels_dir is not None:
        if len(paths) != 1:
            raise click.UsageError("--labels 需要一个范文文件夹：drafter mine seeds --labels tests/labels")
        click.echo(cli_support.labels(paths[0], labels_dir, fmt), nl=False)
        return
    from drafter import budget

    # One budget for the whole corpus: the per-file time times the number of documents.
    limits = _limits(time_limit, memory_limit).scaled(cli_support.count(list(paths)))
    label = paths[0] if len(paths) == 1 else None
    for chunk in budget.run(lambda: list(cli_support.report(list(paths), fmt, phrases_out, jobs)),
                            label=label, limits=limits, isolate=True):
        click.echo(chunk, nl=False)


@main.command(context_settings=CONTEXT)
@click.argument("folder", required=False, default=".", type=click.Path(path_type=Path))
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=0,
              help="监听的端口（只在本机 127.0.0.1 上）；默认自动找一个空闲端口。")
@click.option("--no-browser", is_flag=True, help="不自动打开浏览器。")
@library_option
@_handle_errors
def serve(folder: Path, port: int, no_browser: bool, libraries: tuple[Path, ...]) -> None:
    """在本机打开一个网页：填表写事实、看提纲、下载 Word 文稿（只读写 FOLDER 里的文件）。"""
    from drafter.serve.server import serve as run_server

    run_server(folder, port=port, libraries=libraries, browser=not no_browser, say=click.echo)


_USAGE_MESSAGES = (
    (r"Missing argument '(.+)'\.", "缺少参数 {0}。"),
    (r"No such option:? '?([^'\s]+?)'?\.? Did you mean '(.+)'\?", "没有这个选项：{0}。是不是 {1}？"),
    (r"No such option:? '?([^'\s]+?)'?\.? \(Did you mean one of: (.+)\?\)",
     "没有这个选项：{0}。是不是 {1} 之一？"),
    (r"No such option:? '?([^'\s]+?)'?\.?$", "没有这个选项：{0}。"),
    (r"No such command '(.+)'\.", "没有这个命令：{0}。"),
    (r"Option '(.+)' requires an argument\.", "选项 {0} 后面要跟一个值。"),
    (r"Got unexpected extra arguments? \((.+)\)", "多余的参数：{0}。"),
    (r"Invalid value for '(.+)': (.+)", "参数 {0} 的值不对：{1}"),
)


def run(argv: list[str] | None = None) -> None:
    """Entry point: click in non-standalone mode, so usage errors can be told in Chinese.

    Usage errors exit 2 with the command's usage line and a Chinese message; the
    DrafterError mapping to exit 1 happens in ``_handle_errors``.
    """
    import re

    if argv is None:  # the command line of a fresh process (not a call from Python code)
        _collect_later()
    _stop_cleanly_on_sigterm()
    try:
        main.main(args=argv, prog_name="drafter", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as e:
        click.echo(e.ctx.get_help() if e.ctx else str(e))
        sys.exit(2)
    except click.UsageError as e:
        message = e.format_message()
        for pattern, zh in _USAGE_MESSAGES:
            m = re.match(pattern, message)
            if m:
                message = zh.format(*m.groups())
                break
        if e.ctx is not None:
            click.echo(e.ctx.get_usage().replace("Usage:", "用法："), err=True)
            click.echo(f"查看帮助：{e.ctx.command_path} --help", err=True)
        click.echo(f"用法错误：{message}", err=True)
        sys.exit(2)
    except click.exceptions.Abort:
        click.echo("已取消。", err=True)
        sys.exit(1)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    finally:
        _modules_loaded()


if __name__ == "__main__":  # pragma: no cover
    run()
