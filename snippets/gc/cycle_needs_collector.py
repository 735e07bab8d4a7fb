import gc
import weakref

# fold-start: a plain class
class Node:
    pass
# fold-end

gc.collect()  # start from empty counters: no automatic collection will interfere

lonely = Node()
weakref.finalize(lonely, print, "  lonely freed")
print("del lonely")
del lonely  # the last reference goes away: freed here

a, b = Node(), Node()
a.partner, b.partner = b, a  # a cycle: each keeps the other's count above zero
weakref.finalize(a, print, "  a freed")
print("del a, b")
del a, b
print("gc.collect()")
gc.collect()
