# needs: pymalloc
# Which block does an object really occupy? Make 5,000 objects of a kind,
# then see which of pymalloc's size classes grew.
# fold-start: helpers that read the size-class table of pymalloc's statistics
import os, sys, tempfile


def blocks_in_use():  # {block size: blocks in use}, from pymalloc's statistics
    with tempfile.TemporaryFile() as file:
        saved = os.dup(2)  # the statistics go to file descriptor 2
        os.dup2(file.fileno(), 2)
        sys._debugmallocstats()
        os.dup2(saved, 2)
        os.close(saved)
        file.seek(0)
        rows = [line.split() for line in file.read().decode().splitlines()]
    return {int(r[1]): int(r[3]) for r in rows if len(r) == 5 and all(f.isdigit() for f in r)}


def measured_block(make, count=5000):
    before = blocks_in_use()
    objects = [make(i) for i in range(count)]  # alive until counted
    after = blocks_in_use()
    grew = {size: after[size] - before.get(size, 0) for size in after}
    size = max(grew, key=grew.get)
    # Free lists recycle a few objects: most of them, not all, need a block.
    return str(size) if grew[size] >= count // 2 else "none: not from pymalloc"


# fold-end
kinds = {
    "object()": lambda i: object(),
    "a float": lambda i: i + 0.5,
    "an int near 2**100": lambda i: 2**100 + i,
    "[]": lambda i: [],
    "a 6-character str": lambda i: f"{i:06}",
    "bytes(100)": lambda i: bytes(100),
    "bytes(479)": lambda i: bytes(479),
    "bytes(480)": lambda i: bytes(480),
}
print(f"{'object':19} {'getsizeof':>9} {'rounded to 16':>15}  block measured")
for name, make in kinds.items():
    size = sys.getsizeof(make(0))
    # highlight-next-line
    rounded = -(-size // 16) * 16  # round up to a multiple of 16
    print(f"{name:19} {size:9} {rounded:15}  {measured_block(make)}")
