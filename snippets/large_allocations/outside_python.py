# needs: glibc, procfs
# Memory a C library takes with malloc() itself. Linux with glibc only: RSS
# from /proc/self/statm, malloc() and memset() called through ctypes.
import ctypes
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
