import sys

empty_rows = [[] for _ in range(3)]
full_rows = [[0] * 1000 for _ in range(3)]  # each inner list holds 1000 references

# getsizeof counts the outer list and its array of 3 pointers, not what they point to.
print(sys.getsizeof(empty_rows) == sys.getsizeof(full_rows))
print(sys.getsizeof(full_rows) < sys.getsizeof(full_rows[0]))
