"""How long drafter takes, and how much memory, to answer the hostile files, packages,
libraries, caches and edits of issue 14 (the cases of tests/hostile_cases.py).

Each case runs in a fresh process, as a writer would run drafter; the table gives the
wall time, the peak resident memory of that process, its exit code and the first line
it said. ``--checkout DIR`` measures the drafter of another checkout (the one before a
change) on the same cases; there a process is stopped after ``--timeout`` seconds and
held to ``--memory`` MB of address space, since the old code could take minutes and
gigabytes.

    python bench/hostile_files.py                          # this checkout
    python bench/hostile_files.py --checkout ../main       # before
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

BIG_BOMB_MB = 800
"""The styles.xml of the issue: 800 MB inflated from a 2.7 MB .docx (bench only: ~4 s to make)."""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkout", type=Path, default=ROOT)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--memory", type=int, default=4096, help="MB of address space per process")
    parser.add_argument("-k", dest="only", default="", help="only cases whose name contains this")
    options = parser.parse_args(argv)
    os.environ["HOSTILE_CHECKOUT"] = str(options.checkout.resolve())

    import hostile_cases
    from hostile_cases import CASES, Case, _lint, _spaces, docx
    from test_hostile import run_measured

    big = Case(f"docx-{BIG_BOMB_MB}mb-styles-lint",
               _lint(lambda p: docx(p, {"word/styles.xml": _spaces(BIG_BOMB_MB)})), 1, "")
    cases = [c for c in (*CASES[:len(hostile_cases.FACTS_CASES)], big,
                         *CASES[len(hostile_cases.FACTS_CASES):]) if options.only in c.id]
    limit = f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({options.memory << 20},) * 2)\n"
    print(f"drafter of {options.checkout}")
    print(f"{'case':<40} {'seconds':>8} {'peak MB':>8} {'exit':>5} {'answer':>6}  first line said")
    for case in cases:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            args = case.setup(folder)
            code = case.python or "import runpy, sys\nsys.argv[0] = 'drafter'\nrunpy.run_module('drafter', run_name='__main__')\n"
            measured = Case(case.id, case.setup, case.code, case.says, env=case.env, python=limit + code)
            r = run_measured(measured, folder, args, timeout=options.timeout, root=options.checkout.resolve())
            said = next((line for line in f"{r['err']}{r['out']}".splitlines() if line.strip()
                         and not line.startswith((" ", "注意：", "用法：", "查看帮助"))), "")
            if "Traceback" in f"{r['err']}":
                said = "Traceback: " + f"{r['err']}".strip().splitlines()[-1]
            if (folder / "marker").exists():
                said = "planted cache code ran! " + said
            right = r["code"] == case.code and case.says in f"{r['out']}{r['err']}" and \
                not (folder / "marker").exists() and "Traceback" not in f"{r['err']}"
            if right and case.check is not None:
                try:
                    case.check(folder)
                except AssertionError:
                    right = False
            exit_code = "kill" if r["code"] is None else r["code"]
            seconds = f">{options.timeout:.0f}" if r["code"] is None else f"{r['seconds']:.2f}"
            answer = "right" if right else "WRONG"
            print(f"{case.id:<40} {seconds:>8} {r['peak_mb']:8.0f} {exit_code!s:>5} {answer:>6}  {said[:64]}",
                  flush=True)
            for p in folder.rglob("*"):  # the cache cases leave folders only their owner may enter
                if p.is_dir() and not p.is_symlink():
                    p.chmod(0o700)


if __name__ == "__main__":
    main()
