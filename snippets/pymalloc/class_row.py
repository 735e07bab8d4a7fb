# A row of the size-class table of sys._debugmallocstats(): make 1,000
# objects of 480 bytes and read how the 480-byte row changes.
# fold-start: a helper that watches one row of pymalloc's statistics
import os
import sys
import tempfile


class SizeClass:
    """One row of the size-class table, counted from the moment watching
    starts. The class's partly used pools are filled first, so new blocks
    start new pools."""

    def __init__(self, size):
        self.size, self.filler, self.base = size, None, (0, 0, 0)
        self.show(printed=False)  # the first calls allocate things that stay
        self.filler = [bytes(size - 33) for _ in range(self.row()[2])]
        self.base = self.row()

    def row(self):
        with tempfile.TemporaryFile() as capture:
            saved = os.dup(2)  # the statistics go to file descriptor 2
            os.dup2(capture.fileno(), 2)
            try:
                sys._debugmallocstats()
            finally:
                os.dup2(saved, 2)
                os.close(saved)
            capture.seek(0)
            text = capture.read().decode()
        for line in text.splitlines():
            fields = line.split()  # class, size, num pools, blocks in use, avail
            if len(fields) == 5 and fields[1] == str(self.size):
                return tuple(int(field) for field in fields[2:])
        return (0, 0, 0)

    def show(self, printed=True):
        pools, used, free = (now - then for now, then in zip(self.row(), self.base))
        if printed:
            print("size  num pools  blocks in use  avail blocks   (growth)")
            print(f"{self.size:4} {pools:10} {used:14} {free:13}")


objects = [None] * 1000  # room for 1,000 objects (this array is not in the class)
i = watch = 0
# fold-end
watch = SizeClass(480)
for i in range(1000):
    objects[i] = bytes(447)  # 33 + 447 = 480 bytes
watch.show()
