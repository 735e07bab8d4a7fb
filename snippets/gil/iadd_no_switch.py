# versions: 3.10-3.13
# needs: threads
import sys
import threading

sys.setswitchinterval(1e-6)  # ask for a switch every microsecond
box = [0]


def work():
    for _ in range(50_000):
        # highlight-next-line
        box[0] += 1


# fold-start: run work() in four threads and wait for them
threads = [threading.Thread(target=work) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
# fold-end
print(box[0])
