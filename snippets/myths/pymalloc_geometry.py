# versions: 3.9-3.13
import re
import subprocess
import sys

# sys._debugmallocstats() writes to the C-level stderr, so run it in a child and read that.
stats = subprocess.run(
    [sys.executable, "-I", "-S", "-c", "import sys; sys._debugmallocstats()"],
    capture_output=True,
    text=True,
).stderr
classes = re.search(r"in (\d+) size classes", stats)[1]
arena = re.search(r"(\d+) bytes/arena", stats)[1]
pool = re.search(r"unused pools \* (\d+) bytes", stats)[1]
print(f"{classes} size classes, {arena}-byte arenas, {pool}-byte pools")
