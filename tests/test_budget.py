"""The run budget (issue 14, part A): hostile templates, huge facts, hanging and crashing
batch files. Each case runs ``drafter`` as a writer would, in a fresh process, and checks
the Chinese error (file and template line), the exit code, that nothing was written or
lost, and the time and peak memory the run took, measured through the operating system
(bounds generous enough for a loaded two-core machine; the figures themselves are in
bench/hostile_inputs.py).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import ROOT
from test_bad_input import MINIMAL

from drafter import batch, budget, pipeline
from drafter.errors import FactsError, Problem

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the budget's child process needs fork")

_MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=300)
print(json.dumps([time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                  done.returncode, done.stdout, done.stderr]))
"""
"""A go-between: the run's wall time and the peak resident memory of its process tree."""

SECONDS = 30.0
"""Most seconds a refused case may take, start to finish, on a loaded machine."""
PEAK_MB = 400
"""Most resident memory any process of a refused case may reach (a build peaks near 60 MB)."""


def drafter(folder: Path, *args: str, env: dict[str, str] | None = None) -> tuple[float, int, int, str, str]:
    """``python -m drafter ARGS`` in ``folder``: (seconds, peak MB, exit code, stdout, stderr)."""
    full = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    out = subprocess.run([sys.executable, "-c", _MEASURE, sys.executable, "-m", "drafter", *args],
                         cwd=folder, env=full, capture_output=True, text=True, timeout=400, check=True)
    seconds, peak_kb, code, stdout, stderr = json.loads(out.stdout)
    return seconds, peak_kb // 1024, code, stdout, stderr


def library(folder: Path, body: str) -> None:
    """A writer's library ``lib/`` with the template 坏模板, and f.yaml using it."""
    t = folder / "lib" / "坏模板"
    t.mkdir(parents=True, exist_ok=True)
    (t / "template.yml").write_text("体裁: 测试\n说明: 测试用模板\n需要: [地区]\n", encoding="utf-8")
    (t / "body.j2").write_text(body, encoding="utf-8")
    (folder / "f.yaml").write_text("模板: 坏模板\n地区: 全区\n", encoding="utf-8")


BIG = "{% set s = 'x' * 99999 %}\n"
TIME_HINT = "生成时间超过了 2 秒的上限，已停止（没有写出任何文件）。"
MEMORY_HINT = "需要的内存超过了 300 MB 的上限，已停止（没有写出任何文件）。"
REFUSED = "模板试图访问不安全的内容（{}），已被拒绝。"

TEMPLATE_CASES = [
    ("nested-loops-over-strings",
     "{{ 地区 }}\n\n{% for a in 'x' * 99999 %}{% for b in 'x' * 99999 %}{% endfor %}{% endfor %}\n",
     f"lib/坏模板/body.j2:3: {TIME_HINT}"),
    ("macro-calls-itself-twice",
     "{% macro m(n) %}{% if n %}{{ m(n - 1) }}{{ m(n - 1) }}{% endif %}{% endmacro %}\n{{ m(40) }}\n",
     f"lib/坏模板/body.j2:1: {TIME_HINT}"),
    ("namespace-squaring",
     "{% set ns = namespace(x=3) %}\n{% for i in range(60) %}{% set ns.x = ns.x * ns.x %}{% endfor %}\n",
     "lib/坏模板/body.j2:2: " + REFUSED.format("相乘的结果太大")),
    ("power-99-in-a-loop",
     "{% set ns = namespace(x=3) %}\n{% for i in range(60) %}{% set ns.x = ns.x ** 99 %}{% endfor %}\n",
     "lib/坏模板/body.j2:2: " + REFUSED.format("乘方的结果太大")),
    ("replace-with-itself", BIG + "{{ s|replace('x', s)|length }}\n",
     "lib/坏模板/body.j2:2: " + REFUSED.format("替换后的内容太长")),
    ("replace-method", BIG + "{{ s.replace('x', s)|length }}\n",
     "lib/坏模板/body.j2:2: " + REFUSED.format("替换后的内容太长")),
    ("list-repetition", BIG + "{{ [s] * 99999 }}\n",
     "lib/坏模板/body.j2:2: " + REFUSED.format("重复的次数太多")),
    ("range-join", BIG + "{{ range(99999)|join(s) }}\n",
     "lib/坏模板/body.j2:2: " + REFUSED.format("连接后的内容太长")),
    ("star-width", "{{ '%*d' % (2000000000, 1) }}\n",
     "lib/坏模板/body.j2:1: " + REFUSED.format("参数 2000000000 太大")),
    ("doubling-string", "{% set ns = namespace(s='ab') %}\n"
     "{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}\n",
     f"lib/坏模板/body.j2:2: {MEMORY_HINT}"),
    ("caller-outside-call", "{% macro m() %}\n{{ caller() }}\n{% endmacro %}{{ m() }}\n",
     "lib/坏模板/body.j2:2: 这里用了 caller()，但这个宏不是用 {% call %} 调用的，没有可以插入的内容。\n"
     "  提示：用 {% call 宏名(…) %}…{% endcall %} 调用这个宏，或在宏里先判断 {% if caller is defined %}。"),
    ("4300-digits", "{% set ns = namespace(n=1) %}\n"
     "{% for i in range(15000) %}{% set ns.n = ns.n + ns.n %}{% endfor %}{{ ns.n }}\n",
     "lib/坏模板/body.j2:2: 模板运行出错：数字太大（超过 4300 位），无法写成文字。"),
    ("index-error", "{{ 地区 }}\n{{ '{1}'.format(地区) }}\n",
     "lib/坏模板/body.j2:2: 模板运行出错：序号超出了范围（列表没有这么多项，或格式字符串里的 {序号} 没有对应的值）。"),
]


