import ctypes
import sys

# In CPython, id() is the object's address. On a default 64-bit build every object starts
# with two 8-byte fields, ob_refcnt and then ob_type, which ctypes can read in place.
o = object()
ob_refcnt = ctypes.c_ssize_t.from_address(id(o)).value
ob_type = ctypes.c_void_p.from_address(id(o) + 8).value

print("ob_refcnt:", ob_refcnt)  # one reference: the name o
print("ob_type points to object:", ob_type == id(object))
print("an object() is just the header:", o.__sizeof__(), "bytes")

# GC-tracked objects such as lists carry a 16-byte PyGC_Head *before* the header, which
# sys.getsizeof() adds and __sizeof__() does not.
print("list: __sizeof__", [].__sizeof__(), "| getsizeof", sys.getsizeof([]))
