# bytes(67) asks pymalloc for 33 + 67 = 100 bytes. Which block size serves it?
# fold-start: a helper that compares pymalloc's statistics in two fresh children
import subprocess
import sys


def blocks_in_use(code: str) -> dict[int, int]:
    """Blocks in use by block size, after running code in a fresh child."""
    child = code + "\nimport sys\nsys._debugmallocstats()"
    stats = subprocess.run(
        [sys.executable, "-I", "-S", "-c", child], capture_output=True, text=True
    ).stderr
    used = {}
    for line in stats.splitlines():
        fields = line.split()  # class, size, num pools, blocks in use, avail
        if len(fields) == 5 and all(field.isdigit() for field in fields):
            used[int(fields[1])] = int(fields[3])
    return used


# fold-end
before = blocks_in_use("pass")
# highlight-next-line
after = blocks_in_use("objects = [bytes(67) for _ in range(5000)]")
grew = {size: after[size] - before.get(size, 0) for size in after}
print(max(grew, key=grew.get))  # the block size that grew the most
