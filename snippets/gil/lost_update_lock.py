# needs: threads
import sys
import threading

sys.setswitchinterval(1e-6)  # ask for a switch every microsecond
box = [0]
lock = threading.Lock()


def one():
    return 1


def work():
    for _ in range(50_000):
        # highlight-start
        with lock:
            box[0] = box[0] + one()
        # highlight-end


# fold-start: run work() in four threads and wait for them
threads = [threading.Thread(target=work) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
# fold-end
print(box[0])
