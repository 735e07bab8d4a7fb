# Where do a list and its item array live? Linux with glibc only: the helper
# reads glibc's malloc statistics (mallinfo2) through ctypes.
import sys

# fold-start: served_by(make): make 200 objects and see which allocator grew
import ctypes
import os
import tempfile

libc = ctypes.CDLL("libc.so.6")


class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd",
        "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


libc.mallinfo2.restype = MallInfo2


def pymalloc_bytes():
    """Bytes in pymalloc blocks in use, from sys._debugmallocstats() (fd 2)."""
    with tempfile.TemporaryFile() as capture:
        saved = os.dup(2)
        os.dup2(capture.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        capture.seek(0)
        for line in capture.read().decode().splitlines():
            if line.startswith("# bytes in allocated blocks"):
                return int(line.split("=")[1].replace(",", ""))


def counters():
    """(pymalloc bytes in use, bytes in use in glibc's heaps, glibc mmaps)"""
    info = libc.mallinfo2()
    return pymalloc_bytes(), info.uordblks, info.hblks


def served_by(make, n=200):
    made = [None] * n
    small, heap, mmaps = counters()
    for i in range(n):
        made[i] = make()
    small2, heap2, mmaps2 = counters()
    places = []
    if small2 - small >= n * 16:
        places.append("pymalloc")
    if heap2 - heap >= n * 512:
        places.append("malloc heap")
    if mmaps2 - mmaps >= n:
        places.append("its own mmap")
    return " + ".join(places)
# fold-end


print("[None] * 10:  ", served_by(lambda: [None] * 10))
# highlight-next-line
print("[None] * 1000:", served_by(lambda: [None] * 1000))
