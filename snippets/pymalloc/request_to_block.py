# bytes(67) asks pymalloc for 33 + 67 = 100 bytes. Which block size serves it?
# fold-start: a helper that reads pymalloc's size-class table in a fresh child
import subprocess, sys


def blocks_in_use(code):  # {block size: blocks in use} after running code in a child
    child = code + "\nimport sys; sys._debugmallocstats()"
    run = subprocess.run([sys.executable, "-I", "-S", "-c", child], capture_output=True, text=True)
    rows = [line.split() for line in run.stderr.splitlines()]
    return {int(r[1]): int(r[3]) for r in rows if len(r) == 5 and all(f.isdigit() for f in r)}


# fold-end
before = blocks_in_use("pass")
# highlight-next-line
after = blocks_in_use("objects = [bytes(67) for _ in range(5000)]")
grew = {size: after[size] - before.get(size, 0) for size in after}
print(max(grew, key=grew.get))  # the block size that grew the most
