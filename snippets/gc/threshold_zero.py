import gc

# fold-start: count the collections that start, and a function that makes n cycles
automatic = []  # the generation of every collection that starts


def on_collection(phase, info):
    if phase == "start":
        automatic.append(info["generation"])


gc.callbacks.append(on_collection)


def make_cycles(n):
    for _ in range(n):
        x = []
        x.append(x)  # a list that contains itself: only the collector can free it
# fold-end

gc.collect()
automatic.clear()
make_cycles(100_000)
print("default thresholds, automatic collections happened:", len(automatic) > 0)

# highlight-next-line
gc.set_threshold(0)
print("after set_threshold(0), isenabled():", gc.isenabled())
gc.collect()
automatic.clear()
make_cycles(100_000)
print("threshold 0, automatic collections:", len(automatic))
print("gc.collect() still works, found:", gc.collect())
