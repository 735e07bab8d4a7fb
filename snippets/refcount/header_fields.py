import ctypes

o = object()
# id() is the object's address: ob_refcnt is there, and ob_type right after it
# (8 bytes further on a 64-bit build, 4 on a 32-bit one).
# highlight-start
ob_refcnt = ctypes.c_ssize_t.from_address(id(o)).value
ob_type = ctypes.c_void_p.from_address(id(o) + ctypes.sizeof(ctypes.c_ssize_t)).value
# highlight-end
print("ob_refcnt:", ob_refcnt)
print("ob_type:  ", ctypes.cast(ob_type, ctypes.py_object).value)
print("an object() is just its header:", o.__sizeof__(), "bytes")
