import sys

cache = {f"key{i}": i for i in range(100_000)}
print(f"100,000 keys: {sys.getsizeof(cache):9,}")
for i in range(1_000, 100_000):
    del cache[f"key{i}"]
print(f"  1,000 left: {sys.getsizeof(cache):9,}")
# highlight-start
print(f" dict(cache): {sys.getsizeof(dict(cache)):9,}")
print(f"cache.copy(): {sys.getsizeof(cache.copy()):9,}")
# highlight-end
