import gc
from itertools import repeat

started = []  # the generation of every collection that starts
gc.callbacks.append(lambda phase, info: started.append(info["generation"]) if phase == "start" else None)
gc.collect()
started.clear()

# highlight-next-line
lists = list(map(list, repeat((), 10_000)))  # one call into C makes 10,000 lists
print(len(started))  # automatic collections so far
