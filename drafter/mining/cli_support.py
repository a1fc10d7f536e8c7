"""What `drafter mine` does, as text the CLI prints (the CLI stays a thin shell)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import yaml

from drafter.mining import report as report_mod


def report(paths: list[Path], fmt: str, phrases_out: Path | None, jobs: int | None) -> Iterator[str]:
    """The corpus report in chunks (each document as soon as it is mined, then the corpus)."""
    from drafter.mining.corpus import CorpusStats, stream

    total = CorpusStats()
    if fmt == "json":
        yield '{"documents": [\n'
        for k, s in enumerate(stream(paths, total, jobs=jobs)):
            yield ("" if k == 0 else ",\n") + json.dumps(report_mod.json_document(s), ensure_ascii=False)
        yield '\n],\n"corpus": ' + json.dumps(report_mod.json_corpus(total), ensure_ascii=False, indent=1)
        yield "\n}\n"
    else:
        yield "== 逐篇\n"
        for k, s in enumerate(stream(paths, total, jobs=jobs), 1):
            yield report_mod.document(s, k) + "\n"
        yield report_mod.corpus(total)
    if phrases_out is not None:
        write_phrases(total, phrases_out, paths)
        if fmt != "json":
            yield f"\n措辞库已写入 {phrases_out}\n"


def count(paths: list[Path]) -> int:
    """How many documents ``paths`` hold (a folder: its files), for the run's budget."""
    total = 0
    for path in paths:
        try:
            total += sum(1 for p in path.rglob("*") if p.is_file()) if path.is_dir() else 1
        except OSError:
            total += 1
    return total


def write_phrases(total: object, out: Path, paths: list[Path]) -> None:
    """Write the mined phrase bank (the template library's 措辞库 format), atomically."""
    from drafter import output
    from drafter.mining.phrases import bank

    stats = total.phrases  # type: ignore[attr-defined]
    source = f"（挖掘自 {stats.documents} 篇范文）"
    head = ("# 措辞库：由 drafter mine 从范文中挖掘，供模板用 {{ 措辞(\"名称\", 序号) }} 调用。\n"
            "# 并列·：一个选项是一整组并列短语，整组使用；变换·、…开头语：同一位置可以互换的说法；\n"
            "# 固定·：常用的固定说法。支持：篇数、次数、地方（来自几个不同地方的范文）。\n"
            f"# 来源：{'、'.join(str(p) for p in paths)}；请审阅后再用，删去不合适的说法。\n")
    text = head + yaml.safe_dump(bank(stats, source), allow_unicode=True, sort_keys=False, width=100)
    output.write_atomic(out, text.encode("utf-8"))


def labels(corpus: Path, labels_dir: Path, fmt: str) -> str:
    """Scores against hand labels, per document and in total."""
    from drafter.mining.labels import score_all

    total, each = score_all(labels_dir, corpus)
    if fmt == "json":
        return json.dumps({"total": total.figures(), "documents": {f: {**s.figures(), "misses": s.misses}
                                                                   for f, s in each.items()}},
                          ensure_ascii=False, indent=1) + "\n"
    out = []
    for f, s in each.items():
        out.append(_score_line(f, s))
        out += [f"    {m}" for m in s.misses]
    out.append(_score_line("合计", total))
    return "\n".join(out) + "\n"


def _score_line(name: str, s: object) -> str:
    f = s.figures()  # type: ignore[attr-defined]
    return (f"{name}：标题 查准率 {f['precision']:.1%} 查全率 {f['recall']:.1%} F1 {f['f1']:.3f}，"
            f"层级准确率 {f['level_accuracy']:.1%}，角色准确率 {f['role_accuracy']:.1%}，"
            f"条线段落 {f['passage_recall']:.1%}，体裁 {f['genre']}，标题 {f['title']}，条线 {f['lines']}")


def _tail(words: str) -> str:
    """The unfinished sentence as the writer finds it: its start and where it stops."""
    return f"{words[:8]}……{words[-8:]}" if len(words) > 18 else words


def skeleton(exemplar: Path, out: Path) -> list[str]:
    """Turn one exemplar into a template folder; the lines to print."""
    from drafter.lint.literals import brands
    from drafter.mining.skeleton import make

    made = make(exemplar, out)
    fit = ("它的事实都在共用的事实词汇表里：给内置模板写的事实文件就能生成它。" if not made.own else
           f"给内置模板写的事实文件还要添上范文特有的 {len(made.own)} 项：{'、'.join(made.own[:12])}"
           f"{'……' if len(made.own) > 12 else ''}（说明和例子见 {made.facts.name}）。")
    kept = brands([made.folder])
    shown = "、".join(dict.fromkeys(b.text for b in kept))
    return [f"已生成模板 {made.folder}（{made.name}）：{'、'.join(p.name for p in made.files)}",
            f"范文本身的事实写在 {made.facts}，可先试生成：",
            f"  drafter build {made.facts} --library {made.library}",
            fit,
            *([f"范文的最后一句“{_tail(made.cut)}”没有写完（网页或复制时截断了），模板只写到它前面一句为止；"
               "后面的内容请写手自己补上。"] if made.cut else []),
            *[f"范文{said}，数目对不上（多半是网页只存了开头）：模板照录了这句，请补齐后面几项，或改掉这个数。"
              for said in made.counts],
            *([f"模板里留着范文的工作品牌{shown}，多半是范文所在地方自己的：别的地方用时请在 body.j2 里改成本地的"
               f"（drafter templates lint --library {made.library} 列出行和列）。"] if kept else [])]
