import gc

# fold-start: a helper that finds the generation an object is in
def generation_of(obj):
    for generation in range(3):
        if any(o is obj for o in gc.get_objects(generation)):
            return generation
# fold-end

gc.collect()
gc.disable()  # no automatic collection may move the object behind our back

survivor = []
print("new:", generation_of(survivor))
gc.collect(0)
print("after collect(0):", generation_of(survivor))
gc.collect(1)
print("after collect(1):", generation_of(survivor))
gc.collect(0)
print("after collect(0):", generation_of(survivor))
# count[1]: collections of generation 0 since the last collection of generation 1;
# count[2]: collections of generation 1 since the last full collection.
print("get_count()[1:]:", gc.get_count()[1:])
