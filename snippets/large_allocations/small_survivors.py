# A million small tuples (pymalloc), then malloc_trim(). Linux with glibc
# only: RSS from /proc/self/statm, malloc_trim() via ctypes.
import ctypes

# fold-start: rss() reads /proc/self/statm (Linux only); moved() puts a change in words
import os


def rss():  # os.read, not open(): a file object would allocate from the heap
    fd = os.open("/proc/self/statm", os.O_RDONLY)
    pages = int(os.read(fd, 100).split()[1])
    os.close(fd)
    return pages * os.sysconf("SC_PAGE_SIZE")


def moved(before, after, size):  # never a raw figure: RSS varies from run to run
    share = (after - before) / size
    if abs(share) <= 0.25:
        return "barely moved"
    if abs(share) >= 0.75:
        return "grew by most of it" if share > 0 else "fell by most of it"
    return f"moved by {share:+.0%} of it"  # never printed in our runs
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
