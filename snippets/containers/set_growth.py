import sys

seen = set()
last = None
for n in range(100):
    size = sys.getsizeof(seen)
    if size != last:
        print(f"{n:2} items: {size:4} bytes")
        last = size
    seen.add(n)
