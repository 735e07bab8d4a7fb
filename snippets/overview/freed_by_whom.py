# When is each object freed: at `del`, or at `gc.collect()`?
import gc
import weakref

# highlight-next-line
gc.disable()  # no automatic collections: the collector runs when we call it
freed = []  # weakref.finalize appends a name here the moment an object is freed

class Node:
    pass

lone = Node()
weakref.finalize(lone, freed.append, "lone")
del lone
print("after del lone:", freed)

a, b = Node(), Node()
# highlight-next-line
a.partner, b.partner = b, a  # a cycle: each keeps the other's count above 0
weakref.finalize(a, freed.append, "a")
weakref.finalize(b, freed.append, "b")
del a, b
print("after del a, b:", freed)

gc.collect()
print("after gc.collect():", sorted(freed))
