import gc
import weakref

gc.disable()

class Node: pass

a, b = Node(), Node()
a.partner, b.partner = b, a  # a cycle: each keeps the other's count above zero
weakref.finalize(a, print, "  a freed")
print("del a, b")
del a, b
print("gc.collect()")
gc.collect()
print("done")
