# tracemalloc counts what the allocators hand out and take back.
import tracemalloc

tracemalloc.start()
rows = [(i, str(i)) for i in range(100_000)]  # 300,000 small objects
print("traced while rows exist:", tracemalloc.get_traced_memory()[0] // 1_000_000, "MB")
# highlight-start
keep = rows[::1000]  # keep one row in a thousand
del rows
# highlight-end
print("traced after del rows:", tracemalloc.get_traced_memory()[0] // 1_000_000, "MB")
