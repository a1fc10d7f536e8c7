"""Compare a built document's outline with the hand labels of a seed (tests/labels/*.yaml).

The labels (written on branch ``mining``, see tests/labels/README.md) give every
heading of a seed with its level, kind and text, the title and subtitles, the
top-level sections in order (by the first characters of their first paragraph),
the passages of each work line, captions and bylines. A built sample matches its
seed when all of these agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from drafter import outline
from drafter.reader import Para, read_docx

LABELS = Path(__file__).resolve().parent / "labels"
SEED_OF = {"report": "000_fa017aef613b5124", "speech": "001_8aa40ba3a1ef0fc1",
           "feature": "002_974b4979270efb1a", "experience": "003_4b73757a3ad54303",
           "brief": "004_4ff78243f4312f31"}
_MARKER = re.compile(r"^(●\s*|[A-Z]\s+)")


def labels(genre: str) -> dict:
    """The hand labels of the seed a genre reproduces."""
    return yaml.safe_load((LABELS / f"{SEED_OF[genre]}.yaml").read_text(encoding="utf-8"))


def norm(text: str) -> str:
    """Text as the labels write it: full-width punctuation, “” quotes, no spaces between
    Chinese characters, no bullet or letter marker (● A B …) in front."""
    text = outline.normalize(text)
    quotes = iter("“”" * (text.count('"') // 2 + 1))
    text = re.sub('"', lambda _: next(quotes), text)
    text = _MARKER.sub("", text)
    return outline.normalize(text)


@dataclass
class Built:
    """What a built .docx shows, in the labels' terms."""

    paras: list[Para]
    headings: list[tuple[int, str, str]]
    title: str
    subtitles: list[str]

    def texts(self) -> list[str]:
        """Every paragraph, normalised."""
        return [norm(p.text) for p in self.paras if p.text.strip()]

    def styled(self, style: str) -> list[str]:
        """Normalised paragraphs of one style (图注, 署名 …)."""
        return [norm(p.text) for p in self.paras if p.style == style]


def read_built(path: Path) -> Built:
    """Read a built document back the way the labels describe a seed."""
    paras = read_docx(path)
    items = outline.outline(paras)
    headings = [(it.level, it.kind, norm(it.text)) for it in items if it.level > 0]
    title = next((norm(it.text) for it in items if it.level == 0), "")
    first_body = next(i for i, p in enumerate(paras) if p.style not in ("Title", "Subtitle"))
    subtitles = [norm(p.text) for p in paras[:first_body] if p.style == "Subtitle"]
    return Built(paras, headings, title, subtitles)


def expected_headings(label: dict) -> list[tuple[int, str, str]]:
    """The labelled headings as (level, kind, text)."""
    return [(h["level"], h["kind"], norm(h["text"])) for h in label["headings"]]


def missing_in_order(texts: list[str], starts: list[str], *, inside: bool = False) -> list[str]:
    """The ``starts`` that do not begin (or, with ``inside``, occur in) the paragraphs in
    this order; empty when every one is found after the one before it."""
    missing = []
    pos = 0
    for start in starts:
        want = norm(start)
        for i in range(pos, len(texts)):
            if (want in texts[i]) if inside else texts[i].startswith(want):
                pos = i if inside else i + 1
                break
        else:
            missing.append(start)
    return missing
