# One live block keeps its whole arena. Make 300,000 small tuples twice:
# free them all, then keep 1 in 1,000 and free the rest.
# fold-start: a helper that counts arenas from pymalloc's statistics
import os
import sys
import tempfile


def arena_counts() -> dict[str, int]:
    """The '# arenas ...' lines of sys._debugmallocstats() (file descriptor 2)."""
    with tempfile.TemporaryFile() as capture:
        saved = os.dup(2)
        os.dup2(capture.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        capture.seek(0)
        lines = capture.read().decode().splitlines()
    counts = {}
    for line in lines:
        if line.startswith("# arenas"):
            label, value = line.split("=")
            counts[label.strip()[len("# arenas "):]] = int(value.replace(",", ""))
    return counts


class ArenaWatch:
    """Counts the arenas mapped and given back from now on."""

    def __init__(self):
        self.start = arena_counts()

    def given_back(self) -> str:
        returned = arena_counts()["reclaimed"] - self.start["reclaimed"]
        # How many varies from run to run; whether most go back does not.
        if returned > self.start["allocated current"] // 2:
            return "most of them"
        return str(returned)

    def mapped(self) -> int:
        return arena_counts()["allocated total"] - self.start["allocated total"]


# fold-end
tuples = [(i, i) for i in range(300_000)]  # about 28 MiB of small blocks
watch = ArenaWatch()
del tuples
print("all freed:          arenas given back:", watch.given_back())

tuples = [(i, i) for i in range(300_000)]
watch = ArenaWatch()
# highlight-start
kept = tuples[::1000]  # 300 tuples, spread over every arena of the burst
del tuples
# highlight-end
print("1 in 1,000 kept:    arenas given back:", watch.given_back())

new = [(i, i) for i in range(100_000)]
print("100,000 new tuples: new arenas mapped:", watch.mapped())
