# With the cyclic collector disabled, what survives ten rounds of this loop?
import gc
import weakref

gc.disable()

class Node:
    pass

refs = []  # weak references: they do not keep anything alive
for _ in range(10):
    single = Node()
    first, second = Node(), Node()
    # highlight-next-line
    first.other, second.other = second, first
    refs += [weakref.ref(single), weakref.ref(first), weakref.ref(second)]
del single, first, second
print(sum(ref() is not None for ref in refs))
