import gc
import weakref


class TreeNode:
    def __init__(self, parent=None):
        self.children = []
        self.parent = weakref.ref(parent) if parent else None  # weak: no cycle
        if parent:
            parent.children.append(self)


gc.collect()
root = TreeNode()
TreeNode(TreeNode(root))  # a child and a grandchild, each pointing back to its parent
weakref.finalize(root, print, "  root freed")
print("del root")
del root
print("gc.collect() found:", gc.collect())
