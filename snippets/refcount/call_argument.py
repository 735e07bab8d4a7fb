import sys

def refs_during_call(x):
    return sys.getrefcount(x)

o = object()
print(refs_during_call(o))
