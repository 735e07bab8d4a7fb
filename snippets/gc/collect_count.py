import gc


# fold-start: a plain class
class Node:
    pass
# fold-end


gc.collect()  # first clear whatever garbage the interpreter's startup left behind

a, b = Node(), Node()
a.partner, b.partner = b, a
del a, b
print(gc.collect())  # how many unreachable objects the collector found
