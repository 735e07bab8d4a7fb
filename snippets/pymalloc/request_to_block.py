# needs: pymalloc
# bytes(67) asks pymalloc for 33 + 67 = 100 bytes. Which block size serves it?
# fold-start: read the statistics that sys._debugmallocstats() writes to file descriptor 2
import os, sys, tempfile


def malloc_stats():
    with tempfile.TemporaryFile("w+") as capture:
        saved = os.dup(2)
        os.dup2(capture.fileno(), 2)
        sys._debugmallocstats()
        os.dup2(saved, 2)
        capture.seek(0)
        return capture.read()


def blocks_in_use():  # {block size: blocks in use}, from pymalloc's size-class table
    rows = [line.split() for line in malloc_stats().splitlines()]
    return {int(r[1]): int(r[3]) for r in rows if len(r) == 5 and all(f.isdigit() for f in r)}


# fold-end
before = blocks_in_use()
# highlight-next-line
objects = [bytes(67) for _ in range(5000)]
after = blocks_in_use()
grew = {size: after[size] - before.get(size, 0) for size in after}
print(max(grew, key=grew.get))  # the block size that grew the most
