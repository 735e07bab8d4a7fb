import sys

# Built at run time, so the compiler has not interned it; sys.intern() does.
s = sys.intern("".join(["dyn", "amic_", "interned_", "xyz"]))
print(sys.getrefcount(s))
