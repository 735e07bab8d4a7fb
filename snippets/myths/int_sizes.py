import sys

print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30))
