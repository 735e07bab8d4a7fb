import tracemalloc

print("tracing at startup:", tracemalloc.is_tracing())
tracemalloc.start()
print("frames per traceback:", tracemalloc.get_traceback_limit())
data = [bytes(100) for _ in range(1000)]
current, peak = tracemalloc.get_traced_memory()
print("current <= peak:", current <= peak)
tracemalloc.stop()  # forgets every trace
print("after stop:", tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as error:
    print("RuntimeError:", error)
