"""The one Jinja2 environment: sandboxed, strict, with the filters of Chinese official writing
(drafter/filters.py).

Templates are untrusted text (writers share them between offices), so they run in
Jinja's sandbox; facts are data, escaped for the document markup before they
reach a template and never rendered as template code. Undefined names are errors
reported with the template file and line.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError, TemplateNotFound, TemplateSyntaxError, UndefinedError
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment

from drafter.errors import Problem, RenderError
from drafter.model import GAP_CLOSE, GAP_OPEN, Gap, escape
from drafter.filters import FILTERS
from drafter.phrases import Chooser

PHRASE_GLOBAL = "措辞"
"""The template function that picks a stock formulation: ``{{ 措辞("评价", loop.index0) }}``."""
_CHOOSER: ContextVar[Chooser | None] = ContextVar("drafter_phrase_chooser", default=None)


class LibraryLoader(jinja2.BaseLoader):
    """Jinja names over the library roots: ``a/b.j2`` from the first library that has
    it (a writer's first), ``@N/a/b.j2`` from the N-th library only, ``内置/a/b.j2``
    from the built-in one (the last), so a writer's template can extend the
    built-in template of the same name.

    A name is a path inside a library (``..`` is refused by Jinja), and the file it
    names must be a regular file that resolves inside that library, symlinks
    included: a ``leak.j2`` linking to ``/etc/passwd`` (or a template folder linking
    elsewhere) is refused, never read into a draft.
    """

    def __init__(self, roots: list[Path]) -> None:
        self.roots = [Path(r) for r in roots]
        self.loaders = [jinja2.FileSystemLoader(str(r), encoding="utf-8") for r in roots]

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str | None, Callable[[], bool] | None]:
        """Source, file name and up-to-date check of a Jinja name."""
        m = re.match(r"^@(\d+)/(.+)$", template)
        if m and int(m[1]) < len(self.loaders):
            return self._source(int(m[1]), m[2])
        if template.startswith(BUILTIN_PREFIX):
            return self._source(len(self.roots) - 1, template[len(BUILTIN_PREFIX):])
        for i in range(len(self.roots)):
            try:
                return self._source(i, template)
            except TemplateNotFound:
                continue
        raise TemplateNotFound(template)

    def _source(self, index: int, name: str) -> tuple[str, str, Callable[[], bool]]:
        from drafter import inputs

        path = self.roots[index].joinpath(*split_template_path(name))
        if not os.path.lexists(path):
            raise TemplateNotFound(name)
        # resolved now, not once: a relative library is relative to the folder of this call
        outside = inputs.outside(path, self.roots[index].resolve(), "模板文件")
        if outside:
            raise RenderError(outside)
        source = inputs.read_bytes(path, MAX_TEMPLATE_FILE, RenderError, "模板文件",
                                   "模板文件一般只有几 KB。").decode("utf-8")
        mtime = os.path.getmtime(path)

        def uptodate() -> bool:
            try:
                return os.path.getmtime(path) == mtime
            except OSError:
                return False

        return source, str(path), uptodate

    def list_templates(self) -> list[str]:
        """Every Jinja name the libraries hold."""
        return sorted({n for loader in self.loaders for n in loader.list_templates()})


MAX_TEMPLATE_FILE = 1_000_000
"""Largest Jinja file read: a long template is 20 KB."""
BUILTIN_PREFIX = "内置/"

MAX_OUTPUT = 1_000_000
"""Most characters a template may produce: a long speech is 20,000."""
MAX_LOOP = 1_000_000
"""Most numbers all the ``range()`` calls of one rendering may produce together."""
MAX_ARGUMENT = 100_000
"""Largest integer argument a template may pass (widths, repetitions, exponents)."""
MAX_BITS = 4_000
"""Largest integer a template may compute (about 1,200 digits): no document needs more."""
REFUSED_NAMES = frozenset({"self", "lipsum", "cycler", "joiner"})
"""Jinja globals a document template has no use for and sandbox escapes start from."""


class _RefusedNameError(TemplateSyntaxError):
    """A template names something it may not touch; found before it runs."""


class Environment(SandboxedEnvironment):
    """Jinja's sandbox, made stricter for templates passed between offices.

    Beyond the sandbox's refusal of ``__class__`` and friends: unsafe attribute access
    fails even in a --draft build; ``self``/``lipsum``/``cycler``/``joiner`` are refused
    when the template is compiled; and the cheap ways to make a rendering huge or
    endless (``'x' * 10**9``, ``2 ** 10**8``, nested ``range`` loops, ``center(10**9)``)
    are refused, as is output beyond ``MAX_OUTPUT`` characters.
    """

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        for name in REFUSED_NAMES:
            self.globals.pop(name, None)
        self.loop_budget = MAX_LOOP
        self.globals["range"] = self._range

    def _range(self, *args: int) -> range:
        _check_arguments(args)
        numbers = range(*args)
        self.loop_budget -= len(numbers)
        if self.loop_budget < 0:
            raise SecurityError(f"循环次数太多（超过 {MAX_LOOP} 次）")
        return numbers

    def unsafe_undefined(self, obj: Any, attribute: str) -> Any:
        raise SecurityError(f"不能访问“{attribute}”（{type(obj).__name__}）")

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, (int, float)) and abs(right) > 100:
            raise SecurityError("乘方的指数太大")
        if operator == "**" and _is_int(left) and _is_int(right) and right > 0 and \
                left.bit_length() * right > MAX_BITS:
            raise SecurityError("乘方的结果太大")
        if operator == "*":
            size = _length(left) * _times(right) + _length(right) * _times(left)
            if size > MAX_OUTPUT:
                raise SecurityError("重复的次数太多")
            if _is_int(left) and _is_int(right) and left.bit_length() + right.bit_length() > MAX_BITS:
                raise SecurityError("相乘的结果太大")
        if operator == "+" and isinstance(left, (str, list, tuple)) and \
                _length(left) + _length(right) > MAX_OUTPUT:
            raise SecurityError("拼接的内容太长")
        if operator == "%" and isinstance(left, str):
            if re.search(r"\d{6}", left):
                raise SecurityError("格式宽度太大")
            if re.search(r"%[^%a-zA-Z]*\*", left):  # '%*d': the width comes from the values
                _check_arguments(right if isinstance(right, tuple) else (right,))
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _check_arguments((*args, *kwargs.values()))
        name = getattr(__obj, "__name__", "")
        owner = getattr(__obj, "__self__", None)
        if name in ("format", "format_map") and re.search(r"\d{6}", str(owner)):
            raise SecurityError("格式宽度太大")
        if isinstance(owner, str) and name == "replace" and len(args) >= 2:
            _check_replace(owner, args[0], args[1], args[2] if len(args) > 2 else -1)
        if isinstance(owner, str) and name == "join" and args:
            _check_join(args[0], owner)
        return super().call(__context, __obj, *args, **kwargs)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for node in tree.find_all((nodes.Name, nodes.Getattr)):
            word = node.name if isinstance(node, nodes.Name) else node.attr
            if (isinstance(node, nodes.Name) and word in REFUSED_NAMES) or word.startswith("_"):
                raise _RefusedNameError(f"不能使用“{word}”", node.lineno, name, filename)
        return tree


def _length(value: Any) -> int:
    """How much text a value stands for: a list of long strings counts their lengths."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, (list, tuple)):
        return sum(len(v) if isinstance(v, str) else 1 for v in value)
    return 0


def _times(value: Any) -> int:
    return value if _is_int(value) else 0


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_replace(text: Any, old: Any, new: Any, count: Any = -1) -> None:
    """Refuse a replace() whose result would be implausibly long, before making it."""
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str) and len(new) > len(old):
        times = text.count(old) if old else len(text) + 1
        if _is_int(count) and count >= 0:
            times = min(times, count)
        if len(text) + times * (len(new) - len(old)) > MAX_OUTPUT:
            raise SecurityError("替换后的内容太长")


