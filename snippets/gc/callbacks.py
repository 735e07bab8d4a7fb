import gc


class Node:
    pass


def report(phase, info):
    print(phase, "generation", info["generation"], "collected", info["collected"])


gc.collect()
gc.callbacks.append(report)

a, b = Node(), Node()
a.partner, b.partner = b, a
del a, b
print("returned", gc.collect())
gc.callbacks.remove(report)
