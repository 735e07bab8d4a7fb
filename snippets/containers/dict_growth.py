import sys

table = {}
last = None
for n in range(100):
    size = sys.getsizeof(table)
    if size != last:
        print(f"{n:2} keys: {size:4} bytes")
        last = size
    table[f"key{n}"] = None
