# needs: processes
# Does this CPython accept PYTHONMALLOC=mimalloc? Start a child with it
# (not with -I or -E: they would make the child ignore the variable).
import subprocess, sys

child = subprocess.run([sys.executable, "-S", "-c", "import sys; sys._debugmallocstats()"],
                       env={"PYTHONMALLOC": "mimalloc"}, capture_output=True, text=True)
first_line = child.stderr.splitlines()[0]
if child.returncode == 0:
    print("started:", first_line)
else:  # "Fatal Python error: <function>: PYTHONMALLOC: unknown allocator"
    print("refused:", first_line.split(": ", 2)[-1])
