import sys

print(sys.getsizeof(0), sys.getsizeof(""), sys.getsizeof({"a": 1}))
