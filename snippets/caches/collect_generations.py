import gc
import linecache
import tracemalloc


# fold-start: a helper that counts the blocks still allocated by the line that made the floats
def float_blocks():
    """Blocks still allocated by the line `floats[i] = float(i)` below."""
    total = 0
    for stat in tracemalloc.take_snapshot().statistics("lineno"):
        frame = stat.traceback[0]
        if linecache.getline(frame.filename, frame.lineno).strip() == "floats[i] = float(i)":
            total += stat.count
    return total
# fold-end


gc.collect()
tracemalloc.start()
floats = [None] * 1000
for i in range(1000):
    floats[i] = float(i)
del floats
gc.collect(0)
gc.collect(1)
print("after gc.collect(0) and gc.collect(1):", float_blocks())
gc.collect(2)
print("after gc.collect(2):", float_blocks())
