import sys

o = object()
o2 = o
print(sys.getrefcount(o))
