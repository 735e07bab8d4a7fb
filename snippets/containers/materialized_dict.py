import tracemalloc


# fold-start: the Point class, and a helper that measures what one object costs
class Point:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


def bytes_per_object(make, n=100_000):
    """Bytes that tracemalloc sees allocated per object, for n objects kept alive."""
    kept = [None] * n
    tracemalloc.start()
    for i in range(n):
        kept[i] = make()
    allocated = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return round(allocated / n)
# fold-end


def point_and_vars():
    point = Point(1, 2, 3)
    # highlight-next-line
    vars(point)  # the same as point.__dict__
    return point


print(bytes_per_object(lambda: Point(1, 2, 3)), bytes_per_object(point_and_vars))
