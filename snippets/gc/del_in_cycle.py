import gc

class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)

gc.collect()
a, b = Node("a"), Node("b")
a.partner, b.partner = b, a
del a, b
print("collected:", gc.collect())
print("gc.garbage:", gc.garbage)
