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
seen = [generation_of(survivor)]  # where the new list starts
for generation in (0, 1, 0):
    gc.collect(generation)
    seen.append(generation_of(survivor))  # where it is after each collection
# get_count()[1:]: collections of generations 0 and 1 since the next older one was collected
print(seen, gc.get_count()[1:])
