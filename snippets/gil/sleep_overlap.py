import threading
import time

NAP = 0.2  # seconds each thread spends blocked
THREADS = 4


def nap():
    time.sleep(NAP)  # releases the GIL while it waits, like blocking I/O


workers = [threading.Thread(target=nap) for _ in range(THREADS)]
start = time.perf_counter()
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
elapsed = time.perf_counter() - start

# One after the other the naps take THREADS * NAP = 0.8 s; side by side,
# about 0.2 s.
print("the naps overlapped:", elapsed < 0.6 * THREADS * NAP)
