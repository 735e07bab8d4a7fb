# versions: 3.9-3.13
# The size classes, the pool header and the blocks per pool, all read from
# pymalloc's own statistics, printed by a child interpreter to its stderr.
# fold-start: run a child that keeps a block alive in every size class
import subprocess
import sys

# object() asks for 16 bytes, a float for 24, bytes(n) for 33 + n.
CHILD = """
import sys
keep = [object(), 1.5] + [bytes(size - 33) for size in range(48, 513, 16)]
sys._debugmallocstats()
"""
stats = subprocess.run(
    [sys.executable, "-I", "-S", "-c", CHILD], capture_output=True, text=True
).stderr
# fold-end
classes = {}  # block size -> (pools, blocks in use, blocks available)
for line in stats.splitlines():
    fields = line.split()
    if len(fields) == 5 and all(field.isdigit() for field in fields):
        index, size, pools, used, available = map(int, fields)
        classes[size] = (pools, used, available)
headers = stats.split("# bytes lost to pool headers")[1].split("=")[1]
pools_in_use = sum(pools for pools, _, _ in classes.values())

sizes = sorted(classes)
(step,) = {b - a for a, b in zip(sizes, sizes[1:])}  # fails if uneven
print(f"{len(sizes)} size classes: {sizes[0]} to {sizes[-1]} bytes, in steps of {step}")
print(f"pool header: {int(headers.split()[0].replace(',', '')) // pools_in_use} bytes")
for size in (16, 32, 64, 256, 512):
    pools, used, available = classes[size]
    print(f"{size:3}-byte blocks per pool: {(used + available) // pools}")
