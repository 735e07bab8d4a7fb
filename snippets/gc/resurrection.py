import gc

rescued = []


class Phoenix:
    def __del__(self):
        print("__del__ runs")
        rescued.append(self)  # resurrection: a new reference to a dying object


gc.collect()
bird = Phoenix()
bird.myself = bird  # a cycle, so the collector has to find it
del bird
gc.collect()
print("rescued:", len(rescued), "finalized:", gc.is_finalized(rescued[0]))
rescued.clear()  # unreachable again
print("second collection found:", gc.collect())