def _check_join(items: Any, separator: Any) -> None:
    """Refuse a join() whose result would be implausibly long, before making it."""
    if isinstance(items, (list, tuple, range, str)):
        count = len(items)
        size = count * len(str(separator)) + (
            sum(len(v) if isinstance(v, str) else 8 for v in items) if not isinstance(items, range)
            else 8 * count)
        if size > MAX_OUTPUT:
            raise SecurityError("连接后的内容太长")


def _guarded_replace(fn: Any) -> Any:
    def replace(eval_ctx: Any, s: Any, old: Any, new: Any, count: Any = None) -> Any:
        _check_replace(str(s), str(old), str(new), -1 if count is None else count)
        return fn(eval_ctx, s, old, new, count)

    replace.__dict__.update(fn.__dict__)
    return replace


def _guarded_join(fn: Any) -> Any:
    def join(eval_ctx: Any, value: Any, d: Any = "", attribute: Any = None) -> Any:
        if attribute is None:
            _check_join(value, d)
        return fn(eval_ctx, value, d, attribute)

    join.__dict__.update(fn.__dict__)
    return join


def _check_arguments(args: Iterable[Any]) -> None:
    for a in args:
        if isinstance(a, int) and not isinstance(a, bool) and abs(a) > MAX_ARGUMENT:
            raise SecurityError(f"参数 {a} 太大")


