import sys


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
# What sys.getsizeof() counts in front of the header, on top of the object's own __sizeof__():
print("list ", sys.getsizeof([]) - [].__sizeof__())
print("Point", sys.getsizeof(p) - p.__sizeof__())
