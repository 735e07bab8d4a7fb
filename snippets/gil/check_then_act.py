# needs: threads
import threading

cache = {}
loads = []  # who ran the expensive load()
a_is_loading = threading.Event()
b_is_done = threading.Event()


def load(key):
    loads.append(threading.current_thread().name)
    if threading.current_thread().name == "A":
        # A's load is slow (think of a network call, which releases the GIL):
        # it lasts until B is done, to force one unlucky order.
        a_is_loading.set()
        b_is_done.wait()
    return key.upper()


def get(key):
    # highlight-start
    if key not in cache:
        cache[key] = load(key)
    # highlight-end
    return cache[key]


def thread_b():
    a_is_loading.wait()
    get("config")
    b_is_done.set()


threads = [
    threading.Thread(target=get, args=("config",), name="A"),
    threading.Thread(target=thread_b, name="B"),
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("load() ran in:", loads)
