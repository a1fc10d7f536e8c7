"""Cold build: `drafter build samples/speech.yaml` in a fresh process, side by side with
the import floor and docxtpl, and `drafter --help`.

    python bench/cold_build.py [--runs 15]

Each round runs, in turn, in fresh processes of the same interpreter:
  bare     python -c pass (interpreter start, for reference)
  floor    import yaml + jinja2 + docx and save an empty document (python-docx's default)
  docxtpl  load the facts with yaml, render the speech template (made here), save
  drafter  python -m drafter build speech.yaml (the output removed first, so it is written)
  help     python -m drafter --help
and reports medians. Targets (issue 12, python-docx as the engine): drafter <= 1.3x floor and
<= 1.0x docxtpl;
--help <= 0.1 s.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import common


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="rounds (median of these; >= 9)")
    args = parser.parse_args()
    common.precompile()
    py = common.python()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        facts = Path(shutil.copy(common.SAMPLE, folder / "speech.yaml"))
        built = folder / "speech.docx"
        empty = folder / "empty.docx"
        cases = {
            "bare": lambda: common.run([py, "-c", "pass"]),
            "floor": lambda: common.run(
                [py, "-c", f"import yaml, jinja2, docx; docx.Document().save({str(empty)!r})"]),
            "drafter": lambda: _fresh(built, [py, "-m", "drafter", "build", str(facts)], folder),
            "help": lambda: common.run([py, "-m", "drafter", "--help"]),
        }
        have_docxtpl = _has_docxtpl()
        if have_docxtpl:
            import speech_docxtpl

            template = speech_docxtpl.make_template(folder / "speech-docxtpl.docx", facts)
            out = folder / "speech-docxtpl-out.docx"
            cases["docxtpl"] = lambda: common.run(
                [py, str(common.BENCH / "speech_docxtpl.py"), str(template), str(facts), str(out)])
        times = common.interleaved(cases, args.runs)
    med = {name: common.median(t) for name, t in times.items()}
    print(common.machine())
    rows = [[name, common.ms(med[name]), common.ms(min(times[name])), common.ms(max(times[name]))]
            for name in ("bare", "floor", "docxtpl", "drafter", "help") if name in med]
    print(common.table(f"\nfresh processes, median of {args.runs} interleaved rounds",
                       ["process", "median", "min", "max"], rows))
    best = {name: min(t) for name, t in times.items()}
    ratios = [["drafter build / floor", f"{med['drafter'] / med['floor']:.2f}x",
               f"{best['drafter'] / best['floor']:.2f}x", "<= 1.30x",
               common.verdict(med["drafter"] <= 1.3 * med["floor"])]]
    if have_docxtpl:
        ratios.append(["drafter build / docxtpl", f"{med['drafter'] / med['docxtpl']:.2f}x",
                       f"{best['drafter'] / best['docxtpl']:.2f}x", "<= 1.00x",
                       common.verdict(med["drafter"] <= med["docxtpl"])])
    else:
        ratios.append(["drafter build / docxtpl", "docxtpl not installed", "", "<= 1.00x",
                       "(pip install -e .[bench])"])
    ratios.append(["drafter --help", common.ms(med["help"]), common.ms(best["help"]),
                   "<= 100 ms", common.verdict(med["help"] <= 0.1)])
    print(common.table("\n", ["measure", "medians", "fastest runs", "target", ""], ratios))


def _fresh(output: Path, argv: list[str], cwd: Path) -> float:
    output.unlink(missing_ok=True)
    return common.run(argv, cwd=cwd)


def _has_docxtpl() -> bool:
    try:
        import docxtpl  # noqa: F401
    except ImportError:
        print("docxtpl is not installed (pip install -e .[bench]): its rows are skipped.",
              file=sys.stderr)
        return False
    return True


if __name__ == "__main__":
    main()
