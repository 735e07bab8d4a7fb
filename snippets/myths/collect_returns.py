import gc
import tracemalloc

class Node:
    pass

gc.collect()  # first clear the garbage the interpreter's startup left behind
tracemalloc.start()
a, b = Node(), Node()
a.partner, b.partner = b, a  # a cycle of two instances ...
a.payload, b.payload = bytes(1_000_000), bytes(1_000_000)  # ... holding 1 MB each
del a, b
before = tracemalloc.get_traced_memory()[0]
# highlight-next-line
found = gc.collect()
freed = before - tracemalloc.get_traced_memory()[0]
print("gc.collect() returned:", found)
print("memory it freed:", freed // 1_000_000, "MB")
