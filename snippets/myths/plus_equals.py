# needs: threads
# `counter[0] += 1` reads, adds, then writes. Make the addition pause the
# first thread so that a second thread runs between its read and its write.
import threading

# fold-start: a number whose addition, in the first thread, waits for the second thread
first_has_read = threading.Event()
second_is_done = threading.Event()

class Number(int):
    def __add__(self, other):  # runs after the read, before the write
        if threading.current_thread().name == "first":
            first_has_read.set()
            second_is_done.wait()
        return Number(int(self) + other)

# fold-end
counter = [Number(0)]
def add_one():
    # highlight-next-line
    counter[0] += 1
first = threading.Thread(target=add_one, name="first")
first.start()
first_has_read.wait()  # the first thread has read 0 and is adding
second = threading.Thread(target=add_one, name="second")
second.start()
second.join()  # the second thread reads 0 and writes 1
second_is_done.set()
first.join()  # the first thread writes its own 0 + 1
print(counter[0])
