import sys

text = "x" * 10_000
box = [text]
# highlight-next-line
print(sys.getsizeof(text), sys.getsizeof(box))
