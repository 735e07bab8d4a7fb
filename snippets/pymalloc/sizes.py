# versions: 3.9-3.13
# Read the arena and pool sizes from pymalloc's own statistics. They go to
# the C-level stderr, so run them in a child interpreter and capture that.
import re
import subprocess
import sys

stats = subprocess.run(
    [sys.executable, "-I", "-S", "-c", "import sys; sys._debugmallocstats()"],
    capture_output=True,
    text=True,
).stderr
arena = int(re.search(r"arenas \* (\d+) bytes/arena", stats)[1])
pool = int(re.search(r"unused pools \* (\d+) bytes", stats)[1])
pools = arena // pool
print(f"arena {arena // 1024} KiB = {pools} pools of {pool // 1024} KiB")
