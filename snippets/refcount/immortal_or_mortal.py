import sys

# Straight-line code on purpose: between two counts, only the new list adds references.
n = sys.getrefcount(None)
refs = [None] * 1000
none_change = sys.getrefcount(None) - n

e = ()
n = sys.getrefcount(e)
refs = [e] * 1000
tuple_change = sys.getrefcount(e) - n

o = object()
n = sys.getrefcount(o)
refs = [o] * 1000
object_change = sys.getrefcount(o) - n

print("None    ", none_change)
print("()      ", tuple_change)
print("object()", object_change)
