import sys

cache = {f"key{i}": i for i in range(100_000)}
print(f"100,000 keys: {sys.getsizeof(cache):9,}")
for i in range(1_000, 100_000):
    del cache[f"key{i}"]
print(f"  1,000 left: {sys.getsizeof(cache):9,}")
# highlight-next-line
cache = dict(cache)
print(f" dict(cache): {sys.getsizeof(cache):9,}")
