import gc


class Node:
    pass


gc.collect()  # first clear whatever garbage the interpreter's startup left behind

a, b = Node(), Node()
a.partner, b.partner = b, a
del a, b
pair = gc.collect()

c = Node()
c.me = c
del c
single = gc.collect()

print(pair, single)