def _guarded(fn: Any) -> Any:
    """A built-in filter whose numeric arguments (widths, counts) are bounded."""

    def guarded(value: Any, *args: Any, **kwargs: Any) -> Any:
        _check_arguments((*args, *kwargs.values()))
        return fn(value, *args, **kwargs)

    guarded.__dict__.update(fn.__dict__)  # keep Jinja's pass_context/… markers
    return guarded


def environment(roots: list[Path], *, draft: bool = False) -> SandboxedEnvironment:
    """The sandboxed environment over the library roots (a writer's library first).

    One per (roots, draft) and thread, kept: each template is compiled once per process
    (a batch builds hundreds of files with it), and its compiled code is kept on disk
    between runs (drafter.cache); Jinja still reloads a template whose file changed.
    """
    key = (tuple(roots), draft)
    kept: dict[tuple[tuple[Path, ...], bool], SandboxedEnvironment] = _ENVIRONMENTS.__dict__
    if key not in kept:
        kept[key] = _environment(roots, draft)
    return kept[key]


_ENVIRONMENTS = threading.local()
"""Environments by (roots, draft), per thread: each rendering resets its loop budget."""
_OPTIONS: dict[str, Any] = {"autoescape": False, "keep_trailing_newline": True,
                            "trim_blocks": True, "lstrip_blocks": True}
"""The options every template is compiled with."""


def _environment(roots: list[Path], draft: bool) -> SandboxedEnvironment:
    from drafter.cache import template_cache

    # Compiled code depends on the options and on this module (the names refused when a
    # template is compiled, the operators intercepted): both key the cache.
    this = hashlib.sha1(Path(__file__).read_bytes(), usedforsecurity=False).hexdigest()
    env = Environment(
        loader=LibraryLoader(roots),
        undefined=DraftUndefined if draft else StrictUndefined, auto_reload=True,
        bytecode_cache=template_cache(f"{this}|{sorted(_OPTIONS.items())}"), **_OPTIONS)
    for name in ("center", "indent", "wordwrap", "truncate", "batch", "slice", "format"):
        env.filters[name] = _guarded(env.filters[name])
    env.filters["replace"] = _guarded_replace(env.filters["replace"])
    env.filters["join"] = _guarded_join(env.filters["join"])
    for names, fn in FILTERS:
        for name in names:
            env.filters[name] = fn
    env.globals[PHRASE_GLOBAL] = _phrase
    return env


def _phrase(slot: str, index: int = 0, **values: Any) -> str:
    """The global 措辞(): the active document's choice for a phrase-bank slot."""
    chooser = _CHOOSER.get()
    if chooser is None:
        raise RenderError(Problem(None, None, None, "", "这里不能使用措辞库（没有加载 phrases.yml）。"))
    return chooser.choose(str(slot), int(index), **values)


@contextmanager
def phrases(chooser: Chooser | None) -> Iterator[None]:
    """Make ``chooser`` the one 措辞() uses while rendering (safe across threads)."""
    token = _CHOOSER.set(chooser)
    try:
        yield
    finally:
        _CHOOSER.reset(token)


def render(env: SandboxedEnvironment, body: str, data: dict[str, Any], *,
           chooser: Chooser | None = None, variables: Mapping[str, Any] | None = None) -> str:
    """Render template ``body`` (a path inside the library) with the facts ``data``.

    Args:
        env: from ``environment``.
        body: the template's Jinja name.
        data: the validated facts (escaped here for the markup).
        chooser: picks phrase-bank alternatives for 措辞().
        variables: names drafter itself provides (``父模板``), not escaped.

    Raises:
        RenderError: syntax error, undefined name, sandbox violation or failing filter,
            located at the template file and line.
    """
    if isinstance(env, Environment):
        env.loop_budget = MAX_LOOP
    try:
        template = env.get_template(body)
        with phrases(chooser):
            chunks = template.generate({**context(data), **(variables or {})})
            return _xml_safe(_collect(chunks, template.filename or body))
    except RenderError as e:
        file, line = _template_frame(sys.exc_info()[2])
        if file is None:
            raise
        raise RenderError([Problem(p.path or file, p.line if p.path else p.line or line, p.column, p.field, p.message,
                                   p.hint) for p in e.problems]) from None
    except Exception as e:  # every failure of a template is the writer's to fix
        raise RenderError(_problem(e, env, body, sys.exc_info()[2])) from None


