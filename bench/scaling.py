"""Every algorithm on a writer's input is near-linear: double the input, the time doubles.

For each stage that sees a writer's input (title breaking, provenance, lint, outline,
reading a .docx, a whole build of a facts file), the input is doubled three times and
the time of each size printed with its ratio to the size before: near-linear code shows
ratios near 2 (a quadratic one 4, a cubic one 8). Each figure is the best of three runs.

    python bench/scaling.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from test_bad_input import MINIMAL

from drafter import facts as facts_mod
from drafter import lint, outline, pipeline, provenance, reader, titles

TMP = Path(tempfile.mkdtemp(prefix="drafter-scaling-"))
PARAGRAPH = ("一是坚持以提升组织力为重点，全年新建党群服务中心12个，覆盖率达到98.5%，"
             "2023年3月15日召开推进会，投入资金320万元。")


def _facts_with(items: int) -> Path:
    """MINIMAL with ``items`` achievements, each with a percentage (the 1 MB case at 60,000)."""
    lines = "".join(f"    - 指标{i}增长{i / 100:.2f}%\n" for i in range(items))
    text = MINIMAL.replace("    回顾: 扎实践行新时代党的组织路线\n",
                           "    回顾: 扎实践行新时代党的组织路线\n    成绩:\n" + lines)
    path = TMP / f"facts-{items}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _text_with(paragraphs: int) -> list[reader.Para]:
    path = TMP / f"draft-{paragraphs}.txt"
    body = []
    for i in range(paragraphs):
        if i % 20 == 0:
            body.append(f"{'一二三四五六七八九十'[i // 20 % 10]}、第{i // 20 + 1}部分的标题")
        body.append(PARAGRAPH)
    path.write_text("全区组织工作会议上的讲话\n" + "\n".join(body) + "\n", encoding="utf-8")
    return reader.read(path)


def _docx_with(items: int) -> Path:
    [built] = pipeline.build(_facts_with(items), out=TMP / f"doc-{items}.docx")
    return built.path


def _best(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def stages() -> list[tuple[str, str, list[int], Callable[[int], Callable[[], object]]]]:
    """(name, unit, sizes, size -> the work to time)."""

    def title(n: int) -> Callable[[], object]:
        text = ("全区组织宣传统战政法社会工作暨党风廉政建设工作会议" * 400)[:n]
        return lambda: titles.break_title(text, 22)

    def trace(n: int) -> Callable[[], object]:
        facts = facts_mod.load(_facts_with(n))
        paragraphs = [f"指标{i}增长{i / 100:.2f}%" for i in range(n)]
        return lambda: provenance.trace(paragraphs, facts, [])

    def lint_text(n: int) -> Callable[[], object]:
        paras = _text_with(n)
        return lambda: lint.lint_paragraphs(paras, "draft.txt")

    def outline_text(n: int) -> Callable[[], object]:
        paras = _text_with(n)
        return lambda: outline.outline(paras)

    def read_docx(n: int) -> Callable[[], object]:
        path = _docx_with(n)
        return lambda: reader.read(path)

    def build(n: int) -> Callable[[], object]:
        path = _facts_with(n)
        return lambda: pipeline.produce(path)

    return [
        ("title breaking", "characters", [1_000, 2_000, 4_000, 8_000], title),
        ("provenance (trace)", "percentages", [5_000, 10_000, 20_000, 40_000], trace),
        ("lint", "paragraphs", [500, 1_000, 2_000, 4_000], lint_text),
        ("outline", "paragraphs", [500, 1_000, 2_000, 4_000], outline_text),
        ("read .docx", "achievements", [2_000, 4_000, 8_000, 16_000], read_docx),
        ("whole build (no write)", "achievements", [2_000, 4_000, 8_000, 16_000], build),
    ]


def main() -> None:
    print(f"{'stage':<24} {'size':>8} {'unit':<13} {'seconds':>8} {'ratio':>6}")
    for name, unit, sizes, make in stages():
        before = None
        for size in sizes:
            seconds = _best(make(size))
            ratio = f"{seconds / before:6.2f}" if before else ""
            print(f"{name:<24} {size:>8} {unit:<13} {seconds:8.4f} {ratio:>6}", flush=True)
            before = seconds
    print("A ratio near 2 for each doubling is linear; 4 would be quadratic, 8 cubic.")


if __name__ == "__main__":
    main()
