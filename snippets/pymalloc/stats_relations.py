# How the lines of sys._debugmallocstats() fit together: checks that hold
# in any run, whatever the numbers are. A child interpreter prints them.
import re
import subprocess
import sys

stats = subprocess.run(
    [sys.executable, "-I", "-S", "-c", "import sys; sys._debugmallocstats()"],
    capture_output=True,
    text=True,
).stderr
lines = stats.splitlines()
# The size-class table: class, size, num pools, blocks in use, avail blocks.
rows = [list(map(int, line.split())) for line in lines
        if re.fullmatch(r"(\s+\d+){5}", line)]
value = {}  # "label = number" lines; the first "Total" is pymalloc's own
for line in lines:
    label, _, number = line.partition("=")
    if number.strip().replace(",", "").isdigit():
        value.setdefault(label.strip(), int(number.replace(",", "")))
arena_line = re.search(r"(\d+) arenas \* (\d+) bytes/arena", stats)
arenas, arena_size = int(arena_line[1]), int(arena_line[2])
pool_size = int(re.search(r"unused pools \* (\d+) bytes", stats)[1])
alignment = value["# bytes lost to arena alignment"]

print(lines[0])
print("bytes in allocated blocks = sum of size x blocks in use:",
      value["# bytes in allocated blocks"] == sum(r[1] * r[3] for r in rows))
print("bytes in available blocks = sum of size x avail blocks:",
      value["# bytes in available blocks"] == sum(r[1] * r[4] for r in rows))
print("bytes lost to pool headers = 48 x pools in use:",
      value["# bytes lost to pool headers"] == 48 * sum(r[2] for r in rows))
total = value["# arenas allocated total"]
current = value["# arenas allocated current"]
print("arenas reclaimed = allocated total - allocated current:",
      value["# arenas reclaimed"] == total - current)
print("bytes lost to arena alignment = at most one pool per arena:",
      alignment % pool_size == 0 and alignment <= arenas * pool_size)
print(f"Total = arenas x {arena_size} bytes:",
      value["Total"] == arenas * arena_size)
