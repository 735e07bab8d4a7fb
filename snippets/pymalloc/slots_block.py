# needs: pymalloc
# A class with __slots__: no __dict__, one 8-byte pointer per slot. How big is
# an instance, which block does it get, and what do a million of them take?
import sys


class Point:
    __slots__ = ("x", "y", "z")


size = sys.getsizeof(Point())
# highlight-next-line
block = -(-size // 16) * 16  # round up to a multiple of 16: the block size
print("getsizeof:", size)
print("block:", block)
print(f"1,000,000 points: {1_000_000 * block:,} bytes of blocks")
