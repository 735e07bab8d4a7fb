# A class with __slots__: no __dict__, one 8-byte pointer per slot. How big is
# an instance, which block does it get, and what do a million of them take?
# fold-start: a helper that finds the size class that grows
import os
import sys
import tempfile


def measured_block(make, count=5000) -> int:
    """The block size whose blocks in use grow the most for `count` objects."""

    def blocks_in_use() -> dict[int, int]:
        with tempfile.TemporaryFile() as capture:
            saved = os.dup(2)  # the statistics go to file descriptor 2
            os.dup2(capture.fileno(), 2)
            try:
                sys._debugmallocstats()
            finally:
                os.dup2(saved, 2)
                os.close(saved)
            capture.seek(0)
            rows = [line.split() for line in capture.read().decode().splitlines()]
        return {int(r[1]): int(r[3]) for r in rows if len(r) == 5 and all(f.isdigit() for f in r)}

    before = blocks_in_use()
    objects = [make() for _ in range(count)]  # alive until counted
    after = blocks_in_use()
    return max(after, key=lambda size: after[size] - before.get(size, 0))


# fold-end
class Point:
    __slots__ = ("x", "y", "z")


size = sys.getsizeof(Point())
block = measured_block(Point)
print("getsizeof:", size)
print("block:", block)
print(f"1,000,000 points: {1_000_000 * block:,} bytes of blocks")