@pytest.mark.parametrize(("body", "message"), [c[1:] for c in TEMPLATE_CASES],
                         ids=[c[0] for c in TEMPLATE_CASES])
def test_hostile_template_is_stopped_in_seconds(tmp_path: Path, body: str, message: str) -> None:
    library(tmp_path, body)
    seconds, peak, code, out, err = drafter(tmp_path, "build", "f.yaml", "-L", "lib",
                                            "--time-limit", "2", "--memory-limit", "300")
    assert (code, out) == (1, "") and err.startswith(f"错误：{message}\n"), err
    assert err.count("错误：") == 1 and "Traceback" not in err
    assert seconds < SECONDS and peak < PEAK_MB, (seconds, peak)
    assert not list(tmp_path.glob("*.docx")) and not list(tmp_path.glob(".*.tmp"))


def test_limits_from_the_environment_and_their_errors(tmp_path: Path) -> None:
    library(tmp_path, "{% for a in 'x' * 99999 %}{% for b in 'x' * 99999 %}{% endfor %}{% endfor %}\n")
    seconds, _, code, _, err = drafter(tmp_path, "build", "f.yaml", "-L", "lib",
                                       env={"DRAFTER_TIME_LIMIT": "1"})
    assert code == 1 and "生成时间超过了 1 秒的上限" in err and seconds < SECONDS
    _, _, code, _, err = drafter(tmp_path, "build", "f.yaml", "-L", "lib", env={"DRAFTER_TIME_LIMIT": "快"})
    assert (code, err) == (1, "错误：环境变量 DRAFTER_TIME_LIMIT 的值“快”不是一个非负的数。\n"
                              "  提示：写成数字，例如 DRAFTER_TIME_LIMIT=30；写 0 表示不限。\n")


def _meeting_named(folder: Path, chars: int) -> None:
    name = ("全区组织宣传统战政法社会工作暨党风廉政建设工作会议" * 300)[:chars]
    (folder / "f.yaml").write_text(MINIMAL.replace("名称: 全区组织工作会议", f"名称: {name}"),
                                   encoding="utf-8")


@pytest.mark.parametrize("chars", [640, 4640])
def test_a_very_long_meeting_name_builds_quickly(tmp_path: Path, chars: int) -> None:
    _meeting_named(tmp_path, chars)
    seconds, peak, code, out, err = drafter(tmp_path, "build", "f.yaml")
    assert code == 0, err
    assert out.startswith("已生成 f.docx（speech，")
    assert seconds < SECONDS and peak < PEAK_MB, (seconds, peak)


def test_many_percentages_are_traced_in_linear_time(tmp_path: Path) -> None:
    items = "".join(f"    - 指标{i}增长{i / 100:.2f}%\n" for i in range(10_000))
    (tmp_path / "f.yaml").write_text(MINIMAL.replace(
        "    回顾: 扎实践行新时代党的组织路线\n",
        "    回顾: 扎实践行新时代党的组织路线\n    成绩:\n" + items), encoding="utf-8")
    seconds, peak, code, out, err = drafter(tmp_path, "build", "f.yaml")
    assert code == 0, err
    assert seconds < SECONDS and peak < PEAK_MB, (seconds, peak)
    # Every figure was found in the facts file (none reported as of unknown origin).
    assert "既不在事实文件里" not in err


