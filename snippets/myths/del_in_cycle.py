import gc

finalized = []
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        finalized.append(self.name)

gc.collect()
a, b = Resource("a"), Resource("b")
# highlight-next-line
a.other, b.other = b, a  # a cycle of two objects that both have __del__
del a, b
gc.collect()
print("__del__ ran for:", sorted(finalized))
print("gc.garbage:", [r.name for r in gc.garbage])
