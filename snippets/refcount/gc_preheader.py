import sys

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
print("list ", sys.getsizeof([]) - [].__sizeof__())
print("Point", sys.getsizeof(p) - p.__sizeof__())
