import ctypes

o = object()
# id() is the object's address; on a default 64-bit build, ob_refcnt and ob_type are there.
# highlight-start
ob_refcnt = ctypes.c_ssize_t.from_address(id(o)).value
ob_type = ctypes.c_void_p.from_address(id(o) + 8).value
# highlight-end
print("ob_refcnt:", ob_refcnt)
print("ob_type:  ", ctypes.cast(ob_type, ctypes.py_object).value)
print("an object() is just its header:", o.__sizeof__(), "bytes")
