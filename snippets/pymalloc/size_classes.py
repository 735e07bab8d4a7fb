# versions: 3.9-3.13
# The size classes, the pool header and the blocks per pool, all read from
# pymalloc's own statistics, printed by a child interpreter to its stderr.
# fold-start: run a child that keeps a block alive in every size class, and read its table
import re, subprocess, sys

# object() asks for 16 bytes, a float for 24, bytes(n) for 33 + n.
CHILD = """
import sys
keep = [object(), 1.5] + [bytes(size - 33) for size in range(48, 513, 16)]
sys._debugmallocstats()
"""
stats = subprocess.run([sys.executable, "-I", "-S", "-c", CHILD], capture_output=True, text=True).stderr
rows = [list(map(int, line.split())) for line in stats.splitlines() if re.fullmatch(r"(\s+\d+){5}", line)]
pools = {size: (pools, used + available) for _, size, pools, used, available in rows}
header_bytes = int(re.search(r"lost to pool headers *= *([\d,]+)", stats)[1].replace(",", ""))
# fold-end
sizes = sorted(pools)
print(f"{len(sizes)} size classes: {sizes[0]} to {sizes[-1]} bytes, in steps of {sizes[1] - sizes[0]}")
print(f"pool header: {header_bytes // sum(n for n, _ in pools.values())} bytes")
for size in (16, 32, 64, 256, 512):
    print(f"{size:3}-byte blocks per pool: {pools[size][1] // pools[size][0]}")
