import gc
import threading
import weakref

# fold-start: record which thread runs what, and report it
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


def on_collection(phase, info):
    if phase == "start":
        note("collection")


handoff = []


def make_cycles():  # runs in the thread named "worker"
    for _ in range(20_000):
        node = Node()
        node.myself = node  # a cycle: only the collector can free it
    weakref.finalize(node, note, "weakref.finalize")
    handoff.append(node)  # the last node stays alive for now


gc.collect()
gc.callbacks.append(on_collection)
worker = threading.Thread(target=make_cycles, name="worker")
worker.start()
worker.join()
gc.disable()  # no automatic collection from here on
report()
handoff.clear()  # the worker's last node becomes garbage
gc.collect()  # in the main thread
report()
gc.callbacks.remove(on_collection)
