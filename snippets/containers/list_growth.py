import struct
import sys

EMPTY = sys.getsizeof([])  # the list object: 56 bytes on a 64-bit build
SLOT = struct.calcsize("P")  # one slot of its item array, a pointer: 8 bytes on 64-bit
items = []
last = None
for n in range(70):
    size = sys.getsizeof(items)
    if size != last:
        print(f"len {n:2}: {size:3} bytes, room for {(size - EMPTY) // SLOT:2} items")
        last = size
    items.append(None)
