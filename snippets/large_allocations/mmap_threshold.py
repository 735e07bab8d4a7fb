# glibc's mmap threshold moves. Linux with glibc only: the helper reads
# glibc's malloc statistics (mallinfo2) through ctypes.

# fold-start: made_in(make): make one object and see where glibc put it
import ctypes

libc = ctypes.CDLL("libc.so.6")


class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd",
        "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


libc.mallinfo2.restype = MallInfo2


def made_in(make):
    """(the object, where glibc put it: its own mmap or the heap)"""
    before = libc.mallinfo2()
    obj = make()
    after = libc.mallinfo2()
    if after.hblks > before.hblks:
        return obj, "its own mmap"
    if after.uordblks - before.uordblks >= 500_000:
        return obj, "malloc heap"
    return obj, "somewhere else"
# fold-end


first, where = made_in(lambda: bytes(1_000_000))
print("first 1 MB: ", where)
# highlight-next-line
del first  # glibc unmaps it, and raises its threshold to its size
second, where = made_in(lambda: bytes(1_000_000))
print("second 1 MB:", where)
third, where = made_in(lambda: bytes(2_000_000))
print("then 2 MB:  ", where)
