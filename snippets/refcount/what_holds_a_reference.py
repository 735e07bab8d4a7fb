import sys
import weakref


class Thing:
    pass


o = Thing()
last = sys.getrefcount(o)


def step(label):
    """Print how much the last statement changed o's reference count."""
    global last
    now = sys.getrefcount(o)
    print(f"{label:30} {now - last:+d}")
    last = now


alias = o
step("alias = o")
items = [o, o]
step("items = [o, o]")
table = {o: o}  # o as a key and as a value
step("table = {o: o}")
box = Thing()
box.attr = o
step("box.attr = o")
r = weakref.ref(o)
step("r = weakref.ref(o)")
n = id(o)
step("n = id(o)")


def inside(parameter):
    step("while inside(o) runs")


inside(o)
step("after inside(o) returns")
del alias, items, table, box
step("del alias, items, table, box")
