import gc

# What the object's tp_traverse visits; a list visits its items from last to first.
print(gc.get_referents([1, "x", None]), gc.get_referents(5))
