import sys

queue = [None] * 1000
print("1000 items:", sys.getsizeof(queue))
while len(queue) > 600:
    queue.pop()
print(" 600 items:", sys.getsizeof(queue))
while len(queue) > 499:
    queue.pop()
print(" 499 items:", sys.getsizeof(queue))
queue.clear()
print("   cleared:", sys.getsizeof(queue))
