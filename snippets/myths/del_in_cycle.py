import gc


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"__del__ of {self.name}")


gc.collect()
a, b = Resource("a"), Resource("b")
a.other, b.other = b, a
del a, b
gc.collect()
print("gc.garbage:", gc.garbage)
