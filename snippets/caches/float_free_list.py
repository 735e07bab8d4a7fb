import gc
import tracemalloc

gc.collect()
tracemalloc.start()
floats = [None] * 1000
for i in range(1000):
    floats[i] = float(i)
# highlight-next-line
del floats
# Count the blocks still allocated by the line that made the floats.
snapshot = tracemalloc.take_snapshot()
float_line = snapshot.statistics("lineno")
print(sum(s.count for s in float_line if s.traceback[0].lineno == 8))
