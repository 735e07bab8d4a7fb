import sys


# fold-start: the Point class, as above
class Point:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
# fold-end


# Each call makes a new instance and asks for its __dict__.
sizes = [sys.getsizeof(Point(1, 2, 3).__dict__) for n in range(30)]
print(*sizes[:3], "...", sizes[-1])
