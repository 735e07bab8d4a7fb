import sys
import weakref

# fold-start: a class, an object o, and step(label), which prints how much o's count changed
class Thing: pass

o = Thing()
last = sys.getrefcount(o)

def step(label):
    global last
    now = sys.getrefcount(o)
    print(f"{label:24} {now - last:+d}")
    last = now
# fold-end
alias = o
step("alias = o")
items = [o, o]
step("items = [o, o]")
table = {o: o}  # o as a key and as a value
step("table = {o: o}")
r = weakref.ref(o)
step("r = weakref.ref(o)")

def inside(parameter):
    step("while inside(o) runs")

inside(o)
step("after inside(o) returns")
del alias, items, table
step("del alias, items, table")
