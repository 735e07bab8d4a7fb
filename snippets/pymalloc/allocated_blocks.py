# needs: pymalloc
# sys.getallocatedblocks() counts the blocks CPython's object allocator has
# handed out. Does it count objects over 512 bytes, which pymalloc passes on?
# fold-start: a helper that counts what 1,000 objects add
import gc, sys


def blocks_for_1000(make):  # less what a list of 1,000 Nones adds
    def measure(make):
        before = sys.getallocatedblocks()
        objects = [make() for _ in range(1000)]
        return sys.getallocatedblocks() - before

    nothing = lambda: None
    for warm_up in range(3):  # the first calls allocate caches that stay
        measure(make), measure(nothing)
    return measure(make) - measure(nothing)


gc.disable()  # no collection in the middle of a count
# fold-end
print("1,000 objects of   133 bytes (bytes(100)): ", blocks_for_1000(lambda: bytes(100)))
print("1,000 objects of 1,033 bytes (bytes(1000)):", blocks_for_1000(lambda: bytes(1000)))
