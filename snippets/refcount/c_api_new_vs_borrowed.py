import ctypes
import sys

# fold-start: declare three C API functions for ctypes (the object arguments are PyObject *)
api = ctypes.pythonapi
api.PyList_GetItem.argtypes = [ctypes.py_object, ctypes.c_ssize_t]
api.PyList_GetItem.restype = ctypes.c_void_p  # a bare PyObject *: ctypes adds no reference
api.PySequence_GetItem.argtypes = [ctypes.py_object, ctypes.c_ssize_t]
api.PySequence_GetItem.restype = ctypes.c_void_p
api.Py_DecRef.argtypes = [ctypes.c_void_p]
# fold-end
class Thing: pass

items = [Thing()]
start = sys.getrefcount(items[0])

# highlight-next-line
p = api.PyList_GetItem(items, 0)  # "Return value: Borrowed reference."
print("after PyList_GetItem:    ", sys.getrefcount(items[0]) - start)
# highlight-next-line
q = api.PySequence_GetItem(items, 0)  # "Return value: New reference."
print("after PySequence_GetItem:", sys.getrefcount(items[0]) - start)
# highlight-next-line
api.Py_DecRef(q)  # the caller owns q, so the caller releases it
print("after Py_DecRef(q):      ", sys.getrefcount(items[0]) - start)
