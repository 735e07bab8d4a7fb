import subprocess
import sys

report = "import tracemalloc; print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())"
# -X tracemalloc=N starts tracing before any of the program runs, storing N frames per traceback.
for options in ([], ["-X", "tracemalloc"], ["-X", "tracemalloc=5"]):
    result = subprocess.run([sys.executable, "-I", *options, "-c", report], capture_output=True, text=True)
    print(" ".join(options) or "(no option)", "->", result.stdout.strip())
