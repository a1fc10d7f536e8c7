"""Break long titles over lines at word boundaries, in the shapes GB/T 9704 7.3.1 asks for.

"标题回行时，要做到词意完整，排列对称，长短适宜，间距恰当，标题排列应当使用梯形或菱形。"
Words are found without jieba (kept off the build path): punctuation, digits and
a list of common words (drafter/data/words.txt, loaded only when a title is too
long) give the places a line may end; among the breaks that fit, the one whose
line lengths form the most even trapezoid (two lines) or diamond (three) wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from drafter.model import Block, Document, Span
from drafter.numbering import PAIRED_MARKS

_OPENERS = "“‘（《〔【"
_CLOSERS = "，、。；：！？”’）》〕】"
_WEAK_END = "的和与及在对为把从于之"
"""A line should not end with a function word that binds to what follows."""


def _in_parts(text: str) -> bool:
    """Whether the title has a space between Chinese characters (U+2E80 to U+FFFF): the
    writer's own break between parts of a title. A scan of the spaces, not a regular
    expression: compiling the character class took ~2 ms of a cold build."""
    i = text.find(" ")
    while i != -1:
        j = i + 1
        while j < len(text) and text[j] == " ":
            j += 1
        if i > 0 and j < len(text) and _cjk(text[i - 1]) and _cjk(text[j]):
            return True
        i = text.find(" ", j)
    return False


def _cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\uffff"


def width(text: str) -> float:
    """Width in em: CJK and full-width characters 1, Latin letters and digits about half."""
    return sum(0.5 if ord(c) < 0x2E80 and c not in "—…" else 1.0 for c in text)


WORDS_FILE = Path(__file__).parent / "data" / "words.txt"
"""One word a line, sorted by code point (Python's ``sorted``), after ``#`` comment lines
at the top (tools/make_wordlist.py writes it; tests/test_titles.py checks the order)."""


@lru_cache(maxsize=1)
def _word_text() -> str:
    """The words as one string, a line end before and after every word."""
    text = WORDS_FILE.read_text(encoding="utf-8").replace("\r\n", "\n")
    while text.startswith("#"):
        text = text.partition("\n")[2]
    return f"\n{text.strip()}\n"


def _is_word(piece: str) -> bool:
    """Whether ``piece`` is a line of the word list: a binary search over the sorted lines
    of the text itself (building a set of the ~32,000 words took ~8 ms of a cold build)."""
    text = _word_text()
    lo, hi = 0, len(text) - 1  # text[lo] and text[hi] are line ends; lines lie between
    while lo < hi:
        mid = text.rfind("\n", lo, (lo + hi) // 2 + 1)  # the line end at or before the middle
        end = text.find("\n", mid + 1, hi + 1)
        line = text[mid + 1:end]
        if line == piece:
            return True
        if line < piece:
            lo = end
        elif mid == lo:
            return False
        else:
            hi = mid
    return False


_NUMBER = r"[0-9A-Za-z.%]+[年月日号届次个]?"
"""A number with its unit (compiled only when a title is too long: re keeps it after)."""


def tokens(text: str, names: bool = False) -> list[str]:
    """Units a title line may not split: words, numbers with their unit, punctuation attached; with ``names``, the
    work lines run together (组织宣传统战政法社会工作) as one name and 全区 with the name it opens."""
    out: list[str] = []
    number = re.compile(_NUMBER)
    i = 0
    while i < len(text):
        m = number.match(text, i)
        if m:
            out.append(m[0])
            i += len(m[0])
            continue
        for size in (4, 3, 2):
            if _is_word(text[i:i + size]):
                out.append(text[i:i + size])
                i += size
                break
        else:
            out.append(text[i])
            i += 1
    # Closing punctuation joins the token before it, opening punctuation the token after it.
    merged: list[str] = []
    for tok in out:
        if merged and (tok[0] in _CLOSERS or merged[-1][-1] in _OPENERS or tok.isspace() or names and (
                (tok in (*_LINE_WORDS, "工作") and merged[-1].endswith(_LINE_WORDS)) or merged[-1] in _WHOLE)):
            merged[-1] += tok
        else:
            merged.append(tok)
    return merged


_LINE_WORDS = ("组织", "宣传", "统战", "政法", "社会工作", "社会", "纪检", "监察", "网信", "政研")
"""The work lines as a title runs them together without a 、 (全区组织宣传统战政法社会工作会议)."""
_WHOLE = ("全区", "全县", "全市", "全省", "全州", "全旗", "全镇", "全乡", "全盟")


def break_title(text: str, max_width: float) -> list[str]:
    """The title as lines no wider than ``max_width`` em, broken between words.

    A title that fits stays one line; a title with no acceptable break is returned
    whole (Word then wraps it) rather than split inside a word.
    """
    text = text.strip()
    if width(text) <= max_width:
        return [text]
    # No line may be wider than max_width, so a title wider than MAX_LINES of them has no
    # acceptable break: said before any work, so a pasted paragraph costs linear time.
    solid = width(text) - 0.5 * text.count(" ")
    if solid > MAX_LINES * max_width:
        return [text]
    # The work lines run together are one name (临江区召开2026年 / 全区组织宣传统战政法社会工作会议, not …全区组织 /
    # 宣传统战…), unless keeping it whole leaves the lines far more uneven than cutting it between two lines' names
    # (在2026年全区组织宣传统战政法社会工作 / 会议上的讲话 is worse than a cut after 统战).
    named, plain = tokens(text, names=True), tokens(text)
    cut = _best(plain, solid, max_width, text)
    whole = _best(named, solid, max_width, text) if named != plain else cut
    if whole is not None and (cut is None or len(whole[1]) <= len(cut[1]) and whole[0] <= cut[0] + NAME_WHOLE):
        return whole[1]
    return cut[1] if cut is not None else [text]


NAME_WHOLE = 40.0
"""How much more uneven (in ``_cost``) a title's lines may be to keep the work lines' name whole."""


def _best(toks: list[str], solid: float, max_width: float, text: str) -> tuple[float, list[str]] | None:
    """The cheapest breaking of ``toks`` into the fewest lines that fit, with its cost, or None."""
    best: tuple[float, list[str]] | None = None
    parts = _in_parts(text)
    for n in range(2, MAX_LINES + 1):
        if solid > n * max_width:
            continue
        for raw in _splits(toks, n, max_width):
            lines = [line.strip() for line in raw]
            cost = _cost(lines)
            if parts:
                # A title written in parts (“主题 副题”, a couplet headline) breaks between them.
                cost += sum(8 for line in raw[:-1] if not _ends_a_part(line))
            if best is None or cost < best[0]:
                best = (cost, lines)
        if best is not None:
            return best
    return None


MAX_LINES = 4
"""Most lines a title is broken into."""


def _splits(toks: list[str], n: int, max_width: float) -> Iterator[list[str]]:
    """Every way to cut ``toks`` into ``n`` lines no wider than ``max_width`` (stripped),
    in the order of their cut positions. Lines are grown token by token and a line
    that got too wide ends the search for its end, so the work is bounded by the lines
    that fit, not by all the ways to cut the tokens."""
    rest = [0.0] * (len(toks) + 1)  # width of the tokens from i on, spaces not counted
    for i in range(len(toks) - 1, -1, -1):
        rest[i] = rest[i + 1] + width(toks[i]) - 0.5 * toks[i].count(" ")

    def grow(start: int, left: int) -> Iterator[list[str]]:
        if left == 1:
            line = "".join(toks[start:])
            if line and width(line.strip()) <= max_width:
                yield [line]
            return
        for end in range(start + 1, len(toks) - left + 2):
            line = "".join(toks[start:end])
            if width(line.strip()) > max_width:
                if width(line) - 0.5 * line.count(" ") > max_width:
                    break  # only wider from here on
                continue
            if rest[end] > (left - 1) * max_width:
                continue  # what is left cannot fit the lines left
            for tail in grow(end, left - 1):
                yield [line, *tail]

    yield from grow(0, n)


def _ends_a_part(line: str) -> bool:
    """The line was cut at a space that follows a Chinese character."""
    head = line.rstrip(" ")
    return head != line and bool(head) and head[-1] >= "\u2e80"


def _cost(lines: list[str]) -> float:
    widths = [width(line) for line in lines]
    mean = sum(widths) / len(widths)
    cost = sum((w - mean) ** 2 for w in widths)
    if len(lines) >= 3:  # diamond: the middle line(s) widest
        middle = max(widths[1:-1])
        cost += 4 * (max(0.0, widths[0] - middle) + max(0.0, widths[-1] - middle))
    cost += sum(6 for line in lines[:-1] if line[-1] in _WEAK_END)
    cost += sum(3 for line in lines[1:] if line[0] in _CLOSERS)
    # a quoted name or a bracket is one sense unit (GB/T 9704 7.3.1: 词意完整): 在“基层组织建设年攻坚 / 行动”动员大会…
    cost += sum(20 for k in range(1, len(lines)) if _open_at("".join(lines[:k])))
    return cost


def _open_at(text: str) -> bool:
    """Whether a quotation or bracket opened in ``text`` is still open at its end."""
    stack: list[str] = []
    for ch in text:
        if ch in PAIRED_MARKS:
            stack.append(PAIRED_MARKS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
    return bool(stack)


def shape_titles(document: Document, max_width: float) -> Document:
    """The document with each over-long one-line title broken into several title lines."""
    titles = [b for b in document.blocks if b.kind == "title"]
    if len(titles) != 1 or width(titles[0].text) <= max_width:
        return document
    if any(s.kind != "text" for s in titles[0].spans):
        return document  # keep gaps and emphasis intact
    lines = break_title(titles[0].text, max_width)
    blocks: list[Block] = []
    for b in document.blocks:
        blocks += [Block("title", (Span(line),)) for line in lines] if b is titles[0] else [b]
    return Document(tuple(blocks))
