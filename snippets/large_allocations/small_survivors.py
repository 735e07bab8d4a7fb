# needs: glibc, procfs
# A million small tuples (pymalloc), then malloc_trim(). Linux with glibc
# only: RSS from /proc/self/statm, malloc_trim() via ctypes.
# fold-start: rss() reads /proc/self/statm (Linux only); moved() puts a change in words
import ctypes
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


libc = ctypes.CDLL("libc.so.6")
start = rss()
# fold-end
rows = [(i, i) for i in range(1_000_000)]  # 64-byte tuples, 32-byte ints
made = rss()
del rows
print("all freed:           RSS", moved(made, rss(), made - start))
rows = [(i, i) for i in range(1_000_000)]
made = rss()
# highlight-next-line
kept = rows[::1000]  # keep one row in a thousand
del rows
print("1 in 1000 kept:      RSS", moved(made, rss(), made - start))
freed = rss()
# highlight-next-line
libc.malloc_trim(0)
print("then malloc_trim(0): RSS", moved(freed, rss(), made - start))
