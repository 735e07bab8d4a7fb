import collections
import contextlib
import gc
import io
import re


class Node:
    def __init__(self, parent=None):
        self.parent = parent  # a strong back-reference: child and parent form a cycle
        self.children = []
        if parent is not None:
            parent.children.append(self)


def build_tree():
    root = Node()
    for _ in range(2):
        Node(root)


gc.collect()
build_tree()  # garbage once it returns, but only the collector can free it

reports = io.StringIO()
gc.set_debug(gc.DEBUG_COLLECTABLE)  # report every unreachable object found
with contextlib.redirect_stderr(reports):  # the reports go to sys.stderr
    found = gc.collect()
gc.set_debug(0)
names = re.findall(r"gc: collectable <(\w+) ", reports.getvalue())
print("found:", found, dict(sorted(collections.Counter(names).items())))
