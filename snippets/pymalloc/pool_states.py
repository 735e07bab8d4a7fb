# A pool of the 480-byte size class: how many blocks fit, what the 35th
# block does, and what happens to the pools when every block is freed.
# fold-start: a helper that watches one size class in pymalloc's statistics
import os
import sys
import tempfile


class SizeClass:
    """Pools, blocks in use and free blocks of one size class, counted from
    the moment watching starts. The class's partly used pools are filled
    first, so the next block must start a new pool."""

    def __init__(self, size):
        self.size, self.filler, self.base = size, None, (0, 0, 0)
        self.show(None)  # the first calls allocate things that stay
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
            fields = line.split()  # class, size, pools, blocks in use, free
            if len(fields) == 5 and fields[1] == str(self.size):
                return tuple(int(field) for field in fields[2:])
        return (0, 0, 0)

    def show(self, label):
        pools, used, free = (now - then for now, then in zip(self.row(), self.base))
        if label:
            print(f"{label:10} pools: {pools}  blocks in use: {used:2}  free blocks: {free}")


blocks = [None] * 35  # room for 35 objects (this list's array is not in the class)
i = watch = 0
# fold-end
watch = SizeClass(480)
for i in range(34):
    blocks[i] = bytes(447)  # 33 + 447 = 480 bytes: one block of the 480-byte class
watch.show("34 blocks")
# highlight-next-line
blocks[34] = bytes(447)
watch.show("35 blocks")
for i in range(35):
    blocks[i] = None
watch.show("all freed")
