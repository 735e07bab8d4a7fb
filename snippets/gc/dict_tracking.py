# versions: 3.10-3.13
import gc

gc.collect()
gc.disable()

d = {"a": 1}
print(gc.is_tracked(d))  # only untracked keys and values: untracked
d["b"] = []
print(gc.is_tracked(d))  # a tracked value makes the dict tracked
del d["b"]
print(gc.is_tracked(d))  # removing it does not untrack the dict...
gc.collect()
print(gc.is_tracked(d))  # ...a full collection does
