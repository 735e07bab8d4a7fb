"""Build one MkDocs site in this (fresh) process and print its build time and peak memory as JSON.

    python benchmarks/build_once.py path/to/mkdocs.yml OUT_DIR

Both the wall-clock time and this process's CPU time are given: the CPU time is steadier on a
machine that is busy with something else. They cover loading the configuration (which loads the plugins) and the build, not the
interpreter's start-up or MkDocs' own imports, which are the same for any site. Peak memory is this
process's maximum resident set size (``getrusage(RUSAGE_SELF).ru_maxrss``, KiB on Linux): one process
per build, so each figure belongs to one build alone.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
# The engine measured is the one in this checkout, whatever installation the environment points at.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mkdocs.commands.build import build  # noqa: E402 (after the environment is set)
from mkdocs.config import load_config  # noqa: E402


def main() -> None:
    config_file, site_dir = sys.argv[1], sys.argv[2]
    started, started_cpu = time.perf_counter(), time.process_time()
    config = load_config(config_file, site_dir=site_dir, strict=True)
    build(config)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - started_cpu
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    engine = sys.modules["quiz_plugin"].__file__ if "quiz_plugin" in sys.modules else None
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "peak_kib": peak_kib, "engine": engine}))


if __name__ == "__main__":
    main()
