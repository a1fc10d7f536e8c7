"""The document model (frozen blocks and spans) and the tiny markup templates render to.

A template renders plain text, one paragraph per line; blank lines are ignored.
A line's start says what it is::

    # 标题                     title (several # lines: a title over several lines)
    ## 一级标题               level-1 heading; the engine writes the number (一、)
    ### 二级标题              level-2 heading (（一）); #### level 3 (1.), ##### level 4 ((1))
    ###+ 二级标题。           run-in heading: the next plain line continues on the same paragraph
                             (a bold-lead line such as **一是……** starts its own; with nothing
                             to run on, the heading stays a run-in paragraph of its own)
    @副标题 （2023年2月24日）  a paragraph in the layout profile's style 副标题 (any style it names)
    @空行                     an empty line
    其他                       a body paragraph

Inside a line, ``**加粗的要点句。**`` marks a bold lead sentence, ``==图注：……==``
marks a placeholder the writer replaces (highlighted, in the profile's character
style 占位), and a backslash makes the next character plain text (``\\#``, ``\\@``,
``\\*``, ``\\=``, ``\\\\``); facts are escaped this way before they reach a template,
so they never become markup.
Heading numbers come from the profile, so adding or removing a section never
means renumbering by hand; they land in the document as plain text.
"""

from __future__ import annotations

import dataclasses

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from drafter.errors import Problem, RenderError
from drafter.numbering import marker

GAP_OPEN, GAP_CLOSE = "\ue000", "\ue001"
"""Private-use characters around a missing fact in a --draft build."""


class Gap(str):
    """A missing fact put in the data of a --draft build: ``Gap("条线[1].名称")``.

    The renderer turns it into a highlighted 【待补：条线[1].名称】 span, whereas the
    private-use gap characters are stripped from every real fact, so a facts file
    can never forge a gap.
    """

    __slots__ = ()

    def marked(self) -> str:
        """The gap as markup text: 【待补：字段】 between the gap characters."""
        return f"{GAP_OPEN}【待补：{self}】{GAP_CLOSE}"

HEADING = re.compile(r"^(#{1,5})(\+?)(?:\s+|$)(.*)$")
STYLED = re.compile(r"^@(\S+)(?:\s+(.*))?$")


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text with one emphasis."""

    text: str
    kind: str = "text"
    """``text``, ``lead`` (bold lead sentence), ``mark`` (a placeholder the writer
    replaces, highlighted) or ``gap`` (a missing fact, highlighted)."""


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of the document."""

    kind: str
    """``title``, ``heading``, ``body``, ``styled`` or ``blank``."""
    spans: tuple[Span, ...] = ()
    level: int = 0
    """Heading level 1-4 (0 for other blocks)."""
    number: str = ""
    """The heading's literal marker, e.g. ``（二）``."""
    style: str = ""
    """For ``styled`` blocks: the profile's paragraph style name."""
    body: tuple[Span, ...] = ()
    """For run-in headings: the text that follows the heading in the same paragraph."""
    inline: bool = False
    """A heading written in the run-in form (``###+``) even with no text after it, so that
    one level of a genre's headings has one form whatever the facts hold."""

    @property
    def heading_text(self) -> str:
        """The heading's own words (number included), or the block's text."""
        return self.number + "".join(s.text for s in self.spans)

    @property
    def text(self) -> str:
        """All the paragraph's text as it will read in Word."""
        return self.heading_text + "".join(s.text for s in self.body)

    @property
    def run_in(self) -> bool:
        """A heading followed by body text in the same paragraph."""
        return self.kind == "heading" and (bool(self.body) or self.inline)


@dataclass(frozen=True, slots=True)
class Document:
    """A whole draft: its blocks in order."""

    blocks: tuple[Block, ...]

    @property
    def title(self) -> str:
        """The title's lines joined (empty if there is none)."""
        return "".join(b.text for b in self.blocks if b.kind == "title")

    @property
    def text(self) -> str:
        """Plain text, one paragraph per line."""
        return "\n".join(b.text for b in self.blocks)

    def headings(self) -> list[Block]:
        """Headings in order, stand-alone and run-in."""
        return [b for b in self.blocks if b.kind == "heading"]

    @property
    def length(self) -> int:
        """Characters of text, not counting spaces (how writers count a draft's length)."""
        text = self.text
        return len(text) - sum(map(str.isspace, text))

    def outline(self) -> Document:
        """The 提纲: title, headings (a run-in heading without its body) and bold lead sentences."""
        kept: list[Block] = []
        for b in self.blocks:
            if b.kind in ("title", "heading"):
                kept.append(Block(b.kind, b.spans, b.level, b.number))
            elif b.kind == "body" and b.spans and b.spans[0].kind == "lead":
                kept.append(Block("body", (b.spans[0],)))
        return Document(tuple(kept))


