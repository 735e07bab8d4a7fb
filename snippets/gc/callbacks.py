import gc
import time

log = []  # in production: your logger or metrics client


def on_collection(phase, info):
    if phase == "start":
        on_collection.started = time.perf_counter()
    else:
        pause = time.perf_counter() - on_collection.started  # varies, so not printed below
        log.append((info["generation"], info["collected"], info["uncollectable"], pause))


gc.collect()
gc.callbacks.append(on_collection)
x = []
x.append(x)  # a list that contains itself
del x
gc.collect(0)
gc.collect()
for generation, collected, uncollectable, pause in log:
    print(f"generation={generation} collected={collected} uncollectable={uncollectable}")
