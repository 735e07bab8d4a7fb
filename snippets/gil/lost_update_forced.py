# needs: threads
import threading

box = [0]
a_has_read = threading.Event()
b_has_written = threading.Event()


def one():
    a_has_read.set()  # from here on, make thread A wait for thread B
    b_has_written.wait()
    return 1


def thread_a():
    # highlight-next-line
    box[0] = box[0] + one()


def thread_b():
    a_has_read.wait()
    # highlight-next-line
    box[0] = box[0] + 1
    b_has_written.set()


# fold-start: run both threads and wait for them
threads = [threading.Thread(target=thread_a), threading.Thread(target=thread_b)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
# fold-end
print("two increments, box[0] =", box[0])
