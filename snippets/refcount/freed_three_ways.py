import gc
import weakref

gc.disable()


class Thing:
    def __init__(self, name):
        weakref.finalize(self, print, f"  {name} freed")


a = Thing("a")
print("del a")
del a

b = Thing("b")
print("b = None")
b = None


def work():
    c = Thing("c")
    print("return from work()")


work()
print("back in the caller")
