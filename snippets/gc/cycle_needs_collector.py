import gc
import weakref


# fold-start: a plain class
class Node:
    pass
# fold-end


# Start from an empty young generation, so that no automatic collection interferes.
gc.collect()

lonely = Node()
weakref.finalize(lonely, print, "  lonely freed")
print("del lonely")
del lonely  # the last reference goes away: reference counting frees it here

a, b = Node(), Node()
a.partner, b.partner = b, a  # a cycle: each keeps the other's count above zero
weakref.finalize(a, print, "  a freed")
print("del a, b")
del a, b  # nothing else refers to them, but neither count reaches zero
print("gc.collect()")
gc.collect()  # the cyclic collector finds the unreachable pair and frees it
print("done")
