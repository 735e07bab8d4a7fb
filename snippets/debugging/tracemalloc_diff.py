import os
import tracemalloc

tracemalloc.start()
before = tracemalloc.take_snapshot()
names = [f"user-{i}" for i in range(10_000)]  # line 6: 10,000 new strings
after = tracemalloc.take_snapshot()

# Leave out tracemalloc's own allocations, then compare by source line.
ignore_tracemalloc = tracemalloc.Filter(False, tracemalloc.__file__)
diff = after.filter_traces([ignore_tracemalloc]).compare_to(before, "lineno")
top = diff[0]
frame = top.traceback[0]
print("top entry:", os.path.basename(frame.filename), "line", frame.lineno)
print("its size grew:", top.size_diff > 0)
print("new blocks there, at least 10,000:", top.count_diff >= 10_000)
