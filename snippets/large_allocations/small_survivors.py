# A million small tuples (pymalloc), then malloc_trim(). Linux with glibc
# only: RSS from /proc/self/statm, malloc_trim() via ctypes.
import ctypes

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


libc = ctypes.CDLL("libc.so.6")


def make_rows():
    return [(i, i) for i in range(1_000_000)]  # 64-byte blocks, 32-byte ints


before = rss()
rows = make_rows()
size = rss() - before  # what the rows took
made = rss()
del rows
print("all freed:           RSS", moved(made, rss(), size))

rows = make_rows()
made = rss()
# highlight-next-line
kept = rows[::1000]  # keep one row in a thousand
del rows
print("1 in 1000 kept:      RSS", moved(made, rss(), size))
freed = rss()
# highlight-next-line
libc.malloc_trim(0)
print("then malloc_trim(0): RSS", moved(freed, rss(), size))
