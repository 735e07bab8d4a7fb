import sys

items = []
sizes = [sys.getsizeof(items)]
for n in range(5):
    items.append(None)
    sizes.append(sys.getsizeof(items))
print(*sizes)
