# versions: 3.9-3.13
# How many pools does an arena really hold? Ten fresh processes each fill
# about 30 arenas, and pymalloc's statistics say how many pools they got.
# fold-start: a helper that runs a child and reads its statistics
import re
import subprocess
import sys

CHILD = "import sys; keep = [(i, i) for i in range(300_000)]; sys._debugmallocstats()"


def number(label: str, stats: str) -> int:
    return int(re.search(label + r"\s*=\s*([\d,]+)", stats)[1].replace(",", ""))


def arenas_in_a_child() -> tuple[int, int, int, int]:
    """(arena size, pool size, arenas, arenas not aligned to the pool size)"""
    stats = subprocess.run(
        [sys.executable, "-I", "-S", "-c", CHILD], capture_output=True, text=True
    ).stderr
    arenas, arena_size = map(int, re.search(r"(\d+) arenas \* (\d+) bytes/arena", stats).groups())
    unused, pool_size = map(int, re.search(r"(\d+) unused pools \* (\d+) bytes", stats).groups())
    used = sum(int(line.split()[2]) for line in stats.splitlines()
               if re.fullmatch(r"(\s+\d+){5}", line))  # the size-class table
    # pymalloc counts a skipped partial pool as "lost to arena alignment".
    misaligned = number("# bytes lost to arena alignment", stats) // pool_size
    assert used + unused == arenas * (arena_size // pool_size) - misaligned
    return arena_size, pool_size, arenas, misaligned


def share(count: int, total: int) -> str:
    # The counts change from run to run; which side of half they fall on does not.
    if count == 0:
        return "none"
    if count == total:
        return "all"
    return "more than half" if 2 * count > total else "fewer than half"


# fold-end
arenas = misaligned = 0
for child in range(10):
    arena_size, pool_size, child_arenas, child_misaligned = arenas_in_a_child()
    arenas += child_arenas
    misaligned += child_misaligned
room = arena_size // pool_size
print(f"arena {arena_size // 1024} KiB, pool {pool_size // 1024} KiB: room for {room} pools")
print(f"arenas holding {room} pools:", share(arenas - misaligned, arenas))
print(f"arenas holding {room - 1} pools:", share(misaligned, arenas))
