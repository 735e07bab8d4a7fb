import threading
import time

threads = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(4)]
start = time.perf_counter()
# fold-start: start the threads and wait for them
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
# fold-end
elapsed = time.perf_counter() - start
# highlight-next-line
print("the naps overlapped:", elapsed < 0.48)  # one after another: 0.8 s
