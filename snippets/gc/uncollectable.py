import gc

# fold-start: a class with a legacy C-level finalizer (tp_del), which pure Python cannot write
from _testcapi import with_tp_del


@with_tp_del
class Legacy:
    def __tp_del__(self):
        pass
# fold-end

gc.collect()
before = gc.get_stats()[2]["uncollectable"]
obj = Legacy()
obj.myself = obj  # a cycle through an object with a legacy finalizer
del obj
print("gc.collect() returned", gc.collect())
print("uncollectable in generation 2: +", gc.get_stats()[2]["uncollectable"] - before, sep="")
print("gc.garbage:", [type(o).__name__ for o in gc.garbage])
