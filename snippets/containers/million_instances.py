import tracemalloc
from collections import namedtuple
from dataclasses import dataclass


# fold-start: the Point and SlottedPoint classes, as above
class Point:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


class SlottedPoint:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
# fold-end


@dataclass(slots=True)
class PointRecord:
    x: int
    y: int
    z: int


PointTuple = namedtuple("PointTuple", "x y z")


def point_dict(x, y, z):
    return {"x": x, "y": y, "z": z}


# fold-start: measure 200,000 objects with tracemalloc
def bytes_each(make, n=200_000):
    """Bytes allocated per instance, for n instances kept alive (the list not counted)."""
    kept = [None] * n
    tracemalloc.start()
    for i in range(n):
        kept[i] = make(1, 2, 3)
    allocated = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return round(allocated / n)
# fold-end


for make in Point, SlottedPoint, PointRecord, PointTuple, point_dict:
    size = bytes_each(make)
    print(f"{make.__name__:12} {size:3} bytes each, {size:3} MB per million")
