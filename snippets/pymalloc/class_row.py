# needs: pymalloc
# A row of the size-class table of sys._debugmallocstats(): make 1,000
# objects of 480 bytes and read how the 480-byte row grows.
# fold-start: a helper that reads one row of pymalloc's size-class table
import os, sys, tempfile


def row(size=480):  # [pools, blocks in use, free blocks] of one size class
    with tempfile.TemporaryFile() as file:
        saved = os.dup(2)
        os.dup2(file.fileno(), 2)  # the statistics go to file descriptor 2
        sys._debugmallocstats()
        os.dup2(saved, 2)
        os.close(saved)
        file.seek(0)
        rows = [line.split() for line in file.read().decode().splitlines()]
    return [int(f) for r in rows if len(r) == 5 and r[1] == str(size) for f in r[2:]]


row()  # the first call allocates things that stay
filler = [bytes(447) for _ in range(row()[2])]  # fill the pools in use, so new blocks start new pools
objects, i, start = [None] * 1000, 0, row()
# fold-end
for i in range(1000):
    objects[i] = bytes(447)  # 33 + 447 = 480 bytes
pools, used, free = (now - then for now, then in zip(row(), start))
print("size  num pools  blocks in use  avail blocks   (growth)")
print(f"{480:4} {pools:10} {used:14} {free:13}")
