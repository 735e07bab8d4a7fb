import gc

gc.collect()
gc.disable()  # no collection may reset the counter while we watch it
# fold-start: room for 100 objects, and a first get_count() call
keep = [None] * 100
gc.get_count()  # its tuple goes to a free list, and the next call reuses it
# fold-end

before = gc.get_count()[0]
for i in range(100):
    keep[i] = dict()  # an empty dict: not tracked up to 3.13
# highlight-next-line
grown = gc.get_count()[0] - before
tracked = sum(gc.is_tracked(d) for d in keep)
print(grown, tracked)
