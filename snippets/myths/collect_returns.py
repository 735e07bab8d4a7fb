# What does gc.collect() count: bytes, or objects?
import gc
import tracemalloc


class Node:
    pass


gc.collect()  # first clear whatever garbage the interpreter's startup left behind
tracemalloc.start()
a, b = Node(), Node()
a.partner, b.partner = b, a  # a cycle of two instances ...
a.payload, b.payload = bytes(1_000_000), bytes(1_000_000)  # ... holding 1 MB each
del a, b
before = tracemalloc.get_traced_memory()[0]
# highlight-next-line
found = gc.collect()
after = tracemalloc.get_traced_memory()[0]
print("gc.collect() returned:", found)
print("memory it freed:", (before - after) // 1_000_000, "MB")
