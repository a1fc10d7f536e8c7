"""The corpus report: in Chinese for writers, or as JSON for tools.

Functions return text; only the CLI prints. ``document`` renders one document's
summary (the CLI prints each as soon as it is mined), ``corpus`` what the corpus
shares; ``json_document`` and ``json_corpus`` are their machine forms.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from drafter.mining.corpus import CorpusStats, Summary
from drafter.mining.phrases import KIND_NAMES, Entry
from drafter.mining.roles import GENRE_NAMES, ROLE_NAMES
from drafter.mining.slots import KINDS

LEVEL_NAMES = {1: "一级", 2: "二级", 3: "三级", 4: "四级", 5: "要点"}


def role_name(role: str) -> str:
    """A role as the writer reads it."""
    return ROLE_NAMES.get(role, role)


def document(s: Summary, number: int) -> str:
    """One document: genre, title, lines, repairs, and its outline under its sections."""
    head = f"【{number}】{s.path}"
    if s.error:
        return f"{head}\n  无法读取：{s.error}\n"
    out = [f"{head} —— {GENRE_NAMES.get(s.genre, s.genre)}"]
    out.append(f"  标题：{s.title or '（无）'}")
    out += [f"  副标题：{t}" for t in s.subtitles]
    out.append(f"  条线：{'、'.join(s.lines) if s.lines else '（无，单一主题）'}")
    if s.slots:
        out.append("  事实：" + "，".join(f"{KINDS.get(k, k)} {n}" for k, n in s.slots))
    if s.repairs:
        out.append("  修整：")
        out += [f"    · {r}" for r in s.repairs]
    out.append("  结构：")
    heads = iter(s.outline)
    pending = next(heads, None)
    inside = [u for u in s.units if u.kind in ("inline_point", "line_block") and u.start > 0]
    for role, line, heading, start, end in s.sections:
        tag = f"〔{role_name(role)}" + (f"·{line}" if line else "") + "〕"
        out.append(f"    {tag}{heading}")
        if heading and pending is not None and pending.text == heading:
            pending = next(heads, None)
        while pending is not None and pending.role == role and pending.level > 1:
            pad = "  " * (min(pending.level, 5))
            line_tag = f"〔{pending.line}〕" if pending.line and pending.line != line else ""
            tail = "（接排）" if pending.kind == "run-in" else ""
            out.append(f"    {pad}{pending.marker}{pending.text}{tail}{line_tag}")
            pending = next(heads, None)
        for u in (u for u in inside if start <= u.para < end):  # points inside a paragraph (……。二是…), each line's block
            line_tag = f"〔{u.line}〕" if u.line and u.line != line else ""
            out.append(f"    {'  ' * 3}{u.text}{line_tag}")
    return "\n".join(out) + "\n"


def corpus(stats: CorpusStats) -> str:
    """What the corpus shares: genres, section sequences, markers, phrase patterns."""
    kb = stats.bytes / 1024
    out = [f"== 全部语料：{stats.documents} 篇，{kb:.1f} KB" + (f"，{stats.errors} 篇无法读取" if stats.errors else "")]
    out.append("体裁：" + "，".join(f"{GENRE_NAMES.get(g, g)} {n} 篇" for g, n in stats.genres.most_common()))
    out.append("\n各部分的顺序（后附支持篇数）：")
    for genre, seqs in sorted(stats.sequences.items(), key=lambda x: -stats.genres[x[0]]):
        out.append(f"  {GENRE_NAMES.get(genre, genre)}（{stats.genres[genre]} 篇）")
        for seq, n in seqs.most_common(5):
            out.append(f"    {' → '.join(role_name(r) for r in seq)}（{n}）")
    out.append("\n标题层级与编号（层级 写法 次数）：")
    for genre, markers in sorted(stats.markers.items(), key=lambda x: -stats.genres[x[0]]):
        if not markers:
            continue
        parts = [f"{LEVEL_NAMES.get(lv, lv)}“{f}”{n}" for (lv, f), n in
                 sorted(markers.items(), key=lambda x: (x[0][0], -x[1]))]
        out.append(f"  {GENRE_NAMES.get(genre, genre)}：" + "，".join(parts))
    out += phrase_bank(stats.phrases.entries())
    return "\n".join(out) + "\n"


def phrase_bank(entries: list[Entry]) -> list[str]:
    """The mined phrase bank under Chinese headings, each entry with its support."""
    if not entries:
        return ["\n措辞库：没有够格的说法（每条至少要在两篇、两地的范文里出现）。"]
    out = ["\n措辞库（可放进模板库的 phrases.yml；括号里是 篇数/次数/地方数）："]
    for kind, heading in KIND_NAMES.items():
        these = [e for e in entries if e.kind == kind]
        if these:
            out.append(f"  {heading}（{len(these)} 条）：")
            out += [f"    {e.name}：{'／'.join(e.options)}（{e.documents}/{e.occurrences}/{e.places}）" for e in these]
    return out


def json_document(s: Summary) -> dict[str, Any]:
    """One document's summary as plain data."""
    data = dataclasses.asdict(s)
    data["outline"] = [dataclasses.asdict(h) for h in s.outline]
    data["sections"] = [{"role": r, "line": line, "heading": h} for r, line, h, _, _ in s.sections]
    data["slots"] = dict(s.slots)
    return data


def json_corpus(stats: CorpusStats) -> dict[str, Any]:
    """The corpus statistics as plain data."""
    return {
        "documents": stats.documents, "bytes": stats.bytes, "errors": stats.errors,
        "genres": dict(stats.genres.most_common()),
        "sequences": {g: [{"roles": list(seq), "support": n} for seq, n in c.most_common(20)]
                      for g, c in stats.sequences.items()},
        "markers": {g: [{"level": lv, "form": f, "count": n} for (lv, f), n in sorted(c.items())]
                    for g, c in stats.markers.items()},
        "phrase_bank": [{"kind": e.kind, "name": e.name, "options": list(e.options), "documents": e.documents,
                         "occurrences": e.occurrences, "places": e.places} for e in stats.phrases.entries()],
    }