def test_lint_and_mine_run_within_the_budget(tmp_path: Path) -> None:
    draft = tmp_path / "稿.txt"
    draft.write_text("全区组织工作会议上的讲话\n一、提高站位\n" + "坚持以提升组织力为重点。\n" * 50,
                     encoding="utf-8")
    _, _, code, out, _ = drafter(tmp_path, "lint", "稿.txt", "--time-limit", "20")
    assert code in (0, 1) and out.rstrip().endswith(("没有发现问题。", "个提醒。"))
    _, _, code, out, err = drafter(tmp_path, "mine", "稿.txt", "--time-limit", "20")
    assert code == 0 and "== 逐篇" in out, err


# --- batches ------------------------------------------------------------------------------

def _batch_folder(folder: Path, *, hang: bool = False, fifo: bool = False, good: int = 3) -> Path:
    facts = folder / "facts"
    facts.mkdir()
    for i in range(good):
        (facts / f"good{i}.yaml").write_text(MINIMAL, encoding="utf-8")
    if hang:
        library(folder, "{% for a in 'x' * 99999 %}{% for b in 'x' * 99999 %}{% endfor %}{% endfor %}\n")
        (facts / "hang.yaml").write_text("模板: 坏模板\n地区: 全区\n", encoding="utf-8")
    if fifo:
        os.mkfifo(facts / "pipe.yaml")
    return facts


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_hanging_file_and_a_fifo_cost_only_themselves(tmp_path: Path) -> None:
    _batch_folder(tmp_path, hang=True, fifo=True)
    # A folder stands for its regular files; the pipe is named on the command line.
    seconds, peak, code, out, err = drafter(tmp_path, "build", "facts", "facts/pipe.yaml", "-L", "lib",
                                            "-j", "2", "--time-limit", "2")
    assert code == 1
    assert "共 5 个事实文件：成功 3 个，失败 2 个" in out
    # Stopped at its template's line, and the summary says which facts file it was building.
    assert f"facts/hang.yaml 生成时：\nlib/坏模板/body.j2:1: {TIME_HINT}" in err
    assert f"失败 facts/hang.yaml（lib/坏模板/body.j2:1: {TIME_HINT}）" in out
    assert "facts/pipe.yaml" in err
    assert sorted(p.name for p in (tmp_path / "facts").glob("*.docx")) == [
        "good0.docx", "good1.docx", "good2.docx"]
    assert seconds < SECONDS and peak < PEAK_MB, (seconds, peak)


def _dies(names: set[str], once: Path | None) -> object:
    """pipeline.build that kills its worker process for the files named (once, when a
    marker file is given), as the operating system would."""
    real = pipeline.build

    def build(path: Path, *args: object, **kwargs: object) -> object:
        if Path(path).name in names and (once is None or not once.exists()):
            if once is not None:
                once.write_text("died")
            os._exit(9)
        return real(path, *args, **kwargs)

    return build


