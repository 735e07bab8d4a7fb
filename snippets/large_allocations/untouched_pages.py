# needs: procfs
# tracemalloc counts bytes requested; RSS counts pages the process has
# touched. Linux only: RSS is read from /proc/self/statm.
import tracemalloc

# fold-start: rss() reads /proc/self/statm (Linux only); moved() puts a change in words
import os


def rss():  # os.read, not open(): a file object would allocate from the heap
    fd = os.open("/proc/self/statm", os.O_RDONLY)
    pages = int(os.read(fd, 100).split()[1])
    os.close(fd)
    return pages * os.sysconf("SC_PAGE_SIZE")


def moved(before, after, size):  # in words: RSS itself varies from run to run
    share = (after - before) / size
    if abs(share) <= 0.25:
        return "barely moved"
    if abs(share) >= 0.75:
        return "grew by most of it" if share > 0 else "fell by most of it"
    return f"moved by {share:+.0%} of it"
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
