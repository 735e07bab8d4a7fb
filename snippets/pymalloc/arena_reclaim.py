# When do arenas go back to the OS? Only when every block in them is free.
import os
import sys
import tempfile


def malloc_stats() -> str:
    """What sys._debugmallocstats() prints to file descriptor 2."""
    with tempfile.TemporaryFile() as capture:
        saved = os.dup(2)
        os.dup2(capture.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        capture.seek(0)
        return capture.read().decode()


def arenas() -> tuple[int, int]:
    """(arenas allocated now, arenas given back to the OS so far)"""
    counts = {}
    for line in malloc_stats().splitlines():
        if line.startswith("# arenas"):
            label, value = line.split("=")
            counts[label.strip()] = int(value.replace(",", ""))
    return counts["# arenas allocated current"], counts["# arenas reclaimed"]


N = 300_000

# 1. Free every tuple.
start, _ = arenas()
tuples = [(i, i) for i in range(N)]
alive, reclaimed_before = arenas()
del tuples
_, reclaimed_after = arenas()
print("all freed: new arenas were needed:", alive > start)
returned = reclaimed_after - reclaimed_before
print("all freed: most went back to the OS:", returned > (alive - start) // 2)

# 2. Keep one tuple in 1000 alive: each arena still holds a few live blocks.
tuples = [(i, i) for i in range(N)]
alive, reclaimed_before = arenas()
kept = tuples[::1000]
del tuples
after, reclaimed_after = arenas()
returned = reclaimed_after - reclaimed_before
print("1 in 1000 kept: any arena went back to the OS:", returned > 0)
fresh = [(i, i) for i in range(N // 3)]
print("1 in 1000 kept: new tuples reuse the freed pools:", arenas()[0] == after)
