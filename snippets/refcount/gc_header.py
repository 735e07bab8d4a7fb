import sys

print(sys.getsizeof([]) - [].__sizeof__())
