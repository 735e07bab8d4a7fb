import gc
import time

# fold-start: a function that leaves an unreachable pair behind
class Node:
    pass


def drop_a_cycle():
    a, b = Node(), Node()
    a.partner, b.partner = b, a
# fold-end

log = []  # in production: your logger or metrics client
started = 0.0


def on_collection(phase, info):
    global started
    if phase == "start":
        started = time.perf_counter()
    else:
        seconds = time.perf_counter() - started
        log.append((info["generation"], info["collected"], info["uncollectable"], seconds))


gc.collect()
gc.callbacks.append(on_collection)
drop_a_cycle()
gc.collect(0)
drop_a_cycle()
gc.collect()
gc.callbacks.remove(on_collection)
for generation, collected, uncollectable, seconds in log:
    # The duration changes from run to run, so this line leaves it out.
    print(f"generation={generation} collected={collected} uncollectable={uncollectable}")
