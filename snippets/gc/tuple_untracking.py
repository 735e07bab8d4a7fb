import gc

gc.collect()
gc.disable()  # so that only our own collection can untrack the tuple

numbers = tuple([1, 2])  # built at run time, not a constant of the code object
mixed = tuple([1, []])  # holds a list, which is tracked
print(gc.is_tracked(numbers), gc.is_tracked(mixed))
gc.collect()  # the collector untracks tuples whose items are all untracked
print(gc.is_tracked(numbers), gc.is_tracked(mixed))