_SANDBOX_HINT = "模板只能读取事实、使用过滤器和 range、dict、namespace。"


def _problem(e: Exception, env: SandboxedEnvironment, body: str, tb: TracebackType | None) -> Problem:
    """What went wrong in a template, where, and how to fix it."""
    if isinstance(e, _RefusedNameError):
        return Problem(e.filename or body, e.lineno, None, "",
                       f"模板试图访问不安全的内容（{e.message}），已被拒绝。", _SANDBOX_HINT)
    if isinstance(e, TemplateSyntaxError):
        return Problem(e.filename or body, e.lineno, None, "", f"模板语法错误：{_translate(e.message or '')}",
                       _syntax_hint(env, e.message or ""))
    if isinstance(e, UnicodeDecodeError):
        return Problem(body, None, None, "", "模板文件（或它引用的文件）不是 UTF-8 编码，无法读取。",
                       "用记事本打开模板文件，“另存为”时编码选“UTF-8”。")
    file, line = _template_frame(tb)
    where = file or body
    if isinstance(e, TemplateNotFound):
        return Problem(where, line, None, "", f"模板引用的文件“{e.name}”不存在。",
                       "检查 include/import/extends 的文件名；模板只能引用模板库里的文件。")
    if isinstance(e, UndefinedError):
        name = "caller" if "No caller defined" in str(e) else _undefined_name(str(e))
        if name in _JINJA_SPECIALS:
            return Problem(where, line, None, "", _JINJA_SPECIALS[name][0], _JINJA_SPECIALS[name][1])
        index = re.search(r"list object has no element (\d+)$", str(e))
        if index:  # 出席[4] of four attendees: name the list and the item, not “4”
            n, listed = int(index[1]), _indexed_list(file, line, index[1])
            what = f"“{listed}”" if listed else "列表"
            path = f"{listed}[{n}]" if listed else f"[{n}]"
            return Problem(where, line, None, path, f"模板用到{what}的第 {n + 1} 项（{path}），事实文件里{what}只有 {n} 项或更少。",
                           f"在事实文件的{what}里补足 {n + 1} 项，或在模板里用 {{% if {path} is defined %}} 判断。")
        return Problem(where, line, None, name, f"模板用到的“{name}”在事实文件里没有。",
                       "在事实文件里补上这个字段，或在模板里用 {% if … is defined %} 判断。")
    if isinstance(e, SecurityError):
        return Problem(where, line, None, "", f"模板试图访问不安全的内容（{e}），已被拒绝。", _SANDBOX_HINT)
    if isinstance(e, RecursionError):
        return Problem(where, line, None, "", "模板里的宏在无休止地调用自己。",
                       "检查宏（macro）或 include 是否调用了自己。")
    from drafter import budget

    if isinstance(e, budget.OverTime):
        return budget.time_problem(where, e.seconds, line)
    if isinstance(e, MemoryError):
        return budget.memory_problem(where, budget.ACTIVE.megabytes or 0, line) \
            if budget.ACTIVE.megabytes else Problem(where, line, None, "", "模板生成的内容太大，内存不够。",
                                                    "检查模板里的循环和重复。")
    # A filter given the wrong kind of value, a division by zero …
    return Problem(where, line, None, "", f"模板运行出错：{_describe_error(e)}")


def _collect(chunks: Iterable[str], body: str) -> str:
    """Join the rendered chunks, stopping as soon as the output is implausibly long."""
    out: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_OUTPUT:
            raise RenderError(Problem(body, None, None, "",
                                      f"模板生成的内容超过 {MAX_OUTPUT} 字，不像是一篇文稿。",
                                      "检查模板里的循环，以及事实文件里是否有异常长的列表。"))
        out.append(chunk)
    return "".join(out)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    """Without the characters a .docx cannot hold (a template may contain them too)."""
    return _NOT_XML.sub("", text)


