# What sys.getsizeof() adds to an object's own __sizeof__(): a list, and an
# instance of an ordinary class.
import sys


class Plain:
    pass


print("[]:     ", sys.getsizeof([]) - [].__sizeof__())
print("Plain():", sys.getsizeof(Plain()) - Plain().__sizeof__())
