# needs: threads
import threading
import time

asleep = most = 0  # threads asleep now, and the most asleep at once
lock = threading.Lock()
ready = threading.Barrier(4)


def nap():
    global asleep, most
    ready.wait()  # all four go to sleep at about the same moment
    with lock:
        asleep += 1
        most = max(most, asleep)
    # highlight-next-line
    time.sleep(0.5)  # does the thread keep the GIL while it waits?
    with lock:
        asleep -= 1


threads = [threading.Thread(target=nap) for _ in range(4)]
# fold-start: start the threads and wait for them
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
# fold-end
# One after another, a thread would wake before the next one could go to sleep.
print("the naps overlapped:", most == 4)
