import gc
import weakref


class Node:
    pass


gc.collect()
node = Node()
node.myself = node
outside = weakref.ref(node, lambda ref: print("  callback of the weakref held outside"))
node.inside = weakref.ref(node, lambda ref: print("  callback of the weakref inside the cycle"))
del node
print("after del; gc.collect()")
gc.collect()
print("after collect:", outside())
