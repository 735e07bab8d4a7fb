import gc
import weakref


# fold-start: a plain class
class Node:
    pass
# fold-end


gc.collect()
gc.disable()

a, b = Node(), Node()
a.partner, b.partner = b, a
weakref.finalize(a, print, "  the pair is freed")
del a, b  # unreachable garbage, but not collected yet

gc.freeze()  # move every tracked object, garbage included, to the permanent generation
print("frozen objects:", gc.get_freeze_count() > 0)
print("gc.collect() found anything:", gc.collect() > 0)
gc.unfreeze()  # back into the oldest generation
print("frozen objects after unfreeze:", gc.get_freeze_count())
print("gc.collect() found anything:", gc.collect() > 0)