def parse(text: str, *, numbering: Mapping[int, str] | None = None,
          styles: Iterable[str] | None = None, source: str = "",
          run_in: Iterable[int] = ()) -> Document:
    """Turn rendered markup into a Document.

    Args:
        text: what the template rendered.
        numbering: the marker format of each heading level (``{1: "一、", 2: "（一）"}``);
            levels missing here get no number.
        styles: names usable after ``@``; None accepts any.
        source: the template's name, for error messages.
        run_in: heading levels the layout profile runs in (``接排: 是``): a ``###`` heading
            at such a level reads as ``###+`` (one form per level, whatever the facts).

    Raises:
        RenderError: an unknown style.
    """
    numbering = numbering or {}
    run_in_levels = frozenset(run_in)
    allowed = set(styles) if styles is not None else None
    counters = [0] * 6
    blocks: list[Block] = []
    pending: Block | None = None
    problems: list[Problem] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        block, joins = _block(line, numbering, counters)
        joins = joins or (block.kind == "heading" and block.level in run_in_levels)
        if block.kind == "styled" and allowed is not None and block.style not in allowed:
            problems.append(Problem(source or None, None, None, "",
                                    f"模板输出第 {lineno} 行用了版式里没有的样式“@{block.style}”。",
                                    f"可用的样式：{'、'.join(sorted(allowed))}。"))
            continue
        if pending is not None:
            if block.kind == "body" and not (block.spans and block.spans[0].kind == "lead"):
                blocks.append(Block("heading", pending.spans, pending.level, pending.number,
                                    body=block.spans, inline=True))
                pending = None
                continue
            # Nothing plain to run on (the next paragraph is a 一是 point, a heading …):
            # the heading keeps the run-in form on a paragraph of its own.
            blocks.append(dataclasses.replace(pending, inline=True))
            pending = None
        if joins:
            pending = _ending(block, RUN_IN_STOP)
            continue
        blocks.append(_ending(block, "") if block.kind == "heading" else block)
    if pending is not None:
        blocks.append(dataclasses.replace(pending, inline=True))
    if problems:
        raise RenderError(problems)
    return Document(tuple(blocks))


RUN_IN_STOP = "。"
_HEADING_STOPS = "。；，、："


def _ending(block: Block, stop: str) -> Block:
    """A heading with the end its form takes: a run-in heading is a sentence (it ends with
    。 unless it asks or exclaims), a stand-alone one has no closing stop (GB/T 9704
    practice). Templates need not know which form the profile gives a level."""
    if not block.spans or block.spans[-1].kind != "text":
        return block
    last = block.spans[-1]
    text = last.text.rstrip()
    if not stop:
        text = text.rstrip(_HEADING_STOPS)
    elif not text.endswith(("。", "！", "？", "…")):
        text = text.rstrip(_HEADING_STOPS) + stop
    if text == last.text:
        return block
    return dataclasses.replace(block, spans=(*block.spans[:-1], Span(text, last.kind)))


def _block(line: str, numbering: Mapping[int, str], counters: list[int]) -> tuple[Block, bool]:
    """The block a line stands for, and whether it is a run-in heading (``#…+``)."""
    m = HEADING.match(line)
    if m:
        hashes, plus, rest = m.groups()
        if len(hashes) == 1:
            return Block("title", spans(rest)), False
        level = len(hashes) - 1
        counters[level] += 1
        for deeper in range(level + 1, len(counters)):
            counters[deeper] = 0
        number = marker(numbering.get(level, ""), counters[level])
        return Block("heading", spans(rest), level, number), plus == "+"
    m = STYLED.match(line)
    if m:
        name, rest = m[1], m[2] or ""
        if name == "空行":
            return Block("blank"), False
        return Block("styled", spans(rest), style=name), False
    return Block("body", spans(line)), False


_INLINE = re.compile(rf"\\(.)|(\*\*)|(==)|{GAP_OPEN}([^{GAP_CLOSE}]*)(?:{GAP_CLOSE}|\Z)"
                     rf"|([^\\*={GAP_OPEN}]+|.)", re.DOTALL)
"""Inline tokens: an escaped character, ``**``, ``==``, a draft gap, or plain text."""


def spans(text: str) -> tuple[Span, ...]:
    """Inline markup to spans: ``**lead**``, ``==placeholder==``, backslash escapes, draft gaps."""
    out: list[Span] = []
    buf: list[str] = []
    kind = "text"
    outer = "text"  # the emphasis to return to when a ==placeholder== closes

    def flush() -> None:
        if buf:
            out.append(Span("".join(buf), kind))
            buf.clear()

    for m in _INLINE.finditer(text):
        escaped, bold, mark, gap, plain = m.groups()
        if bold:
            if kind == "mark":
                outer = "text" if outer == "lead" else "lead"
            else:
                flush()
                kind = "text" if kind == "lead" else "lead"
        elif mark:
            flush()
            if kind == "mark":
                kind = outer
            else:
                outer, kind = kind, "mark"
        elif gap is not None:
            flush()
            out.append(Span(gap, "gap"))
        else:
            buf.append(plain if escaped is None else escaped)
    flush()
    return tuple(out)


def escape(text: str) -> str:
    """Make a fact's text plain: markup characters are backslash-escaped."""
    return re.sub(r"([\\*#@=])", r"\\\1", text)
