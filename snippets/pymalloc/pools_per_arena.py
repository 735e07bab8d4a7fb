# versions: 3.9-3.13
# needs: processes, pymalloc
# An arena has room for 64 pools. How many do arenas really hold? Ten fresh
# processes each fill about 30 arenas; their statistics say.
# fold-start: a helper that reads a child's statistics
import re, subprocess, sys

CHILD = "import sys; keep = [(i, i) for i in range(300_000)]; sys._debugmallocstats()"


def count(pattern, text):
    return int(re.search(pattern, text.replace(",", ""))[1])


def share(part, total):  # the counts change from run to run; which side of half does not
    return "none" if part == 0 else "all" if part == total else (
        "more than half" if 2 * part > total else "fewer than half")


# fold-end
arenas = lost_a_pool = 0
for child in range(10):
    stats = subprocess.run([sys.executable, "-I", "-S", "-c", CHILD], capture_output=True, text=True).stderr
    arenas += count(r"(\d+) arenas \*", stats)
    pool_size = count(r"unused pools \* (\d+) bytes", stats)
    # highlight-next-line
    lost_a_pool += count(r"lost to arena alignment *= *(\d+)", stats) // pool_size
print("arenas holding 64 pools:", share(arenas - lost_a_pool, arenas))
print("arenas holding 63 pools:", share(lost_a_pool, arenas))
