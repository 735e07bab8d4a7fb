import gc
import weakref


# fold-start: a plain class
class Node:
    pass
# fold-end


gc.collect()
node = Node()
node.myself = node
outside = weakref.ref(node, lambda r: print("  callback: weakref held outside"))
node.inside = weakref.ref(node, lambda r: print("  callback: weakref in the cycle"))
del node
print("after del; gc.collect()")
gc.collect()
print("after collect:", outside())
