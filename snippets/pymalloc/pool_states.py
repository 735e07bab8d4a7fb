# needs: pymalloc
# A pool of the 480-byte size class: how many blocks fit, what the 35th
# block does, and what happens to the pools when every block is freed.
# fold-start: helpers that read one row of pymalloc's size-class table
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


def show(label):  # counted from `start`
    pools, used, free = (now - then for now, then in zip(row(), start))
    if label:
        print(f"{label}: pools {pools}, free blocks {free}")


start = [0, 0, 0]
show(None)  # the first call allocates things that stay
filler = [bytes(447) for _ in range(row()[2])]  # fill the pools in use, so new blocks start new pools
blocks, i, start = [None] * 35, 0, row()
# fold-end
for i in range(34):
    blocks[i] = bytes(447)  # 33 + 447 = 480 bytes: one block of the 480-byte class
show("34 blocks")
# highlight-next-line
blocks[34] = bytes(447)
show("35 blocks")
for i in range(35):
    blocks[i] = None
show("all freed")