_JINJA_SPECIALS = {
    "caller": ("这里用了 caller()，但这个宏不是用 {% call %} 调用的，没有可以插入的内容。",
               "用 {% call 宏名(…) %}…{% endcall %} 调用这个宏，或在宏里先判断 {% if caller is defined %}。"),
    "loop": ("“loop”只能在 {% for %} 循环里面使用。", "把用到 loop 的地方移进 {% for %} … {% endfor %} 之间。"),
    "varargs": ("“varargs”只能在宏（macro）里面使用。", "把它移进 {% macro %} … {% endmacro %} 之间。"),
    "kwargs": ("“kwargs”只能在宏（macro）里面使用。", "把它移进 {% macro %} … {% endmacro %} 之间。"),
}
"""Names Jinja itself provides in some places only: missing, they are no missing fact."""


def _describe_error(e: Exception) -> str:
    """A Python error inside a template, told in Chinese (the writer never sees English)."""
    text = str(e)
    if isinstance(e, ZeroDivisionError):
        return "除数为零。"
    if isinstance(e, MemoryError):
        return "内容太大，内存不够。"
    if re.search(r"[\u4e00-\u9fff]", text):  # our own filters explain themselves in Chinese
        return text
    if isinstance(e, ValueError) and "integer string conversion" in text:
        return "数字太大（超过 4300 位），无法写成文字。"
    if isinstance(e, IndexError):
        return "序号超出了范围（列表没有这么多项，或格式字符串里的 {序号} 没有对应的值）。"
    if isinstance(e, KeyError):
        return f"没有名为 {text} 的项。"
    if isinstance(e, OverflowError):
        return "数字太大，无法计算。"
    if isinstance(e, ValueError):
        return "值不合适（例如把文字当数字用，或格式写法不对）。"
    if isinstance(e, TypeError):
        return "值的类型不对（例如文字和数字相加，或给过滤器的参数不对）。"
    if isinstance(e, AttributeError):
        return "这个值没有这样的属性或用法。"
    return "模板执行时出现了意外的错误。"


_JINJA_PROBLEMS = (
    (r"Unexpected end of template\. Jinja was looking for the following tags: (.*?)\. "
     r"The innermost block that needs to be closed is '(\w+)'",
     "模板在“{1}”块结束之前就结束了，缺少 {{% end{1} %}}"),
    (r"unexpected end of template, expected '(.*?)'", "模板意外结束，“{{{{”或“{{%”没有配对的结尾"),
    (r"Encountered unknown tag '(\w+)'\. Jinja was looking for the following tags: (.*?)\. "
     r"The innermost block that needs to be closed is '(\w+)'",
     "不认识的标签“{0}”（“{2}”块还没有结束）"),
    (r"Encountered unknown tag '(\w+)'", "不认识的标签“{0}”"),
    (r"No filter named '(.+?)'", "没有名为“{0}”的过滤器"),
    (r"No test named '(.+?)'", "没有名为“{0}”的判断"),
    (r"unexpected '(.+?)'", "这里不应出现“{0}”"),
    (r"expected token '(.+?)', got '(.+?)'", "这里应为“{0}”，实际是“{1}”"),
    (r"tag name expected", "“{{%”后面缺少标签名"),
    (r"Expected an expression, got '(.+?)'", "这里缺少表达式（实际是“{0}”）"),
)


def _syntax_hint(env: SandboxedEnvironment, message: str) -> str:
    m = re.search(r"No filter named '(.+?)'", message)
    if m:
        ours = [n for names, _ in FILTERS for n in names if not n.isascii()]
        import difflib  # only for the did-you-mean of an error

        close = difflib.get_close_matches(m[1], list(env.filters), n=3, cutoff=0.5)
        # 日其 is a slip of 日期, not of 日 or 月日: a slip keeps the length and the other characters in place
        close.sort(key=lambda name: (len(name) != len(m[1]), -sum(a == b for a, b in zip(name, m[1]))))
        return (f"是不是“{close[0]}”？" if close else "") + f"常用的过滤器：{'、'.join(ours)}。"
    return "检查 {{ }}、{% %} 是否成对，{% if %}/{% for %} 是否有对应的 end。"


_TOKENS = {"end of print statement": "}}", "end of statement block": "%}", "end of template": "模板结尾",
           "name": "名称", "end of comment": "#}"}


