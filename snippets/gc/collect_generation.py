import gc

# fold-start: a function that leaves an unreachable pair behind
class Node:
    pass


def drop_a_cycle():
    a, b = Node(), Node()
    a.partner, b.partner = b, a
# fold-end

gc.collect()
drop_a_cycle()
# highlight-next-line
print(gc.collect(2))  # the same as gc.collect(): a full collection
try:
    gc.collect(3)
except ValueError as error:
    print("ValueError:", error)
