import sys
import threading

# Ask for a switch after 1 microsecond instead of 5 ms: many more switches.
sys.setswitchinterval(1e-6)


def one():
    return 1


def race(threads=4, rounds=50_000):
    """Run `box[0] = box[0] + one()` in several threads at once.

    Return (total, expected).
    """
    box = [0]
    start = threading.Barrier(threads)  # all threads start together

    def work():
        start.wait()
        for _ in range(rounds):
            box[0] = box[0] + one()

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return box[0], threads * rounds


# Whether one run loses updates is luck: on a busy machine, a thread may
# finish its loop before the others get a turn. So try up to 100 times and
# report whether any run lost updates.
runs = (race() for _ in range(100))
lost = any(total < expected for total, expected in runs)
print("lost updates:", lost)
