import sys

x = object()
alone = sys.getrefcount(x)
y = x
two_names = sys.getrefcount(x)
items = [x, x, x]
# highlight-next-line
print(alone, two_names, sys.getrefcount(x))
