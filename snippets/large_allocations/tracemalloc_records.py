# tracemalloc's own records take memory too: RSS counts them, tracemalloc
# does not. A million (i, i) pairs: a million tuples and as many ints.
import tracemalloc

MiB = 2**20
tracemalloc.start()
rows = [(i, i) for i in range(1_000_000)]
traced = tracemalloc.get_traced_memory()[0]
# highlight-next-line
records = tracemalloc.get_tracemalloc_memory()
print(f"traced:                {traced / MiB:.0f} MiB")
print(f"tracemalloc's records: {records / MiB:.0f} MiB")
