# needs: threads
# In which thread does an automatic collection run? A gc callback notes it.
import gc
import threading

gc.collect()
ran_in = set()
# highlight-start
def note(phase, info):  # gc calls it at the start and the end of each collection
    if phase == "start":
        ran_in.add(threading.current_thread().name)
gc.callbacks.append(note)
# highlight-end
def churn():
    for _ in range(100_000):
        x = []
        x.append(x)  # a cycle: only the collector can free it
worker = threading.Thread(target=churn, name="worker")
worker.start()
worker.join()  # the main thread only waits
print(sorted(ran_in))
