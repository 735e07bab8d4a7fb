import tracemalloc


class SlottedPoint:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


n = 100_000
kept = [None] * n
tracemalloc.start()
for i in range(n):
    kept[i] = SlottedPoint(1, 2, 3)
print(round(tracemalloc.get_traced_memory()[0] / n))
