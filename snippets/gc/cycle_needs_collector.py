import gc
import weakref


class Node:
    pass


gc.collect()  # start from an empty young generation, so no automatic collection interferes

lonely = Node()
weakref.finalize(lonely, print, "  lonely freed")
print("del lonely")
del lonely  # the last reference goes away: reference counting frees it here

a, b = Node(), Node()
a.partner, b.partner = b, a  # a cycle: each keeps the other's count above zero
weakref.finalize(a, print, "  a freed")
print("del a, b")
del a, b  # nothing outside refers to them any more, but neither count reaches zero
print("gc.collect()")
gc.collect()  # the cyclic collector finds the unreachable pair and frees it
print("done")
