# needs: glibc
# Where do a list and its item array live? Linux with glibc only: the helper
# reads glibc's malloc statistics (mallinfo2) through ctypes.
import sys

# fold-start: served_by(make): make 200 objects and see whose figures grew (glibc only)
import ctypes
import os
import tempfile


class MallInfo2(ctypes.Structure):  # glibc's struct mallinfo2: ten size_t fields
    _fields_ = [(name, ctypes.c_size_t) for name in "arena ordblks smblks hblks hblkhd "
                "usmblks fsmblks uordblks fordblks keepcost".split()]


libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = MallInfo2


def figures():  # bytes in pymalloc blocks (sys._debugmallocstats writes to fd 2), glibc's
    with tempfile.TemporaryFile() as out:
        saved = os.dup(2)
        os.dup2(out.fileno(), 2)
        sys._debugmallocstats()
        os.dup2(saved, 2)
        os.close(saved)
        out.seek(0)
        stats = out.read().decode()
    pymalloc = int(stats.split("bytes in allocated blocks")[1].split()[1].replace(",", ""))
    info = libc.mallinfo2()
    return pymalloc, info.uordblks, info.hblks


def served_by(make, n=200):
    made, before = [None] * n, figures()
    for i in range(n):
        made[i] = make()
    small, heap, mmaps = (after - start for start, after in zip(before, figures()))
    places = {"pymalloc": small >= 16 * n, "malloc heap": heap >= 512 * n, "its own mmap": mmaps >= n}
    return " + ".join(place for place, grew in places.items() if grew)
# fold-end


print("[None] * 10:  ", served_by(lambda: [None] * 10))
# highlight-next-line
print("[None] * 1000:", served_by(lambda: [None] * 1000))
