# versions: 3.10-3.13
# needs: threads
import threading
import time


def spin(n=2_000_000):
    while n:
        n -= 1


threads = [threading.Thread(target=spin) for _ in range(4)]
wall, cpu = time.perf_counter(), time.process_time()
# fold-start: start the threads and wait for them
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
# fold-end
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
# highlight-next-line
print("more than 1.5 cores busy:", cpu / wall > 1.5)  # CPU seconds per clock second