def _translate(message: str) -> str:
    for pattern, zh in _JINJA_PROBLEMS:
        m = re.search(pattern, message)
        if m:
            return zh.format(*(_TOKENS.get(g, g) for g in m.groups()))
    return message


def _template_frame(tb: TracebackType | None) -> tuple[str | None, int | None]:
    """The innermost traceback frame that is a template (Jinja maps those to template lines)."""
    found: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".j2", ".jinja", ".txt")):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _indexed_list(file: str | None, line: int | None, index: str) -> str:
    """The list a template line takes item ``index`` of (出席 of {{ 出席[4].姓名 }}), "" if the line cannot tell."""
    if not file or not line:
        return ""
    try:
        text = Path(file).read_text(encoding="utf-8").splitlines()[line - 1]
    except (OSError, UnicodeDecodeError, IndexError):
        return ""
    found = re.findall(r"([\w.]+)\[" + index + r"\]", text)
    return found[0] if len(set(found)) == 1 else ""


def _undefined_name(message: str) -> str:
    m = re.search(r"has no attribute '([^']+)'|'([^']+)' is undefined|no element '?([^']+?)'?$",
                  message)
    return next((g for g in m.groups() if g), message) if m else message


class StrictUndefined(jinja2.ChainableUndefined, jinja2.StrictUndefined):
    """A missing value is an error when it is printed, looped over or tested for truth,
    but ``报道.标题 | default(…)`` works even when ``报道`` itself is missing."""


class DraftUndefined(jinja2.Undefined):
    """In a --draft build a missing fact prints as a highlighted 【待补：字段】."""

    def __str__(self) -> str:
        return f"{GAP_OPEN}【待补：{self._undefined_name}】{GAP_CLOSE}"

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return DraftUndefined(name=f"{self._undefined_name}.{name}")

    def __getitem__(self, key: Any) -> Any:
        return DraftUndefined(name=f"{self._undefined_name}.{key}")


def context(data: Any) -> Any:
    """Facts as the template sees them: strings escaped for the markup, recursively;
    a draft's missing facts (``Gap``) become highlighted 【待补：字段】 spans."""
    if isinstance(data, Gap):
        return data.marked()
    if isinstance(data, str):
        return escape(data.replace(GAP_OPEN, "").replace(GAP_CLOSE, ""))
    if isinstance(data, dict):
        return {k: context(v) for k, v in data.items()}
    if isinstance(data, list):
        return [context(v) for v in data]
    return data


# --- what a template is made of (for `drafter templates show`) ----------------------------

@dataclass(frozen=True, slots=True)
class TemplateInfo:
    """The Jinja structure of a template body."""

    blocks: tuple[str, ...]
    """Blocks the body defines, in order."""
    extends: str
    """What it extends: a Jinja name, or ``父模板`` (the template its manifest inherits)."""
    uses: tuple[str, ...]
    """Jinja files it imports or includes (constant names)."""
    phrases: tuple[str, ...]
    """Phrase-bank slots it asks for with 措辞("…")."""


def inspect(env: SandboxedEnvironment, name: str) -> TemplateInfo:
    """The blocks, parent, imports and phrase slots of one Jinja file (not following them).

    Raises:
        RenderError: the file is missing or has a syntax error.
    """
    from jinja2 import nodes

    try:
        source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        ast = env.parse(source, name, filename)
    except TemplateNotFound:
        raise RenderError(Problem(name, None, None, "", "模板文件不存在。")) from None
    except TemplateSyntaxError as e:
        raise RenderError(Problem(e.filename or name, e.lineno, None, "",
                                  f"模板语法错误：{e.message}")) from None

    def target(node: Any) -> str:
        if isinstance(node, nodes.Const):
            return str(node.value)
        if isinstance(node, nodes.Name):
            return node.name
        return ""

    extends = next((target(e.template) for e in ast.find_all(nodes.Extends)), "")
    uses = [target(n.template) for n in ast.find_all((nodes.Import, nodes.FromImport, nodes.Include))]
    slots = [str(c.args[0].value) for c in ast.find_all(nodes.Call)
             if isinstance(c.node, nodes.Name) and c.node.name == PHRASE_GLOBAL
             and c.args and isinstance(c.args[0], nodes.Const)]
    return TemplateInfo(tuple(b.name for b in ast.find_all(nodes.Block)), extends,
                        tuple(dict.fromkeys(u for u in uses if u)), tuple(dict.fromkeys(slots)))
