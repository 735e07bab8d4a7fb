import ctypes
import sys

api = ctypes.pythonapi
api.Py_IncRef.argtypes = [ctypes.c_void_p]
api.Py_DecRef.argtypes = [ctypes.c_void_p]

before = sys.getrefcount(None)
for _ in range(100):
    # highlight-next-line
    api.Py_DecRef(id(None))  # a C function that returns Py_None without Py_INCREF, called 100 times
print(sys.getrefcount(None) - before)
for _ in range(100):
    api.Py_IncRef(id(None))  # undo, so that the program ends with None's count intact
