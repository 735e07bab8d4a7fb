import sys

print(sys.getsizeof(None))
