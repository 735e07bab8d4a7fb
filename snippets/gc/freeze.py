import gc
import weakref

# fold-start: a plain class
class Node:
    pass
# fold-end

gc.collect()
gc.disable()
a, b = Node(), Node()
a.partner, b.partner = b, a
weakref.finalize(a, print, "  the pair is freed")
del a, b  # unreachable garbage, not collected yet

gc.freeze()  # every tracked object, garbage included, goes to the permanent generation
print("gc.collect() found:", gc.collect())  # frozen garbage is not examined
gc.unfreeze()  # back into the oldest generation
print("gc.collect() found:", gc.collect())  # the pair, and the finalizer's weak reference
