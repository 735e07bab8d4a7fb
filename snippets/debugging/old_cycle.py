import gc
import weakref


class Node:
    pass


gc.collect()
gc.disable()  # only the collections below run

node = Node()
node.me = node  # a cycle of one object
weakref.finalize(node, print, "  the node is freed")
gc.collect(0)
gc.collect(1)  # node survives both: it is now in the oldest generation, 2
# highlight-next-line
del node  # garbage from here on, but only the collector can free it
for generation in (0, 1, 2):
    gc.collect(generation)
    print(f"after gc.collect({generation})")
