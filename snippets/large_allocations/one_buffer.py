# One 200 MiB buffer: what happens to resident memory (RSS) when it is freed?
# Linux only: RSS is read from /proc/self/statm.
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
before = rss()
# highlight-next-line
buffer = b"x" * SIZE  # 200 MiB, every page written
made = rss()
print("after making it: RSS", moved(before, made, SIZE))
# highlight-next-line
del buffer
print("after del:       RSS", moved(made, rss(), SIZE))
