# versions: 3.9-3.13
# How many 512-byte blocks does one pool hold? A child keeps one 512-byte
# block alive (bytes(479): 33 + 479 bytes) and prints pymalloc's statistics.
# fold-start: run the child and capture its statistics (they go to stderr)
import subprocess
import sys

CHILD = "import sys; block = bytes(479); sys._debugmallocstats()"
stats = subprocess.run(
    [sys.executable, "-I", "-S", "-c", CHILD], capture_output=True, text=True
).stderr
# fold-end
for line in stats.splitlines():
    fields = line.split()  # class, size, num pools, blocks in use, avail blocks
    if len(fields) == 5 and fields[0].isdigit() and fields[1] == "512":
        pools, used, available = map(int, fields[2:])
        # highlight-next-line
        print((used + available) // pools)
