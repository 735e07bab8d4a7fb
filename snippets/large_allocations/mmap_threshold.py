# needs: glibc
# glibc's mmap threshold moves. Linux with glibc only: the helper reads
# glibc's malloc statistics (mallinfo2) through ctypes.

# fold-start: made_in(make): make one object and see where glibc put it
import ctypes

class MallInfo2(ctypes.Structure):  # glibc's struct mallinfo2: ten size_t fields
    _fields_ = [(name, ctypes.c_size_t) for name in "arena ordblks smblks hblks hblkhd "
                "usmblks fsmblks uordblks fordblks keepcost".split()]


libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = MallInfo2


def made_in(make):  # (the object, its place), from glibc's count of mmaps and heap bytes
    before = libc.mallinfo2()
    obj = make()
    after = libc.mallinfo2()
    if after.hblks > before.hblks:
        return obj, "its own mmap"
    return obj, "malloc heap" if after.uordblks - before.uordblks >= 500_000 else "somewhere else"
# fold-end


first, where = made_in(lambda: bytes(1_000_000))
print("first 1 MB: ", where)
# highlight-next-line
del first  # glibc unmaps it, and raises its threshold to its size
second, where = made_in(lambda: bytes(1_000_000))
print("second 1 MB:", where)
third, where = made_in(lambda: bytes(2_000_000))
print("then 2 MB:  ", where)
