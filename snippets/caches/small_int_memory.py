import tracemalloc

tracemalloc.start()
small = [i % 200 for i in range(100_000)]
size_small = tracemalloc.get_traced_memory()[0]
large = [i % 200 + 1000 for i in range(100_000)]
size_large = tracemalloc.get_traced_memory()[0] - size_small
print(f"values 0-199:     {size_small:9,} bytes")
print(f"values 1000-1199: {size_large:9,} bytes")
