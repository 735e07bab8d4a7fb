import subprocess
import sys

report = (
    "import tracemalloc; "
    "print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())"
)
# -X tracemalloc=N traces from the first allocation on, with N frames each.
for options in ([], ["-X", "tracemalloc"], ["-X", "tracemalloc=5"]):
    command = [sys.executable, "-I", *options, "-c", report]
    result = subprocess.run(command, capture_output=True, text=True)
    print(" ".join(options) or "(no option)", "->", result.stdout.strip())
