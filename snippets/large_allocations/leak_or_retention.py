# A leak and allocator retention, seen by tracemalloc and by RSS. Linux
# only: RSS is read from /proc/self/statm.
import tracemalloc

# fold-start: rss() reads /proc/self/statm (Linux only); measure() prints the figures
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


MiB = 2**20


def measure(label, start_traced, start_rss):
    now, peak = (value - start_traced for value in tracemalloc.get_traced_memory())
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
measure("leak:     ", *start)

tracemalloc.reset_peak()
start = tracemalloc.get_traced_memory()[0], rss()
# highlight-next-line
last = batch()[-1]  # only the piece made last stays referenced
measure("retention:", *start)
