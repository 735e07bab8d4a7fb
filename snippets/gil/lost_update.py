# needs: threads
import sys
import threading

sys.setswitchinterval(1e-6)  # ask for a switch every microsecond
box = [0]


def one():
    return 1


def work():
    for _ in range(50_000):
        # highlight-next-line
        box[0] = box[0] + one()


# fold-start: run four threads, up to 100 times, until a run loses an update
def run():
    box[0] = 0
    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return box[0]


# One run can lose nothing by luck (a thread may finish its loop before the
# others get a turn), so report whether any of up to 100 runs lost one.
lost = any(run() < 4 * 50_000 for _ in range(100))
# fold-end
print("lost updates:", lost)
