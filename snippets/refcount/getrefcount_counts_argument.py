import sys

print(sys.getrefcount(object()))  # nothing else refers to the new object

o = object()
print(sys.getrefcount(o))  # the name o

o2 = o
print(sys.getrefcount(o))  # the names o and o2
