# needs: threads
import gc
import threading
import weakref

# fold-start: note(what) records the current thread's name; report() prints the record and clears it
import sys

sys.setswitchinterval(1.0)  # the main thread stays in join() while the worker runs
ran = {}

def note(what):
    ran.setdefault(threading.current_thread().name, []).append(what)

def report():
    for thread, things in ran.items():
        print(f"{thread}: {', '.join(dict.fromkeys(things))}")
    ran.clear()
# fold-end

class Node:
    def __del__(self):
        note("__del__")

last = []

def make_cycles():  # runs in the thread named "worker"
    for _ in range(20_000):
        node = Node()
        node.myself = node  # a cycle: only the collector can free it
    weakref.finalize(node, note, "weakref.finalize")
    last.append(node)  # the last node stays alive for now

gc.collect()
gc.callbacks.append(lambda phase, info: phase == "start" and note("collection"))
worker = threading.Thread(target=make_cycles, name="worker")
worker.start()
worker.join()
gc.disable()  # from here on, only the explicit collection below
report()
last.clear()
gc.collect()  # in the main thread
report()
