# versions: 3.9-3.13
# How many 512-byte blocks does one pool hold? A child keeps one 512-byte
# block alive (bytes(479): 33 + 479 bytes) and prints pymalloc's statistics.
import subprocess, sys

CHILD = "import sys; block = bytes(479); sys._debugmallocstats()"
run = subprocess.run([sys.executable, "-I", "-S", "-c", CHILD], capture_output=True, text=True)
for fields in map(str.split, run.stderr.splitlines()):  # class, size, pools, in use, avail
    if len(fields) == 5 and fields[0].isdigit() and fields[1] == "512":
        pools, used, available = map(int, fields[2:])
        # highlight-next-line
        print((used + available) // pools)
