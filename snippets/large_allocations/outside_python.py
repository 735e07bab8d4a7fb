# Memory a C library takes with malloc() itself. Linux with glibc only: RSS
# from /proc/self/statm, malloc() and memset() called through ctypes.
import ctypes
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
libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]

tracemalloc.start()
traced, resident = tracemalloc.get_traced_memory()[0], rss()
# highlight-start
block = libc.malloc(SIZE)  # as an extension's C code would
ctypes.memset(block, 1, SIZE)
# highlight-end
grew = (tracemalloc.get_traced_memory()[0] - traced) / 2**20
print(f"tracemalloc: +{grew:.1f} MiB")
print("RSS:", moved(resident, rss(), SIZE))
libc.free(block)
