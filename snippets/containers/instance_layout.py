import sys
from collections import namedtuple


# fold-start: the Point and SlottedPoint classes, as above
class Point:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


class SlottedPoint:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
# fold-end


PointTuple = namedtuple("PointTuple", "x y z")

for point in Point(1, 2, 3), SlottedPoint(1, 2, 3), PointTuple(1, 2, 3):
    name = type(point).__name__
    print(f"{name:12} getsizeof {sys.getsizeof(point):2}, __sizeof__ {point.__sizeof__():2}")
