import sys

n = 1000
repeated = [None] * n
converted = list(range(n))
comprehension = [i for i in range(n)]
appended = []
for i in range(n):
    appended.append(i)
print(*[sys.getsizeof(numbers) for numbers in (repeated, converted, comprehension, appended)])
