import sys

five = {f"k{i}": None for i in range(5)}
six = {f"k{i}": None for i in range(6)}
print(sys.getsizeof(five), sys.getsizeof(six))
