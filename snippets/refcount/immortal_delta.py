import sys

before = sys.getrefcount(None)
refs = [None] * 1000  # 1000 new references to None
print(sys.getrefcount(None) - before)
