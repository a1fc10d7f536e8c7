"""Run every benchmark in turn and print their tables.

    python bench/run_all.py [--quick]

--quick: 9 cold rounds, 100 warm builds, 1,000 files but only 50 one-by-one builds (scaled
up, and said so). Without it the batch benchmark times all 1,000 one-by-one builds (minutes).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    quick = "--quick" in sys.argv[1:]
    runs = [
        ["cold_build.py", "--runs", "9" if quick else "15"],
        ["warm_build.py", "--builds", "100" if quick else "200"],
        ["batch_build.py", "--files", "1000", *(["--one-by-one", "50"] if quick else [])],
    ]
    for script, *args in runs:
        print(f"\n=== python bench/{script} {' '.join(args)}", flush=True)
        subprocess.run([sys.executable, str(HERE / script), *args], check=True)


if __name__ == "__main__":
    main()
