import sys

def growth(obj):  # how much 1000 new references raise obj's count
    before = sys.getrefcount(obj)
    refs = [obj] * 1000
    return sys.getrefcount(obj) - before

print("None    ", growth(None))
print("()      ", growth(()))
print("object()", growth(object()))