def test_a_killed_worker_costs_only_its_file_which_is_retried(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    facts = _batch_folder(tmp_path, good=4)
    monkeypatch.setattr(pipeline, "build", _dies({"good1.yaml"}, tmp_path / "marker"))
    report = batch.run(batch.collect([facts]), jobs=2)
    assert (tmp_path / "marker").exists()  # it did die once
    assert [o.ok for o in report.outcomes] == [True] * 4
    assert sorted(p.name for p in facts.glob("*.docx")) == [f"good{i}.docx" for i in range(4)]


def test_a_file_that_kills_its_worker_twice_fails_alone(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    facts = _batch_folder(tmp_path, good=4)
    monkeypatch.setattr(pipeline, "build", _dies({"good2.yaml"}, None))
    report = batch.run(batch.collect([facts]), jobs=2)
    assert [o.ok for o in report.outcomes] == [True, True, False, True]
    good, bad = batch.summary(report)
    assert "成功 3 个，失败 1 个" in good
    assert "good2.yaml: 生成这个文件的进程两次意外退出（可能是内存不足，或被系统结束）。" in bad
    assert not (facts / "good2.docx").exists()


def test_ctrl_c_in_a_batch_lists_what_was_written(tmp_path: Path) -> None:
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "a.yaml").write_text(MINIMAL, encoding="utf-8")
    library(tmp_path, "{% for a in 'x' * 99999 %}{% for b in 'x' * 99999 %}{% endfor %}{% endfor %}\n")
    (facts / "b.yaml").write_text("模板: 坏模板\n地区: 全区\n", encoding="utf-8")
    (facts / "c.yaml").write_text(MINIMAL, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.monotonic()
    with subprocess.Popen([sys.executable, "-m", "drafter", "build", "facts", "-L", "lib", "-j", "1"],
                          cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True) as run:
        assert run.stdout is not None
        first = run.stdout.readline()  # a.yaml is built; b.yaml is now running for ever
        assert first.startswith("[1/3] 已生成 facts/a.docx"), first
        time.sleep(0.5)
        run.send_signal(signal.SIGINT)
        out, err = run.communicate(timeout=60)
    assert run.returncode == 1, err
    assert time.monotonic() - start < SECONDS
    assert "已中断：共 3 个事实文件，成功 1 个，失败 0 个，未生成 2 个" in out
    assert "  中断前写出的文稿（1 份）：\n    facts/a.docx\n" in out
    assert "  没有生成的事实文件（2 个，再运行一次即可）：\n    facts/b.yaml\n    facts/c.yaml" in out
    assert sorted(p.name for p in facts.iterdir()) == ["a.docx", "a.yaml", "b.yaml", "c.yaml"]


def _fails(message: str) -> None:
    raise FactsError(Problem("f.yaml", 3, 1, "地区", message))


def _allocates(megabytes: int) -> int:
    return len(bytearray(megabytes << 20))


@pytest.mark.parametrize("isolate", [False, True], ids=["here", "child"])
def test_budget_run_in_this_process_and_in_a_child(isolate: bool) -> None:
    import resource

    before = resource.getrlimit(resource.RLIMIT_AS), resource.getrlimit(resource.RLIMIT_CPU)
    assert budget.run(sum, [1, 2, 3], label=None, isolate=isolate) == 6
    with pytest.raises(FactsError) as failed:
        budget.run(_fails, "不对", label=None, isolate=isolate)
    assert str(failed.value) == "f.yaml:3:1: 地区: 不对"
    start = time.monotonic()
    with pytest.raises(budget.BudgetError) as e:
        budget.run(time.sleep, 30, label="x.yaml", limits=budget.Limits(0.5, 0), isolate=isolate)
    assert str(e.value).startswith("x.yaml: 生成时间超过了 0.5 秒的上限")
    assert time.monotonic() - start < SECONDS
    with pytest.raises(budget.BudgetError) as e:
        budget.run(_allocates, 2048, label="x.yaml", limits=budget.Limits(0, 200), isolate=isolate)
    assert str(e.value).startswith("x.yaml: 需要的内存超过了 200 MB 的上限")
    # This process's own limits are as they were.
    assert (resource.getrlimit(resource.RLIMIT_AS), resource.getrlimit(resource.RLIMIT_CPU)) == before


def test_the_template_cache_is_bounded_in_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter import cache, render

    monkeypatch.setenv("DRAFTER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "MAX_ENTRY_BYTES", 50_000)
    monkeypatch.setattr(cache, "KEEP_BYTES", 200_000)
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "small.j2").write_text("{{ 地区 }}\n", encoding="utf-8")
    (lib / "big.j2").write_text("{{ 地区 }}\n" + "一段固定的文字。{{ 地区 }}\n" * 5_000, encoding="utf-8")
    env = render._environment([lib], False)
    assert render.render(env, "small.j2", {"地区": "全区"}) == "全区\n"
    assert render.render(env, "big.j2", {"地区": "全区"}).startswith("全区\n一段固定的文字。全区")
    folder = tmp_path / "cache" / "templates"
    # The small template's code is kept; the big one's (over MAX_ENTRY_BYTES) is not.
    assert [p.stat().st_size < 50_000 for p in folder.glob("*.cache")] == [True]
    # Entries past twice KEEP_BYTES are pruned to KEEP_BYTES, the most recently written kept,
    # when the cache grows (a template compiled and kept), not on every load.
    for i in range(10):
        old = folder / f"old{i}.cache"
        old.write_bytes(b"x" * 60_000)
        os.utime(old, (i, i))
    (lib / "new.j2").write_text("{{ 地区 }}。\n", encoding="utf-8")
    assert render.render(env, "new.j2", {"地区": "全区"}) == "全区。\n"  # compiled, kept: pruned
    left = sorted(p.name for p in folder.glob("old*.cache"))
    assert sum(p.stat().st_size for p in folder.glob("*.cache")) <= 200_000
    assert left == ["old7.cache", "old8.cache", "old9.cache"]  # with the small template: < 200 KB
