# tracemalloc counts bytes requested; RSS counts pages the process has
# touched. Linux only: RSS is read from /proc/self/statm.
import tracemalloc

# fold-start: rss() reads /proc/self/statm (Linux only); moved() words a change
import os

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss():
    """Resident memory of this process, in bytes. os.read, not open(): a file
    object's buffer would come from the very heap being measured."""
    fd = os.open("/proc/self/statm", os.O_RDONLY)
    try:
        return int(os.read(fd, 100).split()[1]) * PAGE
    finally:
        os.close(fd)


def moved(before, after, size):
    """How RSS changed, compared with size (never a raw number: it varies)."""
    share = (after - before) / size
    if share >= 0.75:
        return "grew by most of it"
    if share <= -0.75:
        return "fell by most of it"
    if abs(share) <= 0.25:
        return "barely moved"
    return f"moved by part of it ({share:+.0%})"  # never printed in our runs
# fold-end


SIZE = 200 * 2**20
MiB = 2**20
tracemalloc.start()


def report(label, make):
    traced, resident = tracemalloc.get_traced_memory()[0], rss()
    obj = make()
    grew = (tracemalloc.get_traced_memory()[0] - traced) / MiB
    print(f"{label} tracemalloc +{grew:.1f} MiB, RSS {moved(resident, rss(), SIZE)}")


# highlight-next-line
report("bytes(SIZE): ", lambda: bytes(SIZE))  # zero-filled, pages never written
# highlight-next-line
report('b"x" * SIZE:', lambda: b"x" * SIZE)  # every page written
