# versions: 3.9-3.13
# The root of the radix tree ("arena map") that tells pymalloc which
# addresses belong to its arenas, as pymalloc's statistics report it.
import subprocess
import sys

stats = subprocess.run(
    [sys.executable, "-I", "-S", "-c", "import sys; sys._debugmallocstats()"],
    capture_output=True,
    text=True,
).stderr
for line in stats.splitlines():
    if line.startswith("# bytes lost to arena map root"):
        print(f"arena map root: {line.split('=')[1].strip()} bytes")
        break
else:
    print("no arena map")
