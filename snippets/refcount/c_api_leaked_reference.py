import ctypes
import gc
import sys
import weakref

# fold-start: ctypes declarations
api = ctypes.pythonapi
api.PySequence_GetItem.argtypes = [ctypes.py_object, ctypes.c_ssize_t]
api.PySequence_GetItem.restype = ctypes.c_void_p
api.Py_DecRef.argtypes = [ctypes.c_void_p]
# fold-end
class Thing: pass

items = [Thing()]
watch = weakref.ref(items[0])
weakref.finalize(items[0], print, "Thing freed").atexit = False

# highlight-next-line
ptr = api.PySequence_GetItem(items, 0)  # a new reference that "C code" forgets to release
del items
print("sys.getrefcount:", sys.getrefcount(watch()))
print("gc.get_referrers:", gc.get_referrers(watch()))
api.Py_DecRef(ptr)  # the missing release
