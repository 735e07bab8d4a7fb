import sys


class Point:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


# Each call makes a new instance and asks for its __dict__.
sizes = [sys.getsizeof(Point(1, 2, 3).__dict__) for n in range(30)]
print("1st, 2nd, 3rd:", *sizes[:3])
print("30th:", sizes[-1])
