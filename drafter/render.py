"""The one Jinja2 environment: sandboxed, strict, with the filters of Chinese official writing.

Templates are untrusted text (writers share them between offices), so they run in
Jinja's sandbox; facts are data, escaped for the document markup before they
reach a template and never rendered as template code. Undefined names are errors
reported with the template file and line.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError, TemplateNotFound, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from drafter.errors import Problem, RenderError
from drafter.model import GAP_CLOSE, GAP_OPEN, escape
from drafter.numbering import chinese, lead, marker, year_chinese


def environment(roots: list[Path], *, draft: bool = False) -> SandboxedEnvironment:
    """The sandboxed environment over the library roots (a writer's library first).

    One per (roots, draft) and process, so each template is compiled once per process
    (a batch builds hundreds of files with it); Jinja still reloads a template whose
    file has changed since it was compiled.
    """
    return _environment(tuple(roots), draft)


_OPTIONS: dict[str, Any] = {"autoescape": False, "keep_trailing_newline": True,
                            "trim_blocks": True, "lstrip_blocks": True}
"""The options every template is compiled with."""


@lru_cache(maxsize=8)
def _environment(roots: tuple[Path, ...], draft: bool) -> SandboxedEnvironment:
    from drafter.cache import template_cache

    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(r) for r in roots], encoding="utf-8"),
        undefined=DraftUndefined if draft else jinja2.StrictUndefined, auto_reload=True,
        bytecode_cache=template_cache(f"sandbox|{sorted(_OPTIONS.items())}"), **_OPTIONS)
    for names, fn in FILTERS:
        for name in names:
            env.filters[name] = fn
    return env


def render(env: SandboxedEnvironment, body: str, data: dict[str, Any]) -> str:
    """Render template ``body`` (a path inside the library) with the facts ``data``.

    Raises:
        RenderError: syntax error, undefined name, sandbox violation or failing filter,
            located at the template file and line.
    """
    try:
        template = env.get_template(body)
        return template.render(context(data))
    except TemplateSyntaxError as e:
        raise RenderError(Problem(e.filename or body, e.lineno, None, "",
                                  f"模板语法错误：{e.message}",
                                  "检查 {{ }}、{% %} 是否成对，{% if %}/{% for %} 是否有对应的 end。")) from None
    except TemplateNotFound as e:
        raise RenderError(Problem(body, None, None, "", f"模板引用的文件“{e.name}”不存在。")) from None
    except UndefinedError as e:
        file, line = _template_frame(sys.exc_info()[2])
        name = _undefined_name(str(e))
        raise RenderError(Problem(file or body, line, None, name,
                                  f"模板用到的“{name}”在事实文件里没有。",
                                  "在事实文件里补上这个字段，或在模板里用 {% if … is defined %} 判断。")) from None
    except SecurityError as e:
        file, line = _template_frame(sys.exc_info()[2])
        raise RenderError(Problem(file or body, line, None, "",
                                  "模板试图访问不安全的内容，已被拒绝。",
                                  f"模板只能读取事实和使用过滤器。（{e}）")) from None
    except RenderError:
        raise
    except Exception as e:  # a filter given the wrong kind of value, a division by zero …
        file, line = _template_frame(sys.exc_info()[2])
        raise RenderError(Problem(file or body, line, None, "",
                                  f"模板运行出错：{type(e).__name__}: {e}")) from None


def _template_frame(tb: TracebackType | None) -> tuple[str | None, int | None]:
    """The innermost traceback frame that is a template (Jinja maps those to template lines)."""
    found: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".j2", ".jinja", ".txt")):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _undefined_name(message: str) -> str:
    m = re.search(r"has no attribute '([^']+)'|'([^']+)' is undefined|no element '?([^']+?)'?$",
                  message)
    return next((g for g in m.groups() if g), message) if m else message


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
    """Facts as the template sees them: strings escaped for the markup, recursively."""
    if isinstance(data, str):
        return escape(data.replace(GAP_OPEN, "").replace(GAP_CLOSE, ""))
    if isinstance(data, dict):
        return {k: context(v) for k, v in data.items()}
    if isinstance(data, list):
        return [context(v) for v in data]
    return data


# --- filters ------------------------------------------------------------------------------

def _enum(items: Iterable[Any], last: str = "和") -> str:
    """a、b和c: a list joined with 顿号, the last pair with 和 (or 及, 以及 …)."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return "、".join(items[:-1]) + last + items[-1]


def _dun(items: Iterable[Any]) -> str:
    """a、b、c: joined with 顿号."""
    return "、".join(str(i) for i in items)


def _date(value: Any) -> str:
    """2023年2月24日 (GB/T 15835: Arabic digits, no zero padding)."""
    d = _as_date(value)
    return f"{d.year}年{d.month}月{d.day}日"


def _month_day(value: Any) -> str:
    """2月24日, for a date inside the year being written about."""
    d = _as_date(value)
    return f"{d.month}月{d.day}日"


def _year(value: Any) -> str:
    """2023年."""
    return f"{_as_date(value).year}年"


def _year_cn(value: Any) -> str:
    """二〇二三年."""
    return f"{year_chinese(_as_date(value).year)}年"


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    raise TypeError(f"需要一个日期，得到的是“{value}”")


_END_PUNCT = "。；，、：！？.;,:!? "


def _sentence(text: Any, end: str = "。") -> str:
    """Text ending with one full stop (or ``end``): writers may type it with or without one."""
    s = str(text).rstrip(_END_PUNCT)
    return s + end if s else s


def _bare(text: Any) -> str:
    """Text without closing punctuation, as a stand-alone heading needs (GB/T 9704 practice)."""
    return str(text).rstrip(_END_PUNCT)


FILTERS: tuple[tuple[tuple[str, ...], Any], ...] = (
    (("中文数字", "cn"), chinese),
    (("序号", "marker"), lambda n, fmt="（一）": marker(fmt, n)),
    (("分述", "lead"), lambda n, verb="是": lead(n, verb)),
    (("列举", "enum"), _enum),
    (("顿号", "dun"), _dun),
    (("日期", "date_cn"), _date),
    (("月日", "month_day"), _month_day),
    (("年份", "year"), _year),
    (("中文年份", "year_cn"), _year_cn),
    (("成句", "sentence"), _sentence),
    (("去标点", "bare"), _bare),
)
"""Every filter under its Chinese name and its English alias."""
