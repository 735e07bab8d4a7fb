import ctypes
import sys

# fold-start: ctypes declarations
api = ctypes.pythonapi
api.PyList_SetItem.argtypes = [ctypes.py_object, ctypes.c_ssize_t, ctypes.py_object]
api.Py_IncRef.argtypes = [ctypes.py_object]
# fold-end
class Thing: pass

item = Thing()
start = sys.getrefcount(item)

lst = [None]
# highlight-start
api.Py_IncRef(item)  # a reference for PyList_SetItem to steal
api.PyList_SetItem(lst, 0, item)  # the list takes over that reference
# highlight-end
print("after PyList_SetItem:", sys.getrefcount(item) - start)
del lst  # freeing the list releases its reference
print("after del lst:       ", sys.getrefcount(item) - start)
