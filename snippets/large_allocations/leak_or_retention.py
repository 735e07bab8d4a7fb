# needs: procfs
# A leak and allocator retention, seen by tracemalloc and by RSS. Linux
# only: RSS is read from /proc/self/statm.
import tracemalloc

# fold-start: rss() reads /proc/self/statm (Linux only); report() prints the figures
import os

MiB = 2**20


def rss():  # os.read, not open(): a file object would allocate from the heap
    fd = os.open("/proc/self/statm", os.O_RDONLY)
    pages = int(os.read(fd, 100).split()[1])
    os.close(fd)
    return pages * os.sysconf("SC_PAGE_SIZE")


def report(label, start_traced, start_rss):  # RSS only compared with the peak
    now, peak = (size - start_traced for size in tracemalloc.get_traced_memory())
    share = (rss() - start_rss) / peak
    held = "most of the peak" if share >= 0.75 else "little of it" if share <= 0.25 else "part of it"
    print(f"{label} traced now {now / MiB:5.1f} MiB, peak {peak / MiB:.1f} MiB; RSS holds {held}")
# fold-end



def batch():
    return [b"x" * 100_000 for _ in range(2_000)]  # about 190 MiB


tracemalloc.start()
start = tracemalloc.get_traced_memory()[0], rss()
# highlight-next-line
kept = batch()  # a leak: every piece stays referenced
report("leak:     ", *start)

tracemalloc.reset_peak()
start = tracemalloc.get_traced_memory()[0], rss()
# highlight-next-line
last = batch()[-1]  # only the piece made last stays referenced
report("retention:", *start)
