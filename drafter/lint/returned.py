"""What a .docx says about itself: who made it (D005), tracked changes not yet accepted
(D003) and the comments in it (D004), numbered as ``lint_paragraphs`` numbers paragraphs.

The reader gives the text as it would print (insertions in, deletions out); these
findings tell the writer that the leader's changes and comments are still open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def returned(reading: Any, path: Path, roots: list[Path] | None = None) -> list[Any]:
    """D003, D004 and D005 of one document read by ``reader.read_document``."""
    from drafter import stamp
    from drafter.lint import Finding

    if path.suffix.lower() != ".docx":
        return []
    where = str(path)
    made = stamp.TEMPLATE in reading.properties or stamp.FINGERPRINT in reading.properties
    # A draft typed by hand says nothing: no D005 is the sign of one.
    out = [Finding(where, 0, "D005", stamp.describe(reading.properties, path, roots))] if made else []
    numbered = [(p.line or n, p) for n, p in enumerate(
        (p for p in reading.paras if p.text.strip()), 1)]
    revised = [n for n, p in numbered if p.revisions]
    if reading.revisions:
        at = "、".join(map(str, revised[:8])) + ("等" if len(revised) > 8 else "")
        out.append(Finding(where, 0, "D003", (
            f"文稿里有 {reading.revisions} 处修订没有接受或拒绝"
            + (f"（在第 {at} 段）" if at else "")
            + "；以下按接受全部修订后打印出来的文字检查。定稿前请在 Word 里“审阅→接受所有修订”，"
              "或逐条处理。")))
    for n, p in numbered:
        out += [Finding(where, n, "D004", f"批注：{note}") for note in p.comments]
    unplaced = reading.comments - sum(len(p.comments) for _, p in numbered)
    if unplaced > 0:
        out.append(Finding(where, 0, "D004", f"另有 {unplaced} 条批注标在空段落上。"))
    return out
