import gc
import weakref


class TreeNode:
    def __init__(self, parent=None):
        self.children = []
        # A strong back-reference would make a cycle; a weak one does not.
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None


gc.collect()
root = TreeNode()
leaf = TreeNode(TreeNode(root))
print("leaf.parent.parent is root:", leaf.parent.parent is root)
weakref.finalize(root, print, "  root freed")
print("del root, leaf")
del root, leaf
print("gc.collect() found:", gc.collect())
