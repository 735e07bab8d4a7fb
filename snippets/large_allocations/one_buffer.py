# needs: procfs
# One 200 MiB buffer: what happens to resident memory (RSS) when it is freed?
# Linux only: RSS is read from /proc/self/statm.
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


SIZE = 200 * 2**20
start = rss()
# fold-end
# highlight-next-line
buffer = b"x" * SIZE  # 200 MiB, every page written
made = rss()
print("after making it: RSS", moved(start, made, SIZE))
# highlight-next-line
del buffer
print("after del:       RSS", moved(made, rss(), SIZE))
