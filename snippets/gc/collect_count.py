import gc


class Node:
    pass


gc.collect()  # first clear whatever garbage the interpreter's startup left behind

a, b = Node(), Node()
a.partner, b.partner = b, a
del a, b
print(gc.collect())  # how many unreachable objects the collector found
