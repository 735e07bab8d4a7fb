import sys

items = []
last = None
for n in range(70):
    size = sys.getsizeof(items)
    if size != last:
        # The list object is 56 bytes; every slot of its item array is 8.
        print(f"len {n:2}: {size:3} bytes, room for {(size - 56) // 8:2} items")
        last = size
    items.append(None)
