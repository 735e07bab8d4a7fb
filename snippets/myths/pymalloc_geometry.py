# versions: 3.9-3.13
# pymalloc's own statistics say how big its size classes, arenas and pools are.
import re
import subprocess
import sys

# fold-start: run sys._debugmallocstats() in a child and read its C-level stderr
stats = subprocess.run(
    [sys.executable, "-I", "-S", "-c", "import sys; sys._debugmallocstats()"],
    capture_output=True,
    text=True,
).stderr
# fold-end
classes = re.search(r"in (\d+) size classes", stats)[1]
arena = re.search(r"(\d+) bytes/arena", stats)[1]
pool = re.search(r"unused pools \* (\d+) bytes", stats)[1]
# highlight-next-line
print(f"{classes} size classes, {arena}-byte arenas, {pool}-byte pools")
