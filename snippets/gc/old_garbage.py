import gc
import weakref

# fold-start: a class for the two objects of the cycle
class Node:
    pass
# fold-end

gc.collect()
gc.disable()  # only our own collections run

a, b = Node(), Node()
a.partner, b.partner = b, a
pair = weakref.ref(a)
gc.collect(1)  # the pair is still in use: it survives and moves to generation 2
del a, b  # now it is garbage
for generation in (0, 1, 2):
    gc.collect(generation)
    if pair() is None:
        print(f"freed by gc.collect({generation})")
        break
