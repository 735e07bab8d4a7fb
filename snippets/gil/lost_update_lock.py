import sys
import threading

sys.setswitchinterval(1e-6)  # the same frequent switching as in the race


def one():
    return 1


def locked_race(threads=4, rounds=50_000):
    box = [0]
    lock = threading.Lock()
    start = threading.Barrier(threads)

    def work():
        start.wait()
        for _ in range(rounds):
            # No other thread can read box[0] between our read and write.
            with lock:
                box[0] = box[0] + one()

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return box[0]


print(locked_race())
