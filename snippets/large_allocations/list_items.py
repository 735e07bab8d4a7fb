# Where do a list and its item array live? Linux with glibc only: the helper
# reads glibc's malloc statistics (mallinfo2) through ctypes.
import sys

# fold-start: served_by(make): make 200 objects, see whose figures grew (glibc only)
import ctypes
import os
import tempfile

class MallInfo2(ctypes.Structure):  # glibc's struct mallinfo2: ten size_t fields
    _fields_ = [(name, ctypes.c_size_t) for name in "arena ordblks smblks hblks hblkhd "
                "usmblks fsmblks uordblks fordblks keepcost".split()]


libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = MallInfo2


def pymalloc_bytes():  # "# bytes in allocated blocks" of sys._debugmallocstats()
    with tempfile.TemporaryFile() as out:
        saved = os.dup(2)  # the statistics go to file descriptor 2
        os.dup2(out.fileno(), 2)
        sys._debugmallocstats()
        os.dup2(saved, 2)
        os.close(saved)
        out.seek(0)
        for line in out.read().decode().splitlines():
            if line.startswith("# bytes in allocated blocks"):
                return int(line.split("=")[1].replace(",", ""))


def figures():  # pymalloc bytes in use, glibc heap bytes in use, glibc mmaps
    info = libc.mallinfo2()
    return pymalloc_bytes(), info.uordblks, info.hblks


def served_by(make, n=200):
    made, before = [None] * n, figures()
    for i in range(n):
        made[i] = make()
    small, heap, mmaps = (after - at_start for at_start, after in zip(before, figures()))
    places = [("pymalloc", small >= 16 * n), ("malloc heap", heap >= 512 * n),
              ("its own mmap", mmaps >= n)]
    return " + ".join(name for name, grew in places if grew)
# fold-end


print("[None] * 10:  ", served_by(lambda: [None] * 10))
# highlight-next-line
print("[None] * 1000:", served_by(lambda: [None] * 1000))
