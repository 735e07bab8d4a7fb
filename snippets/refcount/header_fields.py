import ctypes

o = object()
# In CPython, id() is the object's address. On a default 64-bit build the header there is
# two 8-byte fields: ob_refcnt, then ob_type. ctypes can read both in place.
# highlight-start
ob_refcnt = ctypes.c_ssize_t.from_address(id(o)).value
ob_type = ctypes.c_void_p.from_address(id(o) + 8).value
# highlight-end
print("ob_refcnt:", ob_refcnt)  # one reference: the name o
print("ob_type:  ", ctypes.cast(ob_type, ctypes.py_object).value)
print("an object() is just its header:", o.__sizeof__(), "bytes")
