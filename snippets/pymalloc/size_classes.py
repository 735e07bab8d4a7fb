# versions: 3.9-3.13
# needs: pymalloc
# The size classes, the pool header and the blocks per pool, all read from
# pymalloc's own statistics.
# fold-start: keep a block alive in every size class, and read pymalloc's table
import os, re, sys, tempfile


def malloc_stats():  # sys._debugmallocstats() writes to file descriptor 2
    with tempfile.TemporaryFile("w+") as capture:
        saved = os.dup(2)
        os.dup2(capture.fileno(), 2)
        sys._debugmallocstats()
        os.dup2(saved, 2)
        capture.seek(0)
        return capture.read()


# object() asks for 16 bytes, a float for 24, bytes(n) for 33 + n.
keep = [object(), 1.5] + [bytes(size - 33) for size in range(48, 513, 16)]
stats = malloc_stats()
rows = [list(map(int, line.split())) for line in stats.splitlines() if re.fullmatch(r"(\s+\d+){5}", line)]
pools = {size: (pools, used + available) for _, size, pools, used, available in rows}
header_bytes = int(re.search(r"lost to pool headers *= *([\d,]+)", stats)[1].replace(",", ""))
# fold-end
sizes = sorted(pools)
print(f"{len(sizes)} size classes: {sizes[0]} to {sizes[-1]} bytes, in steps of {sizes[1] - sizes[0]}")
print(f"pool header: {header_bytes // sum(n for n, _ in pools.values())} bytes")
for size in (16, 32, 64, 256, 512):
    print(f"{size:3}-byte blocks per pool: {pools[size][1] // pools[size][0]}")
