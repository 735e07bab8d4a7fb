# sys._debugmallocstats() writes to the C-level stderr, file descriptor 2,
# not to the Python object sys.stderr.
import contextlib, io, subprocess, sys

replaced = io.StringIO()
with contextlib.redirect_stderr(replaced):
    # highlight-next-line
    sys._debugmallocstats()  # still goes to the real stderr
print("through sys.stderr:", len(replaced.getvalue()), "characters")

child = "import sys; sys._debugmallocstats()"
# highlight-next-line
run = subprocess.run([sys.executable, "-I", "-c", child], capture_output=True, text=True)
print("from a child's stderr:", run.stderr.splitlines()[0])
