import gc
import sys
import tracemalloc

tracemalloc.start()
names = [None] * 10_000
for i in range(10_000):
    # highlight-next-line
    names[i] = sys.intern(f"user-{i:06d}")
del names
gc.collect()
# What is still allocated by the line that interned the names?
snapshot = tracemalloc.take_snapshot()
for stat in snapshot.statistics("lineno"):
    if stat.traceback[0].lineno == 9:
        print(f"{stat.size:,} B in {stat.count:,} blocks")
