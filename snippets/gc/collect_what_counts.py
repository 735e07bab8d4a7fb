import gc
import weakref

# fold-start: a pair of objects that refer to each other, and a class whose __del__ resurrects
class Node:
    pass


def unreachable_pair():
    a, b = Node(), Node()
    a.partner, b.partner = b, a
    return a


saved = []


class Phoenix:
    def __del__(self):
        saved.append(self)  # a new reference: the object lives on
# fold-end

gc.collect()

unreachable_pair()
plain = gc.collect()

# highlight-next-line
weakref.finalize(unreachable_pair(), print, end="")  # a callback that prints nothing
with_finalize = gc.collect()

bird = Phoenix()
bird.myself = bird
del bird
resurrected = gc.collect()

print(plain, with_finalize, resurrected)
