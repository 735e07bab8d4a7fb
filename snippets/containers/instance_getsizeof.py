import sys


class Point:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


class SlottedPoint:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


print(sys.getsizeof(Point(1, 2, 3)), sys.getsizeof(SlottedPoint(1, 2, 3)))
