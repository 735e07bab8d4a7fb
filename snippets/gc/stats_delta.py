import gc

# fold-start: a function that leaves n unreachable pairs behind
class Node:
    pass


def drop_cycles(n):
    for _ in range(n):
        a, b = Node(), Node()
        a.partner, b.partner = b, a
# fold-end

gc.collect()
gc.disable()  # only our own collections run
before = gc.get_stats()
drop_cycles(5)
gc.collect(0)
drop_cycles(3)
gc.collect(1)
gc.collect(2)
after = gc.get_stats()
for generation, (old, new) in enumerate(zip(before, after)):
    print(generation, {key: new[key] - old[key] for key in new})
