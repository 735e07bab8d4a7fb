import sys


class Box:
    pass


o = object()
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
table = {"key": o}
step("table = {'key': o}")
box = Box()
box.attr = o
step("box.attr = o")


def inside(parameter):
    step("while inside(o) runs")


inside(o)
step("after inside(o) returns")
del alias, items, table, box
step("del alias, items, table, box")
