import gc


# fold-start: a plain class
class Node:
    pass
# fold-end


gc.collect()
# Keep everything found unreachable in gc.garbage instead of freeing it.
gc.set_debug(gc.DEBUG_SAVEALL)

a, b = Node(), Node()
a.partner, b.partner = b, a
del a, b
gc.collect()
print(sorted(type(obj).__name__ for obj in gc.garbage))
